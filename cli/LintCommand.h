#pragma once

#include "cli/Command.h"
#include "cli/MonitorRun.h"
#include "lint/LintEngine.h"
#include "session/SnapshotBuilder.h"

namespace xynap::cli {

// `xynapctl lint`: the console's checks over the trunks and profiles (from --file or the
// Platform API), the firewall (--ufw/--ufw6 or the API) and the ACL (--acl or the first Event
// Socket node), and — with an Event Socket — what FreeSWITCH runs: XY-NOT-APPLIED,
// XY-NOT-RUNNING, XY-NOT-SERVED. What cannot be had is said on stderr and left out, never counted
// as clean; trunks that cannot be read are an error (65), not an empty platform.
// Exit: 0 clean, 1 warnings, 2 errors; 64/65/69/77 as for every command.
class LintCommand final : public Command {
    Q_OBJECT

public:
    struct Options {
        QString file;
        QString ufw;
        QString ufw6;
        QString acl;
        bool json = false;
    };
    LintCommand(Target target, Io io, Options options, QObject *parent = nullptr);

protected:
    void start() override;

private:
    void step(); // one source done
    void fetchAcl();
    void report();
    Options m_options;
    MonitorRun m_run;
    session::SnapshotBuilder m_snapshot;
    int m_pending = 0;
    int m_code = Ok;
    bool m_aclRequested = false;
};

// Findings as text (severity words in colour when `colour`) or as JSON (`--json`, the keys of
// resources/schema/findings.schema.json), with the counts.
void printFindings(
    const QList<lint::Finding> &findings, bool json, QTextStream &out, bool colour = false);

} // namespace xynap::cli
