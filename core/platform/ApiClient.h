#pragma once

#include "model/Clock.h"
#include "model/StringPool.h"
#include "model/Trunk.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

namespace xynap::platform {

enum class ApiError {
    None,
    Unauthorized, // 401: sign in again
    Forbidden, // 403: a permission is missing
    NotFound, // 404
    Conflict, // 412: someone else changed it
    PreconditionRequired, // 428
    Invalid, // 422: see fields
    BadRequest, // 400, 405, 413, ...
    Server, // 5xx
    Timeout,
    Network, // refused, DNS, reset
    Tls,
    BadReply, // not the JSON the contract promises
    InsecureRefused, // plain HTTP to a remote host
    TokenRefused, // the token holds CR, LF or another control character: nothing sent
};

// With ApiError::Timeout: which limit passed.
enum class TimeoutKind {
    None,
    Silence, // nothing arrived for the transfer timeout (setTimeout)
    TotalDeadline, // the whole request took longer than its deadline (setTotalDeadlineMs)
};

struct [[nodiscard]] ApiResult {
    int httpStatus = 0;
    ApiError error = ApiError::None;
    QString message; // the server's or the network's words, untranslated
    QJsonDocument json;
    // The reply's bytes instead of `json`, for a request that reads them itself
    // (ApiJob::setRawBody: the trunk list, tens of MB at fleet size); null otherwise.
    QByteArray body;
    QByteArray etag;
    QList<FieldError> fields; // with 422
    qint64 durationMs = 0;
    TimeoutKind timeout = TimeoutKind::None;
    int timeoutMs = 0; // the limit that passed, with `timeout`
    // With ApiError::Network: what the network layer said (refused, closed by the peer, …).
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    bool ok() const { return error == ApiError::None; }
};

// Turns what came back into a typed result. Pure, so tests feed it directly.
// With `rawBody`, a successful reply's bytes are kept as they came (ApiResult::body) instead of
// parsed; an error reply is parsed either way, for its message.
ApiResult interpretReply(int httpStatus, QNetworkReply::NetworkError networkError,
    const QString &networkMessage, const QByteArray &body, const QByteArray &etag,
    bool rawBody = false);
// The reply's document: `json`, or the raw body parsed (ApiJob::setRawBody); a null document
// and the reason in `error` when that body is not JSON.
QJsonDocument replyDocument(const ApiResult &result, QString *error = nullptr);
// True when the request may have reached the server and no answer says what it did: a
// timeout, or a connection that dropped once it was up. A refused connection, an unknown host,
// a TLS failure or a refusal before sending: the request never went out.
bool outcomeUnknown(const ApiResult &result);
// True for a failure that may pass by itself (nothing listening yet, a timeout, a 5xx): worth
// trying again with back-off. A refused token, a certificate or a bad reply wait for the operator.
bool mayPassByItself(const ApiResult &result);
// What the operator should read, translated.
QString operatorMessage(const ApiResult &result);

// One finished request as the activity log keeps it: never a token or a body. `subject` and
// `change` are what the caller said the request was about ("the trunk plusnet", "Realm:
// 1und1.de → sip.1und1.de"), so the log shows more than /sip/trunks/2.
struct RequestSummary {
    QByteArray method;
    QString path;
    int httpStatus = 0;
    qint64 durationMs = 0;
    ApiError error = ApiError::None;
    QString subject;
    QString change;
};

// One request: a transfer timeout, no redirects followed silently, the reply deleted when
// done, one typed result.
class ApiJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    // Without a reply the request was refused before sending: `refused` says why.
    // Its total deadline and duration run on `clock` (nullptr: the system clock), which must
    // outlive the job.
    ApiJob(QNetworkReply *reply, QByteArray method, QString path, QObject *parent,
        ApiError refused = ApiError::InsecureRefused, Clock *clock = nullptr);
    // Checks the server's key against `pin` (raw SHA-256; empty: CA verification only) and keeps
    // every TLS error for the result's message: none is ignored silently.
    void watchTls(const QByteArray &pin);
    // Limits, for the message when one passes. The total deadline aborts the request however
    // the server trickles its bytes; 0: none.
    void setLimits(int silenceMs, int totalDeadlineMs);
    // A successful reply is handed over as bytes (ApiResult::body), for a caller that reads it
    // piece by piece (trunksFromBody); set before the job finishes.
    void setRawBody(bool raw) { m_rawBody = raw; }
    const ApiResult &result() const { return m_result; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    // What the request is about, for the activity log (see RequestSummary).
    void describe(const QString &subject, const QString &change = {})
    {
        m_subject = subject;
        m_change = change;
    }
    QString subject() const { return m_subject; }
    QString change() const { return m_change; }

Q_SIGNALS:
    void finished(const xynap::platform::ApiResult &result);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QString m_path;
    QString m_subject;
    QString m_change;
    ApiResult m_result;
    Clock *m_clock;
    QDateTime m_started;
    bool m_tooLarge = false;
    bool m_deadlinePassed = false;
    bool m_rawBody = false;
    QByteArray m_body; // what came of the body so far
    int m_silenceMs = 0;
    int m_deadlineMs = 0;
    Timer m_deadline;
    QStringList m_tlsProblems; // what the handshake found, for the message
};

class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // Silence: the longest wait for the next byte (transfer timeout).
    static constexpr int DefaultTimeoutMs = 15'000;
    // Total: the longest a request may take from start to the last byte, however steadily the
    // server trickles (a per-profile setting: ConnectionProfile::requestDeadlineSeconds).
    static constexpr int DefaultTotalDeadlineMs = 30'000;
    // The largest reply read: a fleet's trunk list (50,000 trunks, about 0.7 KB of JSON each, 35
    // MB) with room to spare; larger is refused as it arrives, never buffered whole.
    static constexpr qint64 MaxReplyBytes = qint64(48) * 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    // The token goes into the Authorization header: one that is not a valid header value
    // (isValidHeaderValue) is never sent — every request fails with ApiError::TokenRefused.
    void setToken(const QString &token) { m_token = token; }
    // Printable ASCII (0x20-0x7E) only: no CR or LF that would end the header and start another,
    // no other control character, nothing a server could read differently.
    static bool isValidHeaderValue(QStringView value);
    bool hasToken() const { return !m_token.isEmpty(); }
    // Plain HTTP to anything but loopback is refused unless the profile allows it.
    void setAllowInsecureHttp(bool allow) { m_allowInsecure = allow; }
    bool isInsecure() const;
    // True when requests actually go out in plain HTTP to a remote host (allowed by the profile):
    // what the window's warning shows.
    bool sendsInsecurely() const { return isInsecure() && m_allowInsecure; }

