#include "sandbox/Sandbox.h"

#include "platform/LimitedTcpServer.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTcpServer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSandbox, "xynap.sandbox", QtInfoMsg)

namespace xynap::sandbox {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

Sandbox::Sandbox(const Scenario &scenario, const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_options(options)
    , m_scheduler(std::make_unique<SimScheduler>(options.timeMode))
{
    if (m_options.operatorToken.isEmpty())
        m_options.operatorToken = u"op-"_s + randomToken();
    if (m_options.readonlyToken.isEmpty())
        m_options.readonlyToken = u"ro-"_s + randomToken();
    if (m_options.eslAllowed.isEmpty()) {
        m_options.eslAllowed = {
            QHostAddress::parseSubnet(u"127.0.0.0/8"_s), QHostAddress::parseSubnet(u"::1/128"_s)};
    }
    const ProviderCatalog catalog = ProviderCatalog::builtIn();
    m_gateways = std::make_unique<GatewaySimulator>(m_scheduler.get(), catalog);
    m_gateways->setProfiles(scenario.profiles, scenario.callsPerProfile);
    m_gateways->setAcl(scenario.acl);
    m_gateways->setRescanNeverAnswers(scenario.rescanNeverAnswers);
    m_gateways->setProvidersUnavailable(scenario.providersUnavailable);
    m_gateways->setProvidersUnreachable(scenario.providersSilent, scenario.providersUnreachable);
    m_gateways->setFetcher(
        [this](const QString &profile, auto done) { fetchGateways(profile, std::move(done)); });
    m_api = std::make_unique<ApiServer>(
        scenario, catalog, ApiTokens {m_options.operatorToken, m_options.readonlyToken});
    m_api->setXmlCurlCredentials(m_options.xmlCurlCredentials);
    m_esl = std::make_unique<EslServer>(m_scheduler.get(), m_gateways.get(), scenario);
    m_esl->setPassword(m_options.eslPassword);
    m_esl->setAllowedSubnets(m_options.eslAllowed);
    connect(m_esl.get(), &EslServer::shutdownRequested, this, &Sandbox::shutdown);
    // The platform asks FreeSWITCH for a Sofia rescan after every trunk change. A rescan adds
    // new gateways only: a changed gateway stays as it was until killgw + rescan.
    connect(m_api.get(), &ApiServer::trunksChanged, this, [this](const QStringList &profiles) {
        for (const QString &p : profiles)
            m_gateways->rescan(p, [](const QByteArray &) {});
    });
}

Sandbox::~Sandbox()
{
    m_esl.reset();
    m_gateways.reset();
}

bool Sandbox::listenApi()
{
    if (!m_options.tlsCertificate.isEmpty() || !m_options.tlsKey.isEmpty()) {
        QFile certFile(m_options.tlsCertificate);
        QFile keyFile(m_options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly)) {
            m_error = u"--tls-cert %1: %2"_s.arg(m_options.tlsCertificate, certFile.errorString());
            return false;
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            m_error = u"--tls-key %1: %2"_s.arg(m_options.tlsKey, keyFile.errorString());
            return false;
        }
        const QSslCertificate cert(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QSslKey usableKey = key;
        if (key.isNull()) {
            keyFile.seek(0);
            usableKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (cert.isNull()) {
            m_error = u"--tls-cert %1: not a PEM certificate"_s.arg(m_options.tlsCertificate);
            return false;
        }
        if (usableKey.isNull()) {
            m_error = u"--tls-key %1: not a PEM RSA or EC private key"_s.arg(m_options.tlsKey);
            return false;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(cert);
        tls.setPrivateKey(usableKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate by bearer token
        m_api->sslSetup(tls);
        m_tlsConfiguration = tls;
        m_tls = true;
    }
    // With TLS the HTTP server needs a QSslServer: it only speaks to the sockets that one hands
    // over encrypted (a plain QTcpServer's connections are closed at once). Either way a request
    // larger than the API accepts is refused as it arrives, not after it.
    constexpr qint64 MaxRequest = ApiServer::MaxBody + 64 * 1024LL;
    const QByteArray tooLarge = platform::payloadTooLargeAnswer("application/json",
        R"({"error":{"code":"payload_too_large","message":)"
        R"("The request is larger than the API accepts."}})");
    QTcpServer *server = nullptr;
    if (m_tls) {
        auto *ssl = new QSslServer(m_api.get());
        ssl->setSslConfiguration(m_tlsConfiguration);
        // Before the HTTP server sees the socket (it takes it on newConnection, later).
        connect(ssl, &QSslServer::startedEncryptionHandshake, ssl, [tooLarge](QSslSocket *socket) {
            platform::limitRequestSize(socket, MaxRequest, tooLarge);
        });
        server = ssl;
    } else {
        server = new platform::LimitedTcpServer(MaxRequest, tooLarge, m_api.get());
    }
    if (!server->listen(m_options.address, m_apiPort ? m_apiPort : m_options.apiPort)) {
        m_error = u"Platform API port %1: %2"_s.arg(m_options.apiPort).arg(server->errorString());
        delete server;
        return false;
    }
    m_api->bind(server);
    m_apiPort = server->serverPort();
    m_apiListening = true;
    return true;
}

bool Sandbox::start()
{
    if (m_scenario.apiStartDelaySeconds > 0) {
        // Reserve the port now so the URL is known, but answer only after the delay: like a
        // container whose API comes up 5–10 s after FreeSWITCH.
        QTcpServer probe;
        if (!probe.listen(m_options.address, m_options.apiPort)) {
            m_error = u"Platform API port %1: %2"_s.arg(m_options.apiPort).arg(probe.errorString());
            return false;
        }
        m_apiPort = probe.serverPort();
        probe.close();
        m_scheduler->schedule(qint64(m_scenario.apiStartDelaySeconds) * 1000, [this] {
            if (!listenApi())
                qCWarning(lcSandbox) << m_error;
        });
    } else if (!listenApi()) {
        return false;
    }
    if (!m_esl->listen(m_options.address, m_options.eslPort)) {
        m_error = u"Event Socket port %1: %2"_s.arg(m_options.eslPort).arg(m_esl->errorString());
        return false;
    }
    m_gateways->startProfiles();
    if (m_scenario.shutdownAfterSeconds > 0)
        m_scheduler->schedule(
            qint64(m_scenario.shutdownAfterSeconds) * 1000, [this] { shutdown(); });
    return true;
}

QUrl Sandbox::apiUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? u"https"_s : u"http"_s);
    url.setHost(m_options.address.toString());
    url.setPort(m_apiPort);
    return url;
}

QJsonObject Sandbox::connectionInfo() const
{
    return QJsonObject {
        {u"api_url"_s, apiUrl().toString()},
        {u"esl_host"_s, eslHost()},
        {u"esl_port"_s, eslPort()},
        {u"esl_password"_s, m_options.eslPassword},
        {u"operator_token"_s, m_options.operatorToken},
        {u"readonly_token"_s, m_options.readonlyToken},
    };
}

void Sandbox::fetchGateways(
    const QString &profile, std::function<void(std::optional<GatewayDirectory>)> done)
{
    if (!m_apiListening) {
        // CURL returned error:[7]: the profile starts without gateways.
        done(std::nullopt);
        return;
    }
    QUrl url = apiUrl();
    url.setPath(u"/api/v1/sip/xml-curl"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("User-Agent", "freeswitch-xml/1.0");
    request.setTransferTimeout(5000);
    if (!m_options.xmlCurlCredentials.isEmpty())
        request.setRawHeader(
            "Authorization", "Basic " + m_options.xmlCurlCredentials.toUtf8().toBase64());
    if (m_tls) {
        // The sandbox trusts its own certificate, whatever signed it.
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        request.setSslConfiguration(ssl);
    }
    QUrlQuery form;
    const SwitchIdentity &id = m_scenario.switchIdentity;
    form.addQueryItem(u"hostname"_s, id.hostname);
    form.addQueryItem(u"section"_s, u"directory"_s);
    form.addQueryItem(u"tag_name"_s, {});
    form.addQueryItem(u"key_name"_s, {});
    form.addQueryItem(u"key_value"_s, {});
    form.addQueryItem(u"Event-Name"_s, u"REQUEST_PARAMS"_s);
    form.addQueryItem(u"Core-UUID"_s, QString::fromLatin1(m_esl->coreUuid()));
    form.addQueryItem(u"FreeSWITCH-Hostname"_s, id.hostname);
    form.addQueryItem(u"FreeSWITCH-Switchname"_s, id.hostname);
    form.addQueryItem(u"purpose"_s, u"gateways"_s);
    form.addQueryItem(u"profile"_s, profile);
    QNetworkReply *reply = m_network.post(request, form.query(QUrl::FullyEncoded).toUtf8());
    ++m_fetchesInFlight;
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        --m_fetchesInFlight;
        if (reply->error() != QNetworkReply::NoError) {
            qCWarning(lcSandbox) << "xml-curl fetch failed:" << reply->errorString();
            done(std::nullopt);
            return;
        }
        done(parseGatewayDirectory(reply->readAll()));
    });
}

void Sandbox::shutdown()
{
    m_gateways->stopAll();
    m_esl->shutdown();
    Q_EMIT stopped();
}

} // namespace xynap::sandbox
