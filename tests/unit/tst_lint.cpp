#include "DocumentedRules.h"
#include "TestData.h"
#include "coverage/AclParser.h"
#include "coverage/UfwParser.h"
#include "lint/LintEngine.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::testsupport::trunkNamed;
using namespace xynap::lint;

namespace {

// The documented production setup: resources/demo/platform.json.
Snapshot production()
{
    QFile f(u":/demo/platform.json"_s);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no demo data");
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    Snapshot s;
    s.catalog = ProviderCatalog::builtIn();
    int id = 1;
    for (const QJsonValue &v : o.value(u"trunks"_s).toArray()) {
        Trunk t = trunkFromJson(v.toObject()).trunk;
        t.id = id++;
        s.trunks.append(t);
    }
    for (const QJsonValue &v : o.value(u"profiles"_s).toArray())
        s.profiles.append(profileFromJson(v.toObject()));
    return s;
}

QStringList idsFor(const QList<Finding> &findings, const QString &gateway)
{
    QStringList ids;
    for (const Finding &f : findings)
        if (f.gatewayName == gateway)
            ids.append(f.ruleId);
    return ids;
}

QStringList describe(const QList<Finding> &findings)
{
    QStringList out;
    for (const Finding &f : findings)
        out.append(f.ruleId + u" "_s + f.gatewayName + u": "_s + f.message);
    return out;
}

} // namespace

class TestLint final : public QObject {
    Q_OBJECT

    LintEngine m_engine;

private Q_SLOTS:
    void productionConfigurationIsClean()
    {
        const QList<Finding> findings = m_engine.run(production());
        QVERIFY2(findings.isEmpty(), qPrintable(describe(findings).join(u"\n"_s)));
        QCOMPARE(exitCodeFor(findings), 0);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("gateway");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<bool>("expected");

        const auto row = [](const char *name, const char *gw, const char *field,
                             const QVariant &value, const char *rule, bool expected) {
            QTest::newRow(name) << QString::fromLatin1(gw) << QString::fromLatin1(field) << value
                                << QString::fromLatin1(rule) << expected;
        };
        // IPv6 brackets
        row("v6 outbound unbracketed", "1und1", "outbound_proxy",
            u"2001:8d8:104:100:212:227:124:129"_s, "XY-IPV6-BRACKETS", true);
        row("v6 bracketed with port", "1und1", "outbound_proxy", u"[2001:db8::1]:5060"_s,
            "XY-IPV6-BRACKETS", false);
        row("v6 proxy unbracketed", "1und1", "proxy", u"2001:db8::1"_s, "XY-IPV6-BRACKETS", true);
        row("v6 register proxy unbracketed", "1und1", "register_proxy", u"2001:db8::5"_s,
            "XY-IPV6-BRACKETS", true);
        row("zone id unbracketed", "1und1", "outbound_proxy", u"fe80::1%eth0"_s, "XY-IPV6-BRACKETS",
            true);
        row("v4-mapped unbracketed", "plusnet", "outbound_proxy", u"::ffff:92.197.176.16"_s,
            "XY-IPV6-BRACKETS", true);
        row("v4 with port", "plusnet", "outbound_proxy", u"92.197.176.16:5060"_s,
            "XY-IPV6-BRACKETS", false);
        row("host name", "plusnet", "proxy", u"sip.plusnet.de"_s, "XY-IPV6-BRACKETS", false);
        row("stray whitespace", "plusnet", "outbound_proxy", u" 92.197.176.16 "_s,
            "XY-HOST-MALFORMED", true);
        row("bad port", "plusnet", "outbound_proxy", u"92.197.176.16:99999"_s, "XY-HOST-MALFORMED",
            true);
        // Realm
        row("realm short", "1und1", "realm", u"1und1.de"_s, "XY-REALM", true);
        row("realm upper case", "1und1", "realm", u"SIP.1UND1.DE"_s, "XY-REALM", true);
        row("realm trailing dot", "1und1", "realm", u"sip.1und1.de."_s, "XY-REALM", true);
        row("realm whitespace", "1und1", "realm", u" sip.1und1.de"_s, "XY-REALM", true);
        row("realm empty", "1und1", "realm", QString(), "XY-REALM", true);
        row("realm right", "1und1", "realm", u"sip.1und1.de"_s, "XY-REALM", false);
        row("plusnet has no realm rule", "plusnet", "realm", u"whatever"_s, "XY-REALM", false);
        // Address family
        row("1und1 on IPv4 profile", "1und1", "profile", u"external-ipv4"_s, "XY-ADDRESS-FAMILY",
            true);
        row("1und1 IPv4 outbound", "1und1", "outbound_proxy", u"212.227.124.129"_s,
            "XY-ADDRESS-FAMILY", true);
        row("1und1 v6 outbound", "1und1", "outbound_proxy", u"[2001:8d8:104:100:212:227:124:129]"_s,
            "XY-ADDRESS-FAMILY", false);
        row("plusnet on dual stack", "plusnet", "profile", u"internal"_s, "XY-ADDRESS-FAMILY",
            true);
        row("1und1 RTP on IPv4", "1und1", "profile", u"external-ipv4"_s, "XY-RTP-FAMILY", true);
        row("plusnet RTP on IPv6", "plusnet", "profile", u"internal"_s, "XY-RTP-FAMILY", true);
        // Plusnet
        row("plusnet without outbound", "plusnet", "outbound_proxy", QString(),
            "XY-OUTBOUND-PROXY-REQUIRED", true);
        row("1und1 without outbound", "1und1", "outbound_proxy", QString(),
            "XY-OUTBOUND-PROXY-REQUIRED", false);
        row("plusnet registering", "plusnet", "register", true, "XY-IP-AUTH", true);
        row("plusnet bound elsewhere", "plusnet", "profile", u"internal"_s, "XY-IP-AUTH", true);
        // Gateway parsing
        row("register without username", "1und1", "username", QString(), "XY-REGISTER-CREDENTIALS",
            true);
        row("no proxy no realm", "plusnet", "proxy", QString(), "XY-NO-PROXY", true);
        row("ping 3", "plusnet", "ping_seconds", 3, "XY-TIMER-MINIMUM", true);
        row("ping 0 is off", "plusnet", "ping_seconds", 0, "XY-TIMER-MINIMUM", false);
        row("retry 4", "1und1", "retry_seconds", 4, "XY-TIMER-MINIMUM", true);
        row("expire 5", "1und1", "expire_seconds", 5, "XY-TIMER-MINIMUM", false);
        row("bad name", "1und1", "gateway_name", u"1&1 trunk"_s, "XY-GATEWAY-NAME", true);
        row("v6 literal proxy, no acl", "1und1", "proxy", u"[2001:8d8:104:100:212:227:124:129]"_s,
            "XY-GW-AUTH-ACL", true);
        row("host name proxy, no acl", "1und1", "proxy", u"sip.1und1.de"_s, "XY-GW-AUTH-ACL",
            false);
        // Numbers
        row("caller id with spaces", "plusnet", "caller_id", u"+49 345 566 7290"_s, "XY-E164",
            true);
        row("caller id foreign", "plusnet", "caller_id", u"+493455664337"_s, "XY-CALLER-ID-NUMBER",
            true);
        row("caller id own", "plusnet", "caller_id", u"+493455667290"_s, "XY-CALLER-ID-NUMBER",
            false);
    }

