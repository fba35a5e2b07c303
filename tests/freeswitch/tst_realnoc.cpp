// The NOC wall screen against a real FreeSWITCH: a registrar that stops answering turns its tile
// red (FreeSWITCH's own DOWN, never a calm "Registering…"), and a FreeSWITCH that stops is an
// alarm that names the node, with every tile kept as last known and marked stale.
#include "RealFreeSwitchFixture.h"
#include "session/GatewayMonitor.h"
#include "session/PlatformSession.h"
#include "ui/noc/GatewayTile.h"
#include "ui/noc/NocDashboard.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::testsupport;

class TestRealNoc final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { XYNAP_REQUIRE_FREESWITCH(); }

    void wallScreenIsAnAlarmWhenFreeSwitchFailsOrStops()
    {
        RealPlatform platform;
        QVERIFY2(platform.start(), qPrintable(platform.error()));
        session::PlatformSession session;
        session.api()->setBaseUrl(platform.api().apiUrl());
        session.api()->setToken(platform.api().operatorToken());
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1366, 768);
        dashboard.show();
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        session.gateways()->addNode(u"fs1"_s, u"127.0.0.1"_s, platform.freeSwitch().eslPort(),
            platform.freeSwitch().eslPassword());
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard.healthLine().startsWith(u"✔ All 2"_s),
            qPrintable(dashboard.healthLine()), 30'000);

        // The registrar goes silent and the gateway is applied again: FreeSWITCH retries in
        // TRYING with its status DOWN — the tile is red, the headline says down.
        platform.oneAndOne().blackHole();
        QVERIFY(
            platform.freeSwitch().api(u"sofia profile internal killgw 1und1"_s).contains(u"+OK"_s));
        QVERIFY(QTest::qWaitFor([&] { return !platform.listed(u"1und1"_s); }, 10'000));
        QVERIFY(platform.freeSwitch().rescan(u"internal"_s));
        const auto tile = [&dashboard](const QString &name) -> ui::GatewayTile * {
            for (ui::GatewayTile *t : dashboard.tiles())
                if (t->content().name == name)
                    return t;
            return nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(platform.gateway(u"1und1"_s)[u"state"_s] == u"TRYING"_s
                && tile(u"1und1"_s) && tile(u"1und1"_s)->content().health == session::Health::Down,
            30'000);
        QVERIFY2(dashboard.healthLine().contains(u"down"_s), qPrintable(dashboard.healthLine()));

        // FreeSWITCH stops: the node heads the headline, the red tile stays red, marked stale.
        QVERIFY(platform.freeSwitch().stop());
        QTRY_VERIFY2_WITH_TIMEOUT(dashboard.healthLine().startsWith(u"✖ No contact with fs1"_s),
            qPrintable(dashboard.healthLine()), 25'000);
        QVERIFY(!dashboard.healthLine().contains(u"healthy"_s));
        QCOMPARE(dashboard.tiles().size(), 2);
        QTRY_VERIFY(tile(u"1und1"_s)->content().stale);
        QVERIFY(tile(u"1und1"_s)->content().health != session::Health::Healthy);
    }
};

QTEST_MAIN(TestRealNoc)
#include "tst_realnoc.moc"
