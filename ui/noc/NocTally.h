#pragma once

#include "session/GatewayRecord.h"

#include <QMap>
#include <QString>
#include <set>

namespace xynap::ui {

// What the NOC counts over its rows, kept up to date one row at a time: the rows ranked worst
// first, healthy gateways by node and provider, gateways of nodes without contact, and counts by
// health. The dashboard takes a changed row out (remove) and puts it back (add) as it is now, so
// that a refresh costs what changed, not what there is.
class NocTally final {
public:
    // What the dashboard made of one row of the monitor.
    struct Row {
        QString key; // node/name: the order of the tiles
        QString node;
        QString group; // the provider a healthy row is summed up under
        session::Health monitorHealth = session::Health::Unknown; // the monitor's diagnosis
        session::Health health = session::Health::Unknown; // now; for a stale node the last known
        bool stale = false;
        bool changesWithTime = false; // its words move with the clock
        QString summary; // now; for a stale node the last known
    };
    // Worst first (session::severityRank), stale before current, then by node and name.
    struct Ranked {
        int rank = 0;
        bool stale = false;
        QString key;
        int row = 0;
        bool operator<(const Ranked &other) const;
    };

    void add(int row, const Row &view);
    void remove(int row, const Row &view);
    void clear();

    const std::set<Ranked> &ranked() const { return m_ranked; }
    int healthy() const { return m_healthy; } // healthy and current
    int freshDown() const { return m_freshDown; } // down and current
    // As the monitor diagnoses them, stale or not (session::summarize()'s counts).
    int monitorCount(session::Health health) const { return m_byMonitorHealth[int(health)]; }
    const QMap<QString, QMap<QString, int>> &healthyByNode() const { return m_healthyByNode; }
    int staleOn(const QString &node) const { return m_staleByNode.value(node); }

private:
    static Ranked rankedOf(const Row &view, int row);

    std::set<Ranked> m_ranked;
    QMap<QString, QMap<QString, int>> m_healthyByNode;
    QMap<QString, int> m_staleByNode;
    int m_healthy = 0;
    int m_freshDown = 0;
    int m_byMonitorHealth[4] = {}; // by session::Health
};

} // namespace xynap::ui
