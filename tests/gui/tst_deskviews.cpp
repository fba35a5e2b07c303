// The operator's desk on a live sandbox: the Trunks page says whether FreeSWITCH
// runs each trunk and names providers as the catalog does; the Gateways page counts calls, keeps
// the state readable and leads from a diagnosis to the trunk's editor; a firewall finding opens
// its cell on the Coverage page; the Activity log holds the Event Socket actions and what a save
// changed.

#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "session/ActivityLog.h"
#include "session/CoverageMatrixModel.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/coverage/CoveragePage.h"
#include "ui/editor/TrunkEditor.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/trunks/TrunksPage.h"

#include <QHeaderView>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace xynap;
using session::ActivityLog;
using session::GatewayMonitor;
using session::TrunkTableModel;

class TestDeskViews final : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sb;
    std::unique_ptr<session::PlatformSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    // Moves the sandbox's manual clock until `done` holds (simulated time, no sleeping).
    bool advanceUntil(const std::function<bool()> &done, qint64 maxSimMs = 20'000)
    {
        return testsupport::advanceUntil(*m_sb->scheduler(), done, maxSimMs);
    }

    void start(const sandbox::Scenario &scenario, bool withNode = true)
    {
        m_sb = testsupport::startSandbox(scenario);
        QVERIFY(m_sb);
        m_session = std::make_unique<session::PlatformSession>();
        m_session->setSandbox(true);
        testsupport::useSandboxApi(*m_session->api(), *m_sb);
        if (withNode)
            testsupport::addSandboxNode(*m_session->gateways(), *m_sb);
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        m_window->show();
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::coverageLoaded);
        m_session->refreshTrunks();
        QVERIFY(loaded.wait(15'000));
        // The lint of all that runs on its own thread: its findings follow.
        QTRY_VERIFY(!m_session->isLinting());
    }

    QString trunkCell(const QString &gateway, int column, int role = Qt::DisplayRole) const
    {
        const TrunkTableModel *model = m_session->trunks();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, TrunkTableModel::Name).data().toString() == gateway)
                return model->index(row, column).data(role).toString();
        return u"<no row>"_s;
    }

    QString gatewayCell(const QString &gateway, int column) const
    {
        const GatewayMonitor *monitor = m_session->gateways();
        for (int row = 0; row < monitor->rowCount(); ++row)
            if (monitor->index(row, GatewayMonitor::Gateway).data().toString() == gateway)
                return monitor->index(row, column).data().toString();
        return u"<no row>"_s;
    }

    ui::GatewaysPage *gatewaysPage() const { return m_window->findChild<ui::GatewaysPage *>(); }

    void selectGateway(const QString &gateway)
    {
        QTableView *view = gatewaysPage()->view();
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QModelIndex index = view->model()->index(row, GatewayMonitor::Gateway);
            if (index.data().toString() == gateway) {
                view->setCurrentIndex(index);
                return;
            }
        }
        QFAIL("gateway not listed");
    }

    QStringList activity() const
    {
        QStringList lines;
        for (const ActivityLog::Entry &e : m_session->activity()->entries())
            lines.append(u"%1|%2|%3|%4|%5"_s.arg(
                e.target, QString::fromLatin1(e.method), e.path, e.reply, e.note));
        return lines;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sb.reset();
    }

    void trunksShowProviderNamesAndRunningState()
    {
        start(sandbox::Scenario::builtIn());
        QCOMPARE(trunkCell(u"1und1"_s, TrunkTableModel::Provider), u"1&1"_s);
        QCOMPARE(trunkCell(u"plusnet"_s, TrunkTableModel::Provider), u"Plusnet"_s);
        QVERIFY(advanceUntil([this] {
            return trunkCell(u"1und1"_s, TrunkTableModel::Running) == u"✔ REGED"_s
                && trunkCell(u"plusnet"_s, TrunkTableModel::Running) == u"✔ NOREG"_s;
        }));
        QVERIFY2(trunkCell(u"1und1"_s, TrunkTableModel::Running, Qt::ToolTipRole)
                     .startsWith(u"sandbox: REGED — "_s),
            qPrintable(trunkCell(u"1und1"_s, TrunkTableModel::Running, Qt::ToolTipRole)));
        // The node goes away: unknown, never the last green.
        m_sb.reset();
        QTRY_VERIFY_WITH_TIMEOUT(
            trunkCell(u"1und1"_s, TrunkTableModel::Running).startsWith(u"?"_s), 30'000);
        QVERIFY(trunkCell(u"1und1"_s, TrunkTableModel::Running).contains(u"UNKNOWN"_s));
    }

    void trunksWithoutAnyNodeAreNotWatched()
    {
        start(sandbox::Scenario::builtIn(), false);
        QCOMPARE(trunkCell(u"1und1"_s, TrunkTableModel::Running), u"? not watched"_s);
        QVERIFY(!trunkCell(u"1und1"_s, TrunkTableModel::Running).contains(u"✔"_s));
    }

    void gatewaysCountCallsAndKeepTheStateWhole()
    {
        start(sandbox::Scenario::builtIn());
        QVERIFY(advanceUntil(
            [this] { return gatewayCell(u"1und1"_s, GatewayMonitor::State) == u"REGED"_s; }));
        QCOMPARE(gatewayCell(u"1und1"_s, GatewayMonitor::Calls), u"0 / 0"_s);
        QCOMPARE(gatewayCell(u"1und1"_s, GatewayMonitor::FailedCalls), u"0 / 0"_s);
        QCOMPARE(
            m_session->gateways()->headerData(GatewayMonitor::Calls, Qt::Horizontal).toString(),
            u"Calls in / out"_s);
        QHeaderView *header = gatewaysPage()->view()->horizontalHeader();
        QTRY_VERIFY(header->sectionSize(GatewayMonitor::State)
            > gatewaysPage()->view()->fontMetrics().horizontalAdvance(u"✖ NOT RUNNING"_s));
    }

    void diagnosisLeadsToTheTrunkEditor()
    {
        start(sandbox::Scenario::builtIn());
        QTRY_VERIFY(gatewaysPage()->view()->model()->rowCount() == 2);
        auto *pages = m_window->findChild<QTabWidget *>();
        pages->setCurrentWidget(gatewaysPage());
        selectGateway(u"1und1"_s);
        auto *edit = gatewaysPage()->findChild<QPushButton *>(u"editTrunkPushButton"_s);
        QVERIFY(edit);
        QTRY_VERIFY(edit->isEnabled());
        edit->click();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(m_window->trunksPage()));
        ui::TrunkEditor *editor = m_window->trunksPage()->lastEditor();
        QVERIFY(editor);
        QVERIFY2(editor->windowTitle().contains(u"1und1"_s), qPrintable(editor->windowTitle()));
        editor->close();
    }

    void firewallFindingSelectsItsCell()
    {
        const auto load = sandbox::scenarioFromFile(u"firewall-gap"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        start(load.scenario);
        QTreeWidget *panel = m_window->trunksPage()->findingsView();
        QTreeWidgetItem *gap = nullptr;
        QTreeWidgetItem *acl = nullptr;
        for (int i = 0; i < panel->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel->topLevelItem(i);
            if (item->text(2) == u"XY-UFW-RANGE-NOT-COVERED"_s)
                gap = item;
            if (item->text(2) == u"XY-ACL-RANGE-NOT-ALLOWED"_s)
                acl = item;
        }
        QVERIFY(gap && acl);
        auto *coverage = m_window->findChild<ui::CoveragePage *>();
        using Matrix = session::CoverageMatrixModel;
        Q_EMIT panel->itemDoubleClicked(gap, 0);
        auto *pages = m_window->findChild<QTabWidget *>();
        QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(coverage));
        QModelIndex current = coverage->view()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(current.column(), int(Matrix::SipUdp));
        QCOMPARE(coverage->model()->index(current.row(), Matrix::Target).data().toString(),
            u"92.197.177.0/24"_s);
        QVERIFY2(coverage->detailText().contains(u"92.197.177.0/24"_s),
            qPrintable(coverage->detailText()));

        pages->setCurrentIndex(0);
        Q_EMIT panel->itemDoubleClicked(acl, 0);
        current = coverage->view()->currentIndex();
        QCOMPARE(current.column(), int(Matrix::Acl));
        QCOMPARE(coverage->model()->index(current.row(), Matrix::Target).data().toString(),
            u"2001:8d8:104:100:212:227:124:128/125"_s);
    }

    void activityLogHoldsEventSocketActionsAndChanges()
    {
        start(sandbox::Scenario::builtIn());
        QVERIFY(advanceUntil(
            [this] { return gatewayCell(u"1und1"_s, GatewayMonitor::State) == u"REGED"_s; }));
        // A save says which trunk and what changed, in the editor's words.
        Trunk trunk;
        for (const Trunk &t : m_session->trunks()->trunks())
            if (t.gatewayName == u"1und1"_s)
                trunk = t;
        Trunk changed = trunk;
        changed.retrySeconds = trunk.retrySeconds + 5;
        QVERIFY(testsupport::saveTrunkChange(*m_session, u"1und1"_s,
            [&changed](Trunk &t) { t.retrySeconds = changed.retrySeconds; }));
        const ActivityLog::Entry put = m_session->activity()->entries().last();
        QCOMPARE(put.method, QByteArray("PUT"));
        QCOMPARE(put.target, u"1und1"_s);
        QVERIFY2(
            put.note.startsWith(
                u"Retry interval: %1 → %2"_s.arg(trunk.retrySeconds).arg(changed.retrySeconds)),
            qPrintable(put.note));
        QVERIFY(!put.note.contains(u"retry_seconds"_s));

        // Apply (killgw + rescan) and reloadxml from the Gateways page.
        selectGateway(u"1und1"_s);
        QSignalSpy finished(gatewaysPage(), &ui::GatewaysPage::actionFinished);
        gatewaysPage()->applySelected();
        QVERIFY(advanceUntil([&finished] { return !finished.isEmpty(); }, 60'000));
        QPushButton *reloadXml = nullptr;
        for (QPushButton *b : gatewaysPage()->findChildren<QPushButton *>())
            if (b->text() == u"reloadxml"_s)
                reloadXml = b;
        QVERIFY(reloadXml);
        reloadXml->click();
        QTRY_COMPARE(finished.size(), 2);
        QVERIFY2(finished.last().at(1).toString().contains(u"read its XML configuration again"_s),
            qPrintable(finished.last().at(1).toString()));
        QVERIFY2(!finished.last().at(1).toString().contains(u"+OK"_s),
            qPrintable(finished.last().at(1).toString()));

        const QStringList lines = activity();
        const auto has = [&lines](const QString &prefix) {
            return std::any_of(lines.begin(), lines.end(),
                [&prefix](const QString &l) { return l.startsWith(prefix); });
        };
        QVERIFY2(has(u"1und1 on sandbox|api|sofia profile internal killgw 1und1|+OK"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(has(u"1und1 on sandbox|bgapi|sofia profile internal rescan|+OK"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(has(u"1und1 on sandbox||Apply (killgw + rescan)|REGED|"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY2(has(u"sandbox|api|reloadxml|+OK"_s), qPrintable(lines.join(u'\n')));
        const QByteArray csv = m_session->activity()->toCsv();
        QVERIFY(csv.contains(",esl,\"1und1 on sandbox\",api,sofia profile internal killgw 1und1,")
            || csv.contains(",esl,1und1 on sandbox,api,sofia profile internal killgw 1und1,"));
    }
};

QTEST_MAIN(TestDeskViews)
#include "tst_deskviews.moc"
