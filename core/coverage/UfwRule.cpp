#include "coverage/UfwRule.h"

using namespace Qt::StringLiterals;

namespace xynap::coverage {

bool UfwRule::sameRule(const UfwRule &o) const
{
    return action == o.action && log == o.log && protocolName == o.protocolName
        && direction == o.direction && routed == o.routed && interfaceIn == o.interfaceIn
        && interfaceOut == o.interfaceOut && family == o.family && source == o.source
        && destination == o.destination && destinationPorts == o.destinationPorts
        && sourcePorts == o.sourcePorts && destinationApp == o.destinationApp
        && sourceApp == o.sourceApp;
}

QString ufwActionName(UfwAction action)
{
    switch (action) {
    case UfwAction::Allow:
        return u"allow"_s;
    case UfwAction::Deny:
        return u"deny"_s;
    case UfwAction::Reject:
        return u"reject"_s;
    case UfwAction::Limit:
        return u"limit"_s;
    }
    return u"deny"_s;
}

std::optional<UfwAction> ufwActionFromName(QStringView name)
{
    if (name.compare(u"allow", Qt::CaseInsensitive) == 0)
        return UfwAction::Allow;
    if (name.compare(u"deny", Qt::CaseInsensitive) == 0)
        return UfwAction::Deny;
    if (name.compare(u"reject", Qt::CaseInsensitive) == 0)
        return UfwAction::Reject;
    if (name.compare(u"limit", Qt::CaseInsensitive) == 0)
        return UfwAction::Limit;
    return std::nullopt;
}

std::optional<UfwProtocol> ufwProtocolFromName(QStringView name)
{
    if (name == u"any")
        return UfwProtocol::Any;
    if (name == u"tcp")
        return UfwProtocol::Tcp;
    if (name == u"udp")
        return UfwProtocol::Udp;
    static const QStringView others[] = {u"ipv6", u"esp", u"ah", u"igmp", u"gre", u"vrrp"};
    for (const QStringView other : others) {
        if (name == other)
            return UfwProtocol::Other;
    }
    return std::nullopt;
}

} // namespace xynap::coverage
