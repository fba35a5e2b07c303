#include "session/SnapshotBuilder.h"

#include "session/GatewayMonitor.h"

namespace xynap::session {

SnapshotBuilder::SnapshotBuilder(const ProviderCatalog &catalog)
{
    m_snapshot.catalog = catalog;
}

SnapshotBuilder &SnapshotBuilder::setTrunks(const QList<Trunk> &trunks)
{
    m_snapshot.trunks = trunks;
    return *this;
}

SnapshotBuilder &SnapshotBuilder::addTrunk(const Trunk &trunk)
{
    m_snapshot.trunks.append(trunk);
    return *this;
}

SnapshotBuilder &SnapshotBuilder::setProfiles(const QList<SofiaProfile> &profiles)
{
    m_snapshot.profiles = profiles;
    return *this;
}

SnapshotBuilder &SnapshotBuilder::addProfile(const SofiaProfile &profile)
{
    m_snapshot.profiles.append(profile);
    return *this;
}

bool SnapshotBuilder::setFirewall(const std::optional<coverage::UfwParseResult> &ufw)
{
    if (!ufw || !ufw->ok())
        return false;
    m_snapshot.ufw = coverage::UfwConfiguration::from(*ufw);
    return true;
}

bool SnapshotBuilder::setAcl(const std::optional<coverage::AclParseResult> &acl)
{
    if (!acl || !acl->ok())
        return false;
    m_snapshot.acl = acl->lists;
    return true;
}

bool SnapshotBuilder::setRunning(const GatewayMonitor &monitor)
{
    m_snapshot.running = monitor.running();
    m_snapshot.runningNodes = monitor.runningNodes();
    m_snapshot.appliedVersions = monitor.appliedVersions();
    return m_snapshot.running.has_value();
}

} // namespace xynap::session
