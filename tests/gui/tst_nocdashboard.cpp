// The NOC dashboard on the sandbox: one tile per gateway, "all healthy" while the data is
// current, and grey tiles with "without current data" once the switch is gone. A screenshot of
// both goes to the build tree (XYNAP_TEST_OUTPUT_DIR), never into the sources.

#include "SandboxFixture.h"
#include "common/HealthStyle.h"
#include "noc/GatewayTile.h"
#include "noc/NocDashboard.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"

#include <QDir>
#include <QImage>
#include <QtTest>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::sandbox;
using xynap::session::Health;

namespace {
constexpr qint64 Second = 1000;
const QString Node = u"sandbox"_s;

ui::GatewayTile *tileNamed(const ui::NocDashboard &dashboard, const QString &name)
{
    for (ui::GatewayTile *t : dashboard.tiles()) {
        if (t->content().name == name)
            return t;
    }
    return nullptr;
}

// The colour of the tile's face, left of the text, half way down.
QColor faceOf(ui::GatewayTile *tile)
{
    const QImage image = tile->grab().toImage();
    return image.pixelColor(12, image.height() / 2);
}

bool sameColor(const QColor &a, const QColor &b)
{
    return qAbs(a.red() - b.red()) <= 2 && qAbs(a.green() - b.green()) <= 2
        && qAbs(a.blue() - b.blue()) <= 2;
}
} // namespace

class TestNocDashboard final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;

    bool advanceUntil(const std::function<bool()> &done, qint64 maxSimMs)
    {
        return testsupport::advanceUntil(*m_sb->scheduler(), done, maxSimMs);
    }

    static QString outputPath(const QString &file)
    {
        const QString dir = QStringLiteral(XYNAP_TEST_OUTPUT_DIR);
        QDir().mkpath(dir);
        return dir + u'/' + file;
    }

