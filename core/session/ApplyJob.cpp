#include "session/ApplyJob.h"

#include "esl/SofiaStatus.h"
#include "model/SofiaNames.h"
#include "session/ActivityLog.h"
#include "session/GatewayMonitor.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
bool settled(const QString &state)
{
    return state == u"REGED"_s || state == u"NOREG"_s || state == u"FAILED"_s
        || state == u"FAIL_WAIT"_s || state == u"TIMEOUT"_s;
}
} // namespace

ApplyJob::ApplyJob(
    GatewayMonitor *monitor, QString node, QString profile, QString gateway, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_node(std::move(node))
    , m_profile(std::move(profile))
    , m_gateway(std::move(gateway))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        switch (m_phase) {
        case Phase::Killing:
            if (!m_all)
                Q_EMIT progress(tr("No gateway_delete within %1 s; rescanning anyway.")
                                    .arg(m_timeouts.deleteMs / 1000));
            rescan();
            break;
        case Phase::Rescanning:
            finish(false, {}, tr("The rescan of %1 did not finish in time.").arg(m_profile));
            break;
        case Phase::Settling: {
            const GatewayRecord *r = m_monitor->record(m_node, m_gateway);
            const bool back = r && r->presence == Presence::Running;
            finish(false, back ? r->state : QString(),
                back ? tr("%1 is back but still %2 after %3 s.")
                           .arg(m_gateway, r->state.isEmpty() ? tr("without a state") : r->state)
                           .arg(m_timeouts.settleMs / 1000)
                     : tr("%1 did not come back within %3 s of the rescan: is it still served to "
                          "the profile %2?")
                           .arg(m_gateway, m_profile)
                           .arg(m_timeouts.settleMs / 1000));
            break;
        }
        case Phase::Evidence:
            m_outcome = Outcome::Unconfirmed;
            finish(false, u"NOREG"_s,
                tr("%1 is back (NOREG), applied but not yet confirmed: no ping was answered "
                   "within %2 s of the rescan.")
                    .arg(m_gateway)
                    .arg(m_jobClock.elapsed() / 1000));
            break;
        default:
            break;
        }
    });
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ApplyJob::pollEvidence);
}

void ApplyJob::setActivityLog(ActivityLog *log)
{
    m_log = log;
}

void ApplyJob::log(const QByteArray &method, const QString &command, bool ok, const QString &reply)
{
    if (m_log)
        m_log->addCommand(m_node, m_gateway, method, command, ok, reply, m_commandClock.elapsed());
}

void ApplyJob::start()
{
    m_jobClock.start();
    if (!isValidSofiaName(m_profile)) {
        finish(false, {}, tr("Not sent: the profile name is not one FreeSWITCH accepts."));
        return;
    }
    m_all = m_gateway == AllGateways;
    if (m_all && !m_allConfirmed) {
        finish(false, {},
            tr("Not sent: \"_all_\" removes every gateway of the profile %1 and drops their "
               "calls; it needs a confirmation.")
                .arg(m_profile));
        return;
    }
    if (!m_gateway.isEmpty() && !m_all && !isValidGatewayName(m_gateway)) {
        finish(false, {}, tr("Not sent: the gateway name is not one FreeSWITCH accepts."));
        return;
    }
    esl::Link *link = m_monitor->link(m_node);
    if (!link || link->state() != esl::Link::State::Up) {
        finish(false, {}, tr("Not connected to %1.").arg(m_node));
        return;
    }
    connect(link, &esl::Link::eventReceived, this, &ApplyJob::onEvent);
    connect(m_monitor, &GatewayMonitor::gatewayChanged, this,
        [this](const QString &node, const QString &gw) {
            if (m_phase == Phase::Settling && node == m_node && gw == m_gateway)
                checkSettled();
        });
    if (m_gateway.isEmpty()) {
        rescan();
        return;
    }
    m_phase = Phase::Killing;
    Q_EMIT progress(tr("Removing the running gateway %1 (killgw)…").arg(m_gateway));
    connect(m_monitor, &GatewayMonitor::gatewayDeleted, this,
        [this](const QString &node, const QString &gw) {
            if (m_phase == Phase::Killing && node == m_node && gw == m_gateway) {
                Q_EMIT progress(tr("%1 is gone.").arg(m_gateway));
                rescan();
            }
        });
    m_commandClock.start();
    link->api(u"sofia profile %1 killgw %2"_s.arg(m_profile, m_gateway),
        [this](const esl::CommandReply &r) {
            if (m_phase != Phase::Killing)
                return;
            log("api", u"sofia profile %1 killgw %2"_s.arg(m_profile, m_gateway),
                r.ok() && r.body.trimmed().startsWith("+OK"),
                r.ok() ? QString::fromUtf8(r.body) : r.error);
            if (!r.ok()) {
                finish(false, {}, r.error);
                return;
            }
            const QByteArray body = r.body.trimmed();
            if (body.startsWith("-ERR no such gateway")) {
                if (m_monitor->trunksKnown() && !m_monitor->trunkFor(m_gateway)) {
                    finish(false, {},
                        tr("There is no gateway %1: FreeSWITCH does not run it and the Platform "
                           "API does not serve it.")
                            .arg(m_gateway));
                    return;
                }
                Q_EMIT progress(tr("%1 was not running.").arg(m_gateway));
                rescan();
            } else if (!body.startsWith("+OK")) {
                finish(false, {}, QString::fromUtf8(body));
            } else if (m_all) {
                // No one gateway_delete to wait for: give FreeSWITCH the delete time, then rescan.
                Q_EMIT progress(tr("Every gateway of %1 is being removed.").arg(m_profile));
                m_timer.start(m_timeouts.deleteMs);
            } else {
                m_timer.start(m_timeouts.deleteMs);
            }
        });
}

