#pragma once

#include "Command.h"
#include "MonitorRun.h"

namespace xynap::cli {

// `xynapctl check`: the monitoring-plugin check. One status line with performance data:
//   CRITICAL (2)  a gateway is down, gone, or served by the API but not running
//   UNKNOWN (3)   a node cannot be reached or its gateway list cannot be read, the trunks could
//                 not be loaded, a gateway's data is stale, or there is no gateway at all
//   WARNING (1)   a gateway is degraded (registering, not served by the API)
//   OK (0)        every gateway the API serves runs and is healthy on every node
class CheckCommand final : public Command {
    Q_OBJECT

public:
    CheckCommand(Target target, Io io, QObject *parent = nullptr);

protected:
    void start() override;
    void deadlinePassed(int deadlineMs) override;

private:
    void report();
    MonitorRun m_run;
};

} // namespace xynap::cli
