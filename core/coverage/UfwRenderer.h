#pragma once

#include "coverage/UfwRule.h"

#include <QList>
#include <QString>

namespace xynap::coverage {

// Writes rules back out in ufw's forms: for tests, the sandbox and the suggested fixes.
class UfwRenderer final {
public:
    UfwRenderer() = delete;

    // "### tuple ### allow udp 5060 0.0.0.0/0 any 92.197.176.0/24 in" as ufw writes it into the
    // file of `family` (IPv4: user.rules, IPv6: user6.rules).
    static QString tupleLine(const UfwRule &rule, AddressFamily family);
    // A complete user.rules (IPv4) or user6.rules (IPv6) with the rules of that family (and
    // those of family Any), their iptables lines, and ufw's header, logging and limit sections.
    static QString rulesFile(const QList<UfwRule> &rules, AddressFamily family);
    // The command that creates the rule, as `ufw show added` prints it:
    // "ufw allow from 92.197.176.0/24 to any port 5060 proto udp", "ufw allow 7443/tcp".
    static QString command(const UfwRule &rule);
};

} // namespace xynap::coverage
