// NodeLinks directly: when a node's word is current and when it turns stale (on a clock the test
// moves), what a dropped link forgets, which host names are believed, and that a gateway's status
// query goes out once however often it is asked for — the last against the sandbox's real
// Event Socket.
#include "LoopbackEslServer.h"
#include "ManualClock.h"
#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "session/NodeLinks.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestNodeLinks final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aNodeIsCurrentOnlyWhileItTalks()
    {
        testsupport::ManualClock clock;
        session::NodeLinks links;
        links.setClock(&clock);
        links.setStaleAfterMs(20'000);
        QVERIFY(!links.contains(u"fs1"_s));
        QVERIFY(!links.isStale(u"fs1"_s)); // fed directly: never marked

        links.noteLinkState(u"fs1"_s, esl::Link::State::Up, {});
        QVERIFY(links.contains(u"fs1"_s));
        // Connected but silent: nothing it said is known, so it is stale.
        QVERIFY(links.isStale(u"fs1"_s));
        QVERIFY(!links.status(u"fs1"_s)->gatewaysKnown);

        QSignalSpy staleness(&links, &session::NodeLinks::stalenessChanged);
        links.noteSnapshot(u"fs1"_s);
        QVERIFY(!links.isStale(u"fs1"_s));
        QVERIFY(links.status(u"fs1"_s)->gatewaysKnown);
        QCOMPARE(staleness.size(), 1);

        clock.advance(20'000);
        links.refreshStaleness();
        QVERIFY(!links.status(u"fs1"_s)->stale); // exactly at the bound: still current
        clock.advance(1'001);
        links.refreshStaleness();
        QVERIFY(links.status(u"fs1"_s)->stale);
        QCOMPARE(staleness.size(), 2);
        links.refreshStaleness(); // no change, no signal
        QCOMPARE(staleness.size(), 2);
        links.noteSnapshot(u"fs1"_s);
        QVERIFY(!links.status(u"fs1"_s)->stale);
        QCOMPARE(staleness.size(), 3);
    }

    // A node that sends nothing after its gateway list but answers the link's probe stays
    // current: its silence means nothing changed. (A real FreeSWITCH sends HEARTBEAT every 20 s,
    // which is the staleness bound: a quiet node turned stale whenever a heartbeat came late.)
    void aSilentNodeThatAnswersTheProbeStaysCurrent()
    {
        xynap_bench::LoopbackEslServer server({true, xynap_bench::gatewaysXml(3), {}});
        session::NodeLinks links;
        links.setStaleAfterMs(600);
        esl::Link::Options options = testsupport::fastLinkOptions();
        options.probeAfterMs = 200;
        options.probeTimeoutMs = 5'000;
        esl::Link *link
            = links.addNode(u"fs1"_s, u"127.0.0.1"_s, server.port(), u"ClueCon"_s, options);
        QSignalSpy probes(link, &esl::Link::probeAnswered);
        // As the monitor does once it applied the list.
        connect(&links, &session::NodeLinks::snapshotTaken, this,
            [&links](const QString &node) { links.noteSnapshot(node); });
        QTRY_VERIFY_WITH_TIMEOUT(links.status(u"fs1"_s)->gatewaysKnown, 10'000);
        bool everStale = false;
        connect(&links, &session::NodeLinks::stalenessChanged, this,
            [&] { everStale = everStale || links.isStale(u"fs1"_s); });
        QTest::qWait(3'000); // five times the bound; the staleness timer looks every second
        QVERIFY(probes.size() >= 5);
        QVERIFY(!everStale);
        QVERIFY(!links.isStale(u"fs1"_s));
        QCOMPARE(link->state(), esl::Link::State::Up);
    }

    void aDroppedLinkForgetsWhatRuns()
    {
        session::NodeLinks links;
        links.noteLinkState(u"fs1"_s, esl::Link::State::Up, {});
        links.noteSnapshot(u"fs1"_s);
        QVERIFY(links.status(u"fs1"_s)->gatewaysKnown);
        links.noteLinkState(u"fs1"_s, esl::Link::State::Down, u"connection refused"_s);
        QVERIFY(!links.status(u"fs1"_s)->gatewaysKnown);
        QVERIFY(links.isStale(u"fs1"_s));
        QCOMPARE(links.status(u"fs1"_s)->detail, u"connection refused"_s);
    }

    void anUnreadableListIsFlaggedOnceAndClearedByASnapshot()
    {
        session::NodeLinks links;
        links.noteLinkState(u"fs1"_s, esl::Link::State::Up, {});
        QSignalSpy changed(&links, &session::NodeLinks::nodesChanged);
        QVERIFY(links.flagUnreadable(u"fs1"_s, u"not XML"_s));
        QVERIFY(!links.flagUnreadable(u"fs1"_s, u"still not XML"_s));
        QCOMPARE(links.status(u"fs1"_s)->snapshotError, u"not XML"_s);
        QCOMPARE(changed.size(), 1);
        links.noteSnapshotFailure(u"fs1"_s, u"5,001 gateways"_s, true);
        QVERIFY(links.status(u"fs1"_s)->overLimit);
        links.noteSnapshot(u"fs1"_s);
        QVERIFY(links.status(u"fs1"_s)->snapshotError.isEmpty());
        QVERIFY(!links.status(u"fs1"_s)->overLimit);
    }

    void onlyHostNamesAreBelieved_data()
    {
        QTest::addColumn<QString>("said");
        QTest::addColumn<bool>("kept");
        QTest::newRow("name") << u"fs1.example.net"_s << true;
        QTest::newRow("short") << u"fs1"_s << true;
        QTest::newRow("line break") << u"fs1\nCRITICAL"_s << false;
        QTest::newRow("shell") << u"fs1;reboot"_s << false;
        QTest::newRow("space") << u"fs 1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void onlyHostNamesAreBelieved()
    {
        QFETCH(QString, said);
        QFETCH(bool, kept);
        session::NodeLinks links;
        links.noteLinkState(u"10.0.0.5:8021"_s, esl::Link::State::Up, {});
        QSignalSpy changed(&links, &session::NodeLinks::nodesChanged);
        links.noteHostname(u"10.0.0.5:8021"_s, said);
        QCOMPARE(links.status(u"10.0.0.5:8021"_s)->hostname, kept ? said : QString());
        QCOMPARE(changed.size(), kept ? 1 : 0);
        links.noteHostname(u"10.0.0.5:8021"_s, said); // the same again: no news
        QCOMPARE(changed.size(), kept ? 1 : 0);
    }

    void nodesAreListedByName()
    {
        session::NodeLinks links;
        for (const QString &n : {u"fs3"_s, u"fs1"_s, u"fs2"_s})
            links.noteLinkState(n, esl::Link::State::Up, {});
        QStringList names;
        for (const session::NodeStatus &s : links.nodes())
            names.append(s.name);
        QCOMPARE(names, (QStringList {u"fs1"_s, u"fs2"_s, u"fs3"_s}));
    }

    // Against the sandbox: five asks for one gateway's status while one is under way make one
    // `sofia xmlstatus gateway`; a name FreeSWITCH's grammar refuses makes none.
    void aGatewayIsQueriedOnceAtATime()
    {
        auto sb = testsupport::startSandbox();
        QVERIFY(sb);
        session::NodeLinks links;
        QStringList status; // node/gateway of each answer
        connect(&links, &session::NodeLinks::gatewayStatusReceived, this,
            [&status](const QString &node, const GatewayStatus &g) {
                status.append(node + u'/' + g.name);
            });
        esl::Link *link = links.addNode(testsupport::SandboxNode, sb->eslHost(), sb->eslPort(),
            sb->options().eslPassword, testsupport::fastLinkOptions());
        QTRY_COMPARE_WITH_TIMEOUT(link->state(), esl::Link::State::Up, 10'000);
        for (int i = 0; i < 5; ++i)
            links.queryGateway(testsupport::SandboxNode, {}, u"1und1"_s, 50);
        links.queryGateway(testsupport::SandboxNode, {}, u"1und1 restart"_s, 0);
        links.queryGateway(testsupport::SandboxNode, u"bad profile"_s, u"plusnet"_s, 0);
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 1, 10'000);
        QTest::qWait(500);
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.constFirst(), testsupport::SandboxNode + u"/1und1"_s);
        // Answered: the next ask goes out again.
        links.queryGateway(testsupport::SandboxNode, {}, u"1und1"_s, 0);
        QTRY_COMPARE_WITH_TIMEOUT(status.size(), 2, 10'000);
    }
};

QTEST_GUILESS_MAIN(TestNodeLinks)
#include "tst_nodelinks.moc"
