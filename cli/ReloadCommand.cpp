#include "cli/ReloadCommand.h"

#include "lint/LintEngine.h"
#include "model/SofiaNames.h"
#include "model/TextSafety.h"
#include "session/SnapshotBuilder.h"
#include "session/SofiaActions.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

ReloadCommand::ReloadCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
    , m_run(m_target, io, this)
{
}

int ReloadCommand::deadlineMs() const
{
    const session::ApplyJob::Timeouts &t = m_options.timeouts;
    // An IP-auth gateway's evidence is an answered ping: its interval (the documented 30 s at most)
    // plus evidenceMs.
    return 15'000
        + int(m_target.esl.size())
        * (t.deleteMs + t.rescanMs + t.settleMs + 30'000 + t.evidenceMs + 5'000);
}

void ReloadCommand::start()
{
    if (m_target.esl.isEmpty()) {
        finish(complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s));
        return;
    }
    if (m_options.sofiaProfile.isEmpty()) {
        finish(complain(
            Usage, u"reload needs --sofia-profile P (the Sofia profile, e.g. internal)"_s));
        return;
    }
    if (!isValidSofiaName(m_options.sofiaProfile)) {
        finish(complain(Usage,
            u"--sofia-profile: not a Sofia profile name (letters, digits, '_', '.', '-')"_s));
        return;
    }
    const bool all = m_options.gateway == AllGateways;
    if (!m_options.gateway.isEmpty() && !all && !isValidGatewayName(m_options.gateway)) {
        finish(
            complain(Usage, u"--gateway: not a gateway name (letters, digits, '_', '.', '-')"_s));
        return;
    }
    if (all && !m_options.yes) {
        finish(complain(Usage,
            u"--gateway _all_ removes every gateway of %1 (killgw _all_) and drops their calls: "
            "add --yes to confirm"_s.arg(m_options.sofiaProfile)));
        return;
    }
    if (m_options.restart && !m_options.yes) {
        finish(complain(Usage,
            u"a profile restart drops every call on %1: add --yes to confirm"_s.arg(
                m_options.sofiaProfile)));
        return;
    }
    connect(&m_run, &MonitorRun::ready, this, [this] {
        if (!m_run.trunksError().isEmpty())
            complain(Ok, u"trunks not known: %1"_s.arg(m_run.trunksError()));
        for (const platform::EslEndpoint &e : m_target.esl)
            m_nodes.append(e.toString());
        m_total = int(m_nodes.size());
        next();
    });
    m_run.start();
}

void ReloadCommand::next()
{
    if (m_nodes.isEmpty()) {
        if (m_options.restart) {
            out() << u"reload: %1 of %2 node(s) restarted\n"_s.arg(m_applied).arg(m_total);
        } else if (m_options.gateway.isEmpty()) {
            out() << u"reload: %1 of %2 node(s) rescanned with every gateway of %3 on its saved "
                     "version\n"_s.arg(m_applied)
                         .arg(m_total)
                         .arg(m_options.sofiaProfile);
        } else {
            out() << u"reload: %1 of %2 node(s) applied and healthy"_s.arg(m_applied).arg(m_total);
            if (m_unconfirmed > 0)
                out() << u"; %1 applied, not yet confirmed"_s.arg(m_unconfirmed);
            out() << u'\n';
        }
        finish(m_code);
        return;
    }
    const QString node = m_nodes.takeFirst();
    session::GatewayMonitor &monitor = m_run.monitor();
    esl::Link *link = monitor.link(node);
    if (!link || link->state() != esl::Link::State::Up) {
        out() << node << u": not applied: not connected ("_s
              << terminalSafe(link ? link->detail() : QString()) << u")\n"_s;
        m_code = std::max<int>(m_code, m_run.failureExit() ? m_run.failureExit() : Unavailable);
        QMetaObject::invokeMethod(this, &ReloadCommand::next, Qt::QueuedConnection);
        return;
    }
    if (m_options.restart) {
        session::SofiaActions(&monitor).restartProfile(
            node, m_options.sofiaProfile, [this, node](bool ok, const QString &message) {
                out() << node << u": "_s << terminalSafe(message) << u'\n';
                if (ok)
                    ++m_applied;
                else
                    m_code = std::max<int>(m_code, Critical);
                next();
            });
        return;
    }
    auto *job
        = new session::ApplyJob(&monitor, node, m_options.sofiaProfile, m_options.gateway, this);
    job->setTimeouts(m_options.timeouts);
    job->setAllGatewaysConfirmed(m_options.yes);
    m_job = job;
    m_jobNode = node;
    connect(job, &session::ApplyJob::progress, this, [this, node](const QString &step) {
        out() << node << u": "_s << terminalSafe(step) << Qt::endl;
    });
    connect(job, &session::ApplyJob::finished, this,
        [this, node, job](bool ok, const QString &, const QString &message) {
            const session::ApplyJob::Outcome outcome = job->outcome();
            const bool rescanOnly = m_options.gateway.isEmpty();
            const bool unconfirmed
                = !rescanOnly && outcome == session::ApplyJob::Outcome::Unconfirmed;
            out() << node << u": "_s
                  << (unconfirmed ? u"NOT CONFIRMED: "_s
                             : ok ? u"OK: "_s
                                  : u"FAILED: "_s)
                  << terminalSafe(message) << Qt::endl;
            if (rescanOnly && ok) {
                const int code = reportNotApplied(node);
                if (code == Ok)
                    ++m_applied;
                m_code = std::max<int>(m_code, code);
            } else if (ok && outcome == session::ApplyJob::Outcome::Confirmed) {
                ++m_applied;
            } else if (unconfirmed) {
                ++m_unconfirmed;
                m_code = std::max<int>(m_code, Warning);
            } else {
                m_code = std::max<int>(m_code, Critical);
            }
            job->deleteLater();
            QMetaObject::invokeMethod(this, &ReloadCommand::next, Qt::QueuedConnection);
        });
    job->start();
}

