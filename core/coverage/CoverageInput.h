#pragma once

#include "coverage/AclList.h"
#include "coverage/CoverageTarget.h"
#include "coverage/UfwConfiguration.h"
#include "model/SofiaProfile.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <optional>

namespace xynap::coverage {

// Everything the analyzer reads; plain data, so the GUI, the CLI and the lint engine can fill it
// from files, the Platform API or ESL alike.
struct CoverageInput {
    QList<CoverageTarget> targets; // see CoverageTarget::fromCatalog()
    std::optional<UfwConfiguration> ufw; // nullopt: unknown, no UFW results or findings
    std::optional<QList<AclList>> acl; // nullopt: unknown, no ACL results or findings
    QString aclListName = QStringLiteral("sip-gateways"); // the list the providers must be in
    QList<SofiaProfile> profiles; // apply-inbound-acl, RTP ports, WSS port
    // The switch's own addresses. A rule limited to another destination address does not
    // count; empty: destinations are not checked.
    QList<QHostAddress> localAddresses;
};

} // namespace xynap::coverage