    // TLS trust, from the connection profile. A CA file adds its certificates to the system's
    // (for a platform with its own CA). A public-key pin (SHA-256 of the server certificate's
    // SubjectPublicKeyInfo, base64, as `openssl … | openssl dgst -sha256 -binary | base64`
    // prints it) replaces every CA: the pinned key is trusted, any other key is refused even
    // when a CA vouches for it. False and `error` set when the CA file cannot be read or the pin
    // is not 32 bytes of base64.
    bool setCaFile(const QString &path, QString *error);
    bool setPublicKeyPin(const QString &base64, QString *error);
    // The pin of a certificate, in the same form.
    static QString publicKeyPin(const QSslCertificate &certificate);
    // The clock of every request's total deadline and duration (nullptr: the system clock); must
    // outlive the client's jobs. The silence timeout is Qt's transfer timeout: real time.
    void setClock(Clock *clock) { m_clock = clock; }
    void setTimeout(int ms) { m_timeoutMs = ms; }
    int timeout() const { return m_timeoutMs; }
    // 0 or less: DefaultTotalDeadlineMs. Applies to requests started afterwards.
    void setTotalDeadlineMs(int ms) { m_totalDeadlineMs = ms > 0 ? ms : DefaultTotalDeadlineMs; }
    int totalDeadlineMs() const { return m_totalDeadlineMs; }

    ApiJob *get(const QString &path);
    ApiJob *post(const QString &path, const QJsonDocument &body);
    ApiJob *put(const QString &path, const QJsonDocument &body, const QByteArray &ifMatch);
    ApiJob *remove(const QString &path, const QByteArray &ifMatch);

Q_SIGNALS:
    // Every request, for the activity log: never a token or a body.
    void requestFinished(const xynap::platform::RequestSummary &request);

private:
    ApiJob *send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &ifMatch);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    bool m_allowInsecure = false;
    QList<QSslCertificate> m_caCertificates;
    QByteArray m_pin; // raw SHA-256, empty: no pin
    Clock *m_clock = nullptr;
    int m_timeoutMs = DefaultTimeoutMs;
    int m_totalDeadlineMs = DefaultTotalDeadlineMs;
};

// Convenience readers for the contract's payloads.
struct [[nodiscard]] TrunkListResult {
    QList<Trunk> trunks; // empty unless ok()
    // The ETag of every trunk, by id, as the server wrote it (see trunkEtagsFromReply).
    QHash<int, QByteArray> etags;
    QString error; // untranslated: what cannot be read, and where ("trunks[1].realm: …")
    bool ok() const { return error.isEmpty(); }
};
// The trunks of a list reply ({"trunks": […]}): all of them, or none and the first error.
TrunkListResult trunksFromReply(const QJsonDocument &json);
// One element of that list, the `index`th: its trunk and ETag added to `result`, or false with
// `result.error` naming what cannot be read ("trunks[1].realm: …"). For the list's readers; the
// values trunks share (provider, profile, proxies, realm) are shared through `pool`.
bool addListedTrunk(
    TrunkListResult &result, qsizetype index, const QJsonObject &object, StringPool &pool);
// The same from a result: its raw body when the job kept it (trunksFromBody), else its document.
TrunkListResult trunksFromReply(const ApiResult &result);
// The ETag of every trunk of a list reply ({"trunks": [{"id": 1, "etag": "…"}, …]}), by id, as
// the server wrote it: the only If-Match a later PUT or DELETE may send. Trunks without one are
// left out.
QHash<int, QByteArray> trunkEtagsFromReply(const QJsonDocument &json);

} // namespace xynap::platform
