#pragma once

#include "coverage/AclList.h"
#include "coverage/CoverageReport.h"
#include "coverage/SubnetIndex.h"

namespace xynap::coverage {

// FreeSWITCH's network-list check (switch_network_list_validate_ip_token) over a whole block:
// of the nodes of the block's family that contain an address, the one with the longest prefix
// decides, between equally long ones the first in the file; none: the list's default. A block
// that nodes decide differently in parts is split in halves until each part has one decider.
// domain= nodes are not evaluated (their addresses come from the directory); nodes limited to
// source ports allow only part of the traffic.
class AclEvaluator final {
public:
    explicit AclEvaluator(const AclList &list); // indexes the nodes once

    AclCoverage evaluate(const Subnet &range);

    static AclCoverage evaluate(const AclList &list, const Subnet &range);
    // One address: allowed?, and the deciding node (-1: the default).
    static std::pair<bool, int> decide(const AclList &list, const QHostAddress &address);

private:
    const AclList m_list;
    SubnetIndex m_nodes;
    int m_domainNodes = 0;
};

} // namespace xynap::coverage
