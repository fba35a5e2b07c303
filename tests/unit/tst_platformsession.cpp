// PlatformSession's lint runs on a thread of its own: its findings arrive with findingsChanged,
// and a result whose snapshot a newer change overtook is dropped, never shown.
#include "session/AppliedVersions.h"
#include "session/PlatformSession.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

Trunk plusnetTrunk(int id, const QString &name)
{
    Trunk t;
    t.id = id;
    t.version = 3;
    t.provider = u"plusnet"_s;
    t.gatewayName = name;
    t.profile = u"external-ipv4"_s;
    t.proxy = u"sip.plusnet.de"_s;
    t.outboundProxy = u"92.197.176.16"_s;
    return t;
}

// The gateways the findings are about.
QStringList gatewaysIn(const QList<lint::Finding> &findings)
{
    QStringList names;
    for (const lint::Finding &f : findings)
        if (!f.gatewayName.isEmpty() && !names.contains(f.gatewayName))
            names.append(f.gatewayName);
    names.sort();
    return names;
}

} // namespace

class TestPlatformSession final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"xynap-test"_s);
        QCoreApplication::setApplicationName(u"tst_platformsession"_s);
        QSettings().clear();
    }

    // A rescan of many gateways is many "this version loaded" changes: written once the burst is
    // over, not once per change.
    void appliedVersionsAreWrittenOncePerBurst()
    {
        const QString platform = u"https://api.example.net"_s;
        session::PlatformSession session;
        session.api()->setBaseUrl(QUrl(platform));
        QList<Trunk> trunks;
        for (int i = 0; i < 200; ++i)
            trunks.append(plusnetTrunk(i + 1, u"gw%1"_s.arg(i)));
        session.trunks()->setTrunks(trunks);
        session.gateways()->setTrunks(trunks);
        for (const Trunk &t : std::as_const(trunks))
            session.gateways()->recordApplied(u"fs1"_s, t.gatewayName);
        {
            QSettings settings;
            QVERIFY(session::loadAppliedVersions(settings, platform).isEmpty()); // not yet
        }
        QTRY_COMPARE_WITH_TIMEOUT(
            [&] {
                QSettings settings;
                return session::loadAppliedVersions(settings, platform).size();
            }(),
            qsizetype(200), 5000);
    }

    // The console closed within a second of a snapshot: what it saw is saved all the same.
    void seenGatewaysAreSavedOnClose()
    {
        {
            session::PlatformSession session;
            session.loadSeenGateways();
            GatewayStatus plusnet;
            plusnet.name = u"plusnet"_s;
            plusnet.profile = u"external-ipv4"_s;
            plusnet.state = u"NOREG"_s;
            session.gateways()->applySnapshot(u"fs1"_s, {plusnet});
        }
        QSettings settings;
        const session::SeenGateways seen = session::loadSeenGateways(settings);
        QVERIFY2(seen.value(u"fs1"_s).contains(u"plusnet"_s),
            qPrintable(QStringList(seen.keys()).join(u", "_s)));
    }

    // A node that runs nothing: every trunk is "not running" there, said by the lint thread.
    void findingsArrive()
    {
        session::PlatformSession session;
        session.trunks()->setTrunks({plusnetTrunk(1, u"alpha"_s)});
        session.gateways()->applySnapshot(u"fs1"_s, {});
        QSignalSpy changed(&session, &session::PlatformSession::findingsChanged);
        session.relint();
        QVERIFY(session.isLinting());
        QVERIFY(session.findings().isEmpty()); // not yet: the lint runs elsewhere
        QVERIFY(changed.wait());
        QVERIFY(!session.isLinting());
        QCOMPARE(gatewaysIn(session.findings()), QStringList {u"alpha"_s});
        bool notRunning = false;
        for (const lint::Finding &f : session.findings())
            notRunning = notRunning || (f.ruleId == u"XY-NOT-RUNNING"_s && f.node == u"fs1"_s);
        QVERIFY(notRunning);
    }

    // A relint that finds what the last one found says it is done, but not that the findings
    // changed: the findings panel is not rebuilt for every gateway event.
    void sameFindingsAreNotAChange()
    {
        session::PlatformSession session;
        session.trunks()->setTrunks({plusnetTrunk(1, u"alpha"_s)});
        session.gateways()->applySnapshot(u"fs1"_s, {});
        QSignalSpy changed(&session, &session::PlatformSession::findingsChanged);
        QSignalSpy linted(&session, &session::PlatformSession::linted);
        session.relint();
        QVERIFY(linted.wait());
        QCOMPARE(changed.size(), 1);
        session.relint();
        QVERIFY(linted.wait());
        QCOMPARE(linted.size(), 2);
        QCOMPARE(changed.size(), 1);
        session.trunks()->setTrunks({plusnetTrunk(1, u"alpha"_s), plusnetTrunk(2, u"beta"_s)});
        session.relint();
        QVERIFY(linted.wait());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(gatewaysIn(session.findings()), (QStringList {u"alpha"_s, u"beta"_s}));
    }

    // A change while a lint is under way: that lint's result speaks of what was before, so it is
    // dropped and the change linted instead. The first findings to arrive are the new ones.
    void staleResultIsDropped()
    {
        session::PlatformSession session;
        session.gateways()->applySnapshot(u"fs1"_s, {});
        session.trunks()->setTrunks({plusnetTrunk(1, u"alpha"_s)});
        QSignalSpy changed(&session, &session::PlatformSession::findingsChanged);
        session.relint(); // alpha's lint starts on the lint thread
        session.trunks()->setTrunks({plusnetTrunk(2, u"beta"_s)});
        session.relint(); // before alpha's result can be back (this thread has not returned)
        QVERIFY(changed.wait());
        QCOMPARE(gatewaysIn(session.findings()), QStringList {u"beta"_s});
    }

    // A session destroyed while its lint runs waits for it and is gone without a trace.
    void destroyedWhileLinting()
    {
        auto session = std::make_unique<session::PlatformSession>();
        session->trunks()->setTrunks({plusnetTrunk(1, u"alpha"_s)});
        session->relint();
        QVERIFY(session->isLinting());
        session.reset();
        QCoreApplication::processEvents(); // a queued result must not reach a deleted session
    }
};

QTEST_GUILESS_MAIN(TestPlatformSession)
#include "tst_platformsession.moc"
