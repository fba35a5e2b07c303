#pragma once

#include "coverage/Cidr.h"
#include "coverage/PortSet.h"

#include <QList>
#include <QString>
#include <optional>

namespace xynap::coverage {

enum class AclPolicy { Allow, Deny };

// One <node> of a FreeSWITCH network list. A cidr attribute with several blocks
// ("a/24,b/24") gives one AclNode per block, all with the same line.
struct AclNode {
    AclPolicy type = AclPolicy::Allow;
    std::optional<Subnet> subnet; // from cidr= or host= + mask=; nullopt for a domain= node
    QString written; // the cidr (or "host/mask") as written
    QString domain; // domain=: imports the directory users' cidr attributes
    PortSet ports = PortSet::any(); // port=, ports=, port-min/port-max: the peer's source port
    int line = 0;

    bool portRestricted() const { return !ports.isAny(); }
};

// A <list name=… default=…>. FreeSWITCH picks, among the nodes that contain an address, the one
// with the longest prefix; between equally long ones the first in the file; no match: default.
struct AclList {
    QString name;
    std::optional<AclPolicy>
        defaultPolicy; // nullopt: no default attribute, which allows everything
    QList<AclNode> nodes;
    int line = 0;

    AclPolicy effectiveDefault() const { return defaultPolicy.value_or(AclPolicy::Allow); }
};

// The lists FreeSWITCH creates itself; a profile may name them without defining them.
bool isBuiltInAclList(const QString &name);

} // namespace xynap::coverage
