#include "coverage/UfwRulesFileParser.h"

#include "coverage/ParseSupport.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

const QStringView kTuple = u"### tuple ###";

struct Address {
    bool ok = false;
    std::optional<Subnet> subnet; // nullopt: anywhere
    AddressFamily family = AddressFamily::Any;
};

Address readAddress(QStringView text)
{
    if (text == u"0.0.0.0/0")
        return {true, std::nullopt, AddressFamily::IPv4};
    if (text == u"::/0")
        return {true, std::nullopt, AddressFamily::IPv6};
    if (text == u"any")
        return {true, std::nullopt, AddressFamily::Any};
    const std::optional<Subnet> subnet = Cidr::parse(text);
    if (!subnet)
        return {};
    return {true, subnet, Cidr::family(*subnet)};
}

// "in", "out", "in_eth0", "out_eth0", "in_eth0!out_eth1"
bool readDirection(QStringView text, UfwRule &rule)
{
    const QList<QStringView> parts = text.split(u'!');
    if (parts.size() > 2)
        return false;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QStringView part = parts.at(i);
        const qsizetype underscore = part.indexOf(u'_');
        const QStringView dir = underscore < 0 ? part : part.left(underscore);
        const QStringView iface = underscore < 0 ? QStringView() : part.mid(underscore + 1);
        if (underscore >= 0 && iface.isEmpty())
            return false;
        if (dir == u"in") {
            if (i == 0)
                rule.direction = UfwDirection::In;
            rule.interfaceIn = iface.toString();
        } else if (dir == u"out") {
            if (i == 0)
                rule.direction = UfwDirection::Out;
            rule.interfaceOut = iface.toString();
        } else {
            return false;
        }
    }
    return true;
}

QString appName(QStringView text)
{
    if (text == u"-")
        return {};
    return text.toString().replace(u"%20"_s, u" "_s);
}

} // namespace

UfwParseResult UfwRulesFileParser::parse(QStringView text, AddressFamily fileFamily)
{
    UfwParseResult result;
    result.format = UfwFormat::UserRules;
    const QList<QStringView> lines = ParseSupport::lines(text);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView line = lines.at(i).trimmed();
        if (!line.startsWith(kTuple))
            continue;
        const int lineNumber = int(i + 1);
        auto fail = [&](const QString &message) {
            result.errors.append({lineNumber, message, {}});
        };

        QStringView body = line.mid(kTuple.size());
        UfwRule rule;
        const qsizetype commentAt = body.indexOf(u" comment=");
        if (commentAt >= 0) {
            const QStringView hex = body.mid(commentAt + 9).trimmed();
            const std::optional<QString> comment = ParseSupport::hexDecode(hex);
            if (!comment) {
                fail(QCoreApplication::translate("xynap::coverage", "invalid comment '%1'")
                         .arg(ParseSupport::excerpt(hex)));
                continue;
            }
            rule.comment = *comment;
            body = body.left(commentAt);
        }
        const QList<QStringView> f = ParseSupport::words(body);
        if (f.size() < 6 || f.size() > 9) {
            fail(QCoreApplication::translate(
                "xynap::coverage", "malformed tuple: expected 6 to 9 fields, found %1")
                     .arg(f.size()));
            continue;
        }

        QStringView action = f.at(0);
        if (action.startsWith(u"route:")) {
            rule.routed = true;
            action = action.mid(6);
        }
        const qsizetype underscore = action.indexOf(u'_');
        const QStringView actionName = underscore < 0 ? action : action.left(underscore);
        const std::optional<UfwAction> parsedAction
            = actionName.isEmpty() ? std::nullopt : ufwActionFromName(actionName);
        if (!parsedAction) {
            fail(QCoreApplication::translate("xynap::coverage", "unknown action '%1'")
                     .arg(ParseSupport::excerpt(actionName)));
            continue;
        }
        rule.action = *parsedAction;
        if (underscore >= 0) {
            const QStringView log = action.mid(underscore + 1);
            if (log == u"log") {
                rule.log = UfwLog::Log;
            } else if (log == u"log-all") {
                rule.log = UfwLog::LogAll;
            } else {
                fail(QCoreApplication::translate("xynap::coverage", "unknown log type '%1'")
                         .arg(ParseSupport::excerpt(log)));
                continue;
            }
        }

        const std::optional<UfwProtocol> protocol = ufwProtocolFromName(f.at(1));
        if (!protocol) {
            fail(QCoreApplication::translate("xynap::coverage", "unknown protocol '%1'")
                     .arg(ParseSupport::excerpt(f.at(1))));
            continue;
        }
        rule.protocol = *protocol;
        rule.protocolName = f.at(1).toString();

        bool portsOk = false;
        rule.destinationPorts = PortSet::parseUfw(f.at(2), &portsOk);
        if (!portsOk) {
            fail(QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                     .arg(ParseSupport::excerpt(f.at(2))));
            continue;
        }
        rule.sourcePorts = PortSet::parseUfw(f.at(4), &portsOk);
        if (!portsOk) {
            fail(QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                     .arg(ParseSupport::excerpt(f.at(4))));
            continue;
        }

        const Address dst = readAddress(f.at(3));
        const Address src = readAddress(f.at(5));
        if (!dst.ok || !src.ok) {
            fail(QCoreApplication::translate("xynap::coverage", "invalid address '%1'")
                     .arg(ParseSupport::excerpt(!dst.ok ? f.at(3) : f.at(5))));
            continue;
        }
        if (dst.family != AddressFamily::Any && src.family != AddressFamily::Any
            && dst.family != src.family) {
            fail(QCoreApplication::translate(
                "xynap::coverage", "source and destination are of different address families"));
            continue;
        }
        AddressFamily family = src.family != AddressFamily::Any ? src.family : dst.family;
        if (fileFamily != AddressFamily::Any) {
            if (family != AddressFamily::Any && family != fileFamily) {
                fail(fileFamily == AddressFamily::IPv4
                        ? QCoreApplication::translate(
                            "xynap::coverage", "IPv6 address in an IPv4 rules file")
                        : QCoreApplication::translate(
                            "xynap::coverage", "IPv4 address in an IPv6 rules file"));
                continue;
            }
            family = fileFamily;
        } else if (family == AddressFamily::Any) {
            family = AddressFamily::IPv4; // "any" on both sides in a file of unknown family
        }
        rule.family = family;
        rule.source = src.subnet;
        rule.destination = dst.subnet;

        QStringView direction = u"in";
        if (f.size() == 7 || f.size() == 9)
            direction = f.last();
        if (!readDirection(direction, rule)) {
            fail(QCoreApplication::translate("xynap::coverage", "invalid direction '%1'")
                     .arg(ParseSupport::excerpt(direction)));
            continue;
        }
        if (f.size() >= 8) {
            rule.destinationApp = appName(f.at(6));
            rule.sourceApp = appName(f.at(7));
        }

        rule.line = lineNumber;
        rule.text = line.toString();
        rule.number = int(result.rules.size() + 1);
        result.rules.append(rule);
    }
    return result;
}

} // namespace xynap::coverage
