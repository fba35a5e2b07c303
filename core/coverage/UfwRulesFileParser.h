#pragma once

#include "coverage/UfwParseResult.h"

#include <QStringView>

namespace xynap::coverage {

// Reads /etc/ufw/user.rules and user6.rules: every rule is announced by
// `### tuple ### <action> <proto> <dport> <dst> <sport> <src> [<dapp> <sapp>] <dir>
// [comment=<hex>]`; the iptables lines around it are ufw's rendering of the same rule and are not
// read.
class UfwRulesFileParser final {
public:
    UfwRulesFileParser() = delete;

    // `family` is the file's family (IPv4 for user.rules, IPv6 for user6.rules); Any infers it
    // per rule from its addresses (0.0.0.0/0 or ::/0 for "anywhere").
    static UfwParseResult parse(QStringView text, AddressFamily family = AddressFamily::Any);
};

} // namespace xynap::coverage
