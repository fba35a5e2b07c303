#include "DocumentedRules.h"
#include "coverage/AclParser.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwCommandParser.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "coverage/UfwStatusParser.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::coverage;

namespace {

// The firewall rules of the provider documentation (provider-configuration.txt), verbatim.
const QString kDocumentedRules = xynap::test::documentedUfwRules();

// "FreeSWITCH uses its own ACL sip-gateways with default deny": the documentation names no
// nodes; these are the ranges UFW allows for SIP (as the sandbox's demo platform has them).
const QString kSipGateways = xynap::test::documentedSipGatewaysAcl(true);

// The two Sofia profiles of the documentation. It gives no RTP range; 16384-16484 is what the
// opened UFW range and the sandbox's demo platform use.
QList<SofiaProfile> documentedProfiles(int rtpStart = 16384, int rtpEnd = 16484)
{
    SofiaProfile external;
    external.name = u"external-ipv4"_s;
    external.sipIp = u"46.4.96.105"_s;
    external.extSipIp = external.sipIp;
    external.extRtpIp = external.sipIp;
    external.applyInboundAcl = u"sip-gateways"_s;
    external.rtpStartPort = rtpStart;
    external.rtpEndPort = rtpEnd;
    SofiaProfile internal;
    internal.name = u"internal"_s;
    internal.sipIp = u"::"_s;
    internal.extSipIp = u"2a01:4f8:140:829d::2"_s;
    internal.extRtpIp = internal.extSipIp;
    internal.tlsSipPort = 5061;
    internal.wssBinding = u":7443"_s;
    internal.applyInboundAcl = u"sip-gateways"_s;
    internal.rtpStartPort = rtpStart;
    internal.rtpEndPort = rtpEnd;
    return {external, internal};
}

CoverageInput input(const QString &ufwText = kDocumentedRules,
    const QString &aclText = kSipGateways,
    const QList<SofiaProfile> &profiles = documentedProfiles())
{
    CoverageInput in;
    in.profiles = profiles;
    in.targets = CoverageTarget::fromCatalog(ProviderCatalog::builtIn(), profiles);
    const UfwParseResult ufw = UfwParser::parse(ufwText);
    if (!ufw.ok())
        qWarning("%s", qPrintable(ufw.errorString()));
    in.ufw = UfwConfiguration::from(ufw);
    const AclParseResult acl = AclParser::parse(aclText);
    if (!acl.ok())
        qWarning("%s", qPrintable(acl.errorString()));
    in.acl = acl.lists;
    return in;
}

int targetIndex(const CoverageInput &in, const QString &label)
{
    for (int i = 0; i < in.targets.size(); ++i) {
        if (in.targets.at(i).label == label)
            return i;
    }
    return -1;
}

QString without(const QString &text, const QString &line)
{
    QString out = text;
    out.replace(line + u'\n', QString());
    return out;
}

QStringList ids(const QList<CoverageFinding> &findings)
{
    QStringList out;
    for (const CoverageFinding &f : findings)
        out.append(f.id);
    return out;
}

QStringList idsAtLeast(const CoverageReport &report, FindingSeverity severity)
{
    QStringList out;
    for (const CoverageFinding &f : report.findings) {
        if (f.severity >= severity)
            out.append(f.id + u": "_s + f.message);
    }
    return out;
}

// A target that is just one address, for boundary tests.
CoverageInput singleAddress(const QString &address, const QString &ufwText = kDocumentedRules)
{
    CoverageInput in = input(ufwText);
    CoverageTarget t;
    t.provider = u"test"_s;
    t.range = *Cidr::parse(address);
    t.label = address;
    t.services = {CoverageService::sipUdp()};
    in.targets = {t};
    return in;
}

} // namespace

