#pragma once

#include "sandbox/ApiServer.h"
#include "sandbox/EslServer.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/Scenario.h"
#include "sandbox/SimScheduler.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>

namespace xynap::sandbox {

struct SandboxOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 apiPort = 8001;
    quint16 eslPort = 8021;
    QString eslPassword = QStringLiteral("ClueCon");
    QString operatorToken; // generated when empty
    QString readonlyToken; // generated when empty
    QString tlsCertificate;
    QString tlsKey;
    QString xmlCurlCredentials;
    QList<QPair<QHostAddress, int>> eslAllowed; // empty: loopback only
    SimScheduler::Mode timeMode = SimScheduler::Mode::RealTime;
};

// The stand-in platform: Platform API + FreeSWITCH Event Socket + the gateways behind them,
// on loopback. Used by xynap-sandbox, xynap-console --demo and the integration tests.
class Sandbox final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Sandbox)

public:
    Sandbox(const Scenario &scenario, const SandboxOptions &options, QObject *parent = nullptr);
    ~Sandbox() override;

    // Listens on both ports; false with errorString() when a port or the TLS files fail.
    bool start();
    QString errorString() const { return m_error; }

    QUrl apiUrl() const;
    quint16 apiPort() const { return m_apiPort; }
    quint16 eslPort() const { return m_esl->port(); }
    QString eslHost() const { return m_options.address.toString(); }
    const SandboxOptions &options() const { return m_options; }
    // The line xynap-sandbox prints: api_url, esl_host, esl_port, esl_password, tokens.
    QJsonObject connectionInfo() const;

    SimScheduler *scheduler() const { return m_scheduler.get(); }
    GatewaySimulator *gateways() const { return m_gateways.get(); }
    ApiServer *api() const { return m_api.get(); }
    EslServer *esl() const { return m_esl.get(); }

    // xml-curl fetches of the gateways not answered yet (0: the switch waits for nothing).
    int fetchesInFlight() const { return m_fetchesInFlight; }

    // Stops like FreeSWITCH on SIGTERM: disconnect notices, then closes.
    void shutdown();

Q_SIGNALS:
    void stopped();

private:
    bool listenApi();
    void fetchGateways(
        const QString &profile, std::function<void(std::optional<GatewayDirectory>)> done);

    Scenario m_scenario;
    SandboxOptions m_options;
    std::unique_ptr<SimScheduler> m_scheduler;
    std::unique_ptr<GatewaySimulator> m_gateways;
    std::unique_ptr<ApiServer> m_api;
    std::unique_ptr<EslServer> m_esl;
    QNetworkAccessManager m_network;
    quint16 m_apiPort = 0;
    bool m_apiListening = false;
    QSslConfiguration m_tlsConfiguration;
    bool m_tls = false;
    int m_fetchesInFlight = 0;
    QString m_error;
};

QString randomToken(int bytes = 24);

} // namespace xynap::sandbox
