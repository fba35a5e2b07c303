#pragma once

#include "coverage/UfwParseResult.h"
#include "coverage/UfwRule.h"

#include <QList>

namespace xynap::coverage {

// What the analyzer needs to know about ufw on the switch.
struct UfwConfiguration {
    QList<UfwRule> rules; // in ufw's order: the first match decides
    bool active = true; // "Status: active"
    bool ipv6Enabled = true; // IPV6=yes in /etc/default/ufw
    UfwAction defaultIncoming = UfwAction::Deny;

    // The rules of a parse, with what it said about status, IPv6 and the default policy.
    static UfwConfiguration from(const UfwParseResult &parsed);
};

} // namespace xynap::coverage
