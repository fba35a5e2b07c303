#pragma once

#include "coverage/UfwParseResult.h"

#include <QString>
#include <QStringView>
#include <optional>
#include <utility>

namespace xynap::coverage {

// Entry point for ufw text of any of the forms the console meets; the format-specific parsers
// are UfwRulesFileParser, UfwStatusParser and UfwCommandParser.
class UfwParser final {
public:
    UfwParser() = delete;

    static UfwFormat detectFormat(QStringView text);
    // Detects the format and parses. user.rules text of unknown family infers it per rule.
    static UfwParseResult parse(QStringView text);
    // /etc/default/ufw: IPV6=yes|no, DEFAULT_INPUT_POLICY="DROP|ACCEPT|REJECT".
    static UfwParseResult parseDefaults(QStringView text);
    // user.rules and user6.rules read together: IPv4 rules first, numbered as `ufw status
    // numbered` does; errors name their file.
    static UfwParseResult parseRuleFiles(QStringView userRules, QStringView user6Rules);

    // Two files chosen together: when both are user.rules text, which one is user.rules (IPv4)
    // and which user6.rules — by the ufw6- chains, else by the file name — as the indices
    // {ipv4, ipv6} into the pair. nullopt when they are not such a pair.
    static std::optional<std::pair<int, int>> pairRuleFiles(const QString &firstName,
        QStringView firstText, const QString &secondName, QStringView secondText);
};

} // namespace xynap::coverage
