#include "coverage/UfwConfiguration.h"

namespace xynap::coverage {

UfwConfiguration UfwConfiguration::from(const UfwParseResult &parsed)
{
    UfwConfiguration c;
    c.rules = parsed.rules;
    c.active = parsed.active.value_or(true);
    c.ipv6Enabled = parsed.ipv6Enabled.value_or(true);
    c.defaultIncoming = parsed.defaultIncoming.value_or(UfwAction::Deny);
    return c;
}

} // namespace xynap::coverage
