#include "model/Trunk.h"

#include "model/SofiaNames.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap {

// 50,000 of them in a fleet's list: a member added out of its size's place costs padding there.
static_assert(
    sizeof(void *) != 8 || sizeof(Trunk) <= 344, "Trunk grew: keep its members by size (Trunk.h)");

QString Trunk::etag() const
{
    return u"\"%1-%2\""_s.arg(id).arg(version);
}

QJsonObject trunkToJson(const Trunk &t, PasswordOutput password)
{
    QJsonArray numbers;
    for (const TrunkNumber &n : t.numbers)
        numbers.append(QJsonObject {{u"number"_s, n.number}, {u"use"_s, n.use}});
    QJsonObject o {
        {u"id"_s, t.id},
        {u"provider"_s, t.provider},
        {u"gateway_name"_s, t.gatewayName},
        {u"profile"_s, t.profile},
        {u"proxy"_s, t.proxy},
        {u"outbound_proxy"_s, t.outboundProxy},
        {u"register_proxy"_s, t.registerProxy},
        {u"register"_s, t.registerEnabled},
        {u"realm"_s, t.realm},
        {u"username"_s, t.username},
        {u"password_set"_s, t.passwordSet || !t.password.isEmpty()},
        {u"caller_id"_s, t.callerId},
        {u"caller_id_in_from"_s, t.callerIdInFrom},
        {u"gw_auth_acl"_s, t.gwAuthAcl},
        {u"numbers"_s, numbers},
        {u"ping_seconds"_s, t.pingSeconds},
        {u"expire_seconds"_s, t.expireSeconds},
        {u"retry_seconds"_s, t.retrySeconds},
        {u"version"_s, t.version},
    };
    if (!t.updatedBy.isEmpty())
        o.insert(u"updated_by"_s, t.updatedBy);
    if (t.updatedAt.isValid())
        o.insert(u"updated_at"_s, t.updatedAt.toUTC().toString(Qt::ISODate));
    if (password == PasswordOutput::Include)
        o.insert(u"password"_s, t.password);
    return o;
}

namespace {

class Reader {
public:
    Reader(const QJsonObject &json, QList<FieldError> &errors)
        : m_json(json)
        , m_errors(errors)
    {
    }

    void string(const QString &key, QString &out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined())
            return;
        if (v.isNull()) {
            out.clear();
            return;
        }
        if (!v.isString()) {
            m_errors.append({key, u"must be a string"_s});
            return;
        }
        out = v.toString();
    }

    void boolean(const QString &key, bool &out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined())
            return;
        if (!v.isBool()) {
            m_errors.append({key, u"must be true or false"_s});
            return;
        }
        out = v.toBool();
    }

    void integer(const QString &key, int &out)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined())
            return;
        const double d = v.toDouble(-1.5);
        if (!v.isDouble() || d != static_cast<double>(static_cast<qint64>(d)) || d < INT_MIN
            || d > INT_MAX) {
            m_errors.append({key, u"must be a whole number"_s});
            return;
        }
        out = static_cast<int>(d);
    }

private:
    const QJsonObject &m_json;
    QList<FieldError> &m_errors;
};

} // namespace

