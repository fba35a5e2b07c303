#include "platform/ApiClient.h"

#include "model/FileRead.h"
#include "platform/ConnectionRules.h"
#include "platform/TrunkListReader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QSslError>
#include <QSslKey>
#include <QTimer>
#include <cstring>

using namespace Qt::StringLiterals;

namespace xynap::platform {

namespace {
// The body of a request that changes something (PUT, POST), readable once. Qt's HTTP layer
// sends a request again when its connection closes while it waits for the answer — a PUT the
// platform already applied would be applied twice, silently. It cannot do so when the body
// cannot be read again: the reply then fails (ContentReSendError), and the caller reads back
// what the platform holds (outcomeUnknown()).
class ReadOnceBody final : public QIODevice {
public:
    ReadOnceBody(QByteArray data, QObject *parent)
        : QIODevice(parent)
        , m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_position + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_data.size() - m_position);
        if (n <= 0)
            return -1; // the end: a sequential device says so with -1
        std::memcpy(data, m_data.constData() + m_position, size_t(n));
        m_position += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};
} // namespace

ApiResult interpretReply(int status, QNetworkReply::NetworkError networkError,
    const QString &networkMessage, const QByteArray &body, const QByteArray &etag, bool rawBody)
{
    ApiResult r;
    r.httpStatus = status;
    r.etag = etag;
    r.networkError = networkError;
    if (status == 0) {
        r.message = networkMessage;
        switch (networkError) {
        case QNetworkReply::TimeoutError:
        case QNetworkReply::OperationCanceledError:
            r.error = ApiError::Timeout;
            break;
        case QNetworkReply::SslHandshakeFailedError:
            r.error = ApiError::Tls;
            break;
        default:
            r.error = ApiError::Network;
        }
        return r;
    }
    if (rawBody && status >= 200 && status < 300) {
        r.body = body;
        return r;
    }
    QJsonParseError parseError {};
    if (!body.isEmpty()) {
        r.json = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError && status < 300) {
            r.error = ApiError::BadReply;
            r.message
                = u"The reply is not valid JSON (%1 at byte %2)."_s.arg(parseError.errorString())
                      .arg(parseError.offset);
            return r;
        }
    }
    const QJsonObject err = r.json.object().value(u"error"_s).toObject();
    r.message = err.value(u"message"_s).toString();
    for (const auto &f : err.value(u"fields"_s).toArray())
        r.fields.append({f.toObject().value(u"field"_s).toString(),
            f.toObject().value(u"message"_s).toString()});
    if (status >= 200 && status < 300)
        return r;
    if (status == 401)
        r.error = ApiError::Unauthorized;
    else if (status == 403)
        r.error = ApiError::Forbidden;
    else if (status == 404)
        r.error = ApiError::NotFound;
    else if (status == 412)
        r.error = ApiError::Conflict;
    else if (status == 428)
        r.error = ApiError::PreconditionRequired;
    else if (status == 422)
        r.error = ApiError::Invalid;
    else if (status >= 500)
        r.error = ApiError::Server;
    else
        r.error = ApiError::BadRequest;
    if (r.message.isEmpty())
        r.message = u"HTTP %1"_s.arg(status);
    return r;
}

QJsonDocument replyDocument(const ApiResult &result, QString *error)
{
    if (result.body.isNull())
        return result.json;
    QJsonParseError parseError {};
    QJsonDocument doc = QJsonDocument::fromJson(result.body, &parseError);
    if (parseError.error != QJsonParseError::NoError && error)
        *error = u"the reply is not valid JSON (%1 at byte %2)"_s.arg(parseError.errorString())
                     .arg(parseError.offset);
    return doc;
}

bool mayPassByItself(const ApiResult &r)
{
    return r.error == ApiError::Network || r.error == ApiError::Timeout
        || r.error == ApiError::Server;
}

