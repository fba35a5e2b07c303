#pragma once

#include "coverage/AclList.h"
#include "coverage/UfwConfiguration.h"
#include "lint/Finding.h"
#include "model/GatewayStatus.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QHash>
#include <QVarLengthArray>
#include <functional>
#include <memory>
#include <vector>

namespace xynap::lint {

// Everything the rules look at. `running`, `ufw` and `acl` are optional: without them the drift
// and the coverage rules stay quiet about what is unknown.
struct Snapshot {
    QList<Trunk> trunks;
    // False when the trunks could not be read: rules that need all of them (a gateway no trunk
    // stands for) stay quiet instead of calling everything unserved.
    bool trunksKnown = true;
    QList<SofiaProfile> profiles;
    ProviderCatalog catalog;
    // What runs, node by node (the monitor's lists, shared).
    std::optional<QList<NodeRunning>> running;
    // The nodes `running` covers, each checked on its own (a gateway missing on one node is not
    // running there). Empty: the gateways of `running` are one node's.
    QStringList runningNodes;
    // Which saved version of each trunk each node loaded last (key: node + '\x1f' + gateway):
    // what `running` does not report (outbound proxy, caller ID, …) is "not applied" while the
    // saved trunk is newer.
    QHash<QString, int> appliedVersions;
    std::optional<coverage::UfwConfiguration> ufw; // the switch's firewall
    std::optional<QList<coverage::AclList>> acl; // FreeSWITCH's acl.conf lists
};

// One gateway of Snapshot::running and the node that runs it.
struct RunningRef {
    const RunningGateway *gateway;
    const QString *node;
};
// Snapshot::running by gateway name, in the lists' order: built once per run, so that a rule
// looks up what runs for a trunk instead of scanning every gateway of every node for it.
// Room for one in place, 16 B less per name than two; a name run on several nodes keeps its
// list on the heap either way.
using RunningByName = QHash<QString, QVarLengthArray<RunningRef, 1>>;

// What a rule sees of one trunk: the trunk and what it refers to, looked up once.
struct TrunkContext {
    const Trunk &trunk;
    const SofiaProfile *profile; // nullptr if the profile does not exist
    const ProviderSpec *provider; // nullptr for a provider the catalog does not know
    const Snapshot &snapshot;
    const QHash<QString, const SofiaProfile *> &profilesByName;
    const RunningByName &runningByName; // empty when snapshot.running is unknown
};

class Rule {
public:
    virtual ~Rule() = default;
    virtual QString id() const = 0;
    // Checks one trunk; snapshot-wide rules override checkSnapshot instead.
    virtual void check(const TrunkContext &, QList<Finding> &) const { }
    virtual void checkSnapshot(const Snapshot &, QList<Finding> &) const { }
};

class LintEngine final {
public:
    LintEngine(); // every rule of the console
    QList<Finding> run(const Snapshot &snapshot) const;
    // The same, keeping only what `keep` accepts as each trunk is checked: for a caller that
    // wants a few findings of a fleet, the others (an info per trunk per node) never all exist.
    QList<Finding> run(
        const Snapshot &snapshot, const std::function<bool(const Finding &)> &keep) const;
    // Only the findings about one trunk (the editor's view of a draft).
    QList<Finding> runOnTrunk(const Trunk &draft, const Snapshot &snapshot) const;
    // One id per rule; XY-COVERAGE stands for CoverageAnalyzer's XY-UFW-* and XY-ACL-* findings.
    QStringList ruleIds() const;

private:
    std::vector<std::unique_ptr<Rule>> m_rules;
};

// Exit code of `xynapctl lint`: 0 clean, 1 warnings, 2 errors.
int exitCodeFor(const QList<Finding> &findings);

} // namespace xynap::lint