class TestCoverageAnalyzer final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void targetsFromTheCatalog()
    {
        const CoverageInput in = input();
        QStringList labels;
        for (const CoverageTarget &t : in.targets)
            labels.append(t.label);
        // Plusnet: three /24 with sip-udp, sip-tls and rtp; 1&1: the /125 and the IPv4 /24; and
        // the proxies and host addresses of both.
        QVERIFY(labels.contains(u"92.197.176.0/24"_s));
        QVERIFY(labels.contains(u"2001:8d8:104:100:212:227:124:128/125"_s));
        QVERIFY(labels.contains(u"outbound-proxy 92.197.176.16"_s));
        QVERIFY(labels.contains(u"outbound-proxy 2001:8d8:104:100:212:227:124:129"_s));
        QVERIFY(labels.contains(u"sip.plusnet.de 92.197.182.16"_s));
        const CoverageTarget &plusnet = in.targets.at(targetIndex(in, u"92.197.176.0/24"_s));
        QCOMPARE(plusnet.services.size(), 3);
        QCOMPARE(plusnet.services.at(2), CoverageService::rtp(PortSet::range(16384, 16484)));
    }

    // provider-configuration.txt as documented: both providers fully covered; what is open to
    // everyone is RTP and, as documented, WebRTC, both reported as information only.
    void documentedRulesCoverBothProviders()
    {
        const CoverageInput in = input();
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        QVERIFY(!report.services.isEmpty());
        for (const ServiceCoverage &sc : report.services) {
            QVERIFY2(sc.status == CoverageStatus::Covered,
                qPrintable(in.targets.at(sc.target).label + u' ' + sc.service.id));
            QVERIFY(sc.fixes.isEmpty());
        }
        for (const AclCoverage &acl : report.acl)
            QCOMPARE(acl.status, AclStatus::Allowed);
        QCOMPARE(report.acl.size(), in.targets.size());

        QCOMPARE(idsAtLeast(report, FindingSeverity::Warning), QStringList());
        QStringList openToAll;
        for (const CoverageFinding &f : report.findings) {
            if (f.id.endsWith(u"OPEN-TO-ANY"))
                openToAll.append(f.id);
        }
        openToAll.sort();
        QCOMPARE(
            openToAll, (QStringList {u"XY-UFW-RTP-OPEN-TO-ANY"_s, u"XY-UFW-WSS-OPEN-TO-ANY"_s}));
        const CoverageFinding rtp = report.findingsWithId(u"XY-UFW-RTP-OPEN-TO-ANY"_s).first();
        QCOMPARE(rtp.severity, FindingSeverity::Info);
        QCOMPARE(rtp.rules, (QList<int> {9, 10}));
        QCOMPARE(rtp.message,
            u"UFW opens the RTP ports 10000:10060,16384:16484/udp to every address (rules 10, 11), as documented."_s);
        const CoverageFinding wss = report.findingsWithId(u"XY-UFW-WSS-OPEN-TO-ANY"_s).first();
        QCOMPARE(wss.severity, FindingSeverity::Info);
        QCOMPARE(wss.rules, QList<int> {8});
        QVERIFY(report.findingsWithId(u"XY-UFW-SIP-OPEN-TO-ANY"_s).isEmpty());
        QVERIFY(report.ufwFixes.isEmpty());
        QVERIFY(report.aclFixes.isEmpty());
        QVERIFY(!report.hasErrors());

        // Which rule covers what.
        const ServiceCoverage *plusnetUdp
            = report.service(targetIndex(in, u"92.197.177.0/24"_s), u"sip-udp"_s);
        QCOMPARE(plusnetUdp->coveringRules, QList<int> {1});
        const ServiceCoverage *plusnetTls
            = report.service(targetIndex(in, u"92.197.182.0/24"_s), u"sip-tls"_s);
        QCOMPARE(plusnetTls->coveringRules, QList<int> {5});
        const ServiceCoverage *oneAndOne = report.service(
            targetIndex(in, u"2001:8d8:104:100:212:227:124:128/125"_s), u"sip-udp"_s);
        QCOMPARE(oneAndOne->coveringRules, QList<int> {6});
        const ServiceCoverage *media
            = report.service(targetIndex(in, u"212.227.124.0/24"_s), u"rtp"_s);
        QCOMPARE(media->coveringRules, QList<int> {10});
        const AclCoverage *acl
            = report.aclFor(targetIndex(in, u"outbound-proxy 2001:8d8:104:100:212:227:124:129"_s));
        QCOMPARE(acl->decisions.size(), 1);
        QCOMPARE(acl->decisions.first().node, 3);
    }

    void theSameRulesInEveryUfwForm()
    {
        const CoverageReport fromCommands = CoverageAnalyzer::analyze(input());
        const UfwParseResult commands = UfwCommandParser::parse(kDocumentedRules);
        const QString userRules = UfwRenderer::rulesFile(commands.rules, AddressFamily::IPv4);
        const QString user6Rules = UfwRenderer::rulesFile(commands.rules, AddressFamily::IPv6);
        CoverageInput fromFiles = input();
        fromFiles.ufw = UfwConfiguration::from(UfwParser::parseRuleFiles(userRules, user6Rules));
        const CoverageInput fromStatus = input(uR"(Status: active

     To                         Action      From
     --                         ------      ----
[ 1] 5060/udp                   ALLOW IN    92.197.176.0/24
[ 2] 5060/udp                   ALLOW IN    92.197.177.0/24
[ 3] 5060/udp                   ALLOW IN    92.197.182.0/24
[ 4] 5061/tcp                   ALLOW IN    92.197.176.0/24
[ 5] 5061/tcp                   ALLOW IN    92.197.177.0/24
[ 6] 5061/tcp                   ALLOW IN    92.197.182.0/24
[ 7] 5060/udp                   ALLOW IN    212.227.124.0/24
[ 8] 7443/tcp                   ALLOW IN    Anywhere
[ 9] 10000:10060/udp            ALLOW IN    Anywhere
[10] 16384:16484/udp            ALLOW IN    Anywhere
[11] 5060/udp                   ALLOW IN    2001:8d8:104:100:212:227:124:128/125
[12] 7443/tcp (v6)              ALLOW IN    Anywhere (v6)
[13] 10000:10060/udp (v6)       ALLOW IN    Anywhere (v6)
[14] 16384:16484/udp (v6)       ALLOW IN    Anywhere (v6)
)"_s);
        for (const CoverageReport &report :
            {CoverageAnalyzer::analyze(fromFiles), CoverageAnalyzer::analyze(fromStatus)}) {
            QCOMPARE(report.services.size(), fromCommands.services.size());
            for (qsizetype i = 0; i < report.services.size(); ++i)
                QCOMPARE(report.services.at(i).status, fromCommands.services.at(i).status);
            QStringList a = ids(report.findings);
            QStringList b = ids(fromCommands.findings);
            a.removeDuplicates();
            b.removeDuplicates();
            a.sort();
            b.sort();
            QCOMPARE(a, b);
        }
    }

    void deletedRuleShowsTheGapAndTheFix()
    {
        const QString rule = u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp"_s;
        const CoverageInput in = input(without(kDocumentedRules, rule));
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *sc
            = report.service(targetIndex(in, u"92.197.177.0/24"_s), u"sip-udp"_s);
        QCOMPARE(sc->status, CoverageStatus::NotCovered);
        QCOMPARE(sc->gaps.size(), 1);
        QCOMPARE(Cidr::toString(sc->gaps.first().block), u"92.197.177.0/24"_s);
        QCOMPARE(sc->fixes, QStringList {rule});
        // The range's TLS is still covered.
        QCOMPARE(report.service(targetIndex(in, u"92.197.177.0/24"_s), u"sip-tls"_s)->status,
            CoverageStatus::Covered);
        // The proxy address in that range is not covered either, but is not reported twice.
        QCOMPARE(report.service(targetIndex(in, u"sip.plusnet.de 92.197.177.16"_s), u"sip-udp"_s)
                     ->status,
            CoverageStatus::NotCovered);
        const QList<CoverageFinding> findings
            = report.findingsWithId(u"XY-UFW-RANGE-NOT-COVERED"_s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().severity, FindingSeverity::Error);
        QCOMPARE(findings.first().fixes, QStringList {rule});
        QCOMPARE(findings.first().message,
            u"UFW does not allow sip-udp (5060/udp) from 92.197.177.0/24 [plusnet]."_s);
        QVERIFY(!findings.first().why.isEmpty());
        QCOMPARE(report.ufwFixes, QStringList {rule});
        QCOMPARE(idsAtLeast(report, FindingSeverity::Warning).size(), 1);
    }

    void sipOpenToAnywhere_data()
    {
        QTest::addColumn<QString>("added");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<QString>("ports");
        QTest::newRow("5060/udp") << u"ufw allow 5060/udp"_s << true << u"5060/udp"_s;
        QTest::newRow("proto any") << u"ufw allow 5060"_s << true << u"5060/udp, 5060/tcp"_s;
        QTest::newRow("TLS") << u"ufw allow from any to any port 5061 proto tcp"_s << true
                             << u"5061/tcp"_s;
        QTest::newRow("range over SIP")
            << u"ufw allow 5000:6000/udp"_s << true << u"5060:5061/udp"_s;
        QTest::newRow("everything")
            << u"ufw allow from any"_s << true << u"5060:5061/udp, 5060:5061/tcp"_s;
        QTest::newRow("IPv4 anywhere")
            << u"ufw allow from 0.0.0.0/0 to any port 5060 proto udp"_s << true << u"5060/udp"_s;
        QTest::newRow("IPv6 anywhere")
            << u"ufw allow from ::/0 to any port 5060 proto udp"_s << true << u"5060/udp"_s;
        QTest::newRow("limit") << u"ufw limit 5060/udp"_s << true << u"5060/udp"_s;
        QTest::newRow("other port") << u"ufw allow 22/tcp"_s << false << QString();
        QTest::newRow("provider only")
            << u"ufw allow from 92.197.183.0/24 to any port 5060 proto udp"_s << false << QString();
        QTest::newRow("deny") << u"ufw deny 5060/udp"_s << false << QString();
        QTest::newRow("outgoing") << u"ufw allow out 5060/udp"_s << false << QString();
    }
    void sipOpenToAnywhere()
    {
        QFETCH(QString, added);
        QFETCH(bool, flagged);
        QFETCH(QString, ports);
        const CoverageReport report
            = CoverageAnalyzer::analyze(input(kDocumentedRules + added + u'\n'));
        const QList<CoverageFinding> open = report.findingsWithId(u"XY-UFW-SIP-OPEN-TO-ANY"_s);
        QCOMPARE(open.size(), flagged ? 1 : 0);
        if (!flagged)
            return;
        QCOMPARE(open.first().severity, FindingSeverity::Error);
        QCOMPARE(open.first().rules, QList<int> {11});
        QCOMPARE(open.first().message,
            u"UFW rule 12 (%1) opens SIP port %2 to every address."_s.arg(added, ports));
        QCOMPARE(open.first().fixes.size(), 1);
        QVERIFY(open.first().fixes.first().startsWith(u"ufw delete "_s));
        // The providers are still covered: this is about everyone else.
        for (const ServiceCoverage &sc : report.services)
            QCOMPARE(sc.status, CoverageStatus::Covered);
    }

    void sipOpenButDeniedFirst()
    {
        const CoverageReport report = CoverageAnalyzer::analyze(
            input(u"ufw deny 5060/udp\n"_s + kDocumentedRules + u"ufw allow 5060/udp\n"_s));
        QVERIFY(report.findingsWithId(u"XY-UFW-SIP-OPEN-TO-ANY"_s).isEmpty());
        QCOMPARE(report.findingsWithId(u"XY-UFW-SIP-OPEN-TO-ANY"_s).size(), 0);
        // ... but the deny shadows the providers' own rules.
        QVERIFY(!report.findingsWithId(u"XY-UFW-RANGE-SHADOWED"_s).isEmpty());
    }

    // The 1&1 /125 is hexadecimal: …:128 to …:12f.
    void hexadecimalBoundaries_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("status");
        QTest::newRow("::128 first")
            << u"2001:8d8:104:100:212:227:124:128"_s << int(CoverageStatus::Covered);
        QTest::newRow("::129 proxy")
            << u"2001:8d8:104:100:212:227:124:129"_s << int(CoverageStatus::Covered);
        QTest::newRow("::12f last")
            << u"2001:8d8:104:100:212:227:124:12f"_s << int(CoverageStatus::Covered);
        QTest::newRow("::130 outside")
            << u"2001:8d8:104:100:212:227:124:130"_s << int(CoverageStatus::NotCovered);
        QTest::newRow("::135 outside")
            << u"2001:8d8:104:100:212:227:124:135"_s << int(CoverageStatus::NotCovered);
        QTest::newRow("::127 outside")
            << u"2001:8d8:104:100:212:227:124:127"_s << int(CoverageStatus::NotCovered);
    }
    void hexadecimalBoundaries()
    {
        QFETCH(QString, address);
        QFETCH(int, status);
        const CoverageReport report = CoverageAnalyzer::analyze(singleAddress(address));
        QCOMPARE(int(report.services.first().status), status);
        if (status == int(CoverageStatus::Covered)) {
            QCOMPARE(report.services.first().coveringRules, QList<int> {6});
        } else {
            QCOMPARE(report.services.first().fixes,
                QStringList {u"ufw allow from %1 to any port 5060 proto udp"_s.arg(address)});
            QCOMPARE(report.acl.first().status, AclStatus::Denied);
            QCOMPARE(report.acl.first().fixes,
                QStringList {u"<node type=\"allow\" cidr=\"%1/128\"/>"_s.arg(address)});
        }
    }

    void ipv4RulesNeverCoverIpv6()
    {
        const QString rules = u"ufw allow from 0.0.0.0/0 to any port 5060 proto udp\n"
                              "ufw allow from 0.0.0.0/0 to any port 16384:16484 proto udp\n"_s;
        const CoverageInput in = input(rules);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        QCOMPARE(report.service(targetIndex(in, u"212.227.124.0/24"_s), u"sip-udp"_s)->status,
            CoverageStatus::Covered);
        const ServiceCoverage *v6 = report.service(
            targetIndex(in, u"2001:8d8:104:100:212:227:124:128/125"_s), u"sip-udp"_s);
        QCOMPARE(v6->status, CoverageStatus::NotCovered);
        QVERIFY(v6->coveringRules.isEmpty());
        // A rule without addresses is installed for both families.
        const CoverageInput both = input(u"ufw allow 5060/udp\n"_s);
        QCOMPARE(
            CoverageAnalyzer::analyze(both)
                .service(targetIndex(both, u"2001:8d8:104:100:212:227:124:128/125"_s), u"sip-udp"_s)
                ->status,
            CoverageStatus::Covered);
    }

    void partialCoverageNamesTheMissingPart_data()
    {
        QTest::addColumn<QString>("replacement");
        QTest::addColumn<QStringList>("gaps");
        QTest::newRow("/25 of a /24")
            << u"ufw allow from 92.197.177.0/25 to any port 5060 proto udp"_s
            << QStringList {u"92.197.177.128/25"_s};
        QTest::newRow("upper /25")
            << u"ufw allow from 92.197.177.128/25 to any port 5060 proto udp"_s
            << QStringList {u"92.197.177.0/25"_s};
        QTest::newRow("/26 and /27")
            << u"ufw allow from 92.197.177.0/26 to any port 5060 proto udp\n"
               "ufw allow from 92.197.177.64/27 to any port 5060 proto udp"_s
            << QStringList {u"92.197.177.96/27"_s, u"92.197.177.128/25"_s};
        QTest::newRow("one host") << u"ufw allow from 92.197.177.16 to any port 5060 proto udp"_s
                                  << QStringList {u"92.197.177.0/28"_s, u"92.197.177.17"_s,
                                         u"92.197.177.18/31"_s, u"92.197.177.20/30"_s,
                                         u"92.197.177.24/29"_s, u"92.197.177.32/27"_s,
                                         u"92.197.177.64/26"_s, u"92.197.177.128/25"_s};
    }
    void partialCoverageNamesTheMissingPart()
    {
        QFETCH(QString, replacement);
        QFETCH(QStringList, gaps);
        QString rules = kDocumentedRules;
        rules.replace(u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp"_s, replacement);
        const CoverageInput in = input(rules);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *sc
            = report.service(targetIndex(in, u"92.197.177.0/24"_s), u"sip-udp"_s);
        QCOMPARE(sc->status, CoverageStatus::PartlyCovered);
        QStringList blocks;
        QStringList fixes;
        for (const UfwGap &gap : sc->gaps) {
            blocks.append(Cidr::toHostOrCidr(gap.block));
            fixes.append(u"ufw allow from %1 to any port 5060 proto udp"_s.arg(
                Cidr::toHostOrCidr(gap.block)));
        }
        QCOMPARE(blocks, gaps);
        QCOMPARE(sc->fixes, fixes);
        QCOMPARE(report.findingsWithId(u"XY-UFW-RANGE-PARTLY-COVERED"_s).size(), 1);
    }

    void denyBeforeAllow_data()
    {
        QTest::addColumn<QString>("deny");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("gap");
        QTest::addColumn<QString>("fix");
        QTest::newRow("whole range")
            << u"ufw deny from 92.197.176.0/24"_s << int(CoverageStatus::ShadowedByDeny)
            << u"92.197.176.0/24"_s
            << u"ufw insert 1 allow from 92.197.176.0/24 to any port 5060 proto udp"_s;
        QTest::newRow("reject, part")
            << u"ufw reject from 92.197.176.64/26 to any port 5060"_s
            << int(CoverageStatus::ShadowedByDeny) << u"92.197.176.64/26"_s
            << u"ufw insert 1 allow from 92.197.176.64/26 to any port 5060 proto udp"_s;
        QTest::newRow("wider deny")
            << u"ufw deny from 92.197.0.0/16 to any port 5060 proto udp"_s
            << int(CoverageStatus::ShadowedByDeny) << u"92.197.176.0/24"_s
            << u"ufw insert 1 allow from 92.197.176.0/24 to any port 5060 proto udp"_s;
        QTest::newRow("other protocol") << u"ufw deny proto tcp from 92.197.176.0/24"_s
                                        << int(CoverageStatus::Covered) << QString() << QString();
        QTest::newRow("other port") << u"ufw deny from 92.197.176.0/24 to any port 5062"_s
                                    << int(CoverageStatus::Covered) << QString() << QString();
    }
    void denyBeforeAllow()
    {
        QFETCH(QString, deny);
        QFETCH(int, status);
        QFETCH(QString, gap);
        QFETCH(QString, fix);
        const CoverageInput in = input(deny + u'\n' + kDocumentedRules);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *sc
            = report.service(targetIndex(in, u"92.197.176.0/24"_s), u"sip-udp"_s);
        QCOMPARE(int(sc->status), status);
        if (status == int(CoverageStatus::Covered))
            return;
        QCOMPARE(sc->gaps.size(), 1);
        QCOMPARE(Cidr::toString(sc->gaps.first().block), gap);
        QCOMPARE(sc->gaps.first().blockingRule, 0);
        QCOMPARE(sc->gaps.first().shadowedRule, 1);
        QCOMPARE(sc->fixes, QStringList {fix});
        const QList<CoverageFinding> shadowed = report.findingsWithId(u"XY-UFW-RANGE-SHADOWED"_s);
        QVERIFY(!shadowed.isEmpty());
        QCOMPARE(shadowed.first().rules, (QList<int> {0, 1}));
        QVERIFY(shadowed.first().message.startsWith(
            u"UFW rule 1 (%1) matches sip-udp (5060/udp) from 92.197.176.0/24 [plusnet] before rule 2"_s
                .arg(deny)));
    }

    void denyAfterAllowChangesNothing()
    {
        const CoverageInput in
            = input(kDocumentedRules + u"ufw deny from 92.197.176.0/24\nufw deny 5060/udp\n"_s);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        QCOMPARE(report.service(targetIndex(in, u"92.197.176.0/24"_s), u"sip-udp"_s)->status,
            CoverageStatus::Covered);
    }

    void denyWithoutAnyAllow()
    {
        const CoverageInput in
            = input(without(kDocumentedRules,
                        u"ufw allow from 92.197.182.0/24 to any port 5060 proto udp"_s)
                + u"ufw deny from 92.197.182.0/24\n"_s);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *sc
            = report.service(targetIndex(in, u"92.197.182.0/24"_s), u"sip-udp"_s);
        QCOMPARE(sc->status, CoverageStatus::NotCovered);
        QCOMPARE(sc->gaps.first().blockingRule, 10);
        // Appending would land behind the deny: insert before it.
        QCOMPARE(sc->fixes,
            QStringList {u"ufw insert 11 allow from 92.197.182.0/24 to any port 5060 proto udp"_s});
    }

    void overlappingRules()
    {
        const QString rules = u"ufw allow from 92.197.176.0/23 to any port 5060 proto udp\n"
                              "ufw allow from 92.197.176.0/24 to any port 5060 proto udp\n"
                              "ufw deny from 92.197.177.0/24\n"
                              "ufw allow from 92.197.128.0/17 to any port 5060:5061 proto udp\n"_s;
        const CoverageInput in = input(rules);
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        QCOMPARE(report.service(targetIndex(in, u"92.197.176.0/24"_s), u"sip-udp"_s)->coveringRules,
            QList<int> {0});
        QCOMPARE(report.service(targetIndex(in, u"92.197.177.0/24"_s), u"sip-udp"_s)->coveringRules,
            QList<int> {0});
        QCOMPARE(report.service(targetIndex(in, u"92.197.182.0/24"_s), u"sip-udp"_s)->coveringRules,
            QList<int> {3});
        QCOMPARE(report.service(targetIndex(in, u"92.197.182.0/24"_s), u"sip-udp"_s)->status,
            CoverageStatus::Covered);
    }

    void portListsAndRanges_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("missing");
        QTest::newRow("list covers udp")
            << u"ufw allow from 92.197.176.0/24 to any port 5060,5061 proto udp"_s << u"sip-udp"_s
            << int(CoverageStatus::Covered) << QString();
        QTest::newRow("range covers tls")
            << u"ufw allow from 92.197.176.0/24 to any port 5000:5100 proto tcp"_s << u"sip-tls"_s
            << int(CoverageStatus::Covered) << QString();
        QTest::newRow("range misses")
            << u"ufw allow from 92.197.176.0/24 to any port 5000:5059 proto udp"_s << u"sip-udp"_s
            << int(CoverageStatus::NotCovered) << u"5060"_s;
        QTest::newRow("rtp part")
            << u"ufw allow from 92.197.176.0/24 to any port 16384:16400 proto udp"_s << u"rtp"_s
            << int(CoverageStatus::PartlyCovered) << u"16401:16484"_s;
        QTest::newRow("rtp pieces")
            << u"ufw allow from 92.197.176.0/24 to any port 16384:16400,16420:16484 proto udp"_s
            << u"rtp"_s << int(CoverageStatus::PartlyCovered) << u"16401:16419"_s;
        QTest::newRow("rtp whole")
            << u"ufw allow from 92.197.176.0/24 to any port 16000:17000 proto udp"_s << u"rtp"_s
            << int(CoverageStatus::Covered) << QString();
        QTest::newRow("proto any, udp")
            << u"ufw allow from 92.197.176.0/24 to any port 5060"_s << u"sip-udp"_s
            << int(CoverageStatus::Covered) << QString();
        QTest::newRow("proto any, all ports") << u"ufw allow from 92.197.176.0/24"_s << u"sip-tls"_s
                                              << int(CoverageStatus::Covered) << QString();
        QTest::newRow("tcp is not udp")
            << u"ufw allow from 92.197.176.0/24 to any port 5060 proto tcp"_s << u"sip-udp"_s
            << int(CoverageStatus::NotCovered) << u"5060"_s;
        QTest::newRow("with comment")
            << u"ufw allow from 92.197.176.0/24 to any port 5060 proto udp comment 'Plusnet SIP'"_s
            << u"sip-udp"_s << int(CoverageStatus::Covered) << QString();
        QTest::newRow("limit counts as allow")
            << u"ufw limit from 92.197.176.0/24 to any port 5060 proto udp"_s << u"sip-udp"_s
            << int(CoverageStatus::Covered) << QString();
        QTest::newRow("source port is not enough")
            << u"ufw allow from 92.197.176.0/24 port 5060 to any port 5060 proto udp"_s
            << u"sip-udp"_s << int(CoverageStatus::NotCovered) << u"5060"_s;
        QTest::newRow("application")
            << u"ufw allow from 92.197.176.0/24 app SomeApp"_s << u"sip-udp"_s
            << int(CoverageStatus::NotCovered) << u"5060"_s;
    }
    void portListsAndRanges()
    {
        QFETCH(QString, rule);
        QFETCH(QString, service);
        QFETCH(int, status);
        QFETCH(QString, missing);
        const CoverageInput in = input(rule + u'\n');
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *sc = report.service(targetIndex(in, u"92.197.176.0/24"_s), service);
        QVERIFY(sc);
        QCOMPARE(int(sc->status), status);
        if (status == int(CoverageStatus::Covered)) {
            QCOMPARE(sc->coveringRules, QList<int> {0});
            QCOMPARE(sc->rateLimited, rule.startsWith(u"ufw limit"));
            return;
        }
        QCOMPARE(sc->gaps.size(), 1);
        QCOMPARE(sc->gaps.first().ports.toUfwString(), missing);
        QCOMPARE(sc->fixes,
            QStringList {u"ufw allow from 92.197.176.0/24 to any port %1 proto %2"_s.arg(
                missing, sc->service.protocolName())});
    }

    void localAddresses()
    {
        CoverageInput in
            = input(u"ufw allow from 212.227.124.0/24 to 46.4.96.105 port 5060 proto udp\n"_s);
        in.localAddresses
            = {QHostAddress(u"46.4.96.105"_s), QHostAddress(u"2a01:4f8:140:829d::2"_s)};
        QCOMPARE(CoverageAnalyzer::analyze(in)
                     .service(targetIndex(in, u"212.227.124.0/24"_s), u"sip-udp"_s)
                     ->status,
            CoverageStatus::Covered);
        in.localAddresses = {QHostAddress(u"46.4.96.106"_s)};
        QCOMPARE(CoverageAnalyzer::analyze(in)
                     .service(targetIndex(in, u"212.227.124.0/24"_s), u"sip-udp"_s)
                     ->status,
            CoverageStatus::NotCovered);
    }

    void ipv6SwitchedOff()
    {
        CoverageInput in = input();
        in.ufw->ipv6Enabled = false;
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const ServiceCoverage *v6 = report.service(
            targetIndex(in, u"2001:8d8:104:100:212:227:124:128/125"_s), u"sip-udp"_s);
        QCOMPARE(v6->status, CoverageStatus::NotCovered);
        QVERIFY(v6->ipv6Disabled);
        QCOMPARE(v6->coveringRules, QList<int> {6}); // what would allow it
        QCOMPARE(report.service(targetIndex(in, u"212.227.124.0/24"_s), u"sip-udp"_s)->status,
            CoverageStatus::Covered);
        const QList<CoverageFinding> ignored
            = report.findingsWithId(u"XY-UFW-IPV6-RULES-IGNORED"_s);
        QCOMPARE(ignored.size(), 1);
        QCOMPARE(ignored.first().severity, FindingSeverity::Error); // 1&1 needs IPv6
        QCOMPARE(ignored.first().rules, QList<int> {6});
        QVERIFY(ignored.first().fixes.contains(u"ufw reload"_s));
        // The /125 is reported; the proxy inside it is not repeated.
        const QList<CoverageFinding> notCovered
            = report.findingsWithId(u"XY-UFW-RANGE-NOT-COVERED"_s);
        QStringList subjects;
        for (const CoverageFinding &f : notCovered)
            subjects.append(f.subject);
        QCOMPARE(subjects,
            (QStringList {u"2001:8d8:104:100:212:227:124:128/125 sip-udp"_s,
                u"2001:8d8:104:100:212:227:124:128/125 rtp"_s}));

        CoverageInput noV6Rules
            = input(u"ufw allow from 92.197.176.0/24 to any port 5060 proto udp\n"_s);
        noV6Rules.ufw->ipv6Enabled = false;
        QVERIFY(CoverageAnalyzer::analyze(noV6Rules)
                    .findingsWithId(u"XY-UFW-IPV6-RULES-IGNORED"_s)
                    .isEmpty());
    }

    void rtpRangeOfFreeSwitch()
    {
        // FreeSWITCH's default RTP range is 16384-32768: the documented UFW opens only a part.
        const CoverageInput in
            = input(kDocumentedRules, kSipGateways, documentedProfiles(16384, 32768));
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        const QList<CoverageFinding> narrow
            = report.findingsWithId(u"XY-UFW-RTP-RANGE-TOO-NARROW"_s);
        QCOMPARE(narrow.size(), 1); // both profiles share the range: reported once
        QCOMPARE(narrow.first().severity, FindingSeverity::Warning);
        QCOMPARE(narrow.first().message,
            u"Profile external-ipv4 uses RTP ports 16384:32768, but UFW opens only 16384:16484 of them."_s);
        QCOMPARE(narrow.first().fixes, QStringList {u"ufw allow 16485:32768/udp"_s});
        QCOMPARE(report.service(targetIndex(in, u"92.197.176.0/24"_s), u"rtp"_s)->status,
            CoverageStatus::PartlyCovered);

        // 10000:10060 is opened to everyone but is no profile's RTP range.
        const QList<CoverageFinding> unused
            = CoverageAnalyzer::analyze(input()).findingsWithId(u"XY-UFW-RTP-RANGE-UNUSED"_s);
        QCOMPARE(unused.size(), 1);
        QCOMPARE(unused.first().severity, FindingSeverity::Info);
        QCOMPARE(unused.first().rules, QList<int> {9});
    }

    void aclFindings()
    {
        // A range missing from the list.
        QString acl = kSipGateways;
        acl.replace(u"      <node type=\"allow\" cidr=\"92.197.182.0/24\"/>\n"_s, QString());
        CoverageInput in = input(kDocumentedRules, acl);
        CoverageReport report = CoverageAnalyzer::analyze(in);
        QCOMPARE(report.aclFor(targetIndex(in, u"92.197.182.0/24"_s))->status, AclStatus::Denied);
        QList<CoverageFinding> missing = report.findingsWithId(u"XY-ACL-RANGE-NOT-ALLOWED"_s);
        QCOMPARE(missing.size(), 1); // the sip.plusnet.de address inside is not repeated
        QCOMPARE(missing.first().fixes,
            QStringList {u"<node type=\"allow\" cidr=\"92.197.182.0/24\"/>"_s});
        QCOMPARE(
            report.aclFixes, QStringList {u"<node type=\"allow\" cidr=\"92.197.182.0/24\"/>"_s});

        // Only half of it, and a deny inside another.
        acl = kSipGateways;
        acl.replace(u"cidr=\"92.197.182.0/24\"/>"_s,
            u"cidr=\"92.197.182.0/25\"/>\n<node type=\"deny\" cidr=\"92.197.176.16/32\"/>"_s);
        in = input(kDocumentedRules, acl);
        report = CoverageAnalyzer::analyze(in);
        const AclCoverage *half = report.aclFor(targetIndex(in, u"92.197.182.0/24"_s));
        QCOMPARE(half->status, AclStatus::PartlyAllowed);
        QCOMPARE(half->fixes, QStringList {u"<node type=\"allow\" cidr=\"92.197.182.128/25\"/>"_s});
        const AclCoverage *hole = report.aclFor(targetIndex(in, u"92.197.176.0/24"_s));
        QCOMPARE(hole->status, AclStatus::PartlyAllowed);
        QCOMPARE(hole->fixes, QStringList {u"<node type=\"allow\" cidr=\"92.197.176.16/32\"/>"_s});
        QCOMPARE(report.aclFor(targetIndex(in, u"outbound-proxy 92.197.176.16"_s))->status,
            AclStatus::Denied);
        QCOMPARE(report.findingsWithId(u"XY-ACL-RANGE-PARTLY-ALLOWED"_s).size(), 2);
        QCOMPARE(report.findingsWithId(u"XY-ACL-RANGE-NOT-ALLOWED"_s).size(),
            0); // the proxy is inside the /24

        // Port-restricted node.
        acl = kSipGateways;
        acl.replace(
            u"cidr=\"212.227.124.0/24\"/>"_s, u"cidr=\"212.227.124.0/24\" port=\"5060\"/>"_s);
        in = input(kDocumentedRules, acl);
        report = CoverageAnalyzer::analyze(in);
        QCOMPARE(report.aclFor(targetIndex(in, u"212.227.124.0/24"_s))->status,
            AclStatus::PartlyAllowed);
        QVERIFY(report.findingsWithId(u"XY-ACL-RANGE-PARTLY-ALLOWED"_s)
                    .first()
                    .message.contains(u"only from source ports"_s));
    }

    void aclListProblems()
    {
        // No sip-gateways at all.
        const QString eslOnly
            = u"<configuration name=\"acl.conf\"><network-lists><list name=\"esl\" "
              u"default=\"deny\">"
              "<node type=\"allow\" cidr=\"127.0.0.0/8\"/></list></network-lists></configuration>"_s;
        CoverageReport report = CoverageAnalyzer::analyze(input(kDocumentedRules, eslOnly));
        QCOMPARE(ids(report.findings).count(u"XY-ACL-LIST-MISSING"_s), 1);
        QCOMPARE(ids(report.findings).count(u"XY-ACL-INBOUND-LIST-MISSING"_s),
            2); // both profiles name it
        for (const AclCoverage &acl : report.acl)
            QCOMPARE(acl.status, AclStatus::ListMissing);
        const CoverageFinding listMissing = report.findingsWithId(u"XY-ACL-LIST-MISSING"_s).first();
        QCOMPARE(listMissing.fixes.first(), u"<list name=\"sip-gateways\" default=\"deny\">"_s);
        QVERIFY(listMissing.fixes.contains(
            u"  <node type=\"allow\" cidr=\"2001:8d8:104:100:212:227:124:128/125\"/>"_s));
        QCOMPARE(listMissing.fixes.last(), u"</list>"_s);

        // sip-gateways without default: allows everything.
        QString noDefault = kSipGateways;
        noDefault.replace(
            u"<list name=\"sip-gateways\" default=\"deny\">"_s, u"<list name=\"sip-gateways\">"_s);
        noDefault.replace(u"<list name=\"esl\" default=\"deny\">"_s, u"<list name=\"esl\">"_s);
        report = CoverageAnalyzer::analyze(input(kDocumentedRules, noDefault));
        const QList<CoverageFinding> noDefaults = report.findingsWithId(u"XY-ACL-NO-DEFAULT"_s);
        QCOMPARE(noDefaults.size(), 2);
        QCOMPARE(noDefaults.at(0).subject, u"sip-gateways"_s);
        QCOMPARE(noDefaults.at(0).severity, FindingSeverity::Error);
        QCOMPARE(noDefaults.at(1).severity, FindingSeverity::Warning);

        // A profile naming a list that does not exist; built-in lists are fine.
        QList<SofiaProfile> profiles = documentedProfiles();
        profiles[0].applyInboundAcl = u"sip-gateway"_s;
        profiles[1].applyInboundAcl = u"rfc1918.auto"_s;
        report = CoverageAnalyzer::analyze(input(kDocumentedRules, kSipGateways, profiles));
        const QList<CoverageFinding> inbound
            = report.findingsWithId(u"XY-ACL-INBOUND-LIST-MISSING"_s);
        QCOMPARE(inbound.size(), 1);
        QCOMPARE(inbound.first().subject, u"external-ipv4"_s);
        QCOMPARE(inbound.first().message,
            u"Profile external-ipv4 applies the inbound ACL 'sip-gateway', which does not exist."_s);
    }

    void ufwStateFindings()
    {
        CoverageInput in = input(u"Status: inactive\n"_s);
        CoverageReport report = CoverageAnalyzer::analyze(in);
        QCOMPARE(ids(report.findings).count(u"XY-UFW-INACTIVE"_s), 1);
        for (const ServiceCoverage &sc : report.services) {
            QCOMPARE(sc.status, CoverageStatus::Covered);
            QVERIFY(sc.allowedByDefault);
        }

        in = input(u"ufw default allow incoming\n"_s);
        report = CoverageAnalyzer::analyze(in);
        QCOMPARE(ids(report.findings).count(u"XY-UFW-DEFAULT-ALLOW"_s), 1);
        QCOMPARE(report.service(targetIndex(in, u"92.197.176.0/24"_s), u"sip-udp"_s)->status,
            CoverageStatus::Covered);
    }

    void unknownPartsAreLeftOut()
    {
        CoverageInput in = input();
        in.ufw.reset();
        in.acl.reset();
        const CoverageReport report = CoverageAnalyzer::analyze(in);
        QVERIFY(report.services.isEmpty());
        QVERIFY(report.acl.isEmpty());
        QVERIFY(report.findings.isEmpty());
    }

    void everyFindingExplainsItself()
    {
        QList<CoverageInput> inputs {
            input(
                u"ufw deny from 92.197.176.0/25\nufw allow 5060\nufw allow from 92.197.177.0/25 to any port 5060 proto udp\n"_s),
            input(kDocumentedRules,
                u"<configuration name=\"acl.conf\"><network-lists><list name=\"x\"/></network-lists></configuration>"_s),
            input(u"Status: inactive\n"_s)};
        inputs[0].ufw->ipv6Enabled = false;
        inputs[0].ufw->rules.append(
            UfwCommandParser::parse(u"ufw allow from 2001:db8::/32"_s).rules);
        for (const CoverageInput &in : std::as_const(inputs)) {
            const CoverageReport report = CoverageAnalyzer::analyze(in);
            QVERIFY(!report.findings.isEmpty());
            for (const CoverageFinding &f : report.findings) {
                QVERIFY2(f.id.startsWith(u"XY-"), qPrintable(f.id));
                QVERIFY2(!f.message.isEmpty() && !f.why.isEmpty(), qPrintable(f.id));
                QVERIFY2(!f.subject.isEmpty(), qPrintable(f.id));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCoverageAnalyzer)
#include "tst_coverageanalyzer.moc"