bool outcomeUnknown(const ApiResult &r)
{
    if (r.error == ApiError::Timeout)
        return true;
    if (r.error != ApiError::Network)
        return false;
    switch (r.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::NetworkSessionFailedError:
        return false;
    default:
        return true;
    }
}

QString operatorMessage(const ApiResult &r)
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("xynap::platform", text); };
    switch (r.error) {
    case ApiError::None:
        return {};
    case ApiError::Unauthorized:
        return tr("The Platform API did not accept the token: sign in again.");
    case ApiError::Forbidden:
        return tr("The token lacks a permission: %1").arg(r.message);
    case ApiError::NotFound:
        return tr("Not found on the Platform API: %1").arg(r.message);
    case ApiError::Conflict:
        return tr("Someone else changed this trunk in the meantime.");
    case ApiError::PreconditionRequired:
        return tr("The Platform API requires the trunk's version (If-Match).");
    case ApiError::Invalid:
        return tr("The Platform API rejected some fields.");
    case ApiError::BadRequest:
        return tr("The Platform API refused the request (HTTP %1): %2")
            .arg(r.httpStatus)
            .arg(r.message);
    case ApiError::Server:
        return tr("The Platform API failed (HTTP %1). Try again later.").arg(r.httpStatus);
    case ApiError::Timeout:
        if (r.timeout == TimeoutKind::TotalDeadline)
            return tr("The Platform API did not answer in time: the request took longer than its "
                      "total deadline of %1 s.")
                .arg(QString::number(r.timeoutMs / 1000.0));
        if (r.timeout == TimeoutKind::Silence)
            return tr("The Platform API did not answer in time: nothing arrived for %1 s "
                      "(transfer timeout).")
                .arg(QString::number(r.timeoutMs / 1000.0));
        return tr("The Platform API did not answer in time.");
    case ApiError::Network:
        return tr("The Platform API cannot be reached: %1").arg(r.message);
    case ApiError::Tls:
        return tr("The TLS connection to the Platform API failed: %1. Nothing was sent. Check "
                  "the profile's CA file or public-key pin, then retry.")
            .arg(r.message);
    case ApiError::BadReply:
        return tr("The Platform API sent a reply the console cannot read: %1").arg(r.message);
    case ApiError::TokenRefused:
        return tr("The API token holds a line break or another control character: nothing was "
                  "sent. Store the token again.");
    case ApiError::InsecureRefused:
        return tr("Plain HTTP to a remote host is refused: allow it in the connection profile or "
                  "use HTTPS.");
    }
    return {};
}

ApiJob::ApiJob(QNetworkReply *reply, QByteArray method, QString path, QObject *parent,
    ApiError refused, Clock *clock)
    : QObject(parent)
    , m_reply(reply)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_clock(clock ? clock : Clock::system())
    , m_started(m_clock->now())
{
    m_deadline.setClock(m_clock);
    if (!reply) {
        m_result.error = refused;
        QTimer::singleShot(0, this, [this] {
            Q_EMIT finished(m_result);
            deleteLater();
        });
        return;
    }
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > ApiClient::MaxReplyBytes || total > ApiClient::MaxReplyBytes) && m_reply
            && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    // The body taken as it arrives: read whole at the end, the reply's buffer and the copy made
    // of it were both in memory for a moment (twice a fleet's 23 MB trunk list).
    // Bounded here too: readyRead may come before the downloadProgress that says the reply is
    // too large, and the total deadline (m_deadline) bounds how long it is read.
    connect(reply, &QNetworkReply::readyRead, this, [this] {
        if (!m_reply || m_tooLarge)
            return;
        if (m_body.size() + m_reply->bytesAvailable() > ApiClient::MaxReplyBytes) {
            m_tooLarge = true;
            m_body = QByteArray();
            m_reply->abort();
            return;
        }
        m_body.append(m_reply->readAll());
    });
    connect(reply, &QNetworkReply::finished, this, &ApiJob::onFinished);
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &Timer::timeout, this, [this] {
        if (!m_reply)
            return;
        m_deadlinePassed = true;
        m_reply->abort(); // finishes the reply: onFinished reports the deadline
    });
}

