#include "cli/CheckCommand.h"

#include "model/TextSafety.h"
#include "session/GatewayFindings.h"
#include "session/HealthSummary.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {
// The summary of the gateways the filter keeps (all without a filter): the same verdict per
// gateway as the console's, counted over fewer rows.
session::HealthSummary filtered(
    session::HealthSummary s, const session::GatewayMonitor &monitor, const QStringList &gateways)
{
    if (gateways.isEmpty())
        return s;
    s.total = s.healthy = s.degraded = s.down = s.unknown = s.notRunning = s.gone = 0;
    for (int row = 0; row < monitor.rowCount(); ++row) {
        const session::GatewayRecord *r = monitor.recordAt(row);
        if (!gateways.contains(r->name))
            continue;
        const session::Health health = monitor.diagnosisAt(row).health;
        ++s.total;
        s.healthy += health == session::Health::Healthy;
        s.degraded += health == session::Health::Degraded;
        s.down += health == session::Health::Down;
        s.unknown += health == session::Health::Unknown;
        s.notRunning
            += health != session::Health::Healthy && r->presence == session::Presence::NotRunning;
        s.gone += health == session::Health::Down && r->presence == session::Presence::Gone;
    }
    s.problems.removeIf([&gateways](const session::HealthSummary::Problem &p) {
        return !gateways.contains(p.gateway);
    });
    return s;
}

QString perfThresholds(
    const std::optional<Threshold> &warning, const std::optional<Threshold> &critical)
{
    return u"%1;%2"_s.arg(
        warning ? warning->text() : QString(), critical ? critical->text() : QString());
}
} // namespace

CheckCommand::CheckCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
{
}

void CheckCommand::unknown(const QString &why)
{
    out() << u"XYNAP GATEWAYS UNKNOWN - "_s << pluginSafe(why) << u'\n';
    finish(Unknown);
}

void CheckCommand::start()
{
    m_elapsed.start();
    if (m_target.esl.isEmpty()) {
        unknown(u"no Event Socket given (--esl HOST:PORT or --profile)"_s);
        return;
    }
    if (!m_options.nodes.isEmpty()) {
        // Only the nodes asked for: another node's timeout must not hold this check up.
        QList<platform::EslEndpoint> kept;
        for (const platform::EslEndpoint &e : std::as_const(m_target.esl))
            if (m_options.nodes.contains(e.toString()))
                kept.append(e);
        QStringList known;
        for (const platform::EslEndpoint &e : std::as_const(m_target.esl))
            known.append(e.toString());
        for (const QString &n : std::as_const(m_options.nodes))
            if (!known.contains(n)) {
                unknown(u"--node %1 matches no Event Socket of this check (%2)"_s.arg(
                    n, known.join(u", "_s)));
                return;
            }
        m_target.esl = kept;
    }
    m_run = std::make_unique<MonitorRun>(m_target, m_io, this);
    connect(m_run.get(), &MonitorRun::ready, this, &CheckCommand::report);
    m_run->start();
}

void CheckCommand::deadlinePassed(int deadlineMs)
{
    unknown(u"no complete answer within %1 s"_s.arg(deadlineMs / 1000));
}

int CheckCommand::verdict(const session::HealthSummary &s, const Options &options)
{
    if (options.critical.alerts(s.down))
        return Critical;
    if (s.overall() == session::Health::Unknown || s.unknown > 0)
        return Unknown;
    if (options.warning.alerts(s.down + s.degraded))
        return Warning;
    return Ok;
}

void CheckCommand::report()
{
    // Nodes that never connected and unreadable lists are unknown, whatever the others say.
    const session::HealthSummary s
        = filtered(session::summarize(m_run->monitor(), m_run->trunksError()), m_run->monitor(),
            m_options.gateways);
    int code = verdict(s, m_options);
    QString line = s.line();
    // What the lint knows: a failing gateway's likely cause, and a saved change not applied or a
    // trunk error on a gateway that runs well (it will fail when applied) — at least WARNING.
    int configProblems = 0;
    if (m_options.configCheck) {
        const session::GatewayMonitor &monitor = m_run->monitor();
        const auto findings = session::gatewayFindings(monitor, m_target.catalog);
        QStringList notes;
        for (int row = 0; row < monitor.rowCount(); ++row) {
            const session::GatewayRecord *r = monitor.recordAt(row);
            if (!m_options.gateways.isEmpty() && !m_options.gateways.contains(r->name))
                continue;
            const QList<lint::Finding> own = session::findingsOn(findings, r->name, r->node);
            const bool healthy = monitor.diagnosisAt(row).health == session::Health::Healthy;
            const lint::Finding *cause = healthy ? nullptr : session::likelyCause(own);
            for (const lint::Finding &f : own) {
                if (f.ruleId == u"XY-NOT-RUNNING"_s)
                    continue; // counted as down already
                ++configProblems;
                if (&f == cause)
                    notes.append(u"%1@%2 likely cause: %3"_s.arg(r->name, r->node, f.message));
                else if (f.ruleId == u"XY-NOT-APPLIED"_s)
                    notes.append(u"%1@%2 saved change not applied (%3)"_s.arg(
                        r->name, r->node, f.fields.join(u", "_s)));
                else
                    notes.append(
                        u"%1@%2 will fail when applied: %3"_s.arg(r->name, r->node, f.message));
            }
        }
        if (!notes.isEmpty()) {
            line += u"; "_s + notes.join(u"; "_s);
            if (code == Ok)
                code = Warning;
        }
    }
    if (!m_options.gateways.isEmpty()) {
        QStringList missing;
        for (const QString &g : std::as_const(m_options.gateways)) {
            bool found = false;
            for (int row = 0; row < m_run->monitor().rowCount() && !found; ++row)
                found = m_run->monitor().recordAt(row)->name == g;
            if (!found)
                missing.append(g);
        }
        if (!missing.isEmpty()) {
            line = u"--gateway %1 matches no gateway; "_s.arg(missing.join(u", "_s)) + line;
            if (code != Critical)
                code = Unknown;
        }
    }
    const QString label = code == Critical ? u"CRITICAL"_s
        : code == Unknown                  ? u"UNKNOWN"_s
        : code == Warning                  ? u"WARNING"_s
                                           : u"OK"_s;
    // Names and texts from FreeSWITCH and the API: one line, no '|' (it starts the perfdata).
    // Perfdata: label=value[UOM];warn;crit;min;max — counts have no unit, the time is in s.
    out() << u"XYNAP GATEWAYS %1 - "_s.arg(label) << pluginSafe(line)
          << u" | healthy=%1;;;0;%2 degraded=%3;;;0;%2 down=%4;%5;0;%2 not_healthy=%6;%7;0;%2 "
             "not_running=%8;;;0;%2 unknown=%9;;;0;%2"_s.arg(s.healthy)
                 .arg(s.total)
                 .arg(s.degraded)
                 .arg(s.down)
                 .arg(perfThresholds(std::nullopt, m_options.critical))
                 .arg(s.down + s.degraded)
                 .arg(perfThresholds(m_options.warning, std::nullopt))
                 .arg(s.notRunning)
                 .arg(s.unknown)
          << u" nodes_unreachable=%1;;;0;%2 config_findings=%3;;;0 time=%4s;;;0\n"_s
                 .arg(s.unreachableNodes.size() + s.unreadableNodes.size())
                 .arg(m_target.esl.size())
                 .arg(configProblems)
                 .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 3);
    finish(code);
}

} // namespace xynap::cli
