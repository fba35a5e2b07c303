#include "coverage/UfwRenderer.h"

#include "coverage/ParseSupport.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

QString addressText(const std::optional<Subnet> &address, AddressFamily family)
{
    if (address)
        return Cidr::toHostOrCidr(*address);
    return family == AddressFamily::IPv6 ? u"::/0"_s : u"0.0.0.0/0"_s;
}

QString actionWithLog(const UfwRule &rule)
{
    QString action = ufwActionName(rule.action);
    if (rule.log == UfwLog::Log)
        action += u"_log"_s;
    else if (rule.log == UfwLog::LogAll)
        action += u"_log-all"_s;
    return action;
}

QString directionText(const UfwRule &rule)
{
    QString dir = rule.direction == UfwDirection::In ? u"in"_s : u"out"_s;
    if (!rule.interfaceIn.isEmpty() && !rule.interfaceOut.isEmpty())
        return u"in_"_s + rule.interfaceIn + u"!out_"_s + rule.interfaceOut;
    if (!rule.interfaceIn.isEmpty())
        return dir + u'_' + rule.interfaceIn;
    if (!rule.interfaceOut.isEmpty())
        return dir + u'_' + rule.interfaceOut;
    return dir;
}

bool isMulti(const PortSet &ports)
{
    return !ports.isAny() && !ports.isEmpty()
        && (ports.ranges().size() > 1
            || ports.ranges().first().first != ports.ranges().first().last);
}

QString quoted(const QString &text)
{
    return ParseSupport::shellQuote(text);
}

// An application name the short form can carry: `ufw allow OpenSSH`.
bool shortFormApp(const QString &app)
{
    static const QStringList keywords {u"in"_s, u"out"_s, u"log"_s, u"log-all"_s, u"comment"_s,
        u"from"_s, u"to"_s, u"proto"_s, u"port"_s, u"app"_s, u"on"_s, u"route"_s, u"delete"_s,
        u"insert"_s, u"prepend"_s, u"rule"_s};
    return !app.isEmpty() && app.at(0).isLetter() && !app.contains(u'/') && !keywords.contains(app);
}

// The iptables lines ufw writes under a tuple (backend_iptables.py, _get_rules_from_formatted).
QStringList iptablesLines(const UfwRule &rule, AddressFamily family)
{
    const QString prefix = family == AddressFamily::IPv6 ? u"ufw6"_s : u"ufw"_s;
    const QString suffix = rule.routed        ? u"forward"_s
        : rule.direction == UfwDirection::Out ? u"output"_s
                                              : u"input"_s;
    const QString chain = prefix + u"-user-"_s + suffix;

    QStringList protocols;
    const bool anyPorts = rule.destinationPorts.isAny() && rule.sourcePorts.isAny();
    if (rule.protocol != UfwProtocol::Any)
        protocols.append(rule.protocolName);
    else if (anyPorts)
        protocols.append(QString());
    else
        protocols = {u"tcp"_s, u"udp"_s};

    QStringList out;
    for (const QString &protocol : std::as_const(protocols)) {
        QString match;
        if (!rule.interfaceIn.isEmpty())
            match += u" -i "_s + rule.interfaceIn;
        if (!rule.interfaceOut.isEmpty())
            match += u" -o "_s + rule.interfaceOut;
        if (!protocol.isEmpty())
            match += u" -p "_s + protocol;
        const bool multi = isMulti(rule.destinationPorts) || isMulti(rule.sourcePorts);
        if (multi && !rule.destinationPorts.isAny())
            match += u" -m multiport --dports "_s + rule.destinationPorts.toUfwString();
        if (multi && !rule.sourcePorts.isAny())
            match += u" -m multiport --sports "_s + rule.sourcePorts.toUfwString();
        if (rule.destination)
            match += u" -d "_s + Cidr::toHostOrCidr(*rule.destination);
        if (!multi && !rule.destinationPorts.isAny())
            match += u" --dport "_s + rule.destinationPorts.toUfwString();
        if (rule.source)
            match += u" -s "_s + Cidr::toHostOrCidr(*rule.source);
        if (!multi && !rule.sourcePorts.isAny())
            match += u" --sport "_s + rule.sourcePorts.toUfwString();
        if (!rule.destinationApp.isEmpty() || !rule.sourceApp.isEmpty()) {
            QStringList apps;
            if (!rule.destinationApp.isEmpty())
                apps.append(u"dapp_"_s + QString(rule.destinationApp).replace(u' ', u"%20"_s));
            if (!rule.sourceApp.isEmpty())
                apps.append(u"sapp_"_s + QString(rule.sourceApp).replace(u' ', u"%20"_s));
            match += u" -m comment --comment '"_s + apps.join(u',') + u'\'';
        }

        QString target;
        switch (rule.action) {
        case UfwAction::Allow:
            target = u"ACCEPT"_s;
            break;
        case UfwAction::Deny:
            target = u"DROP"_s;
            break;
        case UfwAction::Reject:
            target = protocol == u"tcp" ? u"REJECT --reject-with tcp-reset"_s : u"REJECT"_s;
            break;
        case UfwAction::Limit:
            target = QString();
            break;
        }

        if (rule.log != UfwLog::None) {
            const QString logChain = prefix + u"-user-logging-"_s + suffix;
            const QString policy = rule.action == UfwAction::Allow ? u"ALLOW"_s
                : rule.action == UfwAction::Limit                  ? u"LIMIT"_s
                                                                   : u"BLOCK"_s;
            QString log = u"-m limit --limit 3/min --limit-burst 10 -j LOG --log-prefix \"[UFW "_s
                + policy + u"] \""_s;
            if (rule.log == UfwLog::Log)
                log = u"-m conntrack --ctstate NEW "_s + log;
            out.append(u"-A "_s + logChain + match + u' ' + log);
            out.append(u"-A "_s + logChain + match + u" -j RETURN"_s);
            out.append(u"-A "_s + chain + match + u" -j "_s + logChain);
        }
        if (rule.action == UfwAction::Limit) {
            out.append(u"-A "_s + chain + match + u" -m conntrack --ctstate NEW -m recent --set"_s);
            out.append(u"-A "_s + chain + match
                + u" -m conntrack --ctstate NEW -m recent --update --seconds 30 --hitcount 6 -j "_s
                + prefix + u"-user-limit"_s);
            out.append(u"-A "_s + chain + match + u" -j "_s + prefix + u"-user-limit-accept"_s);
        } else {
            out.append(u"-A "_s + chain + match + u" -j "_s + target);
        }
    }
    return out;
}

} // namespace

