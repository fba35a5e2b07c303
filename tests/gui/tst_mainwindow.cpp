#include "mainwindow/MainWindow.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "trunks/TrunksPage.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QtTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void demoWindowListsTheDocumentedTrunks()
    {
        xynap::sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        o.timeMode = xynap::sandbox::SimScheduler::Mode::Manual;
        xynap::sandbox::Sandbox sandbox(xynap::sandbox::Scenario::builtIn(), o);
        QVERIFY(sandbox.start());
        xynap::session::PlatformSession session;
        session.setSandbox(true);
        session.api()->setBaseUrl(sandbox.apiUrl());
        session.api()->setToken(sandbox.options().operatorToken);
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
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
