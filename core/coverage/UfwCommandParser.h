#pragma once

#include "coverage/UfwParseResult.h"

#include <QStringView>

namespace xynap::coverage {

// Reads `ufw show added` and scripts of ufw commands, one per line:
//     ufw allow from 92.197.176.0/24 to any port 5060 proto udp
//     ufw allow 7443/tcp
//     ufw limit 22/tcp
// `insert N`, `prepend`, `delete <rule>`, `delete N`, `default …`, `enable`, `disable` and
// `reset` change the list the way ufw would; `sudo`, "#" comments and ufw's own header lines
// are skipped. A rule without addresses applies to IPv4 and IPv6 (family Any), as ufw installs
// it in both rule files.
class UfwCommandParser final {
public:
    UfwCommandParser() = delete;

    static UfwParseResult parse(QStringView text);
};

} // namespace xynap::coverage
