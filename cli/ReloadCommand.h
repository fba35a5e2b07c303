#pragma once

#include "cli/Command.h"
#include "cli/MonitorRun.h"
#include "session/ApplyJob.h"

#include <QPointer>

namespace xynap::cli {

// `xynapctl reload --sofia-profile P [--gateway G] [--restart --yes]`: applies a saved trunk on
// every node without dropping calls (killgw, wait for the delete, rescan, wait for the gateway),
// or rescans the profile, or — confirmed — restarts it. Ends with one result line per node and a
// summary; exits 0 only if every node came back healthy (2 otherwise, 69 when a node cannot be
// reached, 64 for a name FreeSWITCH would not accept).
class ReloadCommand final : public Command {
    Q_OBJECT

public:
    struct Options {
        QString sofiaProfile;
        QString gateway;
        bool restart = false;
        bool yes = false;
        session::ApplyJob::Timeouts timeouts;
    };
    ReloadCommand(Target target, Io io, Options options, QObject *parent = nullptr);
    // Enough for every node's killgw, rescan and settling, one after the other.
    int deadlineMs() const;

protected:
    void start() override;

private:
    void next();
    // After a rescan-only reload: the gateways of the profile on `node` that still run an older
    // version (or not at all), each with the command that applies it; the exit code they call for.
    int reportNotApplied(const QString &node);
    void deadlinePassed(int deadlineMs) override;

    Options m_options;
    MonitorRun m_run;
    QStringList m_nodes; // still to do
    int m_code = Ok;
    int m_applied = 0;
    int m_unconfirmed = 0;
    QPointer<session::ApplyJob> m_job; // the node being applied now
    QString m_jobNode;
    int m_total = 0;
};

} // namespace xynap::cli