TrunkParseResult trunkFromJson(const QJsonObject &json, const Trunk &base)
{
    TrunkParseResult r;
    r.trunk = base;
    Trunk &t = r.trunk;
    Reader read(json, r.errors);
    read.integer(u"id"_s, t.id);
    read.string(u"provider"_s, t.provider);
    read.string(u"gateway_name"_s, t.gatewayName);
    read.string(u"profile"_s, t.profile);
    read.string(u"proxy"_s, t.proxy);
    read.string(u"outbound_proxy"_s, t.outboundProxy);
    read.string(u"register_proxy"_s, t.registerProxy);
    read.boolean(u"register"_s, t.registerEnabled);
    read.string(u"realm"_s, t.realm);
    read.string(u"username"_s, t.username);
    if (json.contains(u"password"_s)) {
        read.string(u"password"_s, t.password);
        t.passwordSet = !t.password.isEmpty();
    } else {
        read.boolean(u"password_set"_s, t.passwordSet);
    }
    read.string(u"caller_id"_s, t.callerId);
    read.boolean(u"caller_id_in_from"_s, t.callerIdInFrom);
    read.string(u"gw_auth_acl"_s, t.gwAuthAcl);
    read.integer(u"ping_seconds"_s, t.pingSeconds);
    read.integer(u"expire_seconds"_s, t.expireSeconds);
    read.integer(u"retry_seconds"_s, t.retrySeconds);
    read.integer(u"version"_s, t.version);
    read.string(u"updated_by"_s, t.updatedBy);
    if (const QJsonValue at = json.value(u"updated_at"_s); at.isString())
        t.updatedAt = QDateTime::fromString(at.toString(), Qt::ISODate); // unreadable: unknown

    const QJsonValue numbers = json.value(u"numbers"_s);
    if (!numbers.isUndefined()) {
        if (!numbers.isArray()) {
            r.errors.append({u"numbers"_s, u"must be a list of {number, use}"_s});
        } else {
            t.numbers.clear();
            const QJsonArray list = numbers.toArray();
            t.numbers.reserve(list.size()); // no room beyond them: a fleet holds 50,000 lists
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QJsonObject n = list.at(i).toObject();
                if (!list.at(i).isObject() || !n.value(u"number"_s).isString()) {
                    r.errors.append({u"numbers[%1]"_s.arg(i), u"must be {number, use}"_s});
                    continue;
                }
                t.numbers.append({n.value(u"number"_s).toString(), n.value(u"use"_s).toString()});
            }
        }
    }
    return r;
}

bool isE164(const QString &number)
{
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(u"\\+[1-9][0-9]{1,14}"_s));
    return re.match(number).hasMatch();
}

QList<FieldError> validateTrunkShape(const Trunk &t)
{
    QList<FieldError> errors;
    if (t.gatewayName.isEmpty())
        errors.append({u"gateway_name"_s, u"is required"_s});
    else if (!isValidGatewayName(t.gatewayName))
        errors.append({u"gateway_name"_s,
            u"may contain only letters, digits, '_', '.' and '-' (^[\\w.\\-]+$, at most %1)"_s.arg(
                MaxSofiaNameLength)});
    if (t.provider.isEmpty())
        errors.append({u"provider"_s, u"is required"_s});
    if (t.profile.isEmpty())
        errors.append({u"profile"_s, u"is required"_s});
    else if (!isValidSofiaName(t.profile))
        errors.append({u"profile"_s,
            u"may contain only letters, digits, '_', '.' and '-' (at most %1)"_s.arg(
                MaxSofiaNameLength)});
    if (t.proxy.trimmed().isEmpty() && t.realm.trimmed().isEmpty())
        errors.append({u"proxy"_s, u"proxy and realm cannot both be empty"_s});
    if (!t.callerId.isEmpty() && !isE164(t.callerId))
        errors.append({u"caller_id"_s, u"must be an E.164 number such as +493455667290"_s});
    for (qsizetype i = 0; i < t.numbers.size(); ++i) {
        if (!isE164(t.numbers.at(i).number))
            errors.append({u"numbers[%1].number"_s.arg(i),
                u"must be an E.164 number such as +493455667290"_s});
    }
    const auto seconds = [&errors](const QString &field, int value) {
        if (value < 0 || value > 86400)
            errors.append({field, u"must be between 0 and 86400"_s});
    };
    seconds(u"ping_seconds"_s, t.pingSeconds);
    seconds(u"expire_seconds"_s, t.expireSeconds);
    seconds(u"retry_seconds"_s, t.retrySeconds);
    return errors;
}

} // namespace xynap
