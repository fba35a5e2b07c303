#include "coverage/UfwCommandParser.h"

#include "coverage/ParseSupport.h"
#include "coverage/UfwServiceNames.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

enum class Mode { Append, Insert, Delete, DeleteNumber };

struct Command {
    Mode mode = Mode::Append;
    int position = 0; // Insert: 1-based (0 = prepend); DeleteNumber: 1-based
    UfwRule rule;
    QString error;
};

bool isMultiPort(const PortSet &ports)
{
    if (ports.isAny() || ports.isEmpty())
        return false;
    return ports.ranges().size() > 1 || ports.ranges().first().first != ports.ranges().first().last;
}

// A port argument: "5060", "5060,5061", "10000:10060" or a service name ("sip", "ssh").
// Sets *serviceProtocol when a name decided the protocol.
bool readPorts(const QString &text, PortSet *ports, std::optional<UfwProtocol> *serviceProtocol,
    QString *error)
{
    if (!text.isEmpty() && text.at(0).isDigit()) {
        bool ok = false;
        *ports = PortSet::parseUfw(text, &ok);
        if (!ok) {
            *error = QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                         .arg(ParseSupport::excerpt(text));
            return false;
        }
        return true;
    }
    if (const auto service = UfwServiceNames::service(text)) {
        *ports = service->ports;
        *serviceProtocol = service->protocol;
        return true;
    }
    *error = QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                 .arg(ParseSupport::excerpt(text));
    return false;
}

struct AddressArgument {
    std::optional<Subnet> subnet;
    AddressFamily family = AddressFamily::Any;
};

std::optional<AddressArgument> readAddress(const QString &text)
{
    if (text.compare(u"any"_s, Qt::CaseInsensitive) == 0)
        return AddressArgument {};
    const std::optional<Subnet> subnet = Cidr::parse(text);
    if (!subnet)
        return std::nullopt;
    return AddressArgument {subnet, Cidr::family(*subnet)};
}

