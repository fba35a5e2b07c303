#pragma once

#include "esl/Message.h"
#include "sandbox/Scenario.h"

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <functional>

namespace xynap::sandbox {

class GatewaySimulator;
class SimScheduler;
class EslSession;

// A FreeSWITCH Event Socket (inbound mode) that answers the way mod_event_socket does in the
// captures: auth/request, command/reply, api/response, events in plain and JSON, HEARTBEAT
// every 20 s, rude rejection outside its ACL, disconnect notices.
class EslServer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslServer)

public:
    EslServer(SimScheduler *scheduler, GatewaySimulator *gateways, const Scenario &scenario,
        QObject *parent = nullptr);
    ~EslServer() override;

    void setPassword(const QString &password) { m_password = password; }
    QString password() const { return m_password; }
    // Clients outside these subnets get text/rude-rejection. Empty: everyone is let in.
    void setAllowedSubnets(const QList<QPair<QHostAddress, int>> &subnets) { m_allowed = subnets; }

    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    // Announces "The system is being shut down." to every client and closes them.
    void shutdown();

    // Runs an api command; `reply` gets the api/response body (maybe later, e.g. a rescan).
    void api(const QString &commandLine, const std::function<void(const QByteArray &)> &reply);
    // Adds the standard headers and hands the event to every subscribed session.
    void publish(const esl::Event &event);

    const QByteArray &coreUuid() const { return m_coreUuid; }
    // Client connections still open on the server's side.
    int sessionCount() const;

Q_SIGNALS:
    // `fsctl shutdown` was requested over the socket.
    void shutdownRequested();

private:
    void onNewConnection();
    void heartbeat();
    esl::Event withStandardHeaders(const esl::Event &event, const QByteArray &callingFile,
        const QByteArray &callingFunction, int callingLine);

    friend class EslSession;
    SimScheduler *m_scheduler;
    GatewaySimulator *m_gateways;
    Scenario m_scenario;
    QTcpServer m_server;
    QString m_password = QStringLiteral("ClueCon");
    QList<QPair<QHostAddress, int>> m_allowed;
    QList<QPointer<EslSession>> m_sessions;
    QByteArray m_coreUuid;
    quint64 m_sequence = 400;
    quint64 m_heartbeatTimer = 0;
};

} // namespace xynap::sandbox
