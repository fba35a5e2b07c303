#pragma once

#include "cli/Command.h"
#include "cli/MonitorRun.h"
#include "cli/Threshold.h"

#include <QElapsedTimer>
#include <memory>

namespace xynap::session {
struct HealthSummary;
}

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
};

class CheckCommand final : public Command {
    Q_OBJECT

public:
    using Options = CheckOptions;
    CheckCommand(Target target, Io io, Options options = {}, QObject *parent = nullptr);

    // What `check` decides from a summary (already filtered) and the thresholds: 0, 1, 2 or 3.
    static int verdict(const session::HealthSummary &s, const Options &options);

protected:
    void start() override;
    void deadlinePassed(int deadlineMs) override;

private:
    void report();
    void unknown(const QString &why);
    Options m_options;
    std::unique_ptr<MonitorRun> m_run; // made in start(), with the nodes the filter keeps
    QElapsedTimer m_elapsed;
};

} // namespace xynap::cli
