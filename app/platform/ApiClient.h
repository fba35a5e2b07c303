#pragma once

#include "model/Trunk.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
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
};

struct ApiResult {
    int httpStatus = 0;
    ApiError error = ApiError::None;
    QString message; // the server's or the network's words, untranslated
    QJsonDocument json;
    QByteArray etag;
    QList<FieldError> fields; // with 422
    qint64 durationMs = 0;

    bool ok() const { return error == ApiError::None; }
};

// Turns what came back into a typed result. Pure, so tests feed it directly.
ApiResult interpretReply(int httpStatus, QNetworkReply::NetworkError networkError,
    const QString &networkMessage, const QByteArray &body, const QByteArray &etag);
// What the operator should read, translated.
QString operatorMessage(const ApiResult &result);

// One request: a transfer timeout, no redirects followed silently, the reply deleted when
// done, one typed result.
class ApiJob final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ApiJob(QNetworkReply *reply, QByteArray method, QString path, QObject *parent);
    const ApiResult &result() const { return m_result; }
    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }

Q_SIGNALS:
    void finished(const xynap::platform::ApiResult &result);

private:
    void onFinished();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_method;
    QString m_path;
    ApiResult m_result;
    qint64 m_started;
    bool m_tooLarge = false;
};

class ApiClient final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    static constexpr int DefaultTimeoutMs = 15'000;
    static constexpr qint64 MaxReplyBytes = 8 * 1024 * 1024;

    explicit ApiClient(QObject *parent = nullptr);

    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QString &token) { m_token = token; }
    bool hasToken() const { return !m_token.isEmpty(); }
    // Plain HTTP to anything but loopback is refused unless the profile allows it.
    void setAllowInsecureHttp(bool allow) { m_allowInsecure = allow; }
    bool isInsecure() const;
    void setTimeout(int ms) { m_timeoutMs = ms; }

    ApiJob *get(const QString &path);
    ApiJob *post(const QString &path, const QJsonDocument &body);
    ApiJob *put(const QString &path, const QJsonDocument &body, const QByteArray &ifMatch);
    ApiJob *remove(const QString &path, const QByteArray &ifMatch);

Q_SIGNALS:
    // Every request, for the activity log: never a token or a body.
    void requestFinished(const QByteArray &method, const QString &path, int httpStatus,
        qint64 durationMs, xynap::platform::ApiError error);

private:
    ApiJob *send(const QByteArray &method, const QString &path, const QByteArray &body,
        const QByteArray &ifMatch);

    QNetworkAccessManager m_network;
    QUrl m_baseUrl;
    QString m_token;
    bool m_allowInsecure = false;
    int m_timeoutMs = DefaultTimeoutMs;
};

// Convenience readers for the contract's payloads.
QList<Trunk> trunksFromReply(const QJsonDocument &json, QString *error = nullptr);

} // namespace xynap::platform
