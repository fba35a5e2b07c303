#pragma once

#include "session/GatewayRecord.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::session {

class GatewayMonitor;
struct NodeStatus;

// One verdict over every gateway on every node, the same for `xynapctl check`, `status`, the
// NOC's health line and the Gateways page: unknown is never healthy. A node that cannot be
// reached or whose gateway list cannot be read, trunks that could not be loaded, or no gateway at
// all make the whole unknown; a gateway that is down, gone or not running makes it down.
struct HealthSummary {
    struct Problem {
        QString node;
        QString gateway;
        QString state;
        Health health = Health::Unknown;
        QString summary;
    };

    int total = 0;
    int healthy = 0;
    int degraded = 0;
    int down = 0; // includes notRunning and gone
    int unknown = 0;
    int notRunning = 0;
    int gone = 0;
    QStringList unreachableNodes; // "node: why"
    QStringList unreadableNodes; // "node: why"
    // Those of unreadableNodes that exceeded a bound of the console (NodeStatus::overLimit).
    QStringList overLimitNodes;
    QString trunksProblem; // why the trunks the API serves are not known (empty: known or no API)
    QList<Problem> problems; // every gateway that is not healthy, worst first

    // Counts one gateway, as summarize() does for each row of the monitor (also for a summary
    // read back from `xynapctl serve`); sortProblems() once all are in.
    void add(const Problem &gateway, Presence presence);
    // The nodes that cannot be reached or whose gateway list cannot be read, as summarize()
    // counts them (also for a view that counts the gateways itself, row by row).
    void addNodes(const QList<NodeStatus> &nodes);
    void sortProblems();

    Health overall() const;
    // One line for people: what is wrong first, or how many are healthy.
    QString line() const;
};

// Worst first: down 0, unknown 1, degraded 2, healthy 3 (the order problems and tiles are shown).
int severityRank(Health health);

// The summary of what the monitor knows now. trunksProblem: why the trunks are not known,
// if they should be (an API error); nodeFailures: nodes that never connected ("node: why").
HealthSummary summarize(const GatewayMonitor &monitor, const QString &trunksProblem = {});

} // namespace xynap::session
