#include "coverage/UfwStatusParser.h"

#include "coverage/ParseSupport.h"
#include "coverage/UfwServiceNames.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

// One side of a row: "[address] [ports[/proto] | app] [(v6)] [on iface]" or "Anywhere[/proto]".
struct Location {
    std::optional<Subnet> address;
    PortSet ports = PortSet::any();
    bool hasPorts = false;
    QString protocol; // empty: not shown
    QString app;
    bool v6 = false;
    QString interface;
    QString error;
};

// Splits "5060/udp" into "5060" and "udp", "1.2.3.0/24/tcp" into "1.2.3.0/24" and "tcp";
// a trailing "/24" is a prefix, not a protocol.
QStringView splitProtocol(QStringView token, QString *protocol)
{
    const qsizetype slash = token.lastIndexOf(u'/');
    if (slash > 0 && ufwProtocolFromName(token.mid(slash + 1)).has_value()) {
        *protocol = token.mid(slash + 1).toString();
        return token.left(slash);
    }
    return token;
}

Location readLocation(const QList<QStringView> &tokens)
{
    Location loc;
    qsizetype i = 0;
    QStringList app;
    bool sawAddressOrPort = false;
    while (i < tokens.size()) {
        const QStringView token = tokens.at(i);
        if (token == u"(v6)") {
            loc.v6 = true;
            ++i;
            continue;
        }
        if (token == u"on" && i + 1 < tokens.size()) {
            loc.interface = tokens.at(i + 1).toString();
            i += 2;
            continue;
        }
        if (!sawAddressOrPort && app.isEmpty()) {
            QString protocol;
            const QStringView core = splitProtocol(token, &protocol);
            if (core == u"Anywhere") {
                loc.protocol = protocol;
                sawAddressOrPort = true;
                ++i;
                continue;
            }
            if (!core.isEmpty() && core.at(0).isDigit() && !core.contains(u'.')) {
                bool ok = false;
                const PortSet ports = PortSet::parseUfw(core, &ok);
                if (ok) {
                    loc.ports = ports;
                    loc.hasPorts = true;
                    loc.protocol = protocol;
                    sawAddressOrPort = true;
                    ++i;
                    continue;
                }
            }
            if (core.contains(u'.') || core.contains(u':')) {
                const std::optional<Subnet> address = Cidr::parse(core);
                if (!address) {
                    loc.error
                        = QCoreApplication::translate("xynap::coverage", "invalid address '%1'")
                              .arg(ParseSupport::excerpt(core));
                    return loc;
                }
                loc.address = address;
                loc.protocol = protocol;
                ++i;
                // An address may be followed by its ports: "46.4.96.105 5060/udp".
                if (i < tokens.size()) {
                    QString portProtocol;
                    const QStringView portCore = splitProtocol(tokens.at(i), &portProtocol);
                    bool ok = false;
                    if (!portCore.isEmpty() && portCore.at(0).isDigit()
                        && !portCore.contains(u'.')) {
                        const PortSet ports = PortSet::parseUfw(portCore, &ok);
                        if (!ok) {
                            loc.error = QCoreApplication::translate(
                                "xynap::coverage", "invalid port '%1'")
                                            .arg(ParseSupport::excerpt(portCore));
                            return loc;
                        }
                        loc.ports = ports;
                        loc.hasPorts = true;
                        if (!portProtocol.isEmpty())
                            loc.protocol = portProtocol;
                        ++i;
                    }
                }
                sawAddressOrPort = true;
                continue;
            }
            if (!core.isEmpty() && core.at(0).isDigit()) {
                loc.error = QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                                .arg(ParseSupport::excerpt(core));
                return loc;
            }
        }
        app.append(token.toString());
        ++i;
    }
    loc.app = app.join(u' ');
    if (!sawAddressOrPort && loc.app.isEmpty())
        loc.error = QCoreApplication::translate("xynap::coverage", "missing address or port");
    return loc;
}

bool isAction(QStringView word)
{
    return word == u"ALLOW" || word == u"DENY" || word == u"REJECT" || word == u"LIMIT";
}

bool isDirection(QStringView word)
{
    return word == u"IN" || word == u"OUT" || word == u"FWD";
}

} // namespace

