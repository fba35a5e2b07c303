#pragma once

#include "coverage/UfwParseResult.h"

#include <QStringView>

namespace xynap::coverage {

// Reads `ufw status`, `ufw status numbered` and `ufw status verbose`:
//     [ 1] 5060/udp                   ALLOW IN    92.197.176.0/24
//     [10] 7443/tcp (v6)              ALLOW IN    Anywhere (v6)
// A row is IPv6 when it says "(v6)" or names an IPv6 address; ufw lists IPv4 rules first.
class UfwStatusParser final {
public:
    UfwStatusParser() = delete;

    static UfwParseResult parse(QStringView text);
};

} // namespace xynap::coverage
