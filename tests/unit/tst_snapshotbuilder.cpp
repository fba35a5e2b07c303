// SnapshotBuilder directly: what the lint is given of the monitor (only nodes whose gateway list
// is current), and that a firewall or ACL read with parse errors is left out rather than passed
// on as an empty one.
#include "DocumentedRules.h"
#include "ManualClock.h"
#include "coverage/AclParser.h"
#include "coverage/UfwParser.h"
#include "lint/LintEngine.h"
#include "session/GatewayMonitor.h"
#include "session/SnapshotBuilder.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

GatewayStatus runningGateway(const QString &node, const QString &name, const QString &state)
{
    GatewayStatus g;
    g.node = node;
    g.name = name;
    g.profile = u"external-ipv4"_s;
    g.state = state;
    g.proxy = u"sip:sip.plusnet.de"_s;
    g.realm = u"sip.plusnet.de"_s;
    return g;
}

Trunk plusnetTrunk(const QString &name)
{
    Trunk t;
    t.id = 1;
    t.version = 3;
    t.provider = u"plusnet"_s;
    t.gatewayName = name;
    t.profile = u"external-ipv4"_s;
    t.proxy = u"sip.plusnet.de"_s;
    t.outboundProxy = u"92.197.176.16"_s;
    return t;
}

} // namespace

class TestSnapshotBuilder final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // Nothing read from any node: running is unknown, never an empty list (which would make
    // every trunk "not running").
    void noNodeReadMeansRunningUnknown()
    {
        session::GatewayMonitor monitor;
        session::SnapshotBuilder builder(ProviderCatalog::builtIn());
        builder.setTrunks({plusnetTrunk(u"plusnet"_s)});
        QVERIFY(!builder.setRunning(monitor));
        QVERIFY(!builder.snapshot().running.has_value());
        QVERIFY(builder.snapshot().runningNodes.isEmpty());
        const QList<lint::Finding> findings = lint::LintEngine().run(builder.snapshot());
        for (const lint::Finding &f : findings)
            QVERIFY2(f.ruleId != u"XY-NOT-RUNNING"_s && f.ruleId != u"XY-NOT-APPLIED"_s,
                qPrintable(f.ruleId + u": "_s + f.message));
    }

    // Two nodes: one current, one whose link is down. Only the current one speaks for what
    // runs; the other's gateways are not passed on as running (nor as missing).
    void onlyCurrentNodesSpeakForWhatRuns()
    {
        testsupport::ManualClock clock;
        session::GatewayMonitor monitor;
        monitor.setClock(&clock);
        monitor.setTrunks({plusnetTrunk(u"plusnet"_s)});
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            monitor.noteLinkState(node, esl::Link::State::Up, {});
            monitor.applySnapshot(node, {runningGateway(node, u"plusnet"_s, u"NOREG"_s)});
        }
        monitor.noteLinkState(u"fs2"_s, esl::Link::State::Down, u"connection refused"_s);
        monitor.refreshStaleness();
        monitor.setAppliedVersions(
            {{session::GatewayMonitor::appliedKey(u"fs1"_s, u"plusnet"_s), 3}});

        session::SnapshotBuilder builder(ProviderCatalog::builtIn());
        builder.setTrunks(monitor.trunks());
        QVERIFY(builder.setRunning(monitor));
        const lint::Snapshot &s = builder.snapshot();
        QCOMPARE(s.runningNodes, QStringList {u"fs1"_s});
        QVERIFY(s.running.has_value());
        QCOMPARE(s.running->size(), 1);
        QCOMPARE(s.running->constFirst().node, u"fs1"_s);
        QCOMPARE(s.running->constFirst().gateways.size(), 1);
        QCOMPARE(s.running->constFirst().gateways.constFirst().name, u"plusnet"_s);
        QCOMPARE(
            s.appliedVersions.value(session::GatewayMonitor::appliedKey(u"fs1"_s, u"plusnet"_s)),
            3);
    }

    // A firewall or ACL with a line the parser could not read is not checked at all: its rules
    // would look like missing rules.
    void unreadableRulesAreLeftOut()
    {
        session::SnapshotBuilder builder(ProviderCatalog::builtIn());
        QVERIFY(!builder.setFirewall(std::nullopt));
        QVERIFY(!builder.setFirewall(coverage::UfwParser::parse(u"ufw allow from nowhere to\n"_s)));
        QVERIFY(!builder.hasFirewall());
        QVERIFY(!builder.setAcl(
            coverage::AclParser::parse(u"<configuration name=\"acl.conf\"><network-lists>"_s)));
        QVERIFY(!builder.snapshot().acl.has_value());

        QVERIFY(builder.setFirewall(coverage::UfwParser::parse(test::documentedUfwRules())));
        QVERIFY(builder.hasFirewall());
        QVERIFY(builder.setAcl(coverage::AclParser::parse(test::documentedSipGatewaysAcl())));
        QVERIFY(builder.snapshot().acl.has_value());
        QVERIFY(!builder.snapshot().acl->isEmpty());
    }

    // The catalog is the one handed in, never one of the builder's own.
    void theCatalogIsTheOneGiven()
    {
        const ProviderCatalog &builtIn = ProviderCatalog::builtIn();
        QVERIFY(builtIn.providers().size() > 1);
        ProviderCatalog one;
        one.add(builtIn.providers().constFirst());
        session::SnapshotBuilder builder(one);
        QCOMPARE(builder.snapshot().catalog.providers().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSnapshotBuilder)
#include "tst_snapshotbuilder.moc"
