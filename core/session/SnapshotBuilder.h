#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/UfwParseResult.h"
#include "lint/LintEngine.h"

#include <optional>

namespace xynap::session {

class GatewayMonitor;

// The one way the session, the trunk editor and `xynapctl lint` put a lint snapshot together:
// the provider catalog they were given (never a catalog of its own), and what could not be read
// left out — rules the parser could not read would look like missing rules, so such a firewall
// or ACL is not checked at all instead of being called empty.
class SnapshotBuilder final {
public:
    explicit SnapshotBuilder(const ProviderCatalog &catalog);

    SnapshotBuilder &setTrunks(const QList<Trunk> &trunks);
    SnapshotBuilder &addTrunk(const Trunk &trunk);
    SnapshotBuilder &setProfiles(const QList<SofiaProfile> &profiles);
    SnapshotBuilder &addProfile(const SofiaProfile &profile);
    // Only rules read without a parse error count; returns whether they did.
    bool setFirewall(const std::optional<coverage::UfwParseResult> &ufw);
    bool setAcl(const std::optional<coverage::AclParseResult> &acl);
    // What FreeSWITCH runs on the monitor's nodes and which saved version each loaded; false
    // when no node's gateway list could be read.
    bool setRunning(const GatewayMonitor &monitor);

    bool hasFirewall() const { return m_snapshot.ufw.has_value(); }
    const lint::Snapshot &snapshot() const { return m_snapshot; }

private:
    lint::Snapshot m_snapshot;
};

} // namespace xynap::session
