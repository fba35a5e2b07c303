#pragma once

#include "EslMessage.h"
#include "EslParser.h"

#include <QObject>
#include <QTcpSocket>
#include <QTimer>
#include <deque>
#include <functional>

namespace xynap::esl {

// Why a connection ended or failed, so the UI can say it in the operator's words.
enum class LinkError {
    None,
    Refused, // nothing listens there
    HostNotFound,
    Timeout,
    WrongPassword, // -ERR invalid
    RudeRejection, // the client's address is not in the event socket's ACL
    Disconnected, // text/disconnect-notice or the peer closed
    ProtocolError, // bytes that are not ESL
};

struct ApiResult {
    bool ok = false; // false on timeout or a lost connection
    QByteArray body; // api/response body (may itself start with -ERR)
    QString error; // when !ok
};

// One Event Socket client connection: authenticates, runs api commands in order with a
// timeout each, and hands out events. Reconnecting is the owner's decision.
class Connection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { Unconnected, Connecting, Authenticating, Ready };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void connectToServer(const QString &host, quint16 port, const QString &password);
    void disconnectFromServer();
    State state() const { return m_state; }
    QString peer() const { return m_peer; }

    using ApiCallback = std::function<void(const ApiResult &)>;
    void api(const QString &command, ApiCallback callback, int timeoutMs = 10'000);
    // A raw command ("event plain HEARTBEAT CUSTOM sofia::gateway_state ...").
    void command(const QString &command, std::function<void(const Message &)> callback = {},
        int timeoutMs = 10'000);

Q_SIGNALS:
    void ready();
    void eventReceived(const xynap::esl::Event &event);
    void failed(xynap::esl::LinkError error, const QString &detail);
    void closed(xynap::esl::LinkError reason, const QString &detail);

private:
    struct Pending {
        QByteArray wire;
        bool isApi;
        ApiCallback apiCallback;
        std::function<void(const Message &)> commandCallback;
        int timeoutMs;
    };
    void onReadyRead();
    void onSocketError(QAbstractSocket::SocketError error);
    void handle(const Message &message);
    void sendNext();
    void fail(LinkError error, const QString &detail);
    void failPending(const QString &why);

    QTcpSocket m_socket;
    Parser m_parser;
    QString m_password;
    QString m_peer;
    State m_state = State::Unconnected;
    std::deque<Pending> m_queue;
    bool m_inFlight = false;
    QTimer m_requestTimer;
    LinkError m_closeReason = LinkError::Disconnected;
    QString m_closeDetail;
};

QString describe(LinkError error);

} // namespace xynap::esl