void ApiJob::setLimits(int silenceMs, int totalDeadlineMs)
{
    m_silenceMs = silenceMs;
    m_deadlineMs = totalDeadlineMs;
    if (m_reply && !m_reply->isFinished() && totalDeadlineMs > 0) {
        const qint64 spent = m_started.msecsTo(m_clock->now());
        m_deadline.start(int(qMax<qint64>(0, totalDeadlineMs - spent)));
    }
}

void ApiJob::onFinished()
{
    m_deadline.stop();
    QNetworkReply *reply = m_reply;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (!m_tooLarge && reply->isOpen())
        m_body.append(reply->readAll());
    const QByteArray body = m_tooLarge ? QByteArray() : std::exchange(m_body, QByteArray());
    m_result = interpretReply(
        status, reply->error(), reply->errorString(), body, reply->rawHeader("ETag"), m_rawBody);
    const auto error = reply->error();
    if (!m_tlsProblems.isEmpty()) {
        m_result.error = ApiError::Tls;
        m_result.message = m_tlsProblems.join(u"; "_s);
    }
    if (m_deadlinePassed) {
        m_result.error = ApiError::Timeout;
        m_result.timeout = TimeoutKind::TotalDeadline;
        m_result.timeoutMs = m_deadlineMs;
        m_result.message
            = u"The request took longer than its total deadline of %1 ms."_s.arg(m_deadlineMs);
    } else if (m_tooLarge) {
        m_result.error = ApiError::BadReply;
        m_result.message
            = u"The reply is larger than %1 MiB."_s.arg(ApiClient::MaxReplyBytes / (1024LL * 1024));
    } else if (status != 0 && error != QNetworkReply::NoError
        && (error == QNetworkReply::OperationCanceledError
            || error == QNetworkReply::TimeoutError)) {
        // The status line came, then nothing more within the transfer timeout.
        m_result.error = ApiError::Timeout;
        m_result.message = reply->errorString();
    } else if (status != 0 && status < 300 && error != QNetworkReply::NoError
        && error < QNetworkReply::ContentAccessDenied) {
        // Cut off mid-response: the status line came, the body did not.
        m_result.error = ApiError::Network;
        m_result.message = reply->errorString();
    }
    if (m_result.error == ApiError::Timeout && m_result.timeout == TimeoutKind::None) {
        m_result.timeout = TimeoutKind::Silence;
        m_result.timeoutMs = m_silenceMs;
    }
    m_result.durationMs = m_started.msecsTo(m_clock->now());
    reply->deleteLater();
    Q_EMIT finished(m_result);
    deleteLater();
}

void ApiJob::watchTls(const QByteArray &pin)
{
    QNetworkReply *reply = m_reply;
    const auto pinOf = [](QNetworkReply *r) {
        return ApiClient::publicKeyPin(r->sslConfiguration().peerCertificate());
    };
    // With a pin the request carries no CA at all (see ApiClient::send), so every handshake comes
    // here before anything is sent, and the pin alone decides.
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply, pin, pinOf](const QList<QSslError> &errors) {
            const bool hasPeer = !reply->sslConfiguration().peerCertificate().isNull();
            const QString seen = pinOf(reply);
            if (!pin.isEmpty()) {
                if (hasPeer && QByteArray::fromBase64(seen.toLatin1()) == pin) {
                    reply->ignoreSslErrors(errors); // the operator's pin is the trust anchor
                    return;
                }
                m_tlsProblems.append(
                    u"the server's public key (pin %1) is not the one the profile pins"_s.arg(
                        hasPeer ? seen : u"unknown"_s));
                return;
            }
            for (const QSslError &e : errors)
                m_tlsProblems.append(e.errorString());
            if (hasPeer)
                m_tlsProblems.append(u"the server's public-key pin is %1"_s.arg(seen));
        });
    if (pin.isEmpty())
        return;
    // Belt and braces: a handshake that passed anyway must still show the pinned key.
    connect(reply, &QNetworkReply::encrypted, this, [this, reply, pin, pinOf] {
        const QString seen = pinOf(reply);
        if (QByteArray::fromBase64(seen.toLatin1()) != pin) {
            m_tlsProblems.append(
                u"the server's public key (pin %1) is not the one the profile pins"_s.arg(seen));
            reply->abort();
        }
    });
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

