// The sandbox's built-in scenarios (resources/scenarios): each loads, and each produces exactly
// the lint findings it promises — from its data alone, and through a console session that loads
// the trunks, the firewall and the ACL from the running sandbox.
#include "SandboxFixture.h"
#include "coverage/AclParser.h"
#include "coverage/UfwParser.h"
#include "lint/LintEngine.h"
#include "sandbox/Sandbox.h"
#include "sandbox/Scenario.h"
#include "session/PlatformSession.h"

#include <QSet>
#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

// How many gateways the monitor's nodes run, -1 while that is unknown.
qsizetype runningCount(const session::GatewayMonitor &monitor)
{
    const std::optional<QList<NodeRunning>> running = monitor.running();
    if (!running)
        return -1;
    qsizetype count = 0;
    for (const NodeRunning &node : *running)
        count += node.gateways.size();
    return count;
}

lint::Snapshot snapshotOf(const sandbox::Scenario &s)
{
    lint::Snapshot snapshot;
    snapshot.catalog = ProviderCatalog::builtIn();
    snapshot.trunks = s.trunks;
    snapshot.profiles = s.profiles;
    coverage::UfwParseResult ufw = coverage::UfwParser::parse(s.ufwRules.join(u'\n'));
    ufw.ipv6Enabled = s.ufwIpv6;
    if (!ufw.ok())
        qFatal("scenario UFW rules do not parse: %s", qPrintable(ufw.errorString()));
    snapshot.ufw = coverage::UfwConfiguration::from(ufw);
    // The ACL as FreeSWITCH prints it over the Event Socket, read back as the console reads it.
    const coverage::AclParseResult acl
        = coverage::AclParser::parse(QString::fromUtf8(sandbox::aclConfigurationXml(s.acl)));
    if (!acl.ok())
        qFatal("scenario ACL does not parse: %s", qPrintable(acl.errorString()));
    snapshot.acl = acl.lists;
    return snapshot;
}

