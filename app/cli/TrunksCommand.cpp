#include "TrunksCommand.h"

#include "model/FileRead.h"
#include "model/TextSafety.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
        const FileReadResult file = readInputFile(m_path);
        if (!file.ok()) {
            finish(complain(DataError, file.error));
            return;
        }
        QJsonParseError error {};
        const QByteArray &data = file.data;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError) {
            finish(complain(DataError,
                u"%1:%2: %3"_s.arg(m_path)
                    .arg(data.left(error.offset).count('\n') + 1)
                    .arg(error.errorString())));
            return;
        }
        const QJsonArray trunks = doc.object().value(u"trunks"_s).toArray();
        for (const QJsonValue &t : trunks)
            m_toApply.append(t.toObject());
        applyNext();
        return;
    }
    const QString path = sub == u"get"_s ? u"/api/v1/sip/trunks/"_s + m_args.at(2)
                                         : u"/api/v1/sip/trunks"_s;
    connect(m_client->get(path), &platform::ApiJob::finished, this,
        [this, sub](const platform::ApiResult &r) {
            if (!r.ok()) {
                finish(complain(exitFor(r), platform::operatorMessage(r)));
                return;
            }
            if (m_json || sub == u"export"_s) {
                out() << r.json.toJson(QJsonDocument::Indented);
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
    QString error;
    const QList<Trunk> trunks = platform::trunksFromReply(r.json, &error);
    if (!error.isEmpty()) {
        finish(complain(DataError, error));
        return;
    }
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
            : QString::fromUtf8(QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact))
                  .mid(1)
                  .chopped(1);
        out() << terminalSafe(it.key()) << u": "_s << terminalSafe(value) << u'\n';
    }
    finish(Ok);
}

void TrunksCommand::applyNext()
{
    if (m_toApply.isEmpty()) {
        finish(m_code);
        return;
    }
    QJsonObject t = m_toApply.takeFirst();
    const int id = t.value(u"id"_s).toInt();
    const QByteArray etag = t.value(u"etag"_s).toString().toUtf8();
    const QString name = t.value(u"gateway_name"_s).toString();
    if (id <= 0 || etag.isEmpty()) {
        m_code = std::max<int>(m_code,
            complain(DataError,
                u"%1: %2 has no id or etag: export it with `xynapctl trunks export`"_s.arg(
                    m_path, name)));
        QMetaObject::invokeMethod(this, &TrunksCommand::applyNext, Qt::QueuedConnection);
        return;
    }
    for (const char *k : {"id", "etag", "version", "password_set"})
        t.remove(QString::fromLatin1(k));
    connect(m_client->put(u"/api/v1/sip/trunks/%1"_s.arg(id), QJsonDocument(t), etag),
        &platform::ApiJob::finished, this, [this, name](const platform::ApiResult &r) {
            if (r.error == platform::ApiError::Conflict) {
                m_code = std::max<int>(m_code,
                    complain(Critical,
                        u"%1: changed on the platform since this file was exported; nothing overwritten (export again and merge)"_s
                            .arg(name)));
            } else if (r.error == platform::ApiError::Invalid) {
                QStringList fields;
                for (const FieldError &fe : r.fields)
                    fields.append(fe.field + u": "_s + fe.message);
                m_code = std::max<int>(m_code,
                    complain(DataError, u"%1: rejected: %2"_s.arg(name, fields.join(u"; "_s))));
            } else if (!r.ok()) {
                m_code = std::max(m_code,
                    complain(exitFor(r), u"%1: %2"_s.arg(name, platform::operatorMessage(r))));
            } else {
                out() << terminalSafe(name) << u": applied\n"_s;
            }
            applyNext();
        });
}

} // namespace xynap::cli
