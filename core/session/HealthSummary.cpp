#include "session/HealthSummary.h"

#include "session/GatewayMonitor.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("xynap::session::HealthSummary", text, nullptr, n);
}

} // namespace

int severityRank(Health h)
{
    switch (h) {
    case Health::Down:
        return 0;
    case Health::Unknown:
        return 1;
    case Health::Degraded:
        return 2;
    case Health::Healthy:
        return 3;
    }
    return 1;
}

void HealthSummary::add(const Problem &gateway, Presence presence)
{
    ++total;
    switch (gateway.health) {
    case Health::Healthy:
        ++healthy;
        return;
    case Health::Degraded:
        ++degraded;
        break;
    case Health::Down:
        ++down;
        break;
    case Health::Unknown:
        ++unknown;
        break;
    }
    notRunning += presence == Presence::NotRunning;
    gone += presence == Presence::Gone && gateway.health == Health::Down;
    problems.append(gateway);
}

void HealthSummary::addNodes(const QList<NodeStatus> &nodes)
{
    for (const NodeStatus &n : nodes) {
        if (n.state != esl::Link::State::Up && !n.gatewaysKnown)
            unreachableNodes.append(u"%1: %2"_s.arg(n.name, n.detail));
        else if (!n.snapshotError.isEmpty()) {
            unreadableNodes.append(u"%1: %2"_s.arg(n.name, n.snapshotError));
            if (n.overLimit)
                overLimitNodes.append(u"%1: %2"_s.arg(n.name, n.snapshotError));
        }
    }
}

void HealthSummary::sortProblems()
{
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return severityRank(a.health) < severityRank(b.health);
    });
}

Health HealthSummary::overall() const
{
    if (down > 0)
        return Health::Down;
    if (unknown > 0 || !unreachableNodes.isEmpty() || !unreadableNodes.isEmpty()
        || !trunksProblem.isEmpty() || total == 0)
        return Health::Unknown;
    if (degraded > 0)
        return Health::Degraded;
    return Health::Healthy;
}

QString HealthSummary::line() const
{
    QStringList parts;
    for (const QString &n : unreachableNodes)
        parts.append(tr("node %1").arg(n));
    for (const QString &n : unreadableNodes)
        parts.append(n);
    if (!trunksProblem.isEmpty())
        parts.append(tr("trunks not known: %1").arg(trunksProblem));
    for (const Problem &p : problems)
        parts.append(u"%1@%2 %3: %4"_s.arg(p.gateway, p.node, p.state, p.summary));
    if (total == 0 && unreachableNodes.isEmpty() && unreadableNodes.isEmpty())
        parts.append(tr("no gateway reported by FreeSWITCH and none served by the Platform API"));
    if (parts.isEmpty())
        return tr("%n gateway(s) healthy", healthy);
    return parts.join(u"; "_s);
}

HealthSummary summarize(const GatewayMonitor &monitor, const QString &trunksProblem)
{
    HealthSummary s;
    s.trunksProblem = trunksProblem;
    s.addNodes(monitor.nodes());
    for (int row = 0; row < monitor.rowCount(); ++row) {
        const GatewayRecord *r = monitor.recordAt(row);
        const Diagnosis d = monitor.diagnosisAt(row);
        s.add({r->node, r->name, monitor.data(monitor.index(row, GatewayMonitor::State)).toString(),
                  d.health, d.summary},
            r->presence);
    }
    s.sortProblems();
    return s;
}

} // namespace xynap::session
