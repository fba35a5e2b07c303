#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QTemporaryDir;

// The real FreeSWITCH in the tests: the relocatable 1.10.12 bundle that XYNAP_FREESWITCH names (a
// directory holding bin/freeswitch, a directory holding the bundle's tarball, or the tarball),
// started on free loopback ports with a platform's xml-curl as its gateway source. FreeSWITCH sends
// SIP to whatever its gateways name, so before it starts, and before every rescan a test makes,
// the harness reads what the xml-curl serves and refuses any gateway whose proxy is not a loopback
// address. Everything it starts it stops, also when the test process dies (a reaper stops it).
namespace xynap::testsupport {

struct BundleLocation {
    QString dir; // holds bin/freeswitch, start.sh, stop.sh
    QString error; // why there is none
    bool configured = true; // false: XYNAP_FREESWITCH is not set at all
    bool ok() const { return error.isEmpty(); }
};
// Finds (and, from a tarball, extracts once into the build tree) the bundle.
[[nodiscard]] BundleLocation locateFreeSwitchBundle();
// The line a test prints when XYNAP_FREESWITCH is not set.
QString freeSwitchNotConfiguredLine();

struct LoopbackCheck {
    QString error; // the first gateway that is not loopback-only, or why nothing could be read
    int gateways = 0;
    bool ok() const { return error.isEmpty(); }
};
// Asks the xml-curl URL for each profile's gateways exactly as mod_xml_curl does and checks that
// every proxy, register-proxy and outbound-proxy (and the realm where there is no proxy) is
// 127.0.0.1 or ::1. A URL where nothing listens serves nothing, and passes.
[[nodiscard]] LoopbackCheck checkXmlCurlServesLoopbackOnly(const QUrl &xmlCurlUrl,
    const QStringList &profiles = {QStringLiteral("external-ipv4"), QStringLiteral("internal")});

// A free loopback port for TCP and UDP both (SIP binds both).
quint16 freeLoopbackPort();

class RealFreeSwitch final {
public:
    struct Options {
        QUrl xmlCurlUrl;
        QString eslPassword = QStringLiteral("ClueCon");
        // SIP timers of both profiles: a REGISTER nobody answers fails after t1x64Ms, not 32 s.
        int timerT1Ms = 100;
        int timerT1x64Ms = 3000;
    };

    RealFreeSwitch();
    ~RealFreeSwitch(); // stops it (SIGKILL if it does not stop)
    RealFreeSwitch(const RealFreeSwitch &) = delete;
    RealFreeSwitch &operator=(const RealFreeSwitch &) = delete;

    // Checks the xml-curl, prepares a run directory and starts FreeSWITCH; false with error().
    [[nodiscard]] bool start(const Options &options);
    // SIGTERM as an operator's `systemctl stop` does: FreeSWITCH shuts down (disconnect notices).
    bool stop();
    // The process frozen (SIGSTOP): its sockets stay open and nothing answers — a hung switch.
    void hang();
    void resume();
    // Starts it again after stop(), on the same ports and run directory.
    [[nodiscard]] bool restart();

    QString error() const { return m_error; }
    bool running() const { return m_pid > 0; }
    qint64 pid() const { return m_pid; }
    quint16 eslPort() const { return m_eslPort; }
    quint16 ipv4SipPort() const { return m_ipv4Port; }
    quint16 ipv6SipPort() const { return m_ipv6Port; }
    QString eslPassword() const { return m_options.eslPassword; }
    QString eslEndpoint() const { return QStringLiteral("127.0.0.1:%1").arg(m_eslPort); }

    // One api command over fs_cli (the FreeSWITCH's own client): its output, trailing blank
    // lines removed. Empty if fs_cli failed.
    QString api(const QString &command, int timeoutMs = 8000) const;
    // "sofia profile P rescan", after checking again that the xml-curl serves loopback only.
    [[nodiscard]] bool rescan(const QString &profile);
    // The last lines of freeswitch.log, for a failure message.
    QString logTail(int lines = 40) const;
    QString runDir() const;

private:
    bool prepareRunDir();
    bool launch();
    void startReaper();

    Options m_options;
    BundleLocation m_bundle;
    std::unique_ptr<QTemporaryDir> m_run;
    qint64 m_pid = 0;
    bool m_hung = false;
    quint16 m_eslPort = 0;
    quint16 m_ipv4Port = 0;
    quint16 m_ipv6Port = 0;
    QString m_error;
    QProcess m_reaper;
};

// xynap-sandbox, the product binary, as the platform the real FreeSWITCH fetches its gateways
// from: a real process on loopback with a scenario the test writes. It dies with the test.
class SandboxProcess final {
public:
    SandboxProcess() = default;
    ~SandboxProcess();
    SandboxProcess(const SandboxProcess &) = delete;
    SandboxProcess &operator=(const SandboxProcess &) = delete;

    // apiPort 0: any free port.
    [[nodiscard]] bool start(const QByteArray &scenarioJson, quint16 apiPort = 0);
    QString error() const { return m_error; }
    QUrl apiUrl() const { return m_apiUrl; }
    QUrl xmlCurlUrl() const;
    QString operatorToken() const { return m_token; }
    QString scenarioPath() const;

private:
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_dir;
    QUrl m_apiUrl;
    QString m_token = QStringLiteral("op-real-freeswitch-test");
    QString m_error;
};

} // namespace xynap::testsupport
