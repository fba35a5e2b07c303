#include "coverage/AclEvaluator.h"
#include "coverage/AclParser.h"

#include <QFile>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

namespace {

const QString kAclConf = uR"(<configuration name="acl.conf" description="Network Lists">
  <network-lists>
    <list name="sip-gateways" default="deny">
      <node type="allow" cidr="92.197.176.0/24"/>
      <node type="allow" cidr="92.197.177.0/24,92.197.182.0/24"/>
      <node type="allow" cidr="2001:8d8:104:100:212:227:124:128/125"/>
      <node type="allow" host="212.227.124.0" mask="255.255.255.0"/>
      <node type="deny" cidr="92.197.176.66/32"/>
      <node type="allow" cidr="198.51.100.0/24" port="5060"/>
      <node type="allow" cidr="198.51.101.0/24" ports="5060,5080"/>
      <node type="allow" cidr="198.51.102.0/24" port-min="5060" port-max="5080"/>
    </list>
    <list name="domains" default="deny">
      <node type="allow" domain="$${domain}"/>
    </list>
    <list name="open">
      <node type="deny" cidr="203.0.113.0/24"/>
    </list>
  </network-lists>
</configuration>
)"_s;

QString withBadNode(const QString &node)
{
    QStringList lines = kAclConf.split(u'\n');
    lines.insert(5, u"      "_s + node); // becomes line 6
    return lines.join(u'\n');
}

} // namespace

