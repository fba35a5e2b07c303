#pragma once

#include "coverage/Cidr.h"
#include "coverage/CoverageFinding.h"
#include "coverage/CoverageService.h"
#include "coverage/PortSet.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::coverage {

enum class CoverageStatus {
    Covered, // every address and port is allowed
    PartlyCovered, // some are, the gaps say which are not
    ShadowedByDeny, // an allow rule exists, but an earlier deny/reject matches first
    NotCovered, // nothing allows it
};

// A part of a target that UFW does not let through.
struct UfwGap {
    Subnet block;
    PortSet ports;
    int blockingRule = -1; // index of the deny/reject rule that decides it; -1: the default policy
    int shadowedRule = -1; // index of a later allow rule that the deny hides; -1: none
};

// How UFW treats one service of one target.
struct ServiceCoverage {
    int target = -1; // index into CoverageInput::targets
    CoverageService service;
    CoverageStatus status = CoverageStatus::NotCovered;
    QList<int> coveringRules; // indices of the rules that allow (parts of) it, in order
    QList<UfwGap> gaps; // what is not allowed, merged into as few blocks as possible
    bool rateLimited = false; // a `limit` rule allows part of it
    bool allowedByDefault = false; // the default incoming policy (or an inactive ufw) allows it
    bool ipv6Disabled = false; // IPv6 target while ufw's IPv6 is off: ufw drops all IPv6
    QStringList fixes; // ufw commands that close the gaps
};

enum class AclStatus { Allowed, PartlyAllowed, Denied, ListMissing };

// One block of a target with the ACL node that decides it.
struct AclDecision {
    Subnet block;
    bool allowed = false;
    int node = -1; // index into AclList::nodes; -1: the list's default
    bool portRestricted = false; // allowed only from some source ports
};

// How the ACL list that matters treats one target.
struct AclCoverage {
    int target = -1;
    QString listName;
    AclStatus status = AclStatus::Denied;
    QList<AclDecision> decisions;
    int unresolvedDomainNodes = 0; // domain= nodes: their addresses come from the directory
    QStringList fixes; // <node type="allow" cidr="…"/> lines
};

struct CoverageReport {
    QList<ServiceCoverage> services; // one per target and service
    QList<AclCoverage> acl; // one per target with a SIP service
    QList<CoverageFinding> findings;
    QStringList ufwFixes; // every suggested ufw command once, in order
    QStringList aclFixes; // every suggested ACL node once, in order

    bool hasErrors() const;
    const ServiceCoverage *service(int target, const QString &serviceId) const;
    const AclCoverage *aclFor(int target) const;
    QList<CoverageFinding> findingsWithId(const QString &id) const;
};

QString coverageStatusName(CoverageStatus status); // "covered", "partly-covered", …
QString aclStatusName(AclStatus status); // "allowed", "partly-allowed", …

} // namespace xynap::coverage