// Warnings and errors only: the ids a scenario promises.
QStringList problemIds(const QList<lint::Finding> &findings)
{
    QSet<QString> ids;
    for (const lint::Finding &f : findings)
        if (f.severity != lint::Severity::Info)
            ids.insert(f.ruleId);
    QStringList sorted(ids.begin(), ids.end());
    sorted.sort();
    return sorted;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestScenarios final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInScenariosAreListed()
    {
        const QStringList names = sandbox::builtInScenarioNames();
        for (const QString &name : {u"realm-typo"_s, u"ipv6-proxy-without-brackets"_s,
                 u"1und1-on-ipv4"_s, u"plusnet-without-outbound-proxy"_s, u"rtp-address-family"_s,
                 u"firewall-gap"_s, u"late-api"_s})
            QVERIFY2(names.contains(name), qPrintable(names.join(u", "_s)));
    }

    void productionLintsCleanWithFirewallAndAcl()
    {
        const lint::Snapshot s = snapshotOf(sandbox::Scenario::builtIn());
        const QList<lint::Finding> findings = lint::LintEngine().run(s);
        QCOMPARE(problemIds(findings), QStringList());
        QCOMPARE(lint::exitCodeFor(findings), 0);
    }

    void scenarioProducesItsFindings_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : sandbox::builtInScenarioNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void scenarioProducesItsFindings()
    {
        QFETCH(QString, name);
        const sandbox::ScenarioLoad load = sandbox::scenarioFromFile(name);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QVERIFY(!load.scenario.description.isEmpty());
        const QList<lint::Finding> findings = lint::LintEngine().run(snapshotOf(load.scenario));
        const QStringList ids = problemIds(findings);
        QVERIFY2(ids == sorted(load.scenario.expectedFindings), qPrintable(ids.join(u", "_s)));
        for (const lint::Finding &f : findings) {
            QVERIFY2(!f.message.isEmpty() && !f.why.isEmpty(), qPrintable(f.ruleId));
            // A trunk finding with a fix: the fix makes its rule pass.
            if (f.fixedTrunk) {
                sandbox::Scenario fixed = load.scenario;
                for (Trunk &t : fixed.trunks)
                    if (t.id == f.trunkId)
                        t = *f.fixedTrunk;
                const QList<lint::Finding> after = lint::LintEngine().run(snapshotOf(fixed));
                QVERIFY2(!problemIds(after).contains(f.ruleId), qPrintable(f.ruleId));
            }
        }
    }

    void firewallGapNamesTheExactFix()
    {
        const sandbox::ScenarioLoad load = sandbox::scenarioFromFile(u"firewall-gap"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        QStringList lines;
        for (const lint::Finding &f : lint::LintEngine().run(snapshotOf(load.scenario))) {
            QCOMPARE(f.trunkId, 0); // about the platform, not one trunk
            QVERIFY(!f.subject.isEmpty());
            if (f.ruleId == u"XY-ACL-RANGE-NOT-ALLOWED"_s) { // 1&1's range: its own reason
                QCOMPARE(f.provider, u"1und1"_s);
                QVERIFY2(f.why.contains(u"1&1 sends its inbound calls"_s), qPrintable(f.why));
            }
            lines += f.fixLines;
        }
        QVERIFY2(lines.contains(u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(std::any_of(lines.begin(), lines.end(),
                     [](const QString &l) {
                         return l.contains(u"<node type=\"allow\""_s)
                             && l.contains(u"2001:8d8:104:100:212:227:124:128/125"_s);
                     }),
            qPrintable(lines.join(u'\n')));
    }

    void overlayErrorsNameTheEntry_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown base") << QByteArray(R"({"based_on": "staging"})")
                                      << u"t.json: based_on: \"staging\" is unknown"_s;
        QTest::newRow("remove missing")
            << QByteArray(
                   R"({"based_on": "production", "trunks": [{"gateway_name": "x", "remove": true}]})")
            << u"t.json: trunks[0]: there is no gateway_name \"x\" to remove"_s;
        QTest::newRow("entry without key")
            << QByteArray(R"({"based_on": "production", "profiles": [{"sip_port": 5080}]})")
            << u"t.json: profiles[0].name: is required"_s;
        QTest::newRow("bad field after merge") << QByteArray(
            R"({"based_on": "production", "trunks": [{"gateway_name": "plusnet", "register": "yes"}]})")
                                               << u"t.json: trunks[0].register"_s;
    }

    void overlayErrorsNameTheEntry()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const sandbox::ScenarioLoad load = sandbox::scenarioFromJson(json, u"t.json"_s);
        QVERIFY(!load.ok());
        QVERIFY2(load.error.startsWith(error), qPrintable(load.error));
    }

    void overlayChangesOnlyWhatItNames()
    {
        const sandbox::ScenarioLoad load = sandbox::scenarioFromJson(
            R"({"based_on": "production", "trunks": [{"gateway_name": "1und1", "realm": "x.de"},
                {"gateway_name": "plusnet", "remove": true}], "ufw": {"ipv6": false}})",
            u"t.json"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const sandbox::Scenario base = sandbox::Scenario::builtIn();
        QCOMPARE(load.scenario.trunks.size(), 1);
        Trunk expected = base.trunks.at(1);
        expected.realm = u"x.de"_s;
        expected.id = 1;
        QCOMPARE(load.scenario.trunks.first(), expected);
        QCOMPARE(load.scenario.ufwIpv6, false);
        QCOMPARE(load.scenario.ufwRules, base.ufwRules); // the rest of "ufw" stays
        QCOMPARE(load.scenario.profiles.size(), base.profiles.size());
    }

    // The console's session loads trunks, UFW (API) and the ACL (Event Socket) from a running
    // sandbox and lints them together: the findings panel and the badges see the firewall gap.
    void sessionFindsTheFirewallGapOnTheLivePlatform()
    {
        const sandbox::ScenarioLoad load = sandbox::scenarioFromFile(u"firewall-gap"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0; // real time: the simulated switch loads its gateways at once
        sandbox::Sandbox sb(load.scenario, o);
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        session::PlatformSession session;
        session.api()->setBaseUrl(sb.apiUrl());
        session.api()->setToken(sb.options().readonlyToken);
        session.gateways()->addNode(
            u"sandbox"_s, sb.eslHost(), sb.eslPort(), sb.options().eslPassword);
        QSignalSpy loaded(&session, &session::PlatformSession::coverageLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(15'000));
        QVERIFY2(loaded.last().at(0).toBool(), qPrintable(session.coverageProblems().join(u'\n')));
        // The running gateways arrive over the Event Socket, in their own time.
        QTRY_COMPARE_WITH_TIMEOUT(runningCount(*session.gateways()), 2, 10'000);
        QTRY_VERIFY2(problemIds(session.findings()) == sorted(load.scenario.expectedFindings),
            qPrintable(problemIds(session.findings()).join(u", "_s)));
    }

    // A rule the parser cannot read would look like a missing rule: the firewall is then not
    // checked at all, and the session says so instead of flagging every range.
    void unreadableFirewallIsNotCheckedRatherThanWrong()
    {
        sandbox::ScenarioLoad load = sandbox::scenarioFromJson(
            R"({"based_on": "production", "ufw": {"rules": ["ufw allow 5060/udp frm 1.2.3.4"]}})",
            u"t.json"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        sandbox::Sandbox sb(load.scenario, o);
        QVERIFY2(sb.start(), qPrintable(sb.errorString()));
        session::PlatformSession session;
        session.api()->setBaseUrl(sb.apiUrl());
        session.api()->setToken(sb.options().readonlyToken);
        QSignalSpy loaded(&session, &session::PlatformSession::coverageLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(15'000));
        QVERIFY(session.liveUfw().has_value()); // kept for the Coverage page's error list
        QVERIFY2(session.coverageProblems().join(u'\n').contains(
                     u"could not be read, so the firewall is not checked"_s),
            qPrintable(session.coverageProblems().join(u'\n')));
        for (const lint::Finding &f : session.findings())
            QVERIFY2(!f.ruleId.startsWith(u"XY-UFW-"_s), qPrintable(f.ruleId));
    }

    // FreeSWITCH started before the API answered: both trunks are served but not running, and the
    // lint says so (offering the rescan) until the profiles are rescanned.
    void lateApiLeavesTrunksNotRunning()
    {
        const sandbox::ScenarioLoad load = sandbox::scenarioFromFile(u"late-api"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        const auto started = testsupport::startSandbox(load.scenario);
        QVERIFY(started);
        sandbox::Sandbox &sb = *started;
        session::PlatformSession session;
        testsupport::useSandboxApi(*session.api(), sb);
        testsupport::addSandboxNode(*session.gateways(), sb, esl::Link::Options {});
        QTRY_VERIFY_WITH_TIMEOUT(session.gateways()->running().has_value(), 10'000);
        QCOMPARE(runningCount(*session.gateways()), 0);
        sb.scheduler()->advance(31'000); // the API answers now
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        QStringList expected {u"XY-NOT-RUNNING:1und1"_s, u"XY-NOT-RUNNING:plusnet"_s};
        const auto ids = [&session] {
            QStringList list;
            for (const lint::Finding &f : session.findings())
                list.append(f.ruleId + u':' + f.gatewayName);
            list.sort();
            return list;
        };
        QTRY_COMPARE(ids(), expected);
        for (const lint::Finding &f : session.findings())
            QVERIFY(f.offersApply);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