Command parseRule(QStringList args)
{
    Command cmd;
    UfwRule &rule = cmd.rule;
    auto failed = [&cmd](const QString &message) {
        cmd.error = message;
        return cmd;
    };

    if (!args.isEmpty() && args.first() == u"route") {
        rule.routed = true;
        args.removeFirst();
    }
    if (!args.isEmpty() && args.first() == u"rule")
        args.removeFirst();
    if (!args.isEmpty() && args.first() == u"delete") {
        args.removeFirst();
        bool isNumber = false;
        const int number = args.isEmpty() ? 0 : args.first().toInt(&isNumber);
        if (isNumber) {
            cmd.mode = Mode::DeleteNumber;
            cmd.position = number;
            if (args.size() > 1) {
                return failed(QCoreApplication::translate(
                    "xynap::coverage", "unexpected '%1' after the rule number")
                                  .arg(ParseSupport::excerpt(args.at(1))));
            }
            return cmd;
        }
        cmd.mode = Mode::Delete;
    } else if (!args.isEmpty() && args.first() == u"insert") {
        bool isNumber = false;
        const int position = args.size() > 1 ? args.at(1).toInt(&isNumber) : 0;
        if (!isNumber || position < 1) {
            return failed(
                QCoreApplication::translate("xynap::coverage", "invalid position '%1'")
                    .arg(ParseSupport::excerpt(args.size() > 1 ? args.at(1) : QString())));
        }
        cmd.mode = Mode::Insert;
        cmd.position = position;
        args.remove(0, 2);
    } else if (!args.isEmpty() && args.first() == u"prepend") {
        cmd.mode = Mode::Insert;
        cmd.position = 0;
        args.removeFirst();
    }

    if (args.isEmpty())
        return failed(QCoreApplication::translate("xynap::coverage", "missing action"));
    const std::optional<UfwAction> action = ufwActionFromName(args.first());
    if (!action) {
        return failed(QCoreApplication::translate("xynap::coverage", "unknown action '%1'")
                          .arg(ParseSupport::excerpt(args.first())));
    }
    rule.action = *action;
    const QString actionWord = args.takeFirst();

    if (!args.isEmpty() && (args.first() == u"in" || args.first() == u"out")) {
        rule.direction = args.first() == u"in" ? UfwDirection::In : UfwDirection::Out;
        if (args.size() > 1 && args.at(1) == u"on") {
            if (args.size() < 3)
                return failed(
                    QCoreApplication::translate("xynap::coverage", "missing interface after 'on'"));
            (rule.direction == UfwDirection::In ? rule.interfaceIn : rule.interfaceOut)
                = args.at(2);
            args.remove(0, 3);
        } else {
            args.removeFirst();
        }
        // Route rules may name both interfaces: `ufw route allow in on eth1 out on eth0 …`.
        if (rule.direction == UfwDirection::In && args.size() >= 3 && args.at(0) == u"out"
            && args.at(1) == u"on") {
            rule.interfaceOut = args.at(2);
            args.remove(0, 3);
        }
    }
    if (!args.isEmpty() && (args.first() == u"log" || args.first() == u"log-all")) {
        rule.log = args.first() == u"log" ? UfwLog::Log : UfwLog::LogAll;
        args.removeFirst();
    }
    const qsizetype commentAt = args.indexOf(u"comment"_s);
    if (commentAt >= 0) {
        if (commentAt + 1 >= args.size())
            return failed(
                QCoreApplication::translate("xynap::coverage", "missing text after 'comment'"));
        rule.comment = args.at(commentAt + 1);
        args.remove(commentAt, 2);
    }
    if (args.isEmpty()) {
        return failed(
            QCoreApplication::translate("xynap::coverage", "missing port or address after '%1'")
                .arg(actionWord));
    }

    std::optional<UfwProtocol> serviceProtocol;
    bool protocolGiven = false;
    if (args.size() == 1) {
        // Short form: PORT[/PROTO], a service name or an application profile.
        QString core = args.first();
        const qsizetype slash = core.lastIndexOf(u'/');
        if (slash >= 0) {
            const QString proto = core.mid(slash + 1);
            const std::optional<UfwProtocol> protocol = ufwProtocolFromName(proto);
            if (!protocol || proto == u"any") {
                return failed(
                    QCoreApplication::translate("xynap::coverage", "unknown protocol '%1'")
                        .arg(ParseSupport::excerpt(proto)));
            }
            rule.protocol = *protocol;
            rule.protocolName = proto;
            protocolGiven = true;
            core.truncate(slash);
        }
        if (!core.isEmpty() && core.at(0).isDigit()) {
            QString error;
            if (!readPorts(core, &rule.destinationPorts, &serviceProtocol, &error))
                return failed(error);
        } else if (const auto service = UfwServiceNames::service(core)) {
            rule.destinationPorts = service->ports;
            serviceProtocol = service->protocol;
        } else if (slash < 0 && !core.isEmpty() && core.at(0).isLetter()) {
            rule.destinationApp = core;
            if (const auto app = UfwServiceNames::application(core)) {
                rule.destinationPorts = app->ports;
                serviceProtocol = app->protocol;
            } else {
                rule.portsKnown = false;
            }
        } else {
            return failed(QCoreApplication::translate("xynap::coverage", "invalid port '%1'")
                              .arg(ParseSupport::excerpt(core)));
        }
    } else {
        // Full form: pairs of keyword and value.
        if (args.size() % 2 != 0) {
            return failed(
                QCoreApplication::translate("xynap::coverage", "wrong number of arguments"));
        }
        enum class Side { None, Source, Destination };
        Side side = Side::None;
        AddressFamily fromFamily = AddressFamily::Any;
        AddressFamily toFamily = AddressFamily::Any;
        QStringList seen;
        for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
            const QString &key = args.at(i);
            const QString &value = args.at(i + 1);
            const bool repeatable = key == u"port" || key == u"app";
            if (!repeatable && seen.contains(key)) {
                return failed(QCoreApplication::translate("xynap::coverage", "'%1' given twice")
                                  .arg(ParseSupport::excerpt(key)));
            }
            seen.append(key);
            if (key == u"proto") {
                const std::optional<UfwProtocol> protocol = ufwProtocolFromName(value);
                if (!protocol) {
                    return failed(
                        QCoreApplication::translate("xynap::coverage", "unknown protocol '%1'")
                            .arg(ParseSupport::excerpt(value)));
                }
                rule.protocol = *protocol;
                rule.protocolName = value;
                protocolGiven = true;
            } else if (key == u"from" || key == u"to") {
                const std::optional<AddressArgument> address = readAddress(value);
                if (!address) {
                    return failed(
                        QCoreApplication::translate("xynap::coverage", "invalid address '%1'")
                            .arg(ParseSupport::excerpt(value)));
                }
                if (key == u"from") {
                    rule.source = address->subnet;
                    fromFamily = address->family;
                    side = Side::Source;
                } else {
                    rule.destination = address->subnet;
                    toFamily = address->family;
                    side = Side::Destination;
                }
            } else if (key == u"port" || key == u"app") {
                if (side == Side::None) {
                    return failed(QCoreApplication::translate(
                        "xynap::coverage", "'%1' needs 'from' or 'to' before it")
                                      .arg(key));
                }
                if (key == u"port") {
                    QString error;
                    PortSet ports;
                    if (!readPorts(value, &ports, &serviceProtocol, &error))
                        return failed(error);
                    (side == Side::Source ? rule.sourcePorts : rule.destinationPorts) = ports;
                } else {
                    (side == Side::Source ? rule.sourceApp : rule.destinationApp) = value;
                    if (const auto app = UfwServiceNames::application(value)) {
                        (side == Side::Source ? rule.sourcePorts : rule.destinationPorts)
                            = app->ports;
                        serviceProtocol = app->protocol;
                    } else {
                        rule.portsKnown = false;
                    }
                }
            } else {
                return failed(QCoreApplication::translate("xynap::coverage", "unknown keyword '%1'")
                                  .arg(ParseSupport::excerpt(key)));
            }
        }
        if (fromFamily != AddressFamily::Any && toFamily != AddressFamily::Any
            && fromFamily != toFamily) {
            return failed(QCoreApplication::translate(
                "xynap::coverage", "source and destination are of different address families"));
        }
        rule.family = fromFamily != AddressFamily::Any ? fromFamily : toFamily;
    }

    if (!protocolGiven && serviceProtocol && *serviceProtocol != UfwProtocol::Any) {
        rule.protocol = *serviceProtocol;
        rule.protocolName = rule.protocol == UfwProtocol::Tcp ? u"tcp"_s : u"udp"_s;
    }
    if ((isMultiPort(rule.destinationPorts) || isMultiPort(rule.sourcePorts))
        && rule.protocol != UfwProtocol::Tcp && rule.protocol != UfwProtocol::Udp) {
        return failed(QCoreApplication::translate(
            "xynap::coverage", "port lists and ranges need 'tcp' or 'udp'"));
    }
    return cmd;
}

} // namespace