class TestAclParser final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesEveryNodeForm()
    {
        const AclParseResult r = AclParser::parse(kAclConf);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.lists.size(), 3);
        const AclList *gateways = r.find(u"sip-gateways"_s);
        QVERIFY(gateways);
        QCOMPARE(gateways->defaultPolicy, std::optional<AclPolicy>(AclPolicy::Deny));
        QCOMPARE(gateways->line, 3);
        QCOMPARE(gateways->nodes.size(), 9);
        QCOMPARE(Cidr::toString(*gateways->nodes.at(1).subnet), u"92.197.177.0/24"_s);
        QCOMPARE(Cidr::toString(*gateways->nodes.at(2).subnet), u"92.197.182.0/24"_s);
        QCOMPARE(gateways->nodes.at(2).line, 5);
        QCOMPARE(Cidr::toString(*gateways->nodes.at(4).subnet), u"212.227.124.0/24"_s);
        QCOMPARE(gateways->nodes.at(5).type, AclPolicy::Deny);
        QCOMPARE(gateways->nodes.at(6).ports, PortSet::single(5060));
        QCOMPARE(gateways->nodes.at(7).ports, PortSet::fromRanges({{5060, 5060}, {5080, 5080}}));
        QCOMPARE(gateways->nodes.at(8).ports, PortSet::range(5060, 5080));

        const AclList *domains = r.find(u"domains"_s);
        QCOMPARE(domains->nodes.size(), 1);
        QVERIFY(!domains->nodes.first().subnet);
        QCOMPARE(domains->nodes.first().domain, u"$${domain}"_s);

        const AclList *open = r.find(u"open"_s);
        QVERIFY(!open->defaultPolicy);
        QCOMPARE(open->effectiveDefault(), AclPolicy::Allow); // a list without default allows all
    }

    // What `api xml_locate configuration configuration name acl.conf` answered on a real
    // FreeSWITCH 1.10 (capture 01).
    void parsesTheCapturedXmlLocateOutput()
    {
        QFile f(QStringLiteral(XYNAP_TEST_DATA "/captures/01_esl_commands.recv.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString recv = QString::fromUtf8(f.readAll());
        const qsizetype begin = recv.indexOf(u"<configuration name=\"acl.conf\""_s);
        const qsizetype end = recv.indexOf(u"</configuration>"_s, begin);
        QVERIFY(begin >= 0 && end > begin);
        const AclParseResult r = AclParser::parse(recv.mid(begin, end - begin + 16));
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.lists.size(), 2);
        QCOMPARE(r.lists.at(0).name, u"providers"_s);
        QCOMPARE(r.lists.at(0).nodes.size(), 2);
        QCOMPARE(Cidr::toString(*r.lists.at(0).nodes.at(1).subnet), u"::1/128"_s);
        QCOMPARE(r.lists.at(1).name, u"esl_only_127_0_0_1"_s);
    }

    void acceptsTheDocumentWrapper()
    {
        const QString document = u"<?xml version=\"1.0\"?>\n<document type=\"freeswitch/xml\">"
                                 "<section name=\"configuration\">"_s
            + kAclConf + u"</section></document>"_s;
        const AclParseResult r = AclParser::parse(document);
        QVERIFY2(r.ok(), qPrintable(r.errorString()));
        QCOMPARE(r.lists.size(), 3);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("node");
        QTest::addColumn<QString>("message");
        QTest::newRow("typo in type")
            << u"<node type=\"alow\" cidr=\"1.2.3.0/24\"/>"_s << u"unknown node type 'alow'"_s;
        QTest::newRow("cidr without prefix")
            << u"<node type=\"allow\" cidr=\"1.2.3.4\"/>"_s << u"invalid CIDR '1.2.3.4'"_s;
        QTest::newRow("prefix too long")
            << u"<node type=\"allow\" cidr=\"1.2.3.0/33\"/>"_s << u"invalid CIDR '1.2.3.0/33'"_s;
        QTest::newRow("bad mask")
            << u"<node type=\"allow\" host=\"1.2.3.0\" mask=\"255.0.255.0\"/>"_s
            << u"invalid host/mask '1.2.3.0/255.0.255.0'"_s;
        QTest::newRow("host without mask") << u"<node type=\"allow\" host=\"1.2.3.0\"/>"_s
                                           << u"host and mask must be given together"_s;
        QTest::newRow("nothing") << u"<node type=\"allow\"/>"_s
                                 << u"node without cidr, host/mask or domain"_s;
        QTest::newRow("port") << u"<node type=\"allow\" cidr=\"1.2.3.0/24\" port=\"70000\"/>"_s
                              << u"invalid port '70000'"_s;
        QTest::newRow("port range")
            << u"<node type=\"allow\" cidr=\"1.2.3.0/24\" port-min=\"6000\" port-max=\"5000\"/>"_s
            << u"invalid port '6000-5000'"_s;
        QTest::newRow("broken xml") << u"<node type=\"allow\" cidr=\"1.2.3.0/24\">"_s
                                    << u"invalid XML: Opening and ending tag mismatch."_s;
    }
    void errors()
    {
        QFETCH(QString, node);
        QFETCH(QString, message);
        const AclParseResult r = AclParser::parse(withBadNode(node));
        QVERIFY(!r.errors.isEmpty());
        if (message.startsWith(u"invalid XML"))
            QCOMPARE(
                r.errors.first().line, 13); // the </list> where the reader notices the mismatch
        else
            QCOMPARE(r.errors.first().line, 6);
        QCOMPARE(r.errors.first().message, message);
    }

    void listErrors()
    {
        const AclParseResult r = AclParser::parse(uR"(<configuration name="acl.conf"><network-lists>
<list name="a" default="deny"/>
<list default="deny"/>
<list name="b" default="alow"/>
<list name="a" default="allow"/>
</network-lists></configuration>)"_s);
        QCOMPARE(r.errors.size(), 3);
        QCOMPARE(r.errors.at(0).text(), u"line 3: list without a name (FreeSWITCH skips it)"_s);
        QCOMPARE(r.errors.at(1).text(),
            u"line 4: unknown default 'alow' (FreeSWITCH treats it as deny)"_s);
        QCOMPARE(r.errors.at(2).text(),
            u"line 5: list 'a' is defined twice; FreeSWITCH uses the last one"_s);
        QCOMPARE(r.find(u"a"_s)->defaultPolicy, std::optional<AclPolicy>(AclPolicy::Allow));
        QCOMPARE(r.find(u"b"_s)->defaultPolicy, std::optional<AclPolicy>(AclPolicy::Deny));
    }

    void notAnAclDocument_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << u"line 1: invalid XML: Premature end of document."_s;
        QTest::newRow("other configuration")
            << u"<configuration name=\"switch.conf\"><settings/></configuration>"_s
            << u"line 1: no acl.conf network lists found"_s;
        QTest::newRow("esl error")
            << u"-ERR xml_locate Command not found!\n"_s
            << u"line 1: FreeSWITCH answered '-ERR xml_locate Command not found!'"_s;
    }
    void notAnAclDocument()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        const AclParseResult r = AclParser::parse(text);
        QCOMPARE(r.errorString(), error);
    }

    // Longest prefix wins, then the first node in the file; no match: the default.
    void decisions_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<int>("node");
        QTest::newRow("plusnet") << u"92.197.176.16"_s << true << 0;
        QTest::newRow("more specific deny") << u"92.197.176.66"_s << false << 5;
        QTest::newRow("second block of a list") << u"92.197.182.1"_s << true << 2;
        QTest::newRow("host and mask") << u"212.227.124.129"_s << true << 4;
        QTest::newRow("1&1 ::12f") << u"2001:8d8:104:100:212:227:124:12f"_s << true << 3;
        QTest::newRow("1&1 ::130") << u"2001:8d8:104:100:212:227:124:130"_s << false << -1;
        QTest::newRow("elsewhere") << u"8.8.8.8"_s << false << -1;
    }
    void decisions()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        QFETCH(int, node);
        const AclParseResult r = AclParser::parse(kAclConf);
        const auto [ok, decidingNode]
            = AclEvaluator::decide(*r.find(u"sip-gateways"_s), QHostAddress(address));
        QCOMPARE(ok, allowed);
        QCOMPARE(decidingNode, node);
    }

    void equalPrefixesFirstNodeWins()
    {
        const AclParseResult r = AclParser::parse(uR"(<configuration name="acl.conf"><network-lists>
<list name="l" default="allow">
  <node type="deny" cidr="10.0.0.0/8"/>
  <node type="allow" cidr="10.0.0.0/8"/>
</list></network-lists></configuration>)"_s);
        QVERIFY(r.ok());
        QCOMPARE(AclEvaluator::decide(r.lists.first(), QHostAddress(u"10.1.2.3"_s)),
            std::make_pair(false, 0));
    }
};

QTEST_GUILESS_MAIN(TestAclParser)
#include "tst_aclparser.moc"