void ApplyJob::rescan()
{
    m_phase = Phase::Rescanning;
    esl::Link *link = m_monitor->link(m_node);
    if (!link || !link->connection()) {
        finish(false, {}, tr("Not connected to %1.").arg(m_node));
        return;
    }
    Q_EMIT progress(tr("Rescanning the profile %1…").arg(m_profile));
    m_jobUuid = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    m_commandClock.start();
    link->connection()->bgapi(
        u"sofia profile %1 rescan"_s.arg(m_profile), m_jobUuid, [this](const esl::Message &reply) {
            if (!reply.replyText().startsWith("+OK")) {
                log("bgapi", u"sofia profile %1 rescan"_s.arg(m_profile), false,
                    QString::fromUtf8(reply.replyText()));
                finish(false, {}, QString::fromUtf8(reply.replyText()));
            }
        });
    m_timer.start(m_timeouts.rescanMs);
}

void ApplyJob::onEvent(const esl::Event &e)
{
    if (m_phase != Phase::Rescanning || e.name() != "BACKGROUND_JOB"
        || e.value("Job-UUID") != m_jobUuid)
        return;
    const QByteArray body = e.body.trimmed();
    log("bgapi", u"sofia profile %1 rescan"_s.arg(m_profile), body.contains("+OK"),
        QString::fromUtf8(body));
    if (!body.contains("+OK")) {
        finish(false, {}, QString::fromUtf8(body));
        return;
    }
    if (m_gateway.isEmpty() || m_all) {
        // A rescan adds new gateways only: whether the running ones are the saved versions is
        // for the caller to check.
        m_outcome = Outcome::Unconfirmed;
        finish(true, {}, tr("The profile %1 was rescanned.").arg(m_profile));
        return;
    }
    m_phase = Phase::Settling;
    Q_EMIT progress(tr("Waiting for %1 to come back…").arg(m_gateway));
    m_timer.start(m_timeouts.settleMs);
    checkSettled();
}

void ApplyJob::checkSettled()
{
    const GatewayRecord *r = m_monitor->record(m_node, m_gateway);
    if (!r || r->presence != Presence::Running || !settled(r->state))
        return;
    const Diagnosis d = m_monitor->diagnosis(m_node, m_gateway);
    const bool healthy = d.health == Health::Healthy;
    // FreeSWITCH read the gateway again: it runs the saved trunk now, healthy or not.
    m_monitor->recordApplied(m_node, m_gateway);
    if (healthy && r->state == u"NOREG"_s) {
        // NOREG/UP right after the rescan is FreeSWITCH's starting value, not an answer.
        waitForEvidence();
        return;
    }
    if (healthy)
        m_outcome = Outcome::Confirmed;
    finish(healthy, r->state,
        healthy ? tr("%1 is back: %2.").arg(m_gateway, d.summary)
                : tr("%1 is back but not healthy: %2 — %3").arg(m_gateway, d.summary, d.detail));
}