bool ApiClient::setCaFile(const QString &path, QString *error)
{
    m_caCertificates.clear();
    if (path.isEmpty())
        return true;
    const FileReadResult read = readInputFile(path); // a CA file is small: never /dev/zero
    if (!read.ok()) {
        *error = read.error;
        return false;
    }
    const QByteArray &data = read.data;
    QList<QSslCertificate> certificates = QSslCertificate::fromData(data, QSsl::Pem);
    if (certificates.isEmpty())
        certificates = QSslCertificate::fromData(data, QSsl::Der);
    if (certificates.isEmpty()) {
        *error = u"%1: no PEM or DER certificate in the file"_s.arg(path);
        return false;
    }
    m_caCertificates = certificates;
    return true;
}

bool ApiClient::setPublicKeyPin(const QString &base64, QString *error)
{
    QString text = base64.trimmed();
    if (text.startsWith(u"sha256//"_s))
        text = text.mid(8);
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!text.isEmpty() && (!decoded || decoded.decoded.size() != 32)) {
        *error = u"\"%1\" is not a SHA-256 pin (32 bytes in base64)"_s.arg(base64);
        return false;
    }
    m_pin = text.isEmpty() ? QByteArray() : decoded.decoded;
    return true;
}

QString ApiClient::publicKeyPin(const QSslCertificate &certificate)
{
    // Qt's public key in DER is the SubjectPublicKeyInfo, as HPKP and curl's pinning use it.
    return QString::fromLatin1(
        QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256)
            .toBase64());
}

bool ApiClient::isInsecure() const
{
    return ConnectionRules::isPlainRemote(m_baseUrl);
}