    void rules()
    {
        QFETCH(QString, gateway);
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, rule);
        QFETCH(bool, expected);
        Snapshot s = production();
        Trunk &t = trunkNamed(s, gateway);
        QJsonObject json = trunkToJson(t, PasswordOutput::Include);
        json.insert(field, QJsonValue::fromVariant(value));
        if (field == u"username"_s)
            json.insert(u"username"_s, QString());
        const int id = t.id;
        t = trunkFromJson(json, t).trunk;
        t.id = id;
        const QList<Finding> findings = m_engine.run(s);
        const QStringList ids = idsFor(findings, t.gatewayName);
        QVERIFY2(ids.contains(rule) == expected, qPrintable(describe(findings).join(u"\n"_s)));
        if (!expected)
            return;
        QVERIFY(exitCodeFor(findings) >= 1);
        // Every quick fix makes its rule pass and changes only the fields it names.
        for (const Finding &f : findings) {
            if (f.ruleId != rule || !f.fixedTrunk)
                continue;
            QVERIFY(!f.fixLabel.isEmpty());
            QVERIFY(!f.why.isEmpty());
            Snapshot fixed = s;
            trunkNamed(fixed, t.gatewayName) = *f.fixedTrunk;
            const QList<Finding> after = m_engine.run(fixed);
            for (const Finding &a : after)
                QVERIFY2(!(a.ruleId == rule && a.fields == f.fields
                             && a.gatewayName == f.fixedTrunk->gatewayName),
                    qPrintable(a.message));
            const QJsonObject before = trunkToJson(t);
            const QJsonObject afterJson = trunkToJson(*f.fixedTrunk);
            for (auto it = before.begin(); it != before.end(); ++it) {
                const bool named = f.fields.contains(it.key())
                    || (it.key() == u"numbers"_s && f.fields.value(0).startsWith(u"numbers"_s))
                    || (f.fields.contains(u"profile"_s) && it.key() == u"profile"_s);
                if (!named)
                    QVERIFY2(afterJson.value(it.key()) == it.value(),
                        qPrintable(u"%1 changed the unrelated field %2"_s.arg(rule, it.key())));
            }
        }
    }

    void realmFixAndMessage()
    {
        Snapshot s = production();
        trunkNamed(s, u"1und1"_s).realm = u"1und1.de"_s;
        const QList<Finding> findings = m_engine.run(s);
        QCOMPARE(findings.size(), 1);
        const Finding &f = findings.first();
        QCOMPARE(f.severity, Severity::Error);
        QVERIFY(f.message.contains(u"sip.1und1.de"_s));
        QVERIFY(f.why.contains(u"401"_s));
        QVERIFY(f.why.contains(u"904"_s));
        QCOMPARE(f.fixedTrunk->realm, u"sip.1und1.de"_s);
        QCOMPARE(exitCodeFor(findings), 2);
    }

    void bracketFixKeepsTheAddress()
    {
        Snapshot s = production();
        trunkNamed(s, u"1und1"_s).outboundProxy = u"2001:8d8:104:100:212:227:124:129"_s;
        const QList<Finding> findings = m_engine.run(s);
        QCOMPARE(idsFor(findings, u"1und1"_s), QStringList {u"XY-IPV6-BRACKETS"_s});
        QCOMPARE(
            findings.first().fixedTrunk->outboundProxy, u"[2001:8d8:104:100:212:227:124:129]"_s);
        QVERIFY(findings.first().why.contains(u"2001:8d8:104:100:212:227:124"_s));
    }

    void duplicateNamesOnTwoProfiles()
    {
        Snapshot s = production();
        Trunk copy = trunkNamed(s, u"plusnet"_s);
        copy.id = 99;
        copy.profile = u"internal"_s;
        s.trunks.append(copy);
        QList<Finding> findings = m_engine.run(s);
        int duplicates = 0;
        for (const Finding &f : findings)
            duplicates += f.ruleId == u"XY-DUPLICATE-GATEWAY"_s;
        QCOMPARE(duplicates, 2);
        // A third copy: each of the three is named, with every profile, the first among them.
        copy.id = 100;
        copy.profile = u"external-ipv6"_s;
        s.trunks.append(copy);
        findings = m_engine.run(s);
        QList<int> ids;
        for (const Finding &f : findings) {
            if (f.ruleId != u"XY-DUPLICATE-GATEWAY"_s)
                continue;
            ids.append(f.trunkId);
            QVERIFY2(f.message.contains(u"used 3 times"_s), qPrintable(f.message));
            QVERIFY2(f.message.contains(u"internal, external-ipv6"_s), qPrintable(f.message));
        }
        std::sort(ids.begin(), ids.end());
        QCOMPARE(ids, (QList<int> {trunkNamed(s, u"plusnet"_s).id, 99, 100}));
    }

    void driftBetweenSavedAndRunning()
    {
        Snapshot s = production();
        GatewayStatus oneAndOne;
        oneAndOne.name = u"1und1"_s;
        oneAndOne.profile = u"internal"_s;
        oneAndOne.realm = u"1und1.de"_s; // still the old, broken realm
        oneAndOne.proxy = u"sip:sip.1und1.de"_s;
        oneAndOne.state = u"FAIL_WAIT"_s;
        s.running = runningByNode({oneAndOne});
        const QList<Finding> findings = m_engine.run(s);
        QStringList ids;
        for (const Finding &f : findings)
            ids.append(f.ruleId + u":"_s + f.gatewayName);
        QVERIFY2(ids.contains(u"XY-NOT-APPLIED:1und1"_s), qPrintable(ids.join(u","_s)));
        QVERIFY2(ids.contains(u"XY-NOT-RUNNING:plusnet"_s), qPrintable(ids.join(u","_s)));
        for (const Finding &f : findings)
            QVERIFY(f.offersApply);
        // The realm and the From domain it sets are one field, named once.
        s.running->first().gateways.first().fields.insert(
            u"from"_s, u"<sip:493455664337@1und1.de>"_s);
        for (const Finding &f : m_engine.run(s)) {
            if (f.ruleId == u"XY-NOT-APPLIED"_s)
                QCOMPARE(f.fields.count(u"realm"_s), 1);
        }
        // The caller ID FreeSWITCH runs is its <exten>: a saved change of it is drift.
        s.running->first().gateways.first().fields.insert(u"exten"_s, u"+4930000000"_s);
        bool callerIdDrift = false;
        for (const Finding &f : m_engine.run(s))
            callerIdDrift = callerIdDrift
                || (f.ruleId == u"XY-NOT-APPLIED"_s && f.fields.contains(u"caller_id"_s));
        QVERIFY(callerIdDrift);
        s.running->first().gateways.first().fields.remove(u"exten"_s);
        s.running->first().gateways.first().fields.remove(u"from"_s);
        s.running->first().gateways.first().realm = u"sip.1und1.de"_s;
        // All it reports agrees, but which version it loaded is not known: "cannot tell", an
        // info, never silently clean; with the version known it is clean.
        QCOMPARE(idsFor(m_engine.run(s), u"1und1"_s), QStringList {u"XY-APPLIED-UNKNOWN"_s});
        s.appliedVersions.insert(
            QString() + QChar(0x1f) + u"1und1"_s, trunkNamed(s, u"1und1"_s).version);
        QCOMPARE(idsFor(m_engine.run(s), u"1und1"_s), QStringList());
    }

    // Two nodes: a gateway missing on one of them is not running there, and the finding says
    // which node.
    void driftIsCheckedPerNode()
    {
        Snapshot s = production();
        QList<GatewayStatus> running;
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            for (const Trunk &t : s.trunks) {
                if (node == u"fs2"_s && t.gatewayName == u"1und1"_s)
                    continue; // fs2 started before the API answered, then got only plusnet
                GatewayStatus g;
                g.node = node;
                g.name = t.gatewayName;
                g.profile = t.profile;
                running.append(g);
                // Seen loading it: the version each node runs is known.
                s.appliedVersions.insert(node + QChar(0x1f) + t.gatewayName, t.version);
                s.appliedVersions.insert(QString() + QChar(0x1f) + t.gatewayName, t.version);
            }
        }
        s.running = runningByNode(running);
        s.runningNodes = {u"fs1"_s, u"fs2"_s};
        const QList<Finding> findings = m_engine.run(s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, u"XY-NOT-RUNNING"_s);
        QCOMPARE(findings.first().gatewayName, u"1und1"_s);
        QVERIFY2(findings.first().message.endsWith(u"(node fs2)"_s),
            qPrintable(findings.first().message));
        QCOMPARE(findings.first().node, u"fs2"_s); // the apply goes to that node only
        // The same data seen as one node: running somewhere counts as running.
        s.runningNodes.clear();
        s.running->removeIf([](const NodeRunning &n) { return n.node == u"fs2"_s; });
        QCOMPARE(m_engine.run(s).size(), 0);
    }

    // A run that keeps some findings keeps exactly those a full run makes that `keep` accepts,
    // in the same order, and asks about every one of them.
    // A gateway no trunk stands for, on two nodes: one finding per node, by node and then name,
    // whatever order the nodes' lists have (a delete moves a list's last entry into its hole).
    void notServedFindingsComeByNodeThenName()
    {
        Snapshot s = production();
        QList<GatewayStatus> running;
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            for (const QString &name : {u"zeta"_s, u"alpha"_s, u"mu"_s}) {
                GatewayStatus g;
                g.node = node;
                g.name = name;
                g.profile = u"external-ipv4"_s;
                running.append(g);
            }
        }
        s.running = runningByNode(running);
        s.runningNodes = {u"fs1"_s, u"fs2"_s};
        QStringList order;
        for (const Finding &f : m_engine.run(s)) {
            if (f.ruleId == u"XY-NOT-SERVED"_s)
                order.append(f.node + u"/"_s + f.gatewayName);
        }
        QCOMPARE(order,
            (QStringList {u"fs1/alpha"_s, u"fs1/mu"_s, u"fs1/zeta"_s, u"fs2/alpha"_s, u"fs2/mu"_s,
                u"fs2/zeta"_s}));
    }

    void runWithKeepIsTheFilteredFullRun()
    {
        Snapshot s = production();
        for (Trunk &t : s.trunks) {
            if (t.provider == u"1und1"_s)
                t.realm = u"1und1.de"_s; // an error of the trunk (401)
        }
        QList<GatewayStatus> running;
        for (const Trunk &t : s.trunks) {
            GatewayStatus g;
            g.name = t.gatewayName;
            g.profile = t.profile;
            running.append(g); // no version known: an info per trunk
        }
        s.running = runningByNode(running);
        const QList<Finding> all = m_engine.run(s);
        QVERIFY2(all.size() > 2, qPrintable(describe(all).join(u'\n')));
        int asked = 0;
        const auto keep = [&asked](const Finding &f) {
            ++asked;
            return f.severity != Severity::Info;
        };
        const QList<Finding> kept = m_engine.run(s, keep);
        QCOMPARE(asked, all.size());
        QList<Finding> expected = all;
        expected.removeIf([](const Finding &f) { return f.severity == Severity::Info; });
        QVERIFY(!expected.isEmpty() && expected.size() < all.size());
        QCOMPARE(kept.size(), expected.size());
        for (qsizetype i = 0; i < kept.size(); ++i) {
            QCOMPARE(kept.at(i).ruleId, expected.at(i).ruleId);
            QCOMPARE(kept.at(i).message, expected.at(i).message);
        }
    }

    // Messages and fix buttons name fields as the editor does ("Retry interval"),
    // never by the API's names (retry_seconds, outbound_proxy, numbers[0].number).
    void messagesUseFieldLabels()
    {
        Snapshot s = production();
        Trunk &one = trunkNamed(s, u"1und1"_s);
        one.outboundProxy = u"2001:8d8:104:100:212:227:124:129"_s;
        one.retrySeconds = 1;
        one.expireSeconds = 2;
        one.pingSeconds = 3;
        one.username.clear();
        one.password.clear();
        one.passwordSet = false;
        one.numbers.first().number = u"0345 5664337"_s;
        one.callerId = u"0345 5664337"_s;
        const QList<Finding> findings = LintEngine().run(s);
        QStringList texts;
        for (const Finding &f : findings)
            if (f.gatewayName == u"1und1"_s)
                texts << f.message << f.fixLabel;
        QVERIFY2(texts.size() >= 12, qPrintable(texts.join(u'\n')));
        static const QRegularExpression apiName(u"\\b[a-z]+(_[a-z]+)+\\b|\\[\\d+\\]"_s);
        for (const QString &text : std::as_const(texts))
            QVERIFY2(!apiName.match(text).hasMatch(), qPrintable(text));
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(u"Retry interval is 1 second"_s), qPrintable(all));
        QVERIFY2(all.contains(u"The IPv6 address in Outbound proxy must be in square brackets."_s),
            qPrintable(all));
        QVERIFY2(all.contains(u"Number 1 is not an E.164 number"_s), qPrintable(all));
        QVERIFY2(all.contains(u"Register is on, but neither a username nor a password is set."_s),
            qPrintable(all));
    }

    void runOnTrunkSeesOnlyTheDraft()
    {
        const Snapshot s = production();
        Trunk draft = s.trunks.at(1);
        draft.realm = u"1und1.de"_s;
        const QList<Finding> findings = m_engine.runOnTrunk(draft, s);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, u"XY-REALM"_s);
    }

    // What the console does on every reload and gateway burst: 2,000 trunks with the documented
    // firewall and ACL (coverage analysis included).
    void benchmarkTwoThousandTrunksWithFirewallAndAcl()
    {
        Snapshot s = production();
        const QList<Trunk> base = s.trunks;
        s.trunks.clear();
        for (int i = 0; i < 2'000; ++i) {
            Trunk t = base.at(i % base.size());
            t.id = i + 1;
            t.gatewayName = u"gw%1"_s.arg(i);
            s.trunks.append(t);
        }
        const coverage::UfwParseResult ufw = coverage::UfwParser::parse(test::documentedUfwRules());
        const coverage::AclParseResult acl
            = coverage::AclParser::parse(test::documentedSipGatewaysAcl());
        QVERIFY(ufw.ok() && acl.ok());
        s.ufw = coverage::UfwConfiguration::from(ufw);
        s.acl = acl.lists;
        QList<Finding> findings;
        QBENCHMARK
        {
            findings = m_engine.run(s);
        }
        QCOMPARE(findings.size(), 0);
    }

    void benchmarkTenThousandTrunks()
    {
        Snapshot s = production();
        const Trunk base = s.trunks.at(1);
        s.trunks.clear();
        for (int i = 0; i < 10'000; ++i) {
            Trunk t = base;
            t.id = i + 1;
            t.gatewayName = u"gw%1"_s.arg(i);
            if (i % 7 == 0)
                t.realm = u"1und1.de"_s;
            s.trunks.append(t);
        }
        QList<Finding> findings;
        QBENCHMARK
        {
            findings = m_engine.run(s);
        }
        QCOMPARE(findings.size(), 1429);
    }
};

QTEST_GUILESS_MAIN(TestLint)
#include "tst_lint.moc"