QString ApplyJob::waitingFor() const
{
    switch (m_phase) {
    case Phase::Killing:
        return tr("FreeSWITCH to delete %1 (killgw)").arg(m_gateway);
    case Phase::Rescanning:
        return tr("the rescan of %1 to finish").arg(m_profile);
    case Phase::Settling: {
        const GatewayRecord *r = m_monitor->record(m_node, m_gateway);
        return r && r->presence == Presence::Running
            ? tr("%1 to register or fail (it is %2)")
                  .arg(m_gateway, r->state.isEmpty() ? tr("without a state") : r->state)
            : tr("%1 to come back after the rescan").arg(m_gateway);
    }
    case Phase::Evidence:
        return tr("an answered ping of %1").arg(m_gateway);
    default:
        return {};
    }
}

ApplyJob::Outcome ApplyJob::outcomeIfStoppedNow() const
{
    if (m_phase == Phase::Evidence)
        return Outcome::Unconfirmed;
    if (m_phase == Phase::Settling) {
        const GatewayRecord *r = m_monitor->record(m_node, m_gateway);
        if (r && r->presence == Presence::Running
            && m_monitor->diagnosis(m_node, m_gateway).health != Health::Down)
            return Outcome::Unconfirmed;
    }
    return m_phase == Phase::Done ? m_outcome : Outcome::Failed;
}

void ApplyJob::waitForEvidence()
{
    m_phase = Phase::Evidence;
    const Trunk *trunk = m_monitor->trunkFor(m_gateway);
    const int pingMs = trunk && trunk->pingSeconds >= 5 ? trunk->pingSeconds * 1000 : 0;
    Q_EMIT progress(tr("%1 is back (NOREG); waiting for an answered ping…").arg(m_gateway));
    m_timer.start(pingMs + m_timeouts.evidenceMs);
    m_poll.start();
    pollEvidence();
}

void ApplyJob::pollEvidence()
{
    esl::Link *link = m_monitor->link(m_node);
    if (m_phase != Phase::Evidence || !link || link->state() != esl::Link::State::Up)
        return;
    link->api(u"sofia xmlstatus gateway %1"_s.arg(m_gateway), [this](const esl::CommandReply &r) {
        if (m_phase != Phase::Evidence || !r.ok())
            return;
        const esl::GatewayStatusParse parsed = esl::parseGatewayXmlStatus(r.body);
        if (!parsed.ok() || parsed.gateways.size() != 1)
            return;
        const GatewayStatus &g = parsed.gateways.first();
        m_monitor->applyGatewayStatus(m_node, g);
        if (g.fields.value(u"pingfreq"_s).toInt() <= 0) {
            m_outcome = Outcome::Unconfirmed;
            finish(false, g.state,
                tr("%1 is back (NOREG), applied but not confirmed: it does not ping, so nothing "
                   "FreeSWITCH reports proves the path to the provider.")
                    .arg(m_gateway));
        } else if (g.pingStatus == u"DOWN"_s) {
            const Diagnosis d = m_monitor->diagnosis(m_node, m_gateway);
            finish(false, g.state,
                tr("%1 is back but not healthy: %2 — %3").arg(m_gateway, d.summary, d.detail));
        } else if (g.fields.value(u"pingcount"_s).toInt() > 0) {
            m_outcome = Outcome::Confirmed;
            finish(true, g.state,
                tr("%1 is back: NOREG, and a ping was answered since the rescan.").arg(m_gateway));
        }
    });
}

void ApplyJob::finish(bool ok, const QString &state, const QString &message)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_timer.stop();
    m_poll.stop();
    if (m_log) {
        m_log->addCommand(m_node, m_gateway.isEmpty() ? m_profile : m_gateway, {},
            m_gateway.isEmpty() ? tr("Rescan") : tr("Apply (killgw + rescan)"), ok,
            state.isEmpty() ? (ok ? tr("done") : tr("failed")) : state, m_jobClock.elapsed(),
            message);
    }
    Q_EMIT finished(ok, state, message);
}

} // namespace xynap::session
