#pragma once

#include "coverage/ParseIssue.h"
#include "coverage/UfwRule.h"

#include <QList>
#include <optional>

namespace xynap::coverage {

enum class UfwFormat {
    UserRules, // /etc/ufw/user.rules, user6.rules: `### tuple ###` lines
    Status, // `ufw status [numbered|verbose]`
    Commands, // `ufw show added`, or a script of `ufw allow …` lines
    Defaults, // /etc/default/ufw
};

// What a parser read. Bad lines are skipped and reported; the good ones are kept.
struct [[nodiscard]] UfwParseResult {
    UfwFormat format = UfwFormat::Commands;
    QList<UfwRule> rules;
    QList<ParseIssue> errors;
    std::optional<bool> active; // "Status: active|inactive", `ufw enable|disable`
    std::optional<UfwAction> defaultIncoming; // "Default: deny (incoming)", `ufw default deny`
    std::optional<bool> ipv6Enabled; // IPV6=yes|no in /etc/default/ufw

    bool ok() const { return errors.isEmpty(); }
    QString errorString() const { return ParseIssue::join(errors); }
};

} // namespace xynap::coverage
