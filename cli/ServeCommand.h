#pragma once

#include "cli/Command.h"
#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/Metrics.h"
#include "cli/MonitorRun.h"
#include "coverage/AclParseResult.h"
#include "coverage/UfwParseResult.h"
#include "lint/Finding.h"
#include "model/SofiaProfile.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QThreadPool>
#include <QTimer>
#include <memory>

class QAbstractHttpServer;

namespace xynap::platform {
class StopSignals;
}

namespace xynap::cli {

// `xynapctl serve`: watches every Event Socket node of the target for as long as it runs (the
// same MonitorRun, diagnosis and lint as `watch`, `check` and the console), reads the Platform
// API again on a schedule, and answers GET /metrics with the Prometheus text exposition
// (cli/Metrics.h). Credentials a scraper must send come from files, never from the command line;
// listening beyond loopback requires them.
struct ServeOptions {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 9742;
    QString bearerTokenFile; // one line: the token Prometheus sends (credentials_file)
    QString basicAuthFile; // one line: USER:PASSWORD
    QString tlsCertificate; // PEM; with tlsKey: HTTPS
    QString tlsKey;
    int apiRefreshSeconds = 60;

    // "ADDRESS:PORT", "[IPv6]:PORT" or ":PORT"; nullopt when it is none of these.
    static std::optional<std::pair<QHostAddress, quint16>> parseListen(const QString &text);
};

class ServeCommand final : public Command {
    Q_OBJECT

public:
    using Options = ServeOptions;
    ServeCommand(Target target, Io io, Options options, QObject *parent = nullptr);
    ~ServeCommand() override;

    // As xynapctl runs it (Commands.h): its words, its secrets, its options read and its run.
    static CommandHelp help();
    static Secrets secrets(const QCommandLineParser &parser);
    static int execute(const Invocation &invocation);
    // Runs until stopped (SIGINT/SIGTERM end it with 0).
    static int run(const Target &target, Io io, const Options &options);
    // The most one request may bring (request line and headers; a scrape has no body): a
    // client sending more is answered 413 and nothing more of it is kept.
    static constexpr qint64 MaxRequestBytes = qint64(64) * 1024;
    // The port listened on (after start; useful with port 0).
    quint16 serverPort() const { return m_serverPort; }
    // The exposition as a scrape would get it now, handed to `sink` piece by piece as it is made
    // (what a scrape is sent); false when the sink stopped it.
    bool writeExposition(const metrics::PieceSink &sink);
    bool isWriting() const { return m_writing; }
    // How long serve waits for a scraper to take an answer in all (the making not counted), and
    // to take anything at all, before it is cut off: the nodes' links wait meanwhile, and the
    // making and the waiting stay under their 10 s probe (at 250,000 gateways a scraper must
    // take 300 MB at 50 MB/s: a gigabit link does).
    static constexpr int ScrapeSendMs = 6'000;
    static constexpr int ScrapeStallMs = 2'000;
    // How long after a change of what the lint reads it starts (the changes after it join it).
    static constexpr int LintDelayMs = 200;
    // What waits in a scraper's socket before the next piece is made.
    static constexpr qint64 SendBufferBytes = qint64(4) * 1024 * 1024;

protected:
    void start() override;
    void deadlinePassed(int) override { finish(Ok); }

private:
    // 200 with the exposition, 401, 404 or 405: status, content type, body.
    struct Answer {
        int status = 200;
        QByteArray contentType;
        QByteArray body;
        QByteArray authenticate; // WWW-Authenticate
        // The exposition, written to the socket as it is made (instead of `body`).
        bool exposition = false;
    };
    Answer answer(const QByteArray &method, const QString &path, const QByteArray &authorization);
    bool authorized(const QByteArray &authorization) const;
    bool readCredentials();
    // Reads the profiles and the firewall from the Platform API and the ACL from the first node,
    // then analyses the provider ranges as the Coverage page does; on the API's schedule.
    void refreshCoverage();
    void analyzeCoverage();
    // The lint over the trunks, profiles, firewall, ACL and what the nodes run, as the console
    // does it after each change (PlatformSession::relint): its findings name the likely cause in
    // every gateway's diagnosis. It runs on a thread of its own after what it reads changed (one
    // at a time; the next when it is back, if something changed meanwhile), so that a scrape
    // never waits for it: a scrape serves the last lint done, and says when it read
    // (xynap_exporter_lint_timestamp_seconds). Only a scrape before any lint read the trunks
    // runs one itself.
    void lintChanged();
    void scheduleLint();
    void startLint();
    struct LintDone {
        quint64 generation = 0; // m_changes when it read
        QDateTime readAt;
        double seconds = 0;
    };
    // The lint over `snapshot` (on any thread), its time in `done`.
    static metrics::LintView timedLint(const lint::Snapshot &snapshot, LintDone &done);
    void lintFinished(const LintDone &done, metrics::LintView lint);
    void applyLint(const LintDone &done, metrics::LintView lint);
    // The snapshot the lint reads now; nullopt while the trunks are not known.
    std::optional<lint::Snapshot> lintSnapshot() const;

    Options m_options;
    MonitorRun m_run;
    std::unique_ptr<QAbstractHttpServer> m_server;
    std::unique_ptr<platform::StopSignals> m_stopSignals;
    QTimer m_apiRefresh;
    QByteArray m_bearerDigest; // SHA-256 of "Bearer TOKEN"
    QByteArray m_basicDigest; // SHA-256 of "Basic base64(USER:PASSWORD)"
    QHash<QString, metrics::NodeCounters> m_nodes;
    QSet<QString> m_everUp;
    metrics::ExporterStats m_stats;
    quint16 m_serverPort = 0;
    metrics::CoverageView m_coverage;
    QList<SofiaProfile> m_profiles;
    std::optional<coverage::UfwParseResult> m_ufw; // read without a parse error, else nullopt
    std::optional<coverage::AclParseResult> m_acl;
    metrics::LintView m_lint;
    quint64 m_changes = 1; // changes of what the lint reads, counted
    quint64 m_linted = 0; // the count the served lint had seen (0: none yet)
    bool m_lintInFlight = false;
    bool m_lintedTrunks = false; // the served lint read the trunks
    qint64 m_lastLintMs = 0; // how long the last lint took
    QElapsedTimer m_sinceLint; // since the last lint was served
    QTimer m_lintDelay; // changes come in bursts (50 nodes' snapshots): one lint after them
    // A scrape is being written (a scraper that sends another request meanwhile is not answered
    // until it is done: nothing may relint under the one being written).
    bool m_writing = false;
    int m_coveragePending = 0;
    platform::ApiClient *m_coverageClient = nullptr;

    // Last: destroyed first, waiting for a lint under way (its answer then goes nowhere).
    QThreadPool m_lintPool;

    friend class MetricsHttpServer;
};

} // namespace xynap::cli
