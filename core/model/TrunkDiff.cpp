#include "model/TrunkDiff.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace xynap {

const QStringList &editableTrunkFields()
{
    static const QStringList fields {u"provider"_s, u"gateway_name"_s, u"profile"_s, u"proxy"_s,
        u"outbound_proxy"_s, u"register_proxy"_s, u"register"_s, u"realm"_s, u"username"_s,
        u"password"_s, u"caller_id"_s, u"caller_id_in_from"_s, u"gw_auth_acl"_s, u"numbers"_s,
        u"ping_seconds"_s, u"expire_seconds"_s, u"retry_seconds"_s};
    return fields;
}

QString fieldText(const Trunk &t, const QString &field)
{
    if (field == u"password"_s)
        return t.password.isEmpty() ? (t.passwordSet ? u"(stored)"_s : u"(none)"_s)
                                    : u"(new password)"_s;
    const QJsonValue v = trunkToJson(t).value(field);
    if (field == u"numbers"_s) {
        QStringList parts;
        for (const TrunkNumber &n : t.numbers)
            parts.append(n.use.isEmpty() ? n.number : n.number + u" ("_s + n.use + u')');
        return parts.join(u", "_s);
    }
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toInt());
    return v.toString();
}

QList<FieldChange> diffTrunks(const Trunk &before, const Trunk &after)
{
    QList<FieldChange> changes;
    for (const QString &field : editableTrunkFields()) {
        const QString a = fieldText(before, field);
        const QString b = fieldText(after, field);
        if (field == u"password"_s ? !after.password.isEmpty() : a != b)
            changes.append({field, a, b});
    }
    return changes;
}

Trunk takeFields(const Trunk &base, const Trunk &source, const QStringList &fields)
{
    // The password only when one was typed: `"password": ""` reads as "none stored", and the
    // merge would drop a password nobody changed (the server kept it).
    QJsonObject merged = trunkToJson(
        base, base.password.isEmpty() ? PasswordOutput::Omit : PasswordOutput::Include);
    const QJsonObject theirs = trunkToJson(source, PasswordOutput::Include);
    for (const QString &f : fields)
        merged.insert(f, theirs.value(f));
    Trunk t = trunkFromJson(merged, base).trunk;
    if (fields.contains(u"password"_s)) {
        t.password = source.password;
        t.passwordSet = source.passwordSet;
    }
    return t;
}

QList<FieldConflict> threeWayDiff(const Trunk &base, const Trunk &theirs, const Trunk &mine)
{
    QList<FieldConflict> out;
    for (const QString &field : editableTrunkFields()) {
        if (field == u"password"_s)
            continue;
        FieldConflict c {
            field, fieldText(base, field), fieldText(theirs, field), fieldText(mine, field)};
        if (c.theirs == c.mine)
            continue;
        c.changedBy = c.base == c.mine ? FieldConflict::ChangedBy::Theirs
            : c.base == c.theirs       ? FieldConflict::ChangedBy::Mine
                                       : FieldConflict::ChangedBy::Both;
        out.append(c);
    }
    return out;
}

} // namespace xynap
