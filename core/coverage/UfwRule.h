#pragma once

#include "coverage/Cidr.h"
#include "coverage/PortSet.h"
#include "model/ProviderSpec.h"

#include <QString>
#include <optional>

namespace xynap::coverage {

enum class UfwAction { Allow, Deny, Reject, Limit };
enum class UfwLog { None, Log, LogAll };
// ufw also knows ipv6, esp, ah, igmp, gre and vrrp: they are Other and never carry SIP or RTP.
enum class UfwProtocol { Any, Tcp, Udp, Other };
enum class UfwDirection { In, Out };

// One ufw rule, whichever form it was read from. Absent addresses and ports mean "any".
struct UfwRule {
    UfwAction action = UfwAction::Allow;
    UfwLog log = UfwLog::None;
    UfwProtocol protocol = UfwProtocol::Any;
    QString protocolName = QStringLiteral("any"); // as written: "udp", "esp", ...
    UfwDirection direction = UfwDirection::In;
    bool routed = false; // `ufw route …`: forwarded traffic, not ours
    QString interfaceIn;
    QString interfaceOut;
    // IPv4 (user.rules), IPv6 (user6.rules) or Any: a command without addresses, which ufw
    // installs into both files.
    AddressFamily family = AddressFamily::Any;
    std::optional<Subnet> source; // nullopt: anywhere
    std::optional<Subnet> destination; // nullopt: anywhere
    PortSet destinationPorts = PortSet::any();
    PortSet sourcePorts = PortSet::any();
    QString destinationApp; // application profile name, e.g. "OpenSSH"
    QString sourceApp;
    bool portsKnown = true; // false for an application whose ports we do not know
    QString comment; // decoded

    int number = 0; // as `ufw status numbered` counts, 1-based
    int line = 0; // line in the text it was read from
    QString text; // that line, trimmed

    bool allows() const { return action == UfwAction::Allow || action == UfwAction::Limit; }
    bool appliesTo(AddressFamily addressFamily) const
    {
        return family == AddressFamily::Any || family == addressFamily;
    }
    bool carries(UfwProtocol transport) const
    {
        return protocol == UfwProtocol::Any || protocol == transport;
    }
    // Same rule for ufw's purposes (what `ufw delete <rule>` matches): everything but the
    // comment, the numbering and the source text.
    bool sameRule(const UfwRule &other) const;
};

QString ufwActionName(UfwAction action); // "allow", "deny", "reject", "limit"
std::optional<UfwAction> ufwActionFromName(QStringView name);
std::optional<UfwProtocol> ufwProtocolFromName(QStringView name); // any/tcp/udp/ipv6/esp/...

} // namespace xynap::coverage
