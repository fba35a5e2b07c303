#include "SandboxFixture.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/trunks/TrunksPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QtTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// A sandbox in manual time and a session on its API and Event Socket.
struct LivePlatform {
    std::unique_ptr<xynap::sandbox::Sandbox> sandbox;
    xynap::session::PlatformSession session;

    bool start(const xynap::sandbox::Scenario &scenario)
    {
        sandbox = xynap::testsupport::startSandbox(scenario);
        if (!sandbox)
            return false;
        xynap::testsupport::useSandboxApi(*session.api(), *sandbox);
        xynap::testsupport::addSandboxNode(
            *session.gateways(), *sandbox, xynap::esl::Link::Options {});
        return true;
    }
    // Trunks, profiles, firewall and ACL loaded once, and linted (on the lint's thread).
    bool load()
    {
        QSignalSpy loaded(&session, &xynap::session::PlatformSession::coverageLoaded);
        session.refreshTrunks();
        return loaded.wait(15'000) && QTest::qWaitFor([this] { return !session.isLinting(); });
    }
};

} // namespace

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoWindowListsTheDocumentedTrunks()
    {
        const auto sandbox = xynap::testsupport::startSandbox();
        QVERIFY(sandbox);
        xynap::session::PlatformSession session;
        session.setSandbox(true);
        xynap::testsupport::useSandboxApi(*session.api(), *sandbox);
        QAbstractItemModelTester tester(
            session.trunks(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        xynap::ui::MainWindow window(&session);
        window.show();
        session.refreshTrunks();
        QTableView *view = window.trunksPage()->view();
        QTRY_COMPARE(view->model()->rowCount(), 2);
        QStringList names;
        for (int r = 0; r < 2; ++r)
            names.append(view->model()->index(r, 0).data().toString());
        names.sort();
        QCOMPARE(names, (QStringList {u"1und1"_s, u"plusnet"_s}));
        auto *banner = window.findChild<QLabel *>(u"sandboxBannerLabel"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY(banner->text().contains(u"SANDBOX"_s));
        QVERIFY(window.windowTitle().contains(u"SANDBOX"_s));

        auto *filter = window.findChild<QLineEdit *>(u"trunkFilterLineEdit"_s);
        QTest::keyClicks(filter, u"+49345563"_s);
        QCOMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), u"1und1"_s);
    }

    // The findings panel sees the firewall and the ACL too: a Plusnet range missing from UFW is
    // listed with its fix, and opening it leads to the Coverage page.
    void firewallGapShowsInTheFindingsPanel()
    {
        const auto load = xynap::sandbox::scenarioFromFile(u"firewall-gap"_s);
        QVERIFY2(load.ok(), qPrintable(load.error));
        LivePlatform platform;
        QVERIFY(platform.start(load.scenario));
        xynap::session::PlatformSession &session = platform.session;
        xynap::ui::MainWindow window(&session);
        window.show();
        QVERIFY(platform.load());
        QTreeWidget *panel = window.trunksPage()->findingsView();
        QTreeWidgetItem *gap = nullptr;
        QStringList rows;
        for (int i = 0; i < panel->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = panel->topLevelItem(i);
            rows.append(item->text(1) + u" "_s + item->text(2));
            if (item->text(2) == u"XY-UFW-RANGE-NOT-COVERED"_s)
                gap = item;
        }
        QVERIFY2(gap, qPrintable(rows.join(u", "_s)));
        QVERIFY2(gap->text(1).startsWith(u"Firewall 92.197.177.0/24"_s), qPrintable(gap->text(1)));
        QVERIFY(gap->toolTip(3).contains(
            u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp"_s));
        QVERIFY2(
            rows.contains(u"ACL 2001:8d8:104:100:212:227:124:128/125 XY-ACL-RANGE-NOT-ALLOWED"_s),
            qPrintable(rows.join(u", "_s)));

        // The badge of each provider's trunk counts the gap in its range.
        // (Once FreeSWITCH's gateway list is in: before it, a trunk not yet seen running is an
        // error of its own, XY-NOT-RUNNING.)
        QTableView *view = window.trunksPage()->view();
        const auto badges = [view] {
            QStringList all;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                all.append(view->model()
                               ->index(r, xynap::session::TrunkTableModel::Checks)
                               .data()
                               .toString());
            return all;
        };
        const auto allOneError = [&badges] {
            const QStringList all = badges(); // one list: both iterators must come from it
            return !all.isEmpty() && std::all_of(all.cbegin(), all.cend(), [](const QString &b) {
                return b.startsWith(u"✖ 1 error"_s);
            });
        };
        QTRY_VERIFY2(allOneError(), qPrintable(badges().join(u" | "_s)));

        // The panel is rebuilt on every relint while the badges settle: find the row again
        // rather than use an item that may have been deleted since.
        gap = nullptr;
        for (int i = 0; i < panel->topLevelItemCount() && !gap; ++i) {
            if (panel->topLevelItem(i)->text(2) == u"XY-UFW-RANGE-NOT-COVERED"_s)
                gap = panel->topLevelItem(i);
        }
        QVERIFY(gap);
        auto *pages = window.findChild<QTabWidget *>();
        QVERIFY(pages->currentIndex() == 0);
        Q_EMIT panel->itemDoubleClicked(gap, 0);
        QCOMPARE(pages->currentWidget()->metaObject()->className(), "xynap::ui::CoveragePage");
    }

    // Saved but not applied: a realm changed through the API leaves FreeSWITCH running the old
    // gateway (a rescan never changes it). The findings panel says so and its Apply button runs
    // killgw + rescan, after which the drift is gone.
    void savedButNotAppliedIsOfferedTheApply()
    {
        LivePlatform platform; // in manual time: the test moves the clock
        QVERIFY(platform.start(xynap::sandbox::Scenario::builtIn()));
        xynap::session::PlatformSession &session = platform.session;
        xynap::sandbox::Sandbox &sandbox = *platform.sandbox;
        xynap::ui::MainWindow window(&session);
        window.show();
        QVERIFY(platform.load());
        // What this test is about: drift and apply ("cannot tell", XY-APPLIED-UNKNOWN, is the
        // info every gateway first seen already running gets, until an apply or an add is seen).
        const auto ruleIds = [&session] {
            QStringList ids;
            for (const auto &f : session.findings())
                if (f.ruleId != u"XY-APPLIED-UNKNOWN"_s)
                    ids.append(f.ruleId + u":"_s + f.gatewayName);
            return ids;
        };
        QTRY_VERIFY(session.gateways()->running().has_value());
        QTRY_COMPARE(ruleIds(), QStringList());
        // Both gateways ran before the console looked: which version they run is not known.
        const auto unknown = [&session](const QString &gw) {
            for (const auto &f : session.findings())
                if (f.ruleId == u"XY-APPLIED-UNKNOWN"_s && f.gatewayName == gw)
                    return true;
            return false;
        };
        QVERIFY(unknown(u"1und1"_s) && unknown(u"plusnet"_s));

        // Another operator points the 1&1 trunk at a second proxy (a change no other rule flags).
        xynap::Trunk trunk;
        for (const xynap::Trunk &t : session.trunks()->trunks())
            if (t.gatewayName == u"1und1"_s)
                trunk = t;
        xynap::session::TrunkEditSession edit(session.api());
        edit.begin(trunk, trunk.etag().toUtf8());
        xynap::Trunk changed = trunk;
        changed.proxy = u"sip2.1und1.de"_s;
        edit.setDraft(changed);
        QSignalSpy saved(&edit, &xynap::session::TrunkEditSession::saved);
        edit.save();
        QVERIFY(saved.wait(5000));
        session.refreshTrunks();
        QTRY_VERIFY2(
            ruleIds().contains(u"XY-NOT-APPLIED:1und1"_s), qPrintable(ruleIds().join(u", "_s)));

        QTreeWidget *panel = window.trunksPage()->findingsView();
        auto *apply = window.findChild<QPushButton *>(u"applyFindingPushButton"_s);
        // Offered where the operator is: on the trunk that needs it, selected in the list.
        QTableView *trunks = window.trunksPage()->view();
        const auto selectTrunk = [trunks](const QString &name) {
            for (int r = 0; r < trunks->model()->rowCount(); ++r)
                if (trunks->model()->index(r, 0).data().toString() == name)
                    trunks->setCurrentIndex(trunks->model()->index(r, 0));
        };
        trunks->setCurrentIndex({});
        QVERIFY(!apply->isEnabled()); // nothing selected: nothing to apply
        selectTrunk(u"1und1"_s);
        QVERIFY(apply->isEnabled());
        QVERIFY(!panel->currentItem());
        // The trunk list reloads (as after every save): still selected, still offered.
        QSignalSpy reloaded(&session, &xynap::session::PlatformSession::trunksLoaded);
        session.refreshTrunks();
        QVERIFY(reloaded.wait());
        QCOMPARE(trunks->currentIndex().data().toString(), u"1und1"_s);
        QTRY_VERIFY(apply->isEnabled());
        // And on its finding.
        for (int i = 0; i < panel->topLevelItemCount(); ++i)
            if (panel->topLevelItem(i)->text(2) == u"XY-NOT-APPLIED"_s)
                panel->setCurrentItem(panel->topLevelItem(i));
        QVERIFY(apply->isEnabled());
        // A relint (gateway events cause them) keeps the operator's selection.
        QSignalSpy relinted(&session, &xynap::session::PlatformSession::linted);
        Q_EMIT session.gateways()->runningChanged();
        QVERIFY(relinted.wait());
        QVERIFY(panel->currentItem() && panel->currentItem()->text(2) == u"XY-NOT-APPLIED"_s);
        QVERIFY(apply->isEnabled());
        QSignalSpy applied(window.findChild<xynap::ui::GatewaysPage *>(),
            &xynap::ui::GatewaysPage::actionFinished);
        apply->click();
        // killgw, gateway_delete, rescan, the new REGISTER: moved along in simulated time.
        QVERIFY(xynap::testsupport::advanceUntil(
            *sandbox.scheduler(), [&applied] { return !applied.isEmpty(); }, 100 * 1000));
        QCOMPARE(applied.size(), 1);
        // Applied — and the switch now says what the new proxy does: it does not answer.
        QVERIFY2(applied.last().at(1).toString().contains(u"No answer to REGISTER"_s),
            qPrintable(applied.last().at(1).toString()));
        QTRY_VERIFY2(
            !ruleIds().contains(u"XY-NOT-APPLIED:1und1"_s), qPrintable(ruleIds().join(u", "_s)));
    }

    // A change xmlstatus does not report (the outbound proxy's brackets) saved while FreeSWITCH
    // runs the old gateway: never "✔ OK", and Apply offered.
    void savedButNotAppliedIsNeverOk()
    {
        LivePlatform platform;
        QVERIFY(platform.start(xynap::sandbox::Scenario::builtIn()));
        xynap::session::PlatformSession &session = platform.session;
        xynap::ui::MainWindow window(&session);
        window.show();
        QVERIFY(platform.load());
        // What this test is about: drift and apply ("cannot tell", XY-APPLIED-UNKNOWN, is the
        // info every gateway first seen already running gets, until an apply or an add is seen).
        const auto ruleIds = [&session] {
            QStringList ids;
            for (const auto &f : session.findings())
                if (f.ruleId != u"XY-APPLIED-UNKNOWN"_s)
                    ids.append(f.ruleId + u":"_s + f.gatewayName);
            return ids;
        };
        QTRY_VERIFY(session.gateways()->running().has_value());
        QTRY_COMPARE(ruleIds(), QStringList());
        xynap::Trunk trunk;
        for (const xynap::Trunk &t : session.trunks()->trunks())
            if (t.gatewayName == u"1und1"_s)
                trunk = t;
        xynap::session::TrunkEditSession edit(session.api());
        edit.begin(trunk, trunk.etag().toUtf8());
        xynap::Trunk changed = trunk;
        changed.callerId = u"+493455630488"_s;
        changed.numbers.append({u"+493455630488"_s, u"second line"_s});
        edit.setDraft(changed);
        QSignalSpy saved(&edit, &xynap::session::TrunkEditSession::saved);
        edit.save();
        QVERIFY(saved.wait(5000));
        session.refreshTrunks();
        QTRY_VERIFY2(
            ruleIds().contains(u"XY-NOT-APPLIED:1und1"_s), qPrintable(ruleIds().join(u", "_s)));
        // The checks column of the trunk list says it too.
        using Model = xynap::session::TrunkTableModel;
        QAbstractItemModel *model = session.trunks();
        bool seen = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, Model::Name).data().toString() != u"1und1"_s)
                continue;
            seen = true;
            const QString checks = model->index(row, Model::Checks).data().toString();
            QVERIFY2(!checks.contains(u"OK"_s), qPrintable(checks));
        }
        QVERIFY(seen);
    }

    void unreachableApiIsSaidPlainly()
    {
        xynap::session::PlatformSession session;
        session.api()->setBaseUrl(QUrl(u"http://127.0.0.1:1"_s));
        session.api()->setToken(u"t"_s);
        xynap::ui::MainWindow window(&session);
        QSignalSpy failed(&session, &xynap::session::PlatformSession::loadFailed);
        session.refreshTrunks();
        QVERIFY(failed.wait(5000));
        auto *status = window.findChild<QLabel *>(u"trunksStatusLabel"_s);
        QVERIFY(status->text().contains(u"cannot be reached"_s));
        // Nothing loaded is nothing checked: the findings panel must not say "no problems".
        QTreeWidget *panel = window.trunksPage()->findingsView();
        QStringList rows;
        for (int i = 0; i < panel->topLevelItemCount(); ++i)
            rows.append(panel->topLevelItem(i)->text(3));
        QVERIFY2(rows.contains(u"Not checked: the trunks could not be loaded."_s),
            qPrintable(rows.join(u" | "_s)));
        for (const QString &row : std::as_const(rows))
            QVERIFY2(!row.startsWith(u"No problems"_s), qPrintable(row));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
