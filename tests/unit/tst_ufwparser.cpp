#include "DocumentedRules.h"
#include "coverage/UfwCommandParser.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "coverage/UfwRulesFileParser.h"
#include "coverage/UfwStatusParser.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

namespace {

// The firewall rules of the provider documentation (provider-configuration.txt), verbatim.
const QString kDocumentedRules = xynap::test::documentedUfwRules();

const QString kUserRules = uR"(*filter
:ufw-user-input - [0:0]
:ufw-user-output - [0:0]
### RULES ###

### tuple ### allow udp 5060 0.0.0.0/0 any 92.197.176.0/24 in
-A ufw-user-input -p udp --dport 5060 -s 92.197.176.0/24 -j ACCEPT

### tuple ### allow tcp 7443 0.0.0.0/0 any 0.0.0.0/0 in comment=576562525443
-A ufw-user-input -p tcp --dport 7443 -j ACCEPT

### tuple ### limit_log tcp 22 0.0.0.0/0 any 0.0.0.0/0 in
### tuple ### allow udp 10000:10060 0.0.0.0/0 any 0.0.0.0/0 in
### tuple ### deny any any 0.0.0.0/0 any 203.0.113.7 in
### tuple ### allow tcp 22 0.0.0.0/0 any 0.0.0.0/0 OpenSSH - in
### tuple ### route:allow any any 0.0.0.0/0 any 10.0.0.0/8 in_eth1!out_eth0
### tuple ### allow_log-all udp 5060,5061 46.4.96.105 any 0.0.0.0/0 in_eth0
### tuple ### reject tcp 5061 0.0.0.0/0 5061 198.51.100.0/24 out

### END RULES ###
COMMIT
)"_s;

const QString kStatusNumbered = uR"(Status: active

     To                         Action      From
     --                         ------      ----
[ 1] 5060/udp                   ALLOW IN    92.197.176.0/24
[ 2] 5061/tcp                   ALLOW IN    92.197.176.0/24
[ 3] 7443/tcp                   ALLOW IN    Anywhere                   # WebRTC
[ 4] 10000:10060/udp            ALLOW IN    Anywhere
[ 5] 22/tcp                     LIMIT IN    Anywhere                   (log)
[ 6] Anywhere                   DENY IN     203.0.113.7
[ 7] 46.4.96.105 5060/udp       ALLOW IN    212.227.124.0/24
[ 8] OpenSSH                    ALLOW IN    Anywhere
[ 9] 5060/udp                   ALLOW IN    2001:8d8:104:100:212:227:124:128/125
[10] 7443/tcp (v6)              ALLOW IN    Anywhere (v6)
[11] Anywhere (v6)              REJECT IN   2001:db8::/32
[12] 53/udp                     ALLOW OUT   Anywhere                   (log, out)
[13] Anywhere on eth0           ALLOW IN    Anywhere
[14] 5060,5061/tcp              ALLOW IN    92.197.182.0/24
[15] Nginx Full (v6)            ALLOW IN    Anywhere (v6)
)"_s;

QString textWithBadLine(const QString &good, const QString &bad, int atLine)
{
    QStringList lines = good.split(u'\n');
    lines.insert(atLine - 1, bad);
    return lines.join(u'\n');
}

} // namespace

class TestUfwParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void documentedCommands()
    {
        const UfwParseResult r = UfwCommandParser::parse(kDocumentedRules);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.rules.size(), 11);
        const UfwRule &first = r.rules.at(0);
        QCOMPARE(first.action, UfwAction::Allow);
        QCOMPARE(first.protocol, UfwProtocol::Udp);
        QCOMPARE(first.family, AddressFamily::IPv4);
        QCOMPARE(Cidr::toString(*first.source), u"92.197.176.0/24"_s);
        QVERIFY(!first.destination);
        QCOMPARE(first.destinationPorts, PortSet::single(5060));
        QCOMPARE(first.line, 2);
        QCOMPARE(first.number, 1);

        const UfwRule &v6 = r.rules.at(6);
        QCOMPARE(v6.family, AddressFamily::IPv6);
        QCOMPARE(Cidr::toString(*v6.source), u"2001:8d8:104:100:212:227:124:128/125"_s);

        const UfwRule &wss = r.rules.at(8);
        QCOMPARE(wss.family, AddressFamily::Any); // ufw installs it for IPv4 and IPv6
        QVERIFY(!wss.source);
        QCOMPARE(wss.protocol, UfwProtocol::Tcp);
        QCOMPARE(wss.destinationPorts, PortSet::single(7443));

        const UfwRule &rtp = r.rules.at(10);
        QCOMPARE(rtp.destinationPorts, PortSet::range(16384, 16484));
        QCOMPARE(rtp.protocol, UfwProtocol::Udp);
        QCOMPARE(rtp.number, 11);
        QCOMPARE(rtp.line, 22);
    }

    void commandForms()
    {
        const UfwParseResult r
            = UfwCommandParser::parse(uR"(Added user rules (see 'ufw status' for running firewall):
ufw allow proto tcp from 92.197.176.0/24 to any port 5061 comment 'Plusnet TLS'
ufw limit 22/tcp
sudo ufw --dry-run allow in on eth0 to any port 5060 proto udp
ufw allow OpenSSH
ufw reject from 2001:db8::/32 to any port 5060
ufw allow 5060
ufw allow sip
ufw deny out 25/tcp
ufw allow log-all from 203.0.113.9 port 5060 to 46.4.96.105 port 5060 proto udp
ufw route allow from 10.0.0.0/8
ufw allow "Nginx Full"
ufw default deny incoming
ufw enable
)"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.rules.size(), 11);
        QCOMPARE(r.rules.at(0).comment, u"Plusnet TLS"_s);
        QCOMPARE(r.rules.at(0).protocol, UfwProtocol::Tcp);
        QCOMPARE(r.rules.at(1).action, UfwAction::Limit);
        QVERIFY(r.rules.at(1).allows());
        QCOMPARE(r.rules.at(2).interfaceIn, u"eth0"_s);
        QCOMPARE(r.rules.at(3).destinationApp, u"OpenSSH"_s);
        QCOMPARE(r.rules.at(3).destinationPorts, PortSet::single(22));
        QCOMPARE(r.rules.at(4).action, UfwAction::Reject);
        QCOMPARE(r.rules.at(4).family, AddressFamily::IPv6);
        QCOMPARE(r.rules.at(4).protocol, UfwProtocol::Any); // proto any: tcp and udp
        QCOMPARE(r.rules.at(5).protocol, UfwProtocol::Any);
        QCOMPARE(r.rules.at(6).destinationPorts, PortSet::single(5060)); // /etc/services
        QCOMPARE(r.rules.at(6).protocol, UfwProtocol::Any);
        QCOMPARE(r.rules.at(7).direction, UfwDirection::Out);
        QCOMPARE(r.rules.at(8).log, UfwLog::LogAll);
        QCOMPARE(r.rules.at(8).sourcePorts, PortSet::single(5060));
        QCOMPARE(Cidr::toString(*r.rules.at(8).destination), u"46.4.96.105/32"_s);
        QVERIFY(r.rules.at(9).routed);
        QCOMPARE(r.rules.at(10).destinationPorts, PortSet::fromRanges({{80, 80}, {443, 443}}));
        QCOMPARE(r.defaultIncoming, std::optional<UfwAction>(UfwAction::Deny));
        QCOMPARE(r.active, std::optional<bool>(true));
    }

    void insertPrependDelete()
    {
        const UfwParseResult r = UfwCommandParser::parse(uR"(ufw allow 7443/tcp
ufw allow 5060/udp
ufw insert 1 deny from 198.51.100.0/24
ufw prepend deny from 2001:db8:1::/48
ufw delete allow 5060/udp
ufw allow 10000:10060/udp
ufw delete 4
ufw allow 16384:16484/udp
)"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QStringList commands;
        for (const UfwRule &rule : r.rules)
            commands.append(UfwRenderer::command(rule));
        QCOMPARE(commands,
            (QStringList {u"ufw deny from 2001:db8:1::/48 to any"_s,
                u"ufw deny from 198.51.100.0/24 to any"_s, u"ufw allow 7443/tcp"_s,
                u"ufw allow 16384:16484/udp"_s}));
        QCOMPARE(r.rules.last().number, 4);
    }

    void commandErrors_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo in action") << u"ufw alow 5060/udp"_s << u"unknown action 'alow'"_s;
        QTest::newRow("prefix too long")
            << u"ufw allow from 92.197.176.0/33 to any port 5060 proto udp"_s
            << u"invalid address '92.197.176.0/33'"_s;
        QTest::newRow("range without protocol")
            << u"ufw allow 10000:10060"_s << u"port lists and ranges need 'tcp' or 'udp'"_s;
        QTest::newRow("mixed families")
            << u"ufw allow from 1.2.3.4 to 2001:db8::1"_s
            << u"source and destination are of different address families"_s;
        QTest::newRow("unknown protocol")
            << u"ufw allow 5060/udpp"_s << u"unknown protocol 'udpp'"_s;
        QTest::newRow("port without side")
            << u"ufw allow port 5060"_s << u"'port' needs 'from' or 'to' before it"_s;
        QTest::newRow("dangling to")
            << u"ufw allow from 1.2.3.4 to"_s << u"wrong number of arguments"_s;
        QTest::newRow("nothing to delete")
            << u"ufw delete allow 9999/tcp"_s << u"no rule matches 'ufw delete allow 9999/tcp'"_s;
        QTest::newRow("unterminated quote")
            << u"ufw allow 22/tcp comment 'ssh"_s << u"unterminated quote"_s;
        QTest::newRow("not ufw") << u"iptables -A INPUT -j ACCEPT"_s
                                 << u"not a ufw command: 'iptables -A INPUT -j ACCEPT'"_s;
        QTest::newRow("unknown keyword")
            << u"ufw allow from 1.2.3.4 sideways 5"_s << u"unknown keyword 'sideways'"_s;
        QTest::newRow("position zero")
            << u"ufw insert 0 allow 22/tcp"_s << u"invalid position '0'"_s;
        QTest::newRow("port too big") << u"ufw allow 70000/tcp"_s << u"invalid port '70000'"_s;
        QTest::newRow("reversed range")
            << u"ufw allow 10060:10000/udp"_s << u"invalid port '10060:10000'"_s;
        QTest::newRow("bad default")
            << u"ufw default open incoming"_s << u"invalid default policy 'open incoming'"_s;
        QTest::newRow("from twice")
            << u"ufw allow from 1.2.3.4 from 1.2.3.5"_s << u"'from' given twice"_s;
    }
    void commandErrors()
    {
        QFETCH(QString, bad);
        QFETCH(QString, message);
        // The bad line is line 5 of the documented rules; everything else still parses.
        const UfwParseResult r = UfwCommandParser::parse(textWithBadLine(kDocumentedRules, bad, 5));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 5);
        QCOMPARE(r.errors.first().message, message);
        QCOMPARE(r.errors.first().text(), u"line 5: "_s + message);
        QCOMPARE(r.rules.size(), 11);
    }

    void userRules()
    {
        const UfwParseResult r = UfwRulesFileParser::parse(kUserRules, AddressFamily::IPv4);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.rules.size(), 9);
        QCOMPARE(r.rules.at(0).line, 6);
        QCOMPARE(r.rules.at(0).family, AddressFamily::IPv4);
        QCOMPARE(Cidr::toString(*r.rules.at(0).source), u"92.197.176.0/24"_s);
        QCOMPARE(r.rules.at(1).comment, u"WebRTC"_s);
        QVERIFY(!r.rules.at(1).source);
        QCOMPARE(r.rules.at(2).action, UfwAction::Limit);
        QCOMPARE(r.rules.at(2).log, UfwLog::Log);
        QCOMPARE(r.rules.at(3).destinationPorts, PortSet::range(10000, 10060));
        QCOMPARE(r.rules.at(4).action, UfwAction::Deny);
        QCOMPARE(r.rules.at(4).protocol, UfwProtocol::Any);
        QCOMPARE(Cidr::toString(*r.rules.at(4).source), u"203.0.113.7/32"_s);
        QCOMPARE(r.rules.at(5).destinationApp, u"OpenSSH"_s);
        QVERIFY(r.rules.at(6).routed);
        QCOMPARE(r.rules.at(6).interfaceIn, u"eth1"_s);
        QCOMPARE(r.rules.at(6).interfaceOut, u"eth0"_s);
        QCOMPARE(r.rules.at(7).log, UfwLog::LogAll);
        QCOMPARE(r.rules.at(7).destinationPorts, PortSet::range(5060, 5061));
        QCOMPARE(Cidr::toString(*r.rules.at(7).destination), u"46.4.96.105/32"_s);
        QCOMPARE(r.rules.at(7).interfaceIn, u"eth0"_s);
        QCOMPARE(r.rules.at(8).direction, UfwDirection::Out);
        QCOMPARE(r.rules.at(8).sourcePorts, PortSet::single(5061));
    }

    // user.rules and user6.rules chosen together, in either order: IPv4 first.
    void pairRuleFiles()
    {
        const QString v4 = kUserRules;
        const QString v6 = u"*filter\n:ufw6-user-input - [0:0]\n### RULES ###\n\n"
                           "### tuple ### allow tcp 7443 ::/0 any ::/0 in\n"
                           "-A ufw6-user-input -p tcp --dport 7443 -j ACCEPT\n"
                           "### END RULES ###\nCOMMIT\n"_s;
        QCOMPARE(UfwParser::detectFormat(v6), UfwFormat::UserRules);
        using Pair = std::optional<std::pair<int, int>>;
        QCOMPARE(UfwParser::pairRuleFiles(u"user.rules"_s, v4, u"user6.rules"_s, v6), Pair({0, 1}));
        QCOMPARE(UfwParser::pairRuleFiles(u"user6.rules"_s, v6, u"user.rules"_s, v4), Pair({1, 0}));
        // Renamed copies: the ufw6- chains decide.
        QCOMPARE(UfwParser::pairRuleFiles(u"b.rules"_s, v6, u"a.rules"_s, v4), Pair({1, 0}));
        // Not two user.rules files: no pair.
        QCOMPARE(
            UfwParser::pairRuleFiles(u"user.rules"_s, v4, u"status.txt"_s, u"Status: active\n"_s),
            Pair());
    }

    void userRulesFamilies()
    {
        const QString v6
            = u"### tuple ### allow udp 5060 ::/0 any 2001:8d8:104:100:212:227:124:128/125 in\n"
              "### tuple ### allow tcp 7443 ::/0 any ::/0 in\n"_s;
        const UfwParseResult inferred = UfwRulesFileParser::parse(v6);
        QVERIFY(inferred.ok());
        QCOMPARE(inferred.rules.at(0).family, AddressFamily::IPv6);
        QCOMPARE(inferred.rules.at(1).family, AddressFamily::IPv6);

        const UfwParseResult both = UfwParser::parseRuleFiles(kUserRules, v6);
        QVERIFY(both.ok());
        QCOMPARE(both.rules.size(), 11);
        QCOMPARE(both.rules.at(9).number, 10);
        QCOMPARE(both.rules.at(9).family, AddressFamily::IPv6);

        const UfwParseResult wrongFile = UfwParser::parseRuleFiles(v6, QString());
        QCOMPARE(wrongFile.errors.size(), 2);
        QCOMPARE(wrongFile.errors.first().text(),
            u"user.rules, line 1: IPv6 address in an IPv4 rules file"_s);
        QCOMPARE(wrongFile.errors.last().text(),
            u"user.rules, line 2: IPv6 address in an IPv4 rules file"_s);
        const UfwParseResult wrongFile6 = UfwParser::parseRuleFiles(
            QString(), u"\n\n### tuple ### allow udp 5060 0.0.0.0/0 any 1.2.3.0/24 in"_s);
        QCOMPARE(wrongFile6.errors.first().text(),
            u"user6.rules, line 3: IPv4 address in an IPv6 rules file"_s);
    }

    void userRulesErrors_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo in action")
            << u"### tuple ### alow udp 5060 0.0.0.0/0 any 0.0.0.0/0 in"_s
            << u"unknown action 'alow'"_s;
        QTest::newRow("typo in log")
            << u"### tuple ### allow_lg udp 5060 0.0.0.0/0 any 0.0.0.0/0 in"_s
            << u"unknown log type 'lg'"_s;
        QTest::newRow("protocol") << u"### tuple ### allow udpp 5060 0.0.0.0/0 any 0.0.0.0/0 in"_s
                                  << u"unknown protocol 'udpp'"_s;
        QTest::newRow("reversed range")
            << u"### tuple ### allow udp 5061:5060 0.0.0.0/0 any 0.0.0.0/0 in"_s
            << u"invalid port '5061:5060'"_s;
        QTest::newRow("source port")
            << u"### tuple ### allow udp 5060 0.0.0.0/0 x 0.0.0.0/0 in"_s << u"invalid port 'x'"_s;
        QTest::newRow("address")
            << u"### tuple ### allow udp 5060 0.0.0.0/0 any 92.197.176.0/33 in"_s
            << u"invalid address '92.197.176.0/33'"_s;
        QTest::newRow("too few fields") << u"### tuple ### allow udp 5060 0.0.0.0/0 any"_s
                                        << u"malformed tuple: expected 6 to 9 fields, found 5"_s;
        QTest::newRow("too many fields")
            << u"### tuple ### allow udp 5060 0.0.0.0/0 any 0.0.0.0/0 a b c d"_s
            << u"malformed tuple: expected 6 to 9 fields, found 10"_s;
        QTest::newRow("direction")
            << u"### tuple ### allow udp 5060 0.0.0.0/0 any 0.0.0.0/0 sideways"_s
            << u"invalid direction 'sideways'"_s;
        QTest::newRow("comment")
            << u"### tuple ### allow udp 5060 0.0.0.0/0 any 0.0.0.0/0 in comment=xyz"_s
            << u"invalid comment 'xyz'"_s;
        QTest::newRow("families")
            << u"### tuple ### allow udp 5060 46.4.96.105 any 2001:db8::/32 in"_s
            << u"source and destination are of different address families"_s;
    }
    void userRulesErrors()
    {
        QFETCH(QString, bad);
        QFETCH(QString, message);
        const UfwParseResult r = UfwRulesFileParser::parse(textWithBadLine(kUserRules, bad, 12));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 12);
        QCOMPARE(r.errors.first().message, message);
        QCOMPARE(r.rules.size(), 9);
    }

    void statusNumbered()
    {
        const UfwParseResult r = UfwStatusParser::parse(kStatusNumbered);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.active, std::optional<bool>(true));
        QCOMPARE(r.rules.size(), 15);
        const UfwRule &first = r.rules.at(0);
        QCOMPARE(first.number, 1);
        QCOMPARE(first.line, 5);
        QCOMPARE(first.family, AddressFamily::IPv4);
        QCOMPARE(first.protocol, UfwProtocol::Udp);
        QCOMPARE(first.destinationPorts, PortSet::single(5060));
        QCOMPARE(Cidr::toString(*first.source), u"92.197.176.0/24"_s);
        QCOMPARE(r.rules.at(2).comment, u"WebRTC"_s);
        QVERIFY(!r.rules.at(2).source);
        QCOMPARE(r.rules.at(3).destinationPorts, PortSet::range(10000, 10060));
        QCOMPARE(r.rules.at(4).action, UfwAction::Limit);
        QCOMPARE(r.rules.at(4).log, UfwLog::Log);
        QCOMPARE(r.rules.at(5).action, UfwAction::Deny);
        QVERIFY(r.rules.at(5).destinationPorts.isAny());
        QCOMPARE(r.rules.at(5).protocol, UfwProtocol::Any);
        QCOMPARE(Cidr::toString(*r.rules.at(6).destination), u"46.4.96.105/32"_s);
        QCOMPARE(r.rules.at(6).destinationPorts, PortSet::single(5060));
        QCOMPARE(r.rules.at(7).destinationApp, u"OpenSSH"_s);
        QCOMPARE(r.rules.at(7).destinationPorts, PortSet::single(22));
        // An IPv6 source makes a row IPv6 even without "(v6)".
        QCOMPARE(r.rules.at(8).family, AddressFamily::IPv6);
        QCOMPARE(r.rules.at(9).family, AddressFamily::IPv6);
        QVERIFY(!r.rules.at(9).source);
        QCOMPARE(r.rules.at(10).action, UfwAction::Reject);
        QCOMPARE(r.rules.at(10).family, AddressFamily::IPv6);
        QCOMPARE(r.rules.at(11).direction, UfwDirection::Out);
        QCOMPARE(r.rules.at(11).log, UfwLog::Log);
        QCOMPARE(r.rules.at(12).interfaceIn, u"eth0"_s);
        QCOMPARE(r.rules.at(13).destinationPorts, PortSet::range(5060, 5061));
        QCOMPARE(r.rules.at(13).protocol, UfwProtocol::Tcp);
        QCOMPARE(r.rules.at(14).destinationApp, u"Nginx Full"_s);
        QCOMPARE(r.rules.at(14).family, AddressFamily::IPv6);
    }

    void statusPlainRows()
    {
        const UfwParseResult r = UfwStatusParser::parse(uR"(Status: active
Logging: on (low)
Default: deny (incoming), allow (outgoing), disabled (routed)
New profiles: skip

To                         Action      From
--                         ------      ----
7443/tcp ALLOW IN Anywhere
10000:10060/udp            ALLOW       Anywhere
5060/udp                   ALLOW       92.197.176.0/24
7443/tcp (v6)              ALLOW       Anywhere (v6)
)"_s);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.defaultIncoming, std::optional<UfwAction>(UfwAction::Deny));
        QCOMPARE(r.rules.size(), 4);
        QCOMPARE(r.rules.at(0).destinationPorts, PortSet::single(7443));
        QCOMPARE(r.rules.at(0).number, 1);
        QCOMPARE(r.rules.at(1).destinationPorts, PortSet::range(10000, 10060));
        QCOMPARE(r.rules.at(3).family, AddressFamily::IPv6);
        QCOMPARE(
            UfwStatusParser::parse(u"Status: inactive\n"_s).active, std::optional<bool>(false));
    }

    void statusErrors_data()
    {
        QTest::addColumn<QString>("bad");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo in action") << u"[16] 5060/udp                   ALOW IN    Anywhere"_s
                                        << u"unknown action 'ALOW'"_s;
        QTest::newRow("protocol") << u"[16] 5060/udpp                  ALLOW IN    Anywhere"_s
                                  << u"invalid port '5060/udpp'"_s;
        QTest::newRow("address") << u"[16] 5060/udp                   ALLOW IN    92.197.176.0/33"_s
                                 << u"invalid address '92.197.176.0/33'"_s;
        QTest::newRow("port") << u"[16] 70000/udp                  ALLOW IN    Anywhere"_s
                              << u"invalid port '70000'"_s;
        QTest::newRow("no action") << u"[16] something else entirely"_s
                                   << u"not a ufw status row: '[16] something else entirely'"_s;
        QTest::newRow("status") << u"Status: confused"_s << u"unknown status 'confused'"_s;
        QTest::newRow("families") << u"[16] 46.4.96.105 5060/udp ALLOW IN 2001:db8::/32"_s
                                  << u"source and destination are of different address families"_s;
    }
    void statusErrors()
    {
        QFETCH(QString, bad);
        QFETCH(QString, message);
        const UfwParseResult r = UfwStatusParser::parse(textWithBadLine(kStatusNumbered, bad, 12));
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().line, 12);
        QCOMPARE(r.errors.first().message, message);
        QCOMPARE(r.rules.size(), 15);
    }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("format");
        QTest::newRow("user.rules") << kUserRules << int(UfwFormat::UserRules);
        QTest::newRow("status") << kStatusNumbered << int(UfwFormat::Status);
        QTest::newRow("status row only")
            << u"7443/tcp ALLOW IN Anywhere"_s << int(UfwFormat::Status);
        QTest::newRow("commands") << kDocumentedRules << int(UfwFormat::Commands);
        QTest::newRow("defaults") << u"# /etc/default/ufw\nIPV6=yes\n"_s
                                  << int(UfwFormat::Defaults);
    }
    void detectFormat()
    {
        QFETCH(QString, text);
        QFETCH(int, format);
        QCOMPARE(int(UfwParser::detectFormat(text)), format);
        QCOMPARE(int(UfwParser::parse(text).format), format);
    }

    void defaults()
    {
        const UfwParseResult r = UfwParser::parseDefaults(
            u"# comment\nIPV6=no\nDEFAULT_INPUT_POLICY=\"DROP\"\nIPT_SYSCTL=/etc/ufw/sysctl.conf\n"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.ipv6Enabled, std::optional<bool>(false));
        QCOMPARE(r.defaultIncoming, std::optional<UfwAction>(UfwAction::Deny));
        const UfwParseResult bad = UfwParser::parseDefaults(u"IPV6=yes\n\nIPV6=maybe\n"_s);
        QCOMPARE(bad.errors.size(), 1);
        QCOMPARE(bad.errors.first().text(), u"line 3: IPV6 must be yes or no, not 'maybe'"_s);
    }

    void renderCommandsLikeUfwShowAdded()
    {
        const UfwParseResult r = UfwCommandParser::parse(kDocumentedRules);
        QStringList expected;
        for (const QString &line : kDocumentedRules.split(u'\n')) {
            if (line.startsWith(u"ufw "))
                expected.append(line);
        }
        QStringList rendered;
        for (const UfwRule &rule : r.rules)
            rendered.append(UfwRenderer::command(rule));
        QCOMPARE(rendered, expected);
    }

    void renderTuples()
    {
        const UfwParseResult r = UfwCommandParser::parse(kDocumentedRules);
        QCOMPARE(UfwRenderer::tupleLine(r.rules.at(0), AddressFamily::IPv4),
            u"### tuple ### allow udp 5060 0.0.0.0/0 any 92.197.176.0/24 in"_s);
        QCOMPARE(UfwRenderer::tupleLine(r.rules.at(8), AddressFamily::IPv6),
            u"### tuple ### allow tcp 7443 ::/0 any ::/0 in"_s);
        const QString file = UfwRenderer::rulesFile(r.rules, AddressFamily::IPv4);
        QVERIFY(file.contains(
            u"-A ufw-user-input -p udp --dport 5060 -s 92.197.176.0/24 -j ACCEPT\n"_s));
        QVERIFY(file.contains(
            u"-A ufw-user-input -p udp -m multiport --dports 10000:10060 -j ACCEPT\n"_s));
        QVERIFY(!file.contains(u"2001:8d8"_s));
        QVERIFY(file.endsWith(u"COMMIT\n"_s));
        const QString file6 = UfwRenderer::rulesFile(r.rules, AddressFamily::IPv6);
        QVERIFY(file6.contains(
            u"-A ufw6-user-input -p udp --dport 5060 -s 2001:8d8:104:100:212:227:124:128/125 -j ACCEPT\n"_s));
        QVERIFY(!file6.contains(u"92.197.176.0"_s));
    }

    // commands -> user.rules + user6.rules -> parsed again: the same rules, each in its file.
    void roundTripThroughRuleFiles()
    {
        const UfwParseResult commands
            = UfwCommandParser::parse(uR"(ufw allow from 92.197.176.0/24 to any port 5060 proto udp
ufw limit log 22/tcp comment 'ssh, rate limited'
ufw deny from 203.0.113.0/24
ufw reject proto tcp from 2001:db8::/32 to any port 5061
ufw allow in on eth0 to 46.4.96.105 port 5060,5080 proto udp
ufw allow OpenSSH
ufw allow 10000:10060/udp
)"_s);
        QVERIFY2(commands.ok(), qPrintable(commands.errorString()));
        const UfwParseResult files
            = UfwParser::parseRuleFiles(UfwRenderer::rulesFile(commands.rules, AddressFamily::IPv4),
                UfwRenderer::rulesFile(commands.rules, AddressFamily::IPv6));
        QVERIFY2(files.ok(), qPrintable(files.errorString()));
        QList<UfwRule> expected;
        for (const AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
            for (UfwRule rule : commands.rules) {
                if (!rule.appliesTo(family))
                    continue;
                rule.family = family;
                expected.append(rule);
            }
        }
        QCOMPARE(files.rules.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QVERIFY2(
                files.rules.at(i).sameRule(expected.at(i)), qPrintable(files.rules.at(i).text));
            QCOMPARE(files.rules.at(i).comment, expected.at(i).comment);
        }
    }

    void roundTripThroughCommands()
    {
        const UfwParseResult status = UfwStatusParser::parse(kStatusNumbered);
        QStringList lines;
        for (const UfwRule &rule : status.rules) {
            if (rule.portsKnown)
                lines.append(UfwRenderer::command(rule));
        }
        const UfwParseResult again = UfwCommandParser::parse(lines.join(u'\n'));
        QVERIFY2(again.ok(), qPrintable(again.errorString()));
        QCOMPARE(again.rules.size(), lines.size());
    }
};

QTEST_GUILESS_MAIN(TestUfwParser)
#include "tst_ufwparser.moc"