UfwParseResult UfwCommandParser::parse(QStringView text)
{
    UfwParseResult result;
    result.format = UfwFormat::Commands;
    const QList<QStringView> lines = ParseSupport::lines(text);
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const int lineNumber = int(n + 1);
        const QStringView line = lines.at(n).trimmed();
        auto fail = [&](const QString &message) {
            result.errors.append({lineNumber, message, {}});
        };
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u"Added user rules")
            || line == u"(None)")
            continue;
        const std::optional<QStringList> parsedWords = ParseSupport::shellWords(line);
        if (!parsedWords) {
            fail(QCoreApplication::translate("xynap::coverage", "unterminated quote"));
            continue;
        }
        QStringList words = *parsedWords;
        if (!words.isEmpty() && words.first() == u"sudo")
            words.removeFirst();
        if (words.isEmpty() || words.first() != u"ufw") {
            fail(QCoreApplication::translate("xynap::coverage", "not a ufw command: '%1'")
                     .arg(ParseSupport::excerpt(line)));
            continue;
        }
        words.removeFirst();
        while (!words.isEmpty() && words.first().startsWith(u"--"))
            words.removeFirst();
        if (words.isEmpty()) {
            fail(QCoreApplication::translate("xynap::coverage", "missing action"));
            continue;
        }

        const QString verb = words.first();
        if (verb == u"enable" || verb == u"disable") {
            result.active = verb == u"enable";
            continue;
        }
        if (verb == u"reset") {
            result.rules.clear();
            continue;
        }
        static const QStringView ignored[]
            = {u"reload", u"status", u"show", u"logging", u"app", u"version", u"help"};
        if (std::find(std::begin(ignored), std::end(ignored), QStringView(verb))
            != std::end(ignored))
            continue;
        if (verb == u"default") {
            const std::optional<UfwAction> policy
                = words.size() > 1 ? ufwActionFromName(words.at(1)) : std::nullopt;
            const QString direction = words.size() > 2 ? words.at(2) : u"incoming"_s;
            if (!policy || *policy == UfwAction::Limit
                || (direction != u"incoming" && direction != u"outgoing"
                    && direction != u"routed")) {
                fail(QCoreApplication::translate("xynap::coverage", "invalid default policy '%1'")
                         .arg(ParseSupport::excerpt(words.mid(1).join(u' '))));
                continue;
            }
            if (direction == u"incoming")
                result.defaultIncoming = policy;
            continue;
        }

        Command cmd = parseRule(words);
        if (!cmd.error.isEmpty()) {
            fail(cmd.error);
            continue;
        }
        cmd.rule.line = lineNumber;
        cmd.rule.text = line.toString();
        switch (cmd.mode) {
        case Mode::Append:
            result.rules.append(cmd.rule);
            break;
        case Mode::Insert:
            if (cmd.position > result.rules.size() + 1) {
                fail(QCoreApplication::translate("xynap::coverage", "invalid position '%1'")
                         .arg(cmd.position));
                continue;
            }
            result.rules.insert(cmd.position == 0 ? 0 : cmd.position - 1, cmd.rule);
            break;
        case Mode::DeleteNumber:
            if (cmd.position < 1 || cmd.position > result.rules.size()) {
                fail(QCoreApplication::translate("xynap::coverage", "no rule number %1")
                         .arg(cmd.position));
                continue;
            }
            result.rules.removeAt(cmd.position - 1);
            break;
        case Mode::Delete: {
            const auto it = std::find_if(result.rules.begin(), result.rules.end(),
                [&](const UfwRule &r) { return r.sameRule(cmd.rule); });
            if (it == result.rules.end()) {
                fail(QCoreApplication::translate("xynap::coverage", "no rule matches '%1'")
                         .arg(ParseSupport::excerpt(line)));
                continue;
            }
            result.rules.erase(it);
            break;
        }
        }
    }
    for (qsizetype i = 0; i < result.rules.size(); ++i)
        result.rules[i].number = int(i + 1);
    return result;
}

} // namespace xynap::coverage