void ReloadCommand::deadlinePassed(int deadlineMs)
{
    // Both may have answered: say which step had not finished, and exit as that situation does.
    if (!m_job) {
        Command::deadlinePassed(deadlineMs);
        return;
    }
    const session::ApplyJob::Outcome outcome = m_job->outcomeIfStoppedNow();
    const QString what = m_job->waitingFor();
    int code = m_code;
    if (outcome == session::ApplyJob::Outcome::Unconfirmed) {
        out() << m_jobNode
              << u": NOT CONFIRMED: applied; the deadline of %1 s passed while "
                 "waiting for %2\n"_s.arg(deadlineMs / 1000)
                     .arg(terminalSafe(what));
        ++m_unconfirmed;
        code = std::max<int>(code, Warning);
    } else {
        const bool switchSilent = m_job->waitingForFreeSwitch();
        out() << m_jobNode
              << u": FAILED: the deadline of %1 s passed while waiting for %2\n"_s
                     .arg(deadlineMs / 1000)
                     .arg(terminalSafe(what));
        code = std::max<int>(code, switchSilent ? Unavailable : Critical);
    }
    for (const QString &node : std::as_const(m_nodes))
        out() << node << u": not applied: the deadline passed before its turn\n"_s;
    out() << u"reload: %1 of %2 node(s) applied and healthy"_s.arg(m_applied).arg(m_total);
    if (m_unconfirmed > 0)
        out() << u"; %1 applied, not yet confirmed"_s.arg(m_unconfirmed);
    out() << u'\n';
    if (!m_nodes.isEmpty())
        code = std::max<int>(code, Critical);
    finish(code);
}

int ReloadCommand::reportNotApplied(const QString &node)
{
    const session::GatewayMonitor &monitor = m_run.monitor();
    if (!monitor.trunksKnown()) {
        out() << node
              << u": cannot tell whether every gateway of %1 runs its saved version: "
                 "the trunks are not known\n"_s.arg(m_options.sofiaProfile);
        return Unknown;
    }
    session::SnapshotBuilder snapshot(m_target.catalog);
    snapshot.setTrunks(monitor.trunks());
    if (!snapshot.setRunning(monitor)) {
        out() << node
              << u": cannot tell whether every gateway of %1 runs its saved version: "
                 "the gateway list could not be read\n"_s.arg(m_options.sofiaProfile);
        return Unknown;
    }
    int code = Ok;
    for (const lint::Finding &f : lint::LintEngine().run(snapshot.snapshot())) {
        const bool drift = f.ruleId == u"XY-NOT-APPLIED"_s;
        if ((!drift && f.ruleId != u"XY-NOT-RUNNING"_s) || (!f.node.isEmpty() && f.node != node))
            continue;
        const Trunk *trunk = monitor.trunkFor(f.gatewayName);
        if (!trunk || trunk->profile != m_options.sofiaProfile)
            continue;
        out() << node << u": "_s << (drift ? u"NOT APPLIED: "_s : u"NOT RUNNING: "_s)
              << terminalSafe(f.message) << u'\n';
        if (const SuggestedCommand apply
            = reloadGatewayCommand(m_options.sofiaProfile, f.gatewayName);
            apply.ok())
            out() << u"  apply it: "_s << apply.line << u'\n';
        code = std::max<int>(code, drift ? Warning : Critical);
    }
    return code;
}

} // namespace xynap::cli
