#include "coverage/UfwParser.h"

#include "coverage/ParseSupport.h"
#include "coverage/UfwCommandParser.h"
#include "coverage/UfwRulesFileParser.h"
#include "coverage/UfwStatusParser.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

UfwFormat UfwParser::detectFormat(QStringView text)
{
    static const QRegularExpression statusRow(u"^\\[\\s*[0-9]+\\]"_s);
    static const QRegularExpression defaultsLine(
        u"^(IPV6|DEFAULT_[A-Z_]+_POLICY|MANAGE_BUILTINS|IPT_SYSCTL|IPT_MODULES)="_s);
    for (const QStringView raw : ParseSupport::lines(text)) {
        const QStringView line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"### tuple ###") || line == u"*filter")
            return UfwFormat::UserRules;
        if (line.startsWith(u"Status:") || statusRow.match(line).hasMatch())
            return UfwFormat::Status;
        if (defaultsLine.match(line).hasMatch())
            return UfwFormat::Defaults;
        if (line.startsWith(u"ufw ") || line.startsWith(u"sudo ")
            || line.startsWith(u"Added user rules"))
            return UfwFormat::Commands;
        if (line.contains(u" ALLOW ") || line.contains(u" DENY ") || line.contains(u" REJECT ")
            || line.contains(u" LIMIT "))
            return UfwFormat::Status;
    }
    return UfwFormat::Commands;
}

UfwParseResult UfwParser::parse(QStringView text)
{
    switch (detectFormat(text)) {
    case UfwFormat::UserRules:
        return UfwRulesFileParser::parse(text);
    case UfwFormat::Status:
        return UfwStatusParser::parse(text);
    case UfwFormat::Defaults:
        return parseDefaults(text);
    case UfwFormat::Commands:
        break;
    }
    return UfwCommandParser::parse(text);
}

UfwParseResult UfwParser::parseDefaults(QStringView text)
{
    UfwParseResult result;
    result.format = UfwFormat::Defaults;
    const QList<QStringView> lines = ParseSupport::lines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QStringView line = lines.at(n).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0) {
            result.errors.append({int(n + 1),
                QCoreApplication::translate("xynap::coverage", "expected KEY=value, found '%1'")
                    .arg(ParseSupport::excerpt(line)),
                {}});
            continue;
        }
        const QStringView key = line.left(eq).trimmed();
        QStringView value = line.mid(eq + 1).trimmed();
        if (value.size() >= 2 && (value.startsWith(u'"') || value.startsWith(u'\''))
            && value.endsWith(value.front()))
            value = value.mid(1, value.size() - 2);
        if (key == u"IPV6") {
            if (value.compare(u"yes", Qt::CaseInsensitive) == 0) {
                result.ipv6Enabled = true;
            } else if (value.compare(u"no", Qt::CaseInsensitive) == 0) {
                result.ipv6Enabled = false;
            } else {
                result.errors.append({int(n + 1),
                    QCoreApplication::translate(
                        "xynap::coverage", "IPV6 must be yes or no, not '%1'")
                        .arg(ParseSupport::excerpt(value)),
                    {}});
            }
        } else if (key == u"DEFAULT_INPUT_POLICY") {
            if (value == u"DROP") {
                result.defaultIncoming = UfwAction::Deny;
            } else if (value == u"ACCEPT") {
                result.defaultIncoming = UfwAction::Allow;
            } else if (value == u"REJECT") {
                result.defaultIncoming = UfwAction::Reject;
            } else {
                result.errors.append({int(n + 1),
                    QCoreApplication::translate("xynap::coverage", "unknown policy '%1'")
                        .arg(ParseSupport::excerpt(value)),
                    {}});
            }
        }
    }
    return result;
}