QString UfwRenderer::tupleLine(const UfwRule &rule, AddressFamily family)
{
    QString action = actionWithLog(rule);
    if (rule.routed)
        action = u"route:"_s + action;
    QStringList fields {u"### tuple ###"_s, action,
        rule.protocolName.isEmpty() ? u"any"_s : rule.protocolName,
        rule.destinationPorts.toUfwString(), addressText(rule.destination, family),
        rule.sourcePorts.toUfwString(), addressText(rule.source, family)};
    if (!rule.destinationApp.isEmpty() || !rule.sourceApp.isEmpty()) {
        fields.append(rule.destinationApp.isEmpty()
                ? u"-"_s
                : QString(rule.destinationApp).replace(u' ', u"%20"_s));
        fields.append(
            rule.sourceApp.isEmpty() ? u"-"_s : QString(rule.sourceApp).replace(u' ', u"%20"_s));
    }
    fields.append(directionText(rule));
    if (!rule.comment.isEmpty())
        fields.append(u"comment="_s + ParseSupport::hexEncode(rule.comment));
    return fields.join(u' ');
}

QString UfwRenderer::rulesFile(const QList<UfwRule> &rules, AddressFamily family)
{
    const QString p = family == AddressFamily::IPv6 ? u"ufw6"_s : u"ufw"_s;
    QStringList out {u"*filter"_s};
    const QStringView chains[] = {u"user-input", u"user-output", u"user-forward",
        u"before-logging-input", u"before-logging-output", u"before-logging-forward",
        u"user-logging-input", u"user-logging-output", u"user-logging-forward",
        u"after-logging-input", u"after-logging-output", u"after-logging-forward", u"logging-deny",
        u"logging-allow", u"user-limit", u"user-limit-accept"};
    for (const QStringView chain : chains)
        out.append(u':' + p + u'-' + chain.toString() + u" - [0:0]"_s);
    out.append(u"### RULES ###"_s);
    for (const UfwRule &rule : rules) {
        if (!rule.appliesTo(family))
            continue;
        out.append(QString());
        out.append(tupleLine(rule, family));
        out.append(iptablesLines(rule, family));
    }
    out.append(QString());
    out.append(u"### END RULES ###"_s);
    out.append(QString());
    out.append(u"### LOGGING ###"_s);
    const QString limit = u" -m limit --limit 3/min --limit-burst 10"_s;
    out.append(
        u"-A "_s + p + u"-after-logging-input -j LOG --log-prefix \"[UFW BLOCK] \""_s + limit);
    out.append(
        u"-A "_s + p + u"-after-logging-forward -j LOG --log-prefix \"[UFW BLOCK] \""_s + limit);
    out.append(u"-I "_s + p + u"-logging-deny -m conntrack --ctstate INVALID -j RETURN"_s + limit);
    out.append(u"-A "_s + p + u"-logging-deny -j LOG --log-prefix \"[UFW BLOCK] \""_s + limit);
    out.append(u"-A "_s + p + u"-logging-allow -j LOG --log-prefix \"[UFW ALLOW] \""_s + limit);
    out.append(u"### END LOGGING ###"_s);
    out.append(QString());
    out.append(u"### RATE LIMITING ###"_s);
    out.append(u"-A "_s + p
        + u"-user-limit -m limit --limit 3/minute -j LOG --log-prefix \"[UFW LIMIT BLOCK] \""_s);
    out.append(u"-A "_s + p + u"-user-limit -j REJECT"_s);
    out.append(u"-A "_s + p + u"-user-limit-accept -j ACCEPT"_s);
    out.append(u"### END RATE LIMITING ###"_s);
    out.append(u"COMMIT"_s);
    return out.join(u'\n') + u'\n';
}

