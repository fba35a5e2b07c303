// The NOC dashboard on the sandbox: one tile per gateway, "all healthy" while the data is
// current; once the switch is gone an alarm that names it, and tiles that keep their last known
// state, marked stale. A screenshot of both goes to the build tree (XYNAP_TEST_OUTPUT_DIR), never
// into the sources.

#include "SandboxFixture.h"
#include "model/TimeFormat.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "ui/common/HealthStyle.h"
#include "ui/common/Translations.h"
#include "ui/noc/GatewayTile.h"
#include "ui/noc/NocDashboard.h"

#include <QDir>
#include <QImage>
#include <QScreen>
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

// The share of the tile's pixels in `color` (a stale tile is hatched: no single pixel tells).
double shareOf(ui::GatewayTile *tile, const QColor &color)
{
    const QImage image = tile->grab().toImage();
    qint64 same = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            same += sameColor(image.pixelColor(x, y), color);
    }
    return double(same) / qMax(1, image.width() * image.height());
}

// Nothing the dashboard shows says "healthy" (case-insensitive).
QString healthClaim(const ui::NocDashboard &dashboard)
{
    QStringList texts {dashboard.healthLine(), dashboard.overflowText(), dashboard.nodesText()};
    for (ui::GatewayTile *t : dashboard.tiles())
        texts << t->content().state << t->content().summary << t->content().staleNote;
    for (const QString &text : std::as_const(texts)) {
        if (text.contains(u"healthy"_s, Qt::CaseInsensitive))
            return text;
    }
    return {};
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

    void tilesAllHealthyThenAlarmWhenTheSwitchIsGone()
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

        // The switch goes away: an alarm that names it; the tiles keep what they last were,
        // marked stale, never a calm grey.
        m_sb.reset();
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ No contact with sandbox since "_s),
            qPrintable(dashboard.healthLine()));
        QVERIFY2(dashboard.healthLine().endsWith(u" — 2 gateway(s) unknown"_s),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().size(), 2); // still shown, as last known
        QTRY_VERIFY(dashboard.tiles().at(0)->content().stale);
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            QVERIFY2(tile->content().stale, qPrintable(tile->content().name));
            QCOMPARE(tile->content().health, Health::Healthy); // last known, not today's
            QVERIFY2(tile->content().staleNote.startsWith(u"No data since "_s),
                qPrintable(tile->content().staleNote));
            QVERIFY2(shareOf(tile, ui::healthStyle(Health::Unknown, true).background) < 0.05,
                qPrintable(tile->content().name));
            QVERIFY2(shareOf(tile, ui::GatewayTile::faceColor(tile->content())) > 0.3,
                qPrintable(tile->content().name));
        }
        QVERIFY2(healthClaim(dashboard).isEmpty(), qPrintable(healthClaim(dashboard)));
        QVERIFY(dashboard.grab().save(outputPath(u"nocdashboard-stale.png"_s)));
    }

    // FreeSWITCH stopping in order: DOWN and gateway_delete for every gateway, then the
    // disconnect notice (capture 30). Every tile stays, gone (red) and marked stale; the dead node
    // heads the alarm; nothing is healthy.
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
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ No contact with sandbox since "_s),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().size(), 2);
        QCOMPARE(session.gateways()->rowCount(), 2);
        for (int row = 0; row < 2; ++row) {
            const session::GatewayRecord *r = session.gateways()->recordAt(row);
            QCOMPARE(r->presence, session::Presence::Gone);
            QVERIFY(r->goneAt.isValid());
        }
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            QTRY_VERIFY2(tile->content().stale, qPrintable(tile->content().name));
            // Gone is what FreeSWITCH last said: red, marked stale.
            QCOMPARE(tile->content().health, Health::Down);
            QVERIFY2(tile->content().summary.startsWith(u"Gone since "_s),
                qPrintable(tile->content().summary));
            QVERIFY2(shareOf(tile, ui::GatewayTile::faceColor(tile->content())) > 0.3,
                qPrintable(tile->content().name));
        }
        QVERIFY2(healthClaim(dashboard).isEmpty(), qPrintable(healthClaim(dashboard)));
    }

    // A switch that dies while a trunk is failing: the dead node heads the alarm, the red tile
    // stays red (marked stale), and nothing anywhere says healthy.
    void deadSwitchOutranksAFailingTrunkAndRedStaysRed()
    {
        Scenario scenario = Scenario::builtIn();
        scenario.providersUnavailable = {u"1und1"_s};
        m_sb = testsupport::startSandbox(scenario);
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
        QVERIFY2(advanceUntil(
                     [&] {
                         ui::GatewayTile *one = tileNamed(dashboard, u"1und1"_s);
                         return one && one->content().health == Health::Down
                             && dashboard.healthLine().startsWith(u"✖ 1 of 2"_s);
                     },
                     180 * Second),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().value(0)->content().name, u"1und1"_s); // by name

        m_sb.reset();
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ No contact with sandbox since "_s),
            qPrintable(dashboard.healthLine()));
        QVERIFY2(dashboard.healthLine().contains(u"2 gateway(s) unknown"_s),
            qPrintable(dashboard.healthLine()));
        QVERIFY2(dashboard.nodesText().contains(u"sandbox: no data since"_s),
            qPrintable(dashboard.nodesText()));
        QTRY_VERIFY(tileNamed(dashboard, u"1und1"_s)->content().stale);
        ui::GatewayTile *one = tileNamed(dashboard, u"1und1"_s);
        QCOMPARE(dashboard.tiles().value(0), one); // never moves
        QCOMPARE(one->content().health, Health::Down);
        QVERIFY2(one->content().staleNote.startsWith(u"No data since "_s),
            qPrintable(one->content().staleNote));
        const QColor red = ui::GatewayTile::faceColor(one->content());
        QVERIFY(red.red() > 2 * red.green()); // a dimmed red, not grey
        QVERIFY2(shareOf(one, red) > 0.3, qPrintable(red.name()));
        QVERIFY(shareOf(one, ui::healthStyle(Health::Unknown, true).background) < 0.05);
        QVERIFY2(healthClaim(dashboard).isEmpty(), qPrintable(healthClaim(dashboard)));
        QVERIFY(dashboard.grab().save(outputPath(u"nocdashboard-nocontact.png"_s)));
    }

    // Two nodes: fs1 stops answering while a trunk on fs2 is down. The node heads the headline,
    // the trunk follows; fs1's tiles stay as last known, marked stale.
    void aNodeWithoutContactHeadsTheHeadlineBeforeATrunkDown()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        session::GatewayMonitor *monitor = session.gateways();
        GatewayStatus up;
        up.name = u"plusnet"_s;
        up.state = u"REGED"_s;
        up.pingStatus = u"UP"_s;
        GatewayStatus down = up;
        down.name = u"1und1"_s;
        down.state = u"FAIL_WAIT"_s;
        down.pingStatus = u"DOWN"_s;
        monitor->noteLinkState(u"fs1"_s, esl::Link::State::Up, {});
        monitor->applySnapshot(u"fs1"_s, {up, down});
        monitor->applySnapshot(u"fs2"_s, {up, down});
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ 2 of 4 gateways down"_s),
            qPrintable(dashboard.healthLine()));

        monitor->noteLinkState(u"fs1"_s, esl::Link::State::Down, u"connection refused"_s);
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ No contact with fs1 since "_s),
            qPrintable(dashboard.healthLine()));
        QVERIFY2(dashboard.healthLine().endsWith(u" — 2 gateway(s) unknown · 1 more down"_s),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().size(), 4);
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            const bool onFs1 = tile->content().where.endsWith(u"@fs1"_s);
            QCOMPARE(tile->content().stale, onFs1);
            QCOMPARE(tile->content().health,
                tile->content().name == u"1und1"_s ? Health::Down : Health::Healthy);
        }
    }

    // A node's list arriving after the dashboard has shown the others: its rows are counted and
    // ranked with them (only they are diagnosed, the rows before stay as they were).
    void anotherNodesListJoinsTheRanking()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        session::GatewayMonitor *monitor = session.gateways();
        GatewayStatus up;
        up.name = u"plusnet"_s;
        up.state = u"REGED"_s;
        up.pingStatus = u"UP"_s;
        GatewayStatus down = up;
        down.name = u"1und1"_s;
        down.state = u"FAIL_WAIT"_s;
        down.pingStatus = u"DOWN"_s;
        monitor->applySnapshot(u"fs1"_s, {up});
        QTRY_COMPARE(dashboard.healthLine(), u"✔ All 1 gateway(s) healthy"_s);
        monitor->applySnapshot(u"fs2"_s, {up, down});
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ 1 of 3 gateways down"_s),
            qPrintable(dashboard.healthLine()));
        QCOMPARE(dashboard.tiles().size(), 3);
        QStringList where;
        for (ui::GatewayTile *tile : dashboard.tiles())
            where << tile->content().name + u'@' + tile->content().where.section(u'@', -1);
        QCOMPARE(where, (QStringList {u"plusnet@fs1"_s, u"1und1@fs2"_s, u"plusnet@fs2"_s}));
        QCOMPARE(tileNamed(dashboard, u"1und1"_s)->content().health, Health::Down);
    }

    // The node's list is readable again: its rows that the new list does not name (a gateway
    // gone before) change only through the node (no row of theirs changes): they are diagnosed
    // again too, never left "unreadable".
    void aListReadableAgainDiagnosesTheNodesOtherRowsAgain()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        session::GatewayMonitor *monitor = session.gateways();
        GatewayStatus a;
        a.name = u"plusnet"_s;
        a.state = u"REGED"_s;
        a.pingStatus = u"UP"_s;
        GatewayStatus b = a;
        b.name = u"1und1"_s;
        monitor->noteLinkState(u"fs1"_s, esl::Link::State::Up, {});
        monitor->applySnapshot(u"fs1"_s, {a, b});
        monitor->applySnapshot(u"fs1"_s, {a}); // 1und1 gone
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ 1 of 2 gateways down"_s),
            qPrintable(dashboard.healthLine()));
        monitor->applySnapshotFailure(u"fs1"_s, u"not XML"_s);
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"? 2 of 2 gateways without current data"_s),
            qPrintable(dashboard.healthLine()));
        QTRY_COMPARE(tileNamed(dashboard, u"1und1"_s)->content().health, Health::Unknown);

        monitor->applySnapshot(u"fs1"_s, {a});
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ 1 of 2 gateways down"_s),
            qPrintable(dashboard.healthLine()));
        ui::GatewayTile *gone = tileNamed(dashboard, u"1und1"_s);
        QVERIFY(gone);
        QCOMPARE(gone->content().health, Health::Down);
        QVERIFY2(gone->content().summary.startsWith(u"Gone since "_s),
            qPrintable(gone->content().summary));
    }

    // --noc without a window manager: the size of the screen, tiles and all; after Esc, still a
    // usable window with its tiles. Offscreen honours a full-screen request, which a kiosk's X
    // server without a window manager ignores: ctest runs this under Xvfb too
    // (tst_nocdashboard_nowm).
    void opensAtTheScreensSizeWithoutAWindowManager()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.showOnWallScreen();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        const QRect screen = dashboard.screen()->geometry();
        QTRY_COMPARE(dashboard.geometry(), screen);
        GatewayStatus a;
        a.name = u"plusnet"_s;
        a.state = u"NOREG"_s;
        a.pingStatus = u"UP"_s;
        GatewayStatus b = a;
        b.name = u"1und1"_s;
        b.state = u"REGED"_s;
        session.gateways()->applySnapshot(Node, {a, b});
        QTRY_COMPARE(dashboard.tiles().size(), 2);
        QCOMPARE(dashboard.healthLine(), u"✔ All 2 gateway(s) healthy"_s);

        QTest::keyClick(&dashboard, Qt::Key_Escape);
        QTRY_VERIFY(!dashboard.isFullScreen());
        QTRY_COMPARE(dashboard.geometry(), dashboard.screen()->availableGeometry());
        QTRY_COMPARE(dashboard.tiles().size(), 2);
        QCOMPARE(dashboard.healthLine(), u"✔ All 2 gateway(s) healthy"_s);
    }

    // However small the window, the failing gateways are on it, and the headline never claims
    // health it does not show.
    void aTinyWindowStillShowsTheFailingGateways()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(848, 217); // what a kiosk without a window manager once got
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QList<GatewayStatus> gateways;
        for (int i = 0; i < 8; ++i) {
            GatewayStatus g;
            g.name = u"gw%1"_s.arg(i);
            g.state = u"REGED"_s;
            g.pingStatus = u"UP"_s;
            gateways.append(g);
        }
        session.gateways()->applySnapshot(Node, gateways);
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✔ 8 gateway(s) healthy, not all shown"_s),
            qPrintable(dashboard.healthLine()));
        QVERIFY(dashboard.tiles().size() < 8);

        gateways[6].state = u"FAIL_WAIT"_s;
        gateways[6].pingStatus = u"DOWN"_s;
        session.gateways()->applySnapshot(Node, gateways);
        QTRY_VERIFY2(dashboard.healthLine().startsWith(u"✖ 1 of 8 gateways down"_s),
            qPrintable(dashboard.healthLine()));
        const bool onTile = tileNamed(dashboard, u"gw6"_s) != nullptr;
        QVERIFY2(onTile || dashboard.overflowText().contains(u"gw6@sandbox"_s),
            qPrintable(dashboard.overflowText()));
        // What lists it is on the screen, not cut off.
        QWidget *shown = onTile ? static_cast<QWidget *>(tileNamed(dashboard, u"gw6"_s))
                                : dashboard.findChild<QWidget *>(u"overflowLabel"_s);
        QVERIFY(shown->isVisible());
        if (onTile) // a tile that is there is one that can be read
            QVERIFY(shown->height() >= ui::NocDashboard::TileMinHeight);
        QVERIFY(dashboard.grab().save(outputPath(u"nocdashboard-small.png"_s)));
        const QRect at(shown->mapTo(&dashboard, QPoint(0, 0)), shown->size());
        QVERIFY2(dashboard.rect().contains(at) && at.height() > 0,
            qPrintable(u"%1,%2 %3x%4 in %5x%6"_s.arg(at.x())
                           .arg(at.y())
                           .arg(at.width())
                           .arg(at.height())
                           .arg(dashboard.width())
                           .arg(dashboard.height())));
    }

    // How long a gateway has failed is on the console's clock: a node whose clock is ten days
    // behind does not make it "14400 min".
    void durationsComeFromTheConsolesClock()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1280, 800);
        dashboard.show();
        GatewayStatus a;
        a.name = u"1und1"_s;
        a.state = u"REGED"_s;
        a.pingStatus = u"UP"_s;
        session.gateways()->applySnapshot(Node, {a});
        QTRY_COMPARE(dashboard.tiles().size(), 1);

        const QDateTime skewed = QDateTime::currentDateTimeUtc().addDays(-10).addSecs(-3 * 3600);
        esl::Event e;
        e.headers.append("Event-Name", "CUSTOM");
        e.headers.append("Event-Subclass", "sofia::gateway_state");
        e.headers.append(
            "Event-Date-Timestamp", QByteArray::number(skewed.toMSecsSinceEpoch() * 1000));
        e.headers.append("Gateway", "1und1");
        e.headers.append("State", "FAIL_WAIT");
        e.headers.append("Ping-Status", "DOWN");
        session.gateways()->applyEvent(Node, e);
        // The monitor stamps what it learns on the console's clock, not FreeSWITCH's.
        QVERIFY(qAbs(session.gateways()->recordAt(0)->since.secsTo(QDateTime::currentDateTimeUtc()))
            < 60);
        QTRY_COMPARE(dashboard.tiles().value(0)->content().health, Health::Down);
        const QString since = dashboard.tiles().value(0)->content().since;
        QVERIFY2(!since.contains(u"min"_s), qPrintable(since));
        QVERIFY2(since != displayTimeOfDay(skewed) || since.isEmpty(), qPrintable(since));

        // Deleted, stamped ten days ago by FreeSWITCH: gone since now, by the console's clock.
        esl::Event deleted;
        deleted.headers.append("Event-Name", "CUSTOM");
        deleted.headers.append("Event-Subclass", "sofia::gateway_delete");
        deleted.headers.append(
            "Event-Date-Timestamp", QByteArray::number(skewed.toMSecsSinceEpoch() * 1000));
        deleted.headers.append("Gateway", "1und1");
        session.gateways()->applyEvent(Node, deleted);
        QVERIFY(
            qAbs(session.gateways()->recordAt(0)->goneAt.secsTo(QDateTime::currentDateTimeUtc()))
            < 60); // the console's clock
        QTRY_VERIFY2(dashboard.tiles().value(0)->content().summary.startsWith(u"Gone since "_s),
            qPrintable(dashboard.tiles().value(0)->content().summary));
        const QString gone = dashboard.tiles().value(0)->content().summary;
        QVERIFY2(!gone.contains(displayTimeOfDay(skewed)), qPrintable(gone));
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

    // The wall at 1366×768 and at 1920×1080, in English and German, with what the real platform
    // shows: the realm typo's long diagnosis and 904 answer, 1&1's two numbers, the profile
    // external-ipv4, and the node added by its address as a connection profile adds it. Every
    // word of every tile is on the screen (nothing elided), the node is named by the host name
    // FreeSWITCH reports, and the tiles keep their places while the states change.
    void noTileTextIsCutOnTheWall_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {u"en"_s, u"de"_s}) {
            for (const QSize &size : {QSize(1366, 768), QSize(1920, 1080)})
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height())
                    << language << size;
        }
    }
    void noTileTextIsCutOnTheWall()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        const QLocale before;
        QLocale::setDefault(QLocale(language == u"de"_s ? u"de_DE"_s : u"en_GB"_s));
        const auto restore = qScopeGuard([&before] { QLocale::setDefault(before); });
        const ui::Translations translations {QLocale()};

        const auto load = sandbox::scenarioFromFile(u"realm-typo"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        m_sb = testsupport::startSandbox(load.scenario);
        QVERIFY(m_sb);
        session::PlatformSession session;
        session.setSandbox(true);
        testsupport::useSandboxApi(*session.api(), *m_sb);
        ui::NocDashboard dashboard(&session);
        dashboard.resize(size);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        const QString address = u"%1:%2"_s.arg(m_sb->eslHost()).arg(m_sb->eslPort());
        session.gateways()->addNode(address, m_sb->eslHost(), m_sb->eslPort(),
            m_sb->options().eslPassword, testsupport::fastLinkOptions());
        const auto names = [&dashboard] {
            QStringList list;
            for (ui::GatewayTile *t : dashboard.tiles())
                list.append(t->content().name);
            return list;
        };
        QStringList order;
        QVERIFY2(advanceUntil(
                     [&] {
                         ui::GatewayTile *one = tileNamed(dashboard, u"1und1"_s);
                         if (order.isEmpty() && dashboard.tiles().size() == 2)
                             order = names();
                         return one && one->content().health == Health::Down
                             && !one->content().lastAnswer.isEmpty()
                             && dashboard.nodesText().contains(u"xynap-fs1"_s);
                     },
                     180 * Second),
            qPrintable(dashboard.nodesText()));
        QTest::qWait(200); // the coalesced redraw
        QCOMPARE(names(), order); // 1und1 failed: no tile moved
        QVERIFY2(!dashboard.nodesText().contains(address), qPrintable(dashboard.nodesText()));
        const QString shot = outputPath(
            u"nocdashboard-%1-%2x%3.png"_s.arg(language).arg(size.width()).arg(size.height()));
        QVERIFY(dashboard.grab().save(shot));
        for (ui::GatewayTile *tile : dashboard.tiles()) {
            const ui::GatewayTile::Content &c = tile->content();
            QVERIFY2(c.where.endsWith(u"@xynap-fs1"_s), qPrintable(c.where));
            QVERIFY2(tile->textsThatDoNotFit().isEmpty(),
                qPrintable(tile->textsThatDoNotFit().join(u" | "_s) + u" in "_s + shot));
            for (const QString &text : {c.name, c.provider, c.numbers, c.where, c.summary,
                     c.lastAnswer, c.since, c.pingTime})
                QVERIFY2(!text.contains(u'…'), qPrintable(text));
        }
        ui::GatewayTile *one = tileNamed(dashboard, u"1und1"_s);
        QVERIFY2(one->content().numbers.contains(u"+493455630488"_s),
            qPrintable(one->content().numbers));
        QVERIFY2(
            one->content().lastAnswer.startsWith(u"904 "_s), qPrintable(one->content().lastAnswer));
    }

    // A gateway that fails keeps its tile's place: the wall does not reshuffle while one watches.
    void tilesKeepTheirPlaces()
    {
        session::PlatformSession session;
        ui::NocDashboard dashboard(&session);
        dashboard.resize(1366, 768);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QList<GatewayStatus> gateways;
        for (const QString &name : {u"alpha"_s, u"bravo"_s, u"charlie"_s}) {
            GatewayStatus g;
            g.name = name;
            g.state = u"REGED"_s;
            g.pingStatus = u"UP"_s;
            gateways.append(g);
        }
        session.gateways()->applySnapshot(Node, gateways);
        const auto names = [&dashboard] {
            QStringList list;
            for (ui::GatewayTile *t : dashboard.tiles())
                list.append(t->content().name);
            return list;
        };
        const QStringList order {u"alpha"_s, u"bravo"_s, u"charlie"_s};
        QTRY_COMPARE(names(), order);
        gateways[2].state = u"FAIL_WAIT"_s;
        gateways[2].pingStatus = u"DOWN"_s;
        session.gateways()->applySnapshot(Node, gateways);
        QTRY_COMPARE(dashboard.tiles().value(2)->content().health, Health::Down);
        QCOMPARE(names(), order);
    }

    // A tile names what does not fit instead of cutting it; a tile large enough shows it all.
    void aTileSaysWhatDoesNotFit()
    {
        ui::GatewayTile tile;
        ui::GatewayTile::Content c;
        c.name = u"1und1"_s;
        c.provider = u"1&1"_s;
        c.numbers = u"+493455664337, +493455630488"_s;
        c.where = u"external-ipv4@xynap-fs1"_s;
        c.state = u"FAIL_WAIT"_s;
        c.summary = u"Likely cause: the realm of a 1&1 trunk must be exactly sip.1und1.de, not "
                    "\"1und1.de\"."_s;
        c.lastAnswer = u"904 Operation has no matching challenge"_s;
        c.since = u"14:02:11 (12 min)"_s;
        c.health = Health::Down;
        c.stale = false;
        tile.setContent(c);
        tile.resize(600, 300);
        QVERIFY2(
            tile.textsThatDoNotFit().isEmpty(), qPrintable(tile.textsThatDoNotFit().join(u'|')));
        // Ten times that diagnosis on the smallest tile: too much even at half the size.
        c.summary = QStringList(10, c.summary).join(u' ');
        tile.setContent(c);
        tile.resize(tile.minimumSize());
        QVERIFY(!tile.textsThatDoNotFit().isEmpty());
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