bool ApiClient::isValidHeaderValue(QStringView value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

ApiJob *ApiClient::get(const QString &path)
{
    return send("GET", path, {}, {});
}
ApiJob *ApiClient::post(const QString &path, const QJsonDocument &body)
{
    return send("POST", path, body.toJson(QJsonDocument::Compact), {});
}
ApiJob *ApiClient::put(const QString &path, const QJsonDocument &body, const QByteArray &ifMatch)
{
    return send("PUT", path, body.toJson(QJsonDocument::Compact), ifMatch);
}
ApiJob *ApiClient::remove(const QString &path, const QByteArray &ifMatch)
{
    return send("DELETE", path, {}, ifMatch);
}

ApiJob *ApiClient::send(const QByteArray &method, const QString &path, const QByteArray &body,
    const QByteArray &ifMatch)
{
    ApiJob *job = nullptr;
    if (isInsecure() && !m_allowInsecure) {
        job = new ApiJob(nullptr, method, path, this, ApiError::InsecureRefused, m_clock);
    } else if (!isValidHeaderValue(m_token)) {
        job = new ApiJob(nullptr, method, path, this, ApiError::TokenRefused, m_clock);
    } else {
        QUrl url = m_baseUrl;
        url.setPath(path);
        QNetworkRequest request(url);
        request.setTransferTimeout(m_timeoutMs);
        request.setRawHeader("Accept", "application/json");
        if (!m_token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
        if (!ifMatch.isEmpty())
            request.setRawHeader("If-Match", ifMatch);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (url.scheme() == u"https"_s) {
            QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
            if (!m_pin.isEmpty()) {
                // No CA vouches for anything: the handshake always stops at sslErrors, where the
                // pin decides before a byte of the request is sent. One request per connection
                // (no HTTP/2 multiplexing) so that holds for every request.
                tls.setCaCertificates({});
                request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            } else if (!m_caCertificates.isEmpty()) {
                tls.addCaCertificates(m_caCertificates);
            }
            request.setSslConfiguration(tls);
        }
        QNetworkReply *reply = nullptr;
        if (!body.isEmpty() && method != "GET") {
            // Sent once, never again by Qt on its own (ReadOnceBody).
            request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
            request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
            auto *once = new ReadOnceBody(body, nullptr);
            reply = m_network.sendCustomRequest(request, method, once);
            once->setParent(reply);
        } else {
            reply = m_network.sendCustomRequest(request, method, body);
        }
        job = new ApiJob(reply, method, path, this, ApiError::InsecureRefused, m_clock);
        job->setLimits(m_timeoutMs, m_totalDeadlineMs);
        if (url.scheme() == u"https"_s)
            job->watchTls(m_pin);
    }
    connect(job, &ApiJob::finished, this, [this, job](const ApiResult &r) {
        Q_EMIT requestFinished({job->method(), job->path(), r.httpStatus, r.durationMs, r.error,
            job->subject(), job->change()});
    });
    return job;
}

QHash<int, QByteArray> trunkEtagsFromReply(const QJsonDocument &json)
{
    QHash<int, QByteArray> etags;
    const QJsonArray array = json.object().value(u"trunks"_s).toArray();
    for (const auto &item : array) {
        const QJsonObject o = item.toObject();
        const QJsonValue id = o.value(u"id"_s);
        const QJsonValue etag = o.value(u"etag"_s);
        if (id.isDouble() && etag.isString() && !etag.toString().isEmpty())
            etags.insert(id.toInt(), etag.toString().toUtf8());
    }
    return etags;
}

TrunkListResult trunksFromReply(const ApiResult &result)
{
    if (!result.body.isNull())
        return trunksFromBody(result.body);
    return trunksFromReply(result.json);
}

TrunkListResult trunksFromReply(const QJsonDocument &json)
{
    TrunkListResult result;
    const QJsonValue list = json.object().value(u"trunks"_s);
    if (!list.isArray()) {
        result.error = u"the reply has no \"trunks\" list"_s;
        return result;
    }
    const QJsonArray array = list.toArray();
    result.trunks.reserve(array.size());
    StringPool pool;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!addListedTrunk(result, i, array.at(i).toObject(), pool)) {
            TrunkListResult failed;
            failed.error = result.error;
            return failed;
        }
    }
    return result;
}

bool addListedTrunk(
    TrunkListResult &result, qsizetype index, const QJsonObject &object, StringPool &pool)
{
    TrunkParseResult r = trunkFromJson(object);
    if (!r.ok()) {
        result.error = u"trunks[%1].%2: %3"_s.arg(index).arg(
            r.errors.first().field, r.errors.first().message);
        return false;
    }
    Trunk &t = r.trunk;
    for (QString *shared : {&t.provider, &t.profile, &t.proxy, &t.outboundProxy, &t.registerProxy,
             &t.realm, &t.gwAuthAcl, &t.updatedBy})
        pool.share(*shared);
    for (TrunkNumber &n : t.numbers) {
        pool.share(n.use);
        if (n.number == t.callerId)
            n.number = t.callerId; // the main number is the caller ID: one text
    }
    result.trunks.append(std::move(t));
    const QJsonValue id = object.value(u"id"_s);
    const QJsonValue etag = object.value(u"etag"_s);
    if (id.isDouble() && etag.isString() && !etag.toString().isEmpty())
        result.etags.insert(id.toInt(), etag.toString().toUtf8());
    return true;
}

} // namespace xynap::platform