QString UfwRenderer::command(const UfwRule &rule)
{
    QStringList words {u"ufw"_s};
    if (rule.routed)
        words.append(u"route"_s);
    words.append(ufwActionName(rule.action));
    const QString iface = rule.direction == UfwDirection::In ? rule.interfaceIn : rule.interfaceOut;
    if (rule.direction == UfwDirection::Out || !iface.isEmpty()) {
        words.append(rule.direction == UfwDirection::In ? u"in"_s : u"out"_s);
        if (!iface.isEmpty())
            words.append({u"on"_s, quoted(iface)});
    }
    if (rule.direction == UfwDirection::In && !rule.interfaceOut.isEmpty()) {
        if (iface.isEmpty())
            words.append(u"in"_s); // keeps the direction explicit before the second clause
        words.append({u"out"_s, u"on"_s, quoted(rule.interfaceOut)});
    }
    if (rule.log == UfwLog::Log)
        words.append(u"log"_s);
    else if (rule.log == UfwLog::LogAll)
        words.append(u"log-all"_s);

    const bool protocolShown = rule.protocol != UfwProtocol::Any;
    const bool shortForm = !rule.source && !rule.destination && rule.sourcePorts.isAny()
        && rule.sourceApp.isEmpty()
        && (rule.destinationApp.isEmpty() ? !rule.destinationPorts.isAny()
                                          : shortFormApp(rule.destinationApp));
    if (shortForm) {
        if (!rule.destinationApp.isEmpty()) {
            words.append(quoted(rule.destinationApp));
        } else {
            QString port = rule.destinationPorts.toUfwString();
            if (protocolShown)
                port += u'/' + rule.protocolName;
            words.append(port);
        }
    } else {
        words.append({u"from"_s, rule.source ? Cidr::toHostOrCidr(*rule.source) : u"any"_s});
        if (!rule.sourceApp.isEmpty())
            words.append({u"app"_s, quoted(rule.sourceApp)});
        else if (!rule.sourcePorts.isAny())
            words.append({u"port"_s, rule.sourcePorts.toUfwString()});
        words.append(
            {u"to"_s, rule.destination ? Cidr::toHostOrCidr(*rule.destination) : u"any"_s});
        if (!rule.destinationApp.isEmpty())
            words.append({u"app"_s, quoted(rule.destinationApp)});
        else if (!rule.destinationPorts.isAny())
            words.append({u"port"_s, rule.destinationPorts.toUfwString()});
        if (protocolShown && rule.destinationApp.isEmpty() && rule.sourceApp.isEmpty())
            words.append({u"proto"_s, rule.protocolName});
    }
    if (!rule.comment.isEmpty())
        words.append({u"comment"_s, quoted(rule.comment)});
    return words.join(u' ');
}

} // namespace xynap::coverage