namespace {

// Why `text` is not the rule file of `family` (user.rules: IPv4, user6.rules: IPv6), or empty.
// ufw names its chains ufw-user-input in user.rules and ufw6-user-input in user6.rules.
QString ruleFileMismatch(QStringView text, AddressFamily family)
{
    const auto tr = [](const char *s) { return QCoreApplication::translate("xynap::coverage", s); };
    const bool v6 = family == AddressFamily::IPv6;
    switch (UfwParser::detectFormat(text)) {
    case UfwFormat::UserRules:
        break;
    case UfwFormat::Status:
        return v6 ? tr("this is the output of `ufw status`, not a user6.rules file")
                  : tr("this is the output of `ufw status`, not a user.rules file");
    case UfwFormat::Defaults:
        return v6 ? tr("this is /etc/default/ufw, not a user6.rules file")
                  : tr("this is /etc/default/ufw, not a user.rules file");
    case UfwFormat::Commands:
        return v6 ? tr("this is not a user6.rules file (no \"*filter\" or \"### tuple ###\" line)")
                  : tr("this is not a user.rules file (no \"*filter\" or \"### tuple ###\" line)");
    }
    const bool hasV4Chains = text.contains(u"ufw-user-") || text.contains(u"ufw-before-");
    const bool hasV6Chains = text.contains(u"ufw6-");
    if (v6 && hasV4Chains && !hasV6Chains)
        return tr("this is user.rules (the IPv4 rules), not user6.rules: its chains are "
                  "ufw-user-*, not ufw6-user-*");
    if (!v6 && hasV6Chains && !hasV4Chains)
        return tr("this is user6.rules (the IPv6 rules), not user.rules: its chains are "
                  "ufw6-user-*, not ufw-user-*");
    return {};
}

} // namespace

UfwParseResult UfwParser::parseRuleFiles(QStringView userRules, QStringView user6Rules)
{
    // Each file must be what it is given as: a user.rules given as user6.rules would otherwise
    // read as "0 rules" (every IPv4 rule refused one by one, or none at all) and every range
    // would show uncovered without a word.
    // An empty file holds no rules and claims no format.
    QList<ParseIssue> mismatches;
    if (!userRules.trimmed().isEmpty()) {
        if (const QString why = ruleFileMismatch(userRules, AddressFamily::IPv4); !why.isEmpty())
            mismatches.append({1, why, u"user.rules"_s});
    }
    if (!user6Rules.trimmed().isEmpty()) {
        if (const QString why = ruleFileMismatch(user6Rules, AddressFamily::IPv6); !why.isEmpty())
            mismatches.append({1, why, u"user6.rules"_s});
    }
    if (!mismatches.isEmpty()) {
        UfwParseResult refused;
        refused.format = UfwFormat::UserRules;
        refused.errors = mismatches;
        return refused;
    }
    UfwParseResult v4 = UfwRulesFileParser::parse(userRules, AddressFamily::IPv4);
    const UfwParseResult v6 = UfwRulesFileParser::parse(user6Rules, AddressFamily::IPv6);
    for (ParseIssue &issue : v4.errors)
        issue.source = u"user.rules"_s;
    for (ParseIssue issue : v6.errors) {
        issue.source = u"user6.rules"_s;
        v4.errors.append(issue);
    }
    for (const UfwRule &rule : v6.rules)
        v4.rules.append(rule);
    for (qsizetype i = 0; i < v4.rules.size(); ++i)
        v4.rules[i].number = int(i + 1);
    return v4;
}

std::optional<std::pair<int, int>> UfwParser::pairRuleFiles(const QString &firstName,
    QStringView firstText, const QString &secondName, QStringView secondText)
{
    if (detectFormat(firstText) != UfwFormat::UserRules
        || detectFormat(secondText) != UfwFormat::UserRules)
        return std::nullopt;
    const auto isV6 = [](const QString &name, QStringView text) {
        return text.contains(u"ufw6-") || name.contains(u"user6");
    };
    // IPv4 first, as ufw reads them; the second is IPv6 unless only the first looks like it.
    const bool firstIsV6 = isV6(firstName, firstText) && !isV6(secondName, secondText);
    return firstIsV6 ? std::pair {1, 0} : std::pair {0, 1};
}

} // namespace xynap::coverage
