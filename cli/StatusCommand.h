#pragma once

#include "cli/Command.h"
#include "cli/MonitorRun.h"

namespace xynap::cli {

// `xynapctl status [--json]`: every gateway on every node with its state, the last SIP answer
// FreeSWITCH reported, how long it has been so, and the diagnosis. Trunks the API serves that a
// node does not run are listed as NOT RUNNING. Exit 0 when every node was read; 69 (77 for a
// refused password) when a node could not be reached; 65 when a gateway list could not be read.
class StatusCommand final : public Command {
    Q_OBJECT

public:
    StatusCommand(Target target, Io io, bool json, QObject *parent = nullptr);

protected:
    void start() override;

private:
    void report();
    bool m_json;
    MonitorRun m_run;
};

} // namespace xynap::cli
