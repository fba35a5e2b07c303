#include "cli/TrunksCommand.h"

#include "model/FileRead.h"
#include "model/TextSafety.h"
#include "platform/PlatformApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace xynap::cli {

TrunksCommand::TrunksCommand(Target target, Io io, QStringList args, bool json, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_args(std::move(args))
    , m_json(json)
{
}

void TrunksCommand::start()
{
    const QString sub = m_args.value(1, u"list"_s);
    if (m_target.apiUrl.isEmpty()) {
        finish(complain(Usage, u"no Platform API: give --api URL or --profile NAME"_s));
        return;
    }
    if (sub == u"apply"_s && m_args.size() < 3) {
        finish(complain(Usage, u"usage: xynapctl trunks apply FILE"_s));
        return;
    }
    if (sub == u"get"_s) {
        bool ok = false;
        const int id = m_args.value(2).toInt(&ok);
        if (!ok || id <= 0) {
            finish(complain(Usage, u"usage: xynapctl trunks get ID (a number)"_s));
            return;
        }
    } else if (sub != u"list"_s && sub != u"export"_s && sub != u"apply"_s) {
        finish(complain(Usage, u"usage: xynapctl trunks list | get ID | export | apply FILE"_s));
        return;
    }
    m_client = new platform::ApiClient(this);
    configure(*m_client, m_target);
    if (!m_client->hasToken()) {
        finish(complain(NoPermission,
            u"no API token: store one with `xynapctl token set --profile NAME`, or set XYNAP_TOKEN"_s));
        return;
    }
    if (sub == u"apply"_s) {
        m_path = m_args.at(2);
        loadApplyFile();
        return;
    }
    const platform::PlatformApi api(m_client);
    connect(sub == u"get"_s ? api.trunk(m_args.at(2).toInt()) : api.trunks(),
        &platform::ApiJob::finished, this, [this, sub](const platform::ApiResult &r) {
            if (!r.ok()) {
                finish(complain(exitFor(r), platform::operatorMessage(r)));
                return;
            }
            if (m_json || sub == u"export"_s) {
                QString error;
                const QJsonDocument doc = platform::replyDocument(r, &error);
                if (!error.isEmpty()) {
                    finish(complain(DataError, error));
                    return;
                }
                out() << QString::fromUtf8(jsonText(doc));
                finish(Ok);
            } else if (sub == u"list"_s) {
                list(r);
            } else {
                get(r);
            }
        });
}

void TrunksCommand::list(const platform::ApiResult &r)
{
    const platform::TrunkListResult read = platform::trunksFromReply(r);
    if (!read.ok()) {
        finish(complain(DataError, read.error));
        return;
    }
    const QList<Trunk> &trunks = read.trunks;
    out() << u"%1  %2  %3  %4  %5  %6\n"_s.arg(u"ID"_s, -4)
                 .arg(u"GATEWAY"_s, -12)
                 .arg(u"PROVIDER"_s, -9)
                 .arg(u"PROFILE"_s, -14)
                 .arg(u"REGISTER"_s, -8)
                 .arg(u"PROXY"_s);
    for (const Trunk &t : trunks)
        out() << u"%1  %2  %3  %4  %5  %6\n"_s.arg(t.id, -4)
                     .arg(terminalSafe(t.gatewayName), -12)
                     .arg(terminalSafe(t.provider), -9)
                     .arg(terminalSafe(t.profile), -14)
                     .arg(t.registerEnabled ? u"yes"_s : u"no"_s, -8)
                     .arg(terminalSafe(t.proxy));
    finish(Ok);
}

void TrunksCommand::get(const platform::ApiResult &r)
{
    const QJsonObject o = r.json.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString value = it.value().isString()
            ? it.value().toString()
            : QString::fromUtf8(
                QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        out() << terminalSafe(it.key()) << u": "_s << terminalSafe(value) << u'\n';
    }
    finish(Ok);
}

namespace {
// The keys an exported trunk may have: the contract's fields and what export adds. The
// read-only ones are accepted and never sent (withoutBookkeeping).
const QSet<QString> &knownTrunkKeys()
{
    static const QSet<QString> keys = [] {
        QSet<QString> k;
        // Every field the contract defines, the read-only ones too (updated_by, updated_at:
        // written only when the API reports them): an export always applies again.
        Trunk all;
        all.updatedBy = u"x"_s;
        all.updatedAt = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
        const QJsonObject o = trunkToJson(all, PasswordOutput::Include);
        for (auto it = o.begin(); it != o.end(); ++it)
            k.insert(it.key());
        k.insert(u"etag"_s);
        return k;
    }();
    return keys;
}

QJsonObject withoutBookkeeping(QJsonObject o)
{
    for (const char *k : {"id", "etag", "version", "password_set", "updated_by", "updated_at"})
        o.remove(QString::fromLatin1(k));
    return o;
}
} // namespace

void TrunksCommand::loadApplyFile()
{
    const FileReadResult file = readInputFile(m_path);
    if (!file.ok()) {
        finish(complain(DataError, file.error));
        return;
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.data, &error);
    if (error.error != QJsonParseError::NoError) {
        finish(complain(DataError,
            u"%1:%2: %3"_s.arg(m_path)
                .arg(file.data.left(error.offset).count('\n') + 1)
                .arg(error.errorString())));
        return;
    }
    if (!doc.isObject() || !doc.object().value(u"trunks"_s).isArray()) {
        finish(complain(DataError,
            u"%1: not an export: expected {\"trunks\": [...]} as `xynapctl trunks export` writes it"_s
                .arg(m_path)));
        return;
    }
    const QJsonArray trunks = doc.object().value(u"trunks"_s).toArray();
    if (trunks.isEmpty()) {
        finish(complain(
            DataError, u"%1: the list of trunks is empty: nothing to apply"_s.arg(m_path)));
        return;
    }
    // Every trunk is checked before anything is sent: a half-valid file changes nothing.
    QStringList problems;
    QSet<int> ids;
    for (qsizetype i = 0; i < trunks.size(); ++i) {
        const QString where = u"%1: trunks[%2]"_s.arg(m_path).arg(i);
        if (!trunks.at(i).isObject()) {
            problems.append(where + u": not an object"_s);
            continue;
        }
        const QJsonObject t = trunks.at(i).toObject();
        for (auto it = t.begin(); it != t.end(); ++it) {
            if (!knownTrunkKeys().contains(it.key()))
                problems.append(where + u".%1: not a trunk field"_s.arg(it.key()));
        }
        const int id = t.value(u"id"_s).toInt();
        const QString etag = t.value(u"etag"_s).toString();
        if (id <= 0 || etag.isEmpty()) {
            problems.append(where + u": no id or etag: export it with `xynapctl trunks export`"_s);
            continue;
        }
        if (ids.contains(id))
            problems.append(where + u": trunk %1 appears twice"_s.arg(id));
        ids.insert(id);
        const TrunkParseResult parsed = trunkFromJson(t);
        for (const FieldError &fe : parsed.errors)
            problems.append(where + u".%1: %2"_s.arg(fe.field, fe.message));
        if (parsed.ok()) {
            for (const FieldError &fe : validateTrunkShape(parsed.trunk))
                problems.append(where + u".%1: %2"_s.arg(fe.field, fe.message));
        }
        m_fromFile.append(
            {id, t.value(u"gateway_name"_s).toString(), etag.toUtf8(), withoutBookkeeping(t)});
    }
    if (!problems.isEmpty()) {
        for (const QString &p : std::as_const(problems))
            complain(Ok, p);
        finish(complain(
            DataError, u"%1: nothing applied: %2 problem(s)"_s.arg(m_path).arg(problems.size())));
        return;
    }
    connect(platform::PlatformApi(m_client).trunks(), &platform::ApiJob::finished, this,
        &TrunksCommand::compareWithPlatform);
}

void TrunksCommand::compareWithPlatform(const platform::ApiResult &r)
{
    if (!r.ok()) {
        finish(complain(exitFor(r), u"nothing applied: %1"_s.arg(platform::operatorMessage(r))));
        return;
    }
    // The list as it came, every member of every trunk: what is compared is the whole object.
    const platform::TrunkListResult read = platform::trunksFromReply(r);
    if (!read.ok()) {
        finish(complain(DataError, u"nothing applied: %1"_s.arg(read.error)));
        return;
    }
    QHash<int, QJsonObject> current;
    for (const auto &v : platform::replyDocument(r).object().value(u"trunks"_s).toArray())
        current.insert(v.toObject().value(u"id"_s).toInt(), v.toObject());
    const QHash<int, QByteArray> &etags = read.etags;
    for (const Pending &p : std::as_const(m_fromFile)) {
        const auto it = current.constFind(p.id);
        if (it == current.cend()) {
            m_refused.append(p.name);
            m_code = std::max<int>(m_code,
                complain(Critical,
                    u"%1: trunk %2 no longer exists on the platform; nothing sent"_s.arg(p.name)
                        .arg(p.id)));
            continue;
        }
        const QByteArray etag = etags.value(p.id, it->value(u"etag"_s).toString().toUtf8());
        if (!etag.isEmpty() && etag != p.etag) {
            m_refused.append(p.name);
            m_code = std::max<int>(m_code,
                complain(Critical,
                    u"%1: changed on the platform since this file was exported; nothing overwritten (export again and merge)"_s
                        .arg(p.name)));
            continue;
        }
        if (!p.body.contains(u"password"_s) && withoutBookkeeping(*it) == p.body) {
            m_unchanged.append(p.name);
            continue;
        }
        m_versionBefore.insert(p.id, it->value(u"version"_s).toInt());
        m_toApply.append(p);
    }
    applyNext();
}

void TrunksCommand::applyNext()
{
    if (m_toApply.isEmpty()) {
        summarize();
        return;
    }
    const Pending p = m_toApply.takeFirst();
    connect(platform::PlatformApi(m_client).updateTrunk(p.id, QJsonDocument(p.body), p.etag),
        &platform::ApiJob::finished, this, [this, p](const platform::ApiResult &r) {
            if (r.ok()) {
                m_applied.append(p.name);
                out() << terminalSafe(p.name) << u": applied\n"_s;
            } else if (r.error == platform::ApiError::Conflict) {
                m_refused.append(p.name);
                m_code = std::max<int>(m_code,
                    complain(Critical,
                        u"%1: changed on the platform since this file was exported; nothing overwritten (export again and merge)"_s
                            .arg(p.name)));
            } else if (r.error == platform::ApiError::Invalid) {
                QStringList fields;
                for (const FieldError &fe : r.fields)
                    fields.append(fe.field + u": "_s + fe.message);
                m_refused.append(p.name);
                m_code = std::max<int>(m_code,
                    complain(DataError, u"%1: rejected: %2"_s.arg(p.name, fields.join(u"; "_s))));
            } else if (platform::outcomeUnknown(r)) {
                // No answer, or the connection dropped after the PUT went out: the platform
                // may have applied it. Ask before saying anything; the PUT is never repeated,
                // and after a dropped connection the rest is not sent.
                if (r.error == platform::ApiError::Network && !m_toApply.isEmpty()) {
                    for (const Pending &rest : std::as_const(m_toApply))
                        m_notSent.append(rest.name);
                    m_toApply.clear();
                    m_code = std::max<int>(m_code,
                        complain(Unavailable,
                            u"the connection dropped: the trunks after %1 are not sent"_s.arg(
                                p.name)));
                }
                confirmAfterTimeout(p.name, p.id, m_versionBefore.value(p.id),
                    r.error == platform::ApiError::Network ? u"the connection dropped"_s
                                                           : u"the request timed out"_s);
                return;
            } else {
                m_code = std::max(m_code,
                    complain(exitFor(r), u"%1: %2"_s.arg(p.name, platform::operatorMessage(r))));
                if (r.error == platform::ApiError::Network || r.error == platform::ApiError::Tls) {
                    // The connection is gone: the rest is not sent.
                    m_notSent.append(p.name);
                    for (const Pending &rest : std::as_const(m_toApply))
                        m_notSent.append(rest.name);
                    m_toApply.clear();
                } else {
                    m_refused.append(p.name);
                }
            }
            applyNext();
        });
}

void TrunksCommand::confirmAfterTimeout(
    const QString &name, int id, int versionBefore, const QString &what)
{
    connect(platform::PlatformApi(m_client).trunk(id), &platform::ApiJob::finished, this,
        [this, name, versionBefore, what](const platform::ApiResult &r) {
            if (r.ok() && r.json.object().value(u"version"_s).toInt() > versionBefore) {
                m_applied.append(name);
                out() << terminalSafe(name)
                      << u": applied (confirmed after %1: the platform holds version %2)\n"_s
                             .arg(what)
                             .arg(r.json.object().value(u"version"_s).toInt());
            } else {
                m_notSent.append(name);
                m_code = std::max<int>(m_code,
                    complain(Unavailable,
                        r.ok()
                            ? u"%1: %2 and the platform still has the old trunk (version %3): not applied"_s
                                  .arg(name, what)
                                  .arg(versionBefore)
                            : u"%1: %2 and the trunk cannot be read again: unknown whether it was applied"_s
                                  .arg(name, what)));
            }
            applyNext();
        });
}

void TrunksCommand::summarize()
{
    const auto names = [](const QStringList &list) {
        return list.isEmpty() ? u"none"_s : terminalSafe(list.join(u", "_s));
    };
    out() << u"applied: %1; unchanged: %2; refused: %3; not sent: %4\n"_s.arg(
        names(m_applied), names(m_unchanged), names(m_refused), names(m_notSent));
    finish(m_code);
}

CommandHelp TrunksCommand::help()
{
    return {u"trunks"_s, u"list | get ID | export | apply FILE"_s,
        u"the trunks the Platform API holds"_s,
        u"list prints one line per trunk, get ID one trunk, export every trunk with its ETag "
        "(JSON). apply FILE sends an exported file back, each trunk with If-Match: a trunk "
        "changed on the platform since the export is refused, nothing is overwritten.\n\n"
        "Exit 0; 64 for a bad argument; 65 when FILE or the API's reply cannot be read; 69 "
        "when the API cannot be reached; 77 without a valid token; 1 when apply was refused "
        "for a trunk."_s};
}

Secrets TrunksCommand::secrets(const QCommandLineParser &)
{
    return {true, false};
}

int TrunksCommand::execute(const Invocation &in)
{
    return TrunksCommand(in.target, in.io, in.arguments, in.parser.isSet(u"json"_s))
        .run(in.deadline(ApiDeadlineMs));
}

} // namespace xynap::cli
