#include "ui/noc/NocTally.h"

#include "session/HealthSummary.h"

#include <algorithm>
#include <iterator>

namespace xynap::ui {

bool NocTally::Ranked::operator<(const Ranked &other) const
{
    if (rank != other.rank)
        return rank < other.rank;
    if (stale != other.stale)
        return stale;
    if (key != other.key)
        return key < other.key;
    return row < other.row;
}

NocTally::Ranked NocTally::rankedOf(const Row &view, int row)
{
    // A node without contact is at least unknown, whatever its gateways last were.
    const int rank = session::severityRank(view.health);
    return {view.stale ? qMin(rank, session::severityRank(session::Health::Unknown)) : rank,
        view.stale, view.key, row};
}

void NocTally::add(int row, const Row &view)
{
    m_ranked.insert(rankedOf(view, row));
    ++m_byMonitorHealth[int(view.monitorHealth)];
    if (view.stale) {
        ++m_staleByNode[view.node];
    } else if (view.health == session::Health::Healthy) {
        ++m_healthy;
        ++m_healthyByNode[view.node][view.group];
    } else if (view.health == session::Health::Down) {
        ++m_freshDown;
    }
}

void NocTally::remove(int row, const Row &view)
{
    m_ranked.erase(rankedOf(view, row));
    --m_byMonitorHealth[int(view.monitorHealth)];
    if (view.stale) {
        if (--m_staleByNode[view.node] <= 0)
            m_staleByNode.remove(view.node);
    } else if (view.health == session::Health::Healthy) {
        --m_healthy;
        // What no gateway stands for any more is not summed up (nor counted as a node).
        QMap<QString, int> &byProvider = m_healthyByNode[view.node];
        if (--byProvider[view.group] <= 0)
            byProvider.remove(view.group);
        if (byProvider.isEmpty())
            m_healthyByNode.remove(view.node);
    } else if (view.health == session::Health::Down) {
        --m_freshDown;
    }
}

void NocTally::clear()
{
    m_ranked.clear();
    m_healthyByNode.clear();
    m_staleByNode.clear();
    m_healthy = 0;
    m_freshDown = 0;
    std::fill(std::begin(m_byMonitorHealth), std::end(m_byMonitorHealth), 0);
}

} // namespace xynap::ui
