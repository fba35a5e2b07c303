// session::HealthSummary's verdict and line, the words `xynapctl check`, the NOC's health line
// and the Gateways page share: unknown is never healthy, and the worst comes first.
#include "session/HealthSummary.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap::session;

class TestHealthSummary final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allHealthyIsHealthy()
    {
        HealthSummary s;
        s.total = s.healthy = 3;
        QCOMPARE(s.overall(), Health::Healthy);
        QCOMPARE(s.line(), u"3 gateway(s) healthy"_s);
    }

    // Nothing seen is not "all fine": no gateway at all, a node out of reach, a gateway list
    // that could not be read, or trunks the API did not serve make the whole unknown.
    void whatCannotBeSeenIsUnknown_data()
    {
        QTest::addColumn<HealthSummary>("summary");
        QTest::addColumn<QString>("line");
        HealthSummary none;
        QTest::newRow("no gateway")
            << none << u"no gateway reported by FreeSWITCH and none served by the Platform API"_s;
        HealthSummary unreachable;
        unreachable.total = unreachable.healthy = 2;
        unreachable.unreachableNodes = {u"fs2: connection refused"_s};
        QTest::newRow("a node out of reach") << unreachable << u"node fs2: connection refused"_s;
        HealthSummary unreadable;
        unreadable.total = unreadable.healthy = 2;
        unreadable.unreadableNodes = {u"fs1: the gateway list is not XML"_s};
        QTest::newRow("an unreadable list") << unreadable << u"fs1: the gateway list is not XML"_s;
        HealthSummary trunks;
        trunks.total = trunks.healthy = 1;
        trunks.trunksProblem = u"401 from the Platform API"_s;
        QTest::newRow("trunks not known")
            << trunks << u"trunks not known: 401 from the Platform API"_s;
    }

    void whatCannotBeSeenIsUnknown()
    {
        QFETCH(HealthSummary, summary);
        QFETCH(QString, line);
        QCOMPARE(summary.overall(), Health::Unknown);
        QCOMPARE(summary.line(), line);
    }

    void downOutranksUnknownAndDegraded()
    {
        HealthSummary s;
        s.total = 3;
        s.down = s.unknown = s.degraded = 1;
        s.unreachableNodes = {u"fs2: timeout"_s};
        s.problems
            = {{u"fs1"_s, u"oneandone"_s, u"FAIL_WAIT"_s, Health::Down, u"1&1 answers 503"_s}};
        QCOMPARE(s.overall(), Health::Down);
        QCOMPARE(s.line(), u"node fs2: timeout; oneandone@fs1 FAIL_WAIT: 1&1 answers 503"_s);
        s.down = 0;
        QCOMPARE(s.overall(), Health::Unknown);
        s.unknown = 0;
        s.unreachableNodes.clear();
        QCOMPARE(s.overall(), Health::Degraded);
    }

    void severityRankIsWorstFirst()
    {
        QVERIFY(severityRank(Health::Down) < severityRank(Health::Unknown));
        QVERIFY(severityRank(Health::Unknown) < severityRank(Health::Degraded));
        QVERIFY(severityRank(Health::Degraded) < severityRank(Health::Healthy));
    }
};

QTEST_GUILESS_MAIN(TestHealthSummary)
#include "tst_healthsummary.moc"
