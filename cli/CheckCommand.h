#pragma once

#include "cli/Command.h"
#include "cli/Help.h"
#include "cli/Invocation.h"
#include "cli/MonitorRun.h"
#include "cli/Threshold.h"
#include "lint/Finding.h"
#include "session/HealthSummary.h"

#include <QElapsedTimer>
#include <QUrl>
#include <memory>

namespace xynap::cli {

// `xynapctl check`: the monitoring-plugin check. One status line with performance data:
//   CRITICAL (2)  more gateways down (down, gone, or served but not running) than `critical`
//                 allows (default 0)
//   UNKNOWN (3)   a node cannot be reached or its gateway list cannot be read, the trunks could
//                 not be loaded, a gateway's data is stale, there is no gateway at all, a filter
//                 matches nothing, or the deadline passed — unless something is CRITICAL
//   WARNING (1)   more gateways not healthy (down or degraded) than `warning` allows (default 0)
//   OK (0)        otherwise
// Filters: `gateways` (names) and `nodes` (HOST:PORT of the target's Event Sockets) narrow what
// is checked; only the nodes named are connected.
struct CheckOptions {
    QStringList gateways;
    QStringList nodes;
    Threshold warning = *Threshold::parse(QStringLiteral("0"));
    Threshold critical = *Threshold::parse(QStringLiteral("0"));
    // At least WARNING while a saved change is not applied or a trunk has a lint error; false
    // with --no-config-check.
    bool configCheck = true;
    // One 'ping_NAME' perfdata label per pinging gateway up to this many; beyond it 'ping_max'
    // and 'ping_gateways' stand for them. Nagios reads a plugin's output into 8 KB, and a fleet
    // of 25,000 pinging gateways made an 800 KB line; --gateway picks the ones to graph.
    int maxPingLabels = 100;
    // Read what a running `xynapctl serve` knows from its metrics URL instead of connecting:
    // the same verdict, words and exit code, and the causes only events carry. The credentials
    // it wants come from files, as serve reads them.
    QUrl from;
    QString bearerTokenFile;
    QString basicAuthFile;
};

// What `check` decides from, whether it connected itself or read a serve's metrics.
struct CheckData {
    struct Gateway {
        QString node;
        QString name;
        session::Health health = session::Health::Unknown;
        session::Presence presence = session::Presence::Running;
        QString state; // as the Gateways page shows it
        QString summary;
        QList<lint::Finding> findings; // the lint's on this gateway on this node
    };
    session::HealthSummary summary; // over every gateway
    QList<Gateway> gateways; // in the monitor's order
    QStringList nodes; // HOST:PORT of every node checked
};

class CheckCommand final : public Command {
    Q_OBJECT

public:
    using Options = CheckOptions;
    CheckCommand(Target target, Io io, Options options = {}, QObject *parent = nullptr);

    // As xynapctl runs it (Commands.h): its words, its secrets, its options read and its run.
    static CommandHelp help();
    static Secrets secrets(const QCommandLineParser &parser);
    static int execute(const Invocation &invocation);

    // What `check` decides from a summary (already filtered) and the thresholds: 0, 1, 2 or 3.
    static int verdict(const session::HealthSummary &s, const Options &options);

protected:
    void start() override;
    void deadlinePassed(int deadlineMs) override;

    // CheckData from a serve's exposition (cli/Metrics.h); the error says what is missing.
    static std::optional<CheckData> fromExposition(const QByteArray &text, QString *error);

private:
    void fetch();
    void report();
    void reportData(CheckData data);
    QString pingPerfdata() const;
    void unknown(const QString &why);
    Options m_options;
    std::unique_ptr<MonitorRun> m_run; // made in start(), with the nodes the filter keeps
    QElapsedTimer m_elapsed;
};

} // namespace xynap::cli
