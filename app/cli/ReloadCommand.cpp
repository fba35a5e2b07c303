#include "ReloadCommand.h"

#include "model/SofiaNames.h"
#include "model/TextSafety.h"
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
    return 15'000 + int(m_target.esl.size()) * (t.deleteMs + t.rescanMs + t.settleMs + 5'000);
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
        out() << u"reload: %1 of %2 node(s) %3\n"_s.arg(m_applied).arg(m_total).arg(
            m_options.restart ? u"restarted"_s : u"applied and healthy"_s);
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
    connect(job, &session::ApplyJob::progress, this, [this, node](const QString &step) {
        out() << node << u": "_s << terminalSafe(step) << Qt::endl;
    });
    connect(job, &session::ApplyJob::finished, this,
        [this, node, job](bool ok, const QString &, const QString &message) {
            out() << node << u": "_s << (ok ? u"OK: "_s : u"FAILED: "_s) << terminalSafe(message)
                  << Qt::endl;
            if (ok)
                ++m_applied;
            else
                m_code = std::max<int>(m_code, Critical);
            job->deleteLater();
            QMetaObject::invokeMethod(this, &ReloadCommand::next, Qt::QueuedConnection);
        });
    job->start();
}

} // namespace xynap::cli