private Q_SLOTS:
    void cleanup() { m_sb.reset(); }

    void tilesAllHealthyThenGreyWhenTheSwitchIsGone()
    {
        m_sb = testsupport::startSandbox();
        QVERIFY(m_sb);

        session::PlatformSession session;
        session.setSandbox(true);
        testsupport::useSandboxApi(*session.api(), *m_sb);
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));

        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        testsupport::addSandboxNode(*session.gateways(), *m_sb);

        QTRY_COMPARE(dashboard.tiles().size(), 2);
        QVERIFY2(
            advanceUntil([&] { return dashboard.healthLine() == u"✔ All 2 gateway(s) healthy"_s; },
                10 * Second),
            qPrintable(dashboard.healthLine()));

        ui::GatewayTile *one = tileNamed(dashboard, u"1und1"_s);
        ui::GatewayTile *plusnet = tileNamed(dashboard, u"plusnet"_s);
        QVERIFY(one && plusnet);
        QCOMPARE(one->content().state, u"REGED"_s);
        QCOMPARE(one->content().health, Health::Healthy);
        QVERIFY(!one->content().stale);
        QCOMPARE(one->content().summary, u"Registered"_s);
        QVERIFY2(one->content().provider.startsWith(u"1&1"_s), qPrintable(one->content().provider));
        QVERIFY2(one->content().numbers.contains(u"+493455664337"_s),
            qPrintable(one->content().numbers));
        QCOMPARE(plusnet->content().state, u"NOREG"_s);
        QCOMPARE(plusnet->content().health, Health::Healthy);
        QVERIFY(!plusnet->content().stale);
        QVERIFY(sameColor(faceOf(one), ui::healthStyle(Health::Healthy, true).background));

        const QString healthyShot = outputPath(u"nocdashboard.png"_s);
        QVERIFY(dashboard.grab().save(healthyShot));
        QVERIFY(!QImage(healthyShot).isNull());
        QVERIFY(!healthyShot.startsWith(QStringLiteral(XYNAP_TEST_DATA)));

        // The switch goes away: no data, so nothing may look healthy any more.
        m_sb.reset();
        QTRY_VERIFY2(dashboard.healthLine().contains(u"without current data"_s),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.healthLine(), u"? 2 of 2 gateways without current data"_s);
        QCOMPARE(dashboard.tiles().size(), 2); // still shown, as last known
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            QVERIFY2(tile->content().stale, qPrintable(tile->content().name));
            QVERIFY2(tile->content().summary.startsWith(u"No data since "_s),
                qPrintable(tile->content().summary));
            const QColor face = faceOf(tile);
            QVERIFY2(sameColor(face, ui::healthStyle(Health::Unknown, true).background),
                qPrintable(face.name()));
        }
        QVERIFY(dashboard.grab().save(outputPath(u"nocdashboard-stale.png"_s)));
    }

    // FreeSWITCH stopping in order: DOWN and gateway_delete for every gateway, then the
    // disconnect notice (capture 30). Every tile stays, gone and grey; nothing is healthy.
    void orderlyShutdownKeepsEveryTileAndNothingHealthy()
    {
        m_sb = testsupport::startSandbox();
        QVERIFY(m_sb);
        session::PlatformSession session;
        session.setSandbox(true);
        testsupport::useSandboxApi(*session.api(), *m_sb);
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        esl::Link::Options options;
        options.initialBackoffMs = 5000; // no reconnect within the test
        testsupport::addSandboxNode(*session.gateways(), *m_sb, options);
        QVERIFY2(
            advanceUntil([&] { return dashboard.healthLine() == u"✔ All 2 gateway(s) healthy"_s; },
                10 * Second),
            qPrintable(dashboard.healthLine()));

        QSignalSpy deleted(session.gateways(), &session::GatewayMonitor::gatewayDeleted);
        m_sb->shutdown();
        QTRY_COMPARE(deleted.size(), 2);
        QTRY_VERIFY2(
            dashboard.healthLine().startsWith(u"? 2 of 2"_s), qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().size(), 2);
        QCOMPARE(session.gateways()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const session::GatewayRecord *r = session.gateways()->recordAt(row);
            QCOMPARE(r->presence, session::Presence::Gone);
            QVERIFY(r->goneAt.isValid());
        }
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            QTRY_VERIFY2(tile->content().stale, qPrintable(tile->content().name));
            QVERIFY(tile->content().health != Health::Healthy);
            QVERIFY2(sameColor(faceOf(tile), ui::healthStyle(Health::Unknown, true).background),
                qPrintable(faceOf(tile).name()));
        }
    }

    // 5,000 gateways on 50 nodes (100 trunks, which every node runs, as mod_xml_curl serves them
    // by profile): the dashboard stays the size of the wall, the failing ones get the tiles, the
    // healthy ones a summary by provider.
    void fitsTheWallAtFiveThousand()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1920, 1080);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        session::GatewayMonitor *monitor = session.gateways();
        QList<Trunk> trunks;
        for (int node = 0; node < 50; ++node) {
            QList<GatewayStatus> gateways;
            for (int i = 0; i < 100; ++i) {
                GatewayStatus g;
                g.name = u"gw%1"_s.arg(i);
                g.profile = u"external-ipv4"_s;
                g.state = (node * 100 + i) % 500 == 7 ? u"FAIL_WAIT"_s : u"NOREG"_s;
                g.pingStatus = g.state == u"NOREG"_s ? u"UP"_s : u"DOWN"_s;
                gateways.append(g);
                if (node == 0) {
                    Trunk t;
                    t.gatewayName = g.name;
                    t.provider = i % 2 ? u"plusnet"_s : u"1und1"_s;
                    trunks.append(t);
                }
            }
            monitor->applySnapshot(u"fs%1"_s.arg(node, 2, 10, QChar(u'0')), gateways);
        }
        monitor->setTrunks(trunks);
        QCOMPARE(monitor->rowCount(), 5000);
        QTRY_VERIFY(dashboard.healthLine().startsWith(u"✖ 10 of 5000"_s));
        QCOMPARE(dashboard.size(), QSize(1920, 1080)); // never grows past the wall
        QVERIFY(dashboard.tiles().size() <= dashboard.tileCapacity());
        QCOMPARE(dashboard.tiles().size(), 10); // exactly the failing ones
        for (ui::GatewayTile *tile : dashboard.tiles())
            QCOMPARE(tile->content().health, Health::Down);
        QVERIFY2(dashboard.overflowText().contains(u"4,990 healthy"_s)
                || dashboard.overflowText().contains(u"4990 healthy"_s),
            qPrintable(dashboard.overflowText()));
        QVERIFY2(dashboard.overflowText().contains(u"on 50 node(s)"_s)
                && dashboard.overflowText().contains(u"Plusnet"_s),
            qPrintable(dashboard.overflowText()));
        QVERIFY(dashboard.grab().save(outputPath(u"nocdashboard-5000.png"_s)));

        // Two gateways: a tile each, nothing summarised.
        session::PlatformSession small;
        ui::NocDashboard few(&small);
        few.resize(1280, 800);
        few.show();
        QVERIFY(QTest::qWaitForWindowExposed(&few));
        GatewayStatus a;
        a.name = u"plusnet"_s;
        a.state = u"NOREG"_s;
        a.pingStatus = u"UP"_s;
        GatewayStatus b = a;
        b.name = u"1und1"_s;
        b.state = u"REGED"_s;
        small.gateways()->applySnapshot(Node, {a, b});
        QTRY_COMPARE(few.tiles().size(), 2);
        QVERIFY(few.overflowText().isEmpty());
    }

    // A node whose gateway list cannot be read is never ticked.
    void unreadableGatewayListIsNeverTicked()
    {
        Scenario scenario = Scenario::builtIn();
        scenario.xmlStatusAnswer = u"-ERR sofia Command not found!\n"_s;
        m_sb = testsupport::startSandbox(scenario);
        QVERIFY(m_sb);
        session::PlatformSession session;
        session.setSandbox(true);
        ui::NocDashboard dashboard(&session);
        esl::Link *link = testsupport::addSandboxNode(*session.gateways(), *m_sb);
        QTRY_VERIFY(session.gateways()->nodes().value(0).state == esl::Link::State::Up);
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"?"_s), qPrintable(dashboard.healthLine()));
        // Time passes and events come in (HEARTBEATs at least, every 20 s): still not healthy.
        QSignalSpy events(link, &esl::Link::eventReceived);
        QVERIFY(advanceUntil([&events] { return events.size() >= 2; }, 60 * Second));
        QVERIFY2(dashboard.healthLine().startsWith(u"?"_s), qPrintable(dashboard.healthLine()));
        QVERIFY(!session.gateways()->nodes().value(0).snapshotError.isEmpty());
    }
};

QTEST_MAIN(TestNocDashboard)
#include "tst_nocdashboard.moc"
