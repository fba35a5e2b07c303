// The Gateways page on the sandbox: both gateways listed with symbol and text, the diagnosis
// and history of the selected one, "Apply" (killgw + rescan) and "Restart profile…" through the
// Prompter seam: no → nothing happens, yes → the profile restarts and its calls drop.

#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "ui/common/Prompter.h"
#include "ui/gateways/GatewaysPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::sandbox;
using xynap::session::GatewayMonitor;

namespace {
constexpr qint64 Second = 1000;
const QString Node = u"sandbox"_s;
} // namespace

class TestGatewaysPage final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;
    std::unique_ptr<session::PlatformSession> m_session;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ui::GatewaysPage> m_page;

    bool advanceUntil(const std::function<bool()> &done, qint64 maxSimMs)
    {
        return testsupport::advanceUntil(*m_sb->scheduler(), done, maxSimMs);
    }

    GatewayMonitor *monitor() const { return m_session->gateways(); }
    QString state(const QString &gw) const
    {
        const session::GatewayRecord *r = monitor()->record(Node, gw);
        return r ? r->state : QString();
    }

    // `api <command>` over the monitor's own link, synchronously.
    QByteArray api(const QString &command)
    {
        auto result = std::make_shared<std::optional<esl::CommandReply>>();
        monitor()->link(Node)->api(command, [result](const esl::CommandReply &r) { *result = r; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10'000))
            return "<no answer>";
        return (*result)->ok() ? (*result)->body : "<failed: " + (*result)->error.toUtf8() + '>';
    }

    int proxyRowOf(const QString &gw) const
    {
        QAbstractItemModel *model = m_page->view()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, GatewayMonitor::Gateway).data().toString() == gw)
                return row;
        }
        return -1;
    }

    void select(const QString &gw)
    {
        const int row = proxyRowOf(gw);
        QVERIFY(row >= 0);
        m_page->view()->setCurrentIndex(
            m_page->view()->model()->index(row, GatewayMonitor::Gateway));
    }

    template<typename T>
    T *child(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }

    QPushButton *buttonWithText(const QString &text) const
    {
        for (QPushButton *b : m_page->findChildren<QPushButton *>()) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_sb = testsupport::startSandbox();
        QVERIFY(m_sb);
        m_session = std::make_unique<session::PlatformSession>();
        m_session->setSandbox(true);
        testsupport::useSandboxApi(*m_session->api(), *m_sb);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            monitor(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page = std::make_unique<ui::GatewaysPage>(m_session.get());
        m_page->resize(1100, 800);
        m_page->show();
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->refreshTrunks();
        QVERIFY(loaded.wait(10'000));
        testsupport::addSandboxNode(*monitor(), *m_sb);
        QTRY_COMPARE(m_page->view()->model()->rowCount(), 2);
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
    }

    void cleanup()
    {
        m_page.reset();
        m_tester.reset();
        m_session.reset();
        m_sb.reset();
    }

    // A saved realm of 1und1.de: while FreeSWITCH still runs the old trunk the row says the
    // change is saved but not applied (and is no longer plain healthy); once applied and failing,
    // the trunk's lint error is its likely cause — in the page's words, as the NOC tile reads it.
    void savedErrorIsSaidAndThenTheLikelyCause()
    {
        QVERIFY(testsupport::saveTrunkChange(
            *m_session, u"1und1"_s, [](Trunk &t) { t.realm = u"1und1.de"_s; }));
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->refreshTrunks();
        QVERIFY(loaded.wait(5000));
        const auto summary
            = [this] { return monitor()->diagnosis(testsupport::SandboxNode, u"1und1"_s).summary; };
        QTRY_VERIFY2(summary().contains(u"saved change not applied"_s), qPrintable(summary()));
        QCOMPARE(monitor()->diagnosis(testsupport::SandboxNode, u"1und1"_s).health,
            session::Health::Degraded);

        // Applied: FreeSWITCH now fails (904), and the page names the saved realm as the cause.
        select(u"1und1"_s);
        QSignalSpy finished(m_page.get(), &ui::GatewaysPage::actionFinished);
        m_page->applySelected();
        QVERIFY(advanceUntil([&finished] { return !finished.isEmpty(); }, 60 * Second));
        QVERIFY(advanceUntil(
            [this] {
                return monitor()->diagnosis(testsupport::SandboxNode, u"1und1"_s).health
                    == session::Health::Down;
            },
            120 * Second));
        QTRY_VERIFY2(summary().startsWith(u"Likely cause:"_s), qPrintable(summary()));
        QVERIFY2(summary().contains(u"sip.1und1.de"_s), qPrintable(summary()));
    }

    void listsBothGatewaysWithSymbolAndText()
    {
        QAbstractItemModel *model = m_page->view()->model();
        QCOMPARE(model->rowCount(), 2);
        // Sorted by name (inserted rows are sorted in when the changes settle, within 250 ms);
        // health by colour, symbol AND text.
        QTRY_COMPARE(model->index(0, GatewayMonitor::Gateway).data().toString(), u"1und1"_s);
        QCOMPARE(model->index(1, GatewayMonitor::Gateway).data().toString(), u"plusnet"_s);
        QTRY_COMPARE(model->index(0, GatewayMonitor::State).data().toString(), u"✔ REGED"_s);
        QCOMPARE(model->index(1, GatewayMonitor::State).data().toString(), u"✔ NOREG"_s);
        QVERIFY(model->index(0, GatewayMonitor::State).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model->index(0, GatewayMonitor::Summary).data().toString(), u"Registered"_s);
        auto *nodes = child<QLabel>(u"nodesLabel"_s);
        QVERIFY(nodes);
        QTRY_VERIFY2(nodes->text().contains(u"✔ sandbox: connected"_s), qPrintable(nodes->text()));
    }

    void selectionShowsDiagnosisAndHistory()
    {
        select(u"1und1"_s);
        auto *title = child<QLabel>(u"gatewayTitleLabel"_s);
        auto *diagnosis = child<QLabel>(u"diagnosisLabel"_s);
        auto *history = child<QPlainTextEdit>(u"historyTextEdit"_s);
        QVERIFY(title && diagnosis && history);
        QCOMPARE(title->text(), u"✔ 1und1 — internal (sandbox)"_s);
        QVERIFY2(diagnosis->text().contains(u"Registered"_s), qPrintable(diagnosis->text()));
        QVERIFY2(diagnosis->text().contains(u"accepted the registration"_s),
            qPrintable(diagnosis->text()));
        const QStringList lines = history->toPlainText().split(u'\n');
        QCOMPARE(lines.size(), 3); // newest first
        QVERIFY2(lines.at(0).contains(u"REGED"_s), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).contains(u"REGISTER"_s) && lines.at(1).contains(u"200 OK"_s),
            qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).contains(u"TRYING"_s), qPrintable(lines.at(2)));

        select(u"plusnet"_s);
        QCOMPARE(title->text(), u"✔ plusnet — external-ipv4 (sandbox)"_s);
        QVERIFY2(diagnosis->text().contains(u"NOREG"_s), qPrintable(diagnosis->text()));
        QVERIFY(history->toPlainText().isEmpty()); // an IP-auth trunk has no transitions yet
    }

    void applyRunsKillgwAndRescanAndReports()
    {
        select(u"1und1"_s);
        QSignalSpy finished(m_page.get(), &ui::GatewaysPage::actionFinished);
        QSignalSpy deleted(monitor(), &GatewayMonitor::gatewayDeleted);
        QSignalSpy added(monitor(), &GatewayMonitor::gatewayAdded);
        auto *apply = child<QPushButton>(u"applyPushButton"_s);
        QVERIFY(apply && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(advanceUntil([&finished] { return !finished.isEmpty(); }, 30 * Second));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(finished.first().at(1).toString().contains(u"1und1 is back"_s),
            qPrintable(finished.first().at(1).toString()));
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(added.size(), 1);
        auto *status = child<QLabel>(u"actionStatusLabel"_s);
        QVERIFY2(status->text().startsWith(u"✔ "_s), qPrintable(status->text()));
        QVERIFY(apply->isEnabled());
        QCOMPARE(state(u"1und1"_s), u"REGED"_s);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba); // calls kept
        // The gateway applied is still the one selected: the result stands under it.
        QCOMPARE(
            m_page->view()->currentIndex().data(GatewayMonitor::NameRole).toString(), u"1und1"_s);
    }

    // One gateway out of service and back, as fs_cli's killgw and a rescan do it, each after a
    // question: "no" sends nothing; out of service it is "stopped by operator" (amber), never
    // down; the other gateway and the calls are untouched; back in service it registers again.
    void outOfServiceAndBack()
    {
        select(u"1und1"_s);
        QSignalSpy finished(m_page.get(), &ui::GatewaysPage::actionFinished);
        QSignalSpy deleted(monitor(), &GatewayMonitor::gatewayDeleted);
        auto *service = child<QPushButton>(u"servicePushButton"_s);
        QVERIFY(service && service->isEnabled());
        QCOMPARE(service->text(), u"Take &out of service…"_s);

        ui::Prompter::setNextAnswer(false);
        QTest::mouseClick(service, Qt::LeftButton);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba); // asked and answered
        advanceUntil([] { return false; }, 2 * Second);
        QVERIFY(finished.isEmpty());
        QVERIFY(deleted.isEmpty());

        ui::Prompter::setNextAnswer(true);
        QTest::mouseClick(service, Qt::LeftButton);
        QVERIFY(
            advanceUntil([&] { return !finished.isEmpty() && !deleted.isEmpty(); }, 10 * Second));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(finished.first().at(1).toString().contains(u"stopped by operator"_s),
            qPrintable(finished.first().at(1).toString()));
        const session::Diagnosis d = monitor()->diagnosis(Node, u"1und1"_s);
        QCOMPARE(d.health, session::Health::Degraded);
        QVERIFY2(d.summary.startsWith(u"Stopped by operator at "_s), qPrintable(d.summary));
        const int row = proxyRowOf(u"1und1"_s);
        QCOMPARE(m_page->view()->model()->index(row, GatewayMonitor::State).data().toString(),
            u"▲ STOPPED"_s);
        QCOMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba); // calls kept
        // The command went through the activity log as FreeSWITCH got it.
        bool logged = false;
        for (const auto &e : m_session->activity()->entries())
            logged = logged || e.path == u"sofia profile internal killgw 1und1"_s;
        QVERIFY(logged);

        QTRY_COMPARE(service->text(), u"Return t&o service…"_s);
        finished.clear();
        ui::Prompter::setNextAnswer(true);
        QTest::mouseClick(service, Qt::LeftButton);
        QVERIFY(advanceUntil([&finished] { return !finished.isEmpty(); }, 60 * Second));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 30 * Second));
        QCOMPARE(monitor()->diagnosis(Node, u"1und1"_s).health, session::Health::Healthy);
        QVERIFY(!monitor()->record(Node, u"1und1"_s)->stoppedByOperatorAt.isValid());
        QTRY_COMPARE(service->text(), u"Take &out of service…"_s);
    }

    // The round trip of the last answered OPTIONS ping, as FreeSWITCH measured it: Plusnet
    // pings (every 30 s), 1&1 does not.
    void pingRoundTripIsShown()
    {
        // Before the first answered ping FreeSWITCH reports 0.00: not a round trip.
        QCOMPARE(monitor()->record(Node, u"plusnet"_s)->pingTimeMs, -1.0);
        advanceUntil([] { return false; }, 35 * Second); // the first ping is answered
        // A snapshot reads <pingtime>: reconnect to take one.
        monitor()->link(Node)->stop();
        monitor()->link(Node)->start();
        QVERIFY(advanceUntil(
            [this] { return monitor()->record(Node, u"plusnet"_s)->pingTimeMs > 0; }, 20 * Second));
        QCOMPARE(monitor()->record(Node, u"plusnet"_s)->pingTimeMs, 0.76);
        QCOMPARE(monitor()->record(Node, u"1und1"_s)->pingTimeMs, -1.0);
        const int row = proxyRowOf(u"plusnet"_s);
        QTRY_COMPARE(m_page->view()->model()->index(row, GatewayMonitor::Ping).data().toString(),
            u"UP · 0.76 ms"_s);
        select(u"plusnet"_s);
        QVERIFY2(child<QLabel>(u"gatewayTitleLabel"_s)->text().endsWith(u" · ping 0.76 ms"_s),
            qPrintable(child<QLabel>(u"gatewayTitleLabel"_s)->text()));
    }

    void restartAsksFirstAndNoMeansNothing()
    {
        select(u"1und1"_s);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba);
        QSignalSpy finished(m_page.get(), &ui::GatewaysPage::actionFinished);
        QSignalSpy deleted(monitor(), &GatewayMonitor::gatewayDeleted);
        QPushButton *restart = buttonWithText(u"Restart profile…"_s);
        QVERIFY(restart && restart->isEnabled());

        ui::Prompter::setNextAnswer(false);
        QTest::mouseClick(restart, Qt::LeftButton);
        // Requests on the link run in order: when these answers arrive, the page's question has
        // been asked and answered, and a restart would have been sent before the second one.
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba);
        advanceUntil([] { return false; }, 3 * Second);
        QVERIFY(finished.isEmpty());
        QVERIFY(deleted.isEmpty());
        QCOMPARE(state(u"1und1"_s), u"REGED"_s);
        QCOMPARE(api(u"show channels count"_s), "\n3 total.\n"_ba);

        ui::Prompter::setNextAnswer(true);
        QTest::mouseClick(restart, Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY2(
            finished.first().at(1).toString().contains(u"The profile internal is restarting"_s),
            qPrintable(finished.first().at(1).toString()));
        // The 2 calls on "internal" are dropped; the one on external-ipv4 stays.
        QCOMPARE(api(u"show channels count"_s), "\n1 total.\n"_ba);
        QVERIFY(advanceUntil([&deleted] { return !deleted.isEmpty(); }, 3 * Second));
        QCOMPARE(deleted.first().at(1).toString(), u"1und1"_s);
        // ...and the profile's gateway comes back.
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 10 * Second));
        QCOMPARE(state(u"plusnet"_s), u"NOREG"_s);
    }
};

QTEST_MAIN(TestGatewaysPage)
#include "tst_gatewayspage.moc"
