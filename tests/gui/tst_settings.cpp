// What the operator left is there after a restart: window geometry, the page, splitter sizes and
// column widths, and the last connection profile. Settings go to a temporary directory.
#include "platform/ConnectionProfile.h"
#include "platform/SecretStore.h"
#include "session/PlatformSession.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/mainwindow/MainWindow.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestSettings final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"xynap-test"_s);
        QCoreApplication::setApplicationName(u"tst_settings"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    void mainWindowSurvivesARestart()
    {
        session::PlatformSession session;
        QList<int> splitterSizes;
        int columnWidth = 0;
        {
            ui::MainWindow window(&session);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(720, 560);
            auto *splitter = window.findChild<QSplitter *>(u"trunksSplitter"_s);
            QVERIFY(splitter);
            splitter->setSizes({100, 300});
            splitterSizes = splitter->sizes();
            auto *view = window.findChild<QTableView *>(u"trunksTableView"_s);
            view->horizontalHeader()->resizeSection(0, 211);
            columnWidth = view->horizontalHeader()->sectionSize(0);
            window.findChild<QTabWidget *>()->setCurrentIndex(2);
            window.close();
        }
        ui::MainWindow again(&session);
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(720, 560));
        QCOMPARE(again.findChild<QTabWidget *>()->currentIndex(), 2);
        again.findChild<QTabWidget *>()->setCurrentIndex(0); // hidden splitters have no sizes
        QCoreApplication::processEvents();
        QCOMPARE(again.findChild<QSplitter *>(u"trunksSplitter"_s)->sizes(), splitterSizes);
        QCOMPARE(
            again.findChild<QTableView *>(u"trunksTableView"_s)->horizontalHeader()->sectionSize(0),
            columnWidth);
    }

    void connectDialogPreselectsTheLastProfile()
    {
        QSettings settings(m_dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
        platform::ProfileStore store(&settings);
        for (const QString &name : {u"alpha"_s, u"beta"_s, u"gamma"_s}) {
            platform::ConnectionProfile p;
            p.name = name;
            p.apiUrl = QUrl(u"https://%1.example:8001"_s.arg(name));
            store.save(p);
        }
        settings.setValue(u"connect/lastProfile"_s, u"gamma"_s);
        platform::SecretStore secrets;
        ui::ConnectDialog dialog(&settings, &secrets);
        auto *list = dialog.findChild<QListWidget *>(u"profileListWidget"_s);
        QVERIFY(list && list->currentItem());
        QCOMPARE(list->currentItem()->text(), u"gamma"_s);
    }
};

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