UfwParseResult UfwStatusParser::parse(QStringView text)
{
    UfwParseResult result;
    result.format = UfwFormat::Status;
    static const QRegularExpression numbered(u"^\\[\\s*([0-9]{1,6})\\]\\s*(.*)$"_s);
    static const QRegularExpression defaults(
        u"^Default:\\s*(allow|deny|reject)\\s*\\(incoming\\)"_s);

    const QList<QStringView> lines = ParseSupport::lines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNumber = int(n + 1);
        const QStringView line = lines.at(n).trimmed();
        auto fail = [&](const QString &message) {
            result.errors.append({lineNumber, message, {}});
        };
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"Status:")) {
            const QStringView state = line.mid(7).trimmed();
            if (state == u"active") {
                result.active = true;
            } else if (state == u"inactive") {
                result.active = false;
            } else {
                fail(QCoreApplication::translate("xynap::coverage", "unknown status '%1'")
                         .arg(ParseSupport::excerpt(state)));
            }
            continue;
        }
        if (line.startsWith(u"Default:")) {
            const QRegularExpressionMatch m = defaults.match(line);
            if (m.hasMatch())
                result.defaultIncoming = ufwActionFromName(m.capturedView(1));
            continue;
        }
        if (line.startsWith(u"Logging:") || line.startsWith(u"New profiles:"))
            continue;
        QList<QStringView> words = ParseSupport::words(line);
        if (words.size() == 3 && words.at(0) == u"To" && words.at(1) == u"Action"
            && words.at(2) == u"From")
            continue;
        if (std::all_of(words.begin(), words.end(), [](QStringView w) {
                return std::all_of(w.begin(), w.end(), [](QChar c) { return c == u'-'; });
            }))
            continue;

        UfwRule rule;
        rule.number = int(result.rules.size() + 1);
        QStringView row = line;
        const QRegularExpressionMatch m = numbered.match(line);
        if (m.hasMatch()) {
            rule.number = m.capturedView(1).toInt();
            row = m.capturedView(2);
        }
        const qsizetype hash = row.indexOf(u" # ");
        if (hash >= 0) {
            rule.comment = row.mid(hash + 3).toString();
            row = row.left(hash).trimmed();
        }
        words = ParseSupport::words(row);

        qsizetype actionAt = -1;
        for (qsizetype i = 1; i < words.size(); ++i) {
            if (isAction(words.at(i))) {
                actionAt = i;
                break;
            }
        }
        if (actionAt < 0) {
            // Name the word where the action should be: the one before IN/OUT/FWD.
            for (qsizetype i = 2; i < words.size(); ++i) {
                if (isDirection(words.at(i))) {
                    fail(QCoreApplication::translate("xynap::coverage", "unknown action '%1'")
                             .arg(ParseSupport::excerpt(words.at(i - 1))));
                    break;
                }
            }
            if (result.errors.isEmpty() || result.errors.last().line != lineNumber) {
                fail(QCoreApplication::translate("xynap::coverage", "not a ufw status row: '%1'")
                         .arg(ParseSupport::excerpt(line)));
            }
            continue;
        }
        rule.action = *ufwActionFromName(words.at(actionAt));
        qsizetype fromAt = actionAt + 1;
        if (fromAt < words.size() && isDirection(words.at(fromAt))) {
            if (words.at(fromAt) == u"OUT")
                rule.direction = UfwDirection::Out;
            else if (words.at(fromAt) == u"FWD")
                rule.routed = true;
            ++fromAt;
        }

        // Attributes after the From column: "(log)", "(log-all)", "(log, out)".
        QList<QStringView> fromWords = words.mid(fromAt);
        for (qsizetype i = 0; i < fromWords.size(); ++i) {
            if (fromWords.at(i).startsWith(u'(') && fromWords.at(i) != u"(v6)") {
                for (qsizetype j = i; j < fromWords.size(); ++j) {
                    QString word = fromWords.at(j).toString();
                    word.remove(u'(').remove(u')').remove(u',');
                    if (word == u"log")
                        rule.log = UfwLog::Log;
                    else if (word == u"log-all")
                        rule.log = UfwLog::LogAll;
                }
                fromWords = fromWords.mid(0, i);
                break;
            }
        }
        const Location to = readLocation(words.mid(0, actionAt));
        const Location from = readLocation(fromWords);
        if (!to.error.isEmpty() || !from.error.isEmpty()) {
            fail(!to.error.isEmpty() ? to.error : from.error);
            continue;
        }

        QString protocol = !to.protocol.isEmpty() ? to.protocol : from.protocol;
        if (protocol.isEmpty())
            protocol = u"any"_s;
        rule.protocolName = protocol;
        rule.protocol = ufwProtocolFromName(protocol).value_or(UfwProtocol::Any);
        rule.destination = to.address;
        rule.destinationPorts = to.ports;
        rule.source = from.address;
        rule.sourcePorts = from.ports;
        if (!to.app.isEmpty()) {
            rule.destinationApp = to.app;
            if (const auto app = UfwServiceNames::application(to.app)) {
                rule.destinationPorts = app->ports;
                rule.protocol = app->protocol;
                rule.protocolName = rule.protocol == UfwProtocol::Tcp ? u"tcp"_s : u"any"_s;
            } else {
                rule.portsKnown = false;
            }
        }
        if (!from.app.isEmpty()) {
            rule.sourceApp = from.app;
            rule.portsKnown = rule.portsKnown && UfwServiceNames::application(from.app).has_value();
        }
        const bool toIsV6 = to.address && Cidr::family(*to.address) == AddressFamily::IPv6;
        const bool fromIsV6 = from.address && Cidr::family(*from.address) == AddressFamily::IPv6;
        const bool toIsV4 = to.address && Cidr::family(*to.address) == AddressFamily::IPv4;
        const bool fromIsV4 = from.address && Cidr::family(*from.address) == AddressFamily::IPv4;
        const bool v6 = to.v6 || from.v6 || toIsV6 || fromIsV6;
        if ((toIsV4 || fromIsV4) && v6) {
            fail(QCoreApplication::translate(
                "xynap::coverage", "source and destination are of different address families"));
            continue;
        }
        rule.family = v6 ? AddressFamily::IPv6 : AddressFamily::IPv4;
        const bool forward = rule.routed;
        if (!to.interface.isEmpty())
            (forward ? rule.interfaceOut : rule.interfaceIn) = to.interface;
        if (!from.interface.isEmpty())
            (forward ? rule.interfaceIn : rule.interfaceOut) = from.interface;

        rule.line = lineNumber;
        rule.text = line.toString();
        result.rules.append(rule);
    }
    return result;
}

} // namespace xynap::coverage
