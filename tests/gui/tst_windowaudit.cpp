// Every window, in English and in German, walked widget by widget (tests/common/WidgetAudit.h):
// no Alt+letter twice, a name on every control, no text cut off, nothing larger than 1366×768.
#include "SandboxFixture.h"
#include "WidgetAudit.h"
#include "platform/SecretStore.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"
#include "ui/common/Translations.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/coverage/CoveragePasteDialog.h"
#include "ui/editor/ConflictDialog.h"
#include "ui/editor/DeleteTrunkDialog.h"
#include "ui/editor/ReviewDialog.h"
#include "ui/editor/TrunkEditor.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/trunks/TrunksPage.h"

#include <QDialogButtonBox>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestWindowAudit final : public QObject {
    Q_OBJECT

    std::unique_ptr<ui::Translations> m_translations;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<session::PlatformSession> m_session;
    std::unique_ptr<ui::MainWindow> m_window;

    static void audit(QWidget *window, const QString &what)
    {
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        if (window->layout())
            window->layout()->activate();
        QCoreApplication::processEvents();
        const QString language = QLocale().name();
        const QString where = what + u" ("_s + language + u"): "_s;
        const QStringList clashes = test::mnemonicClashes(window);
        QVERIFY2(clashes.isEmpty(), qPrintable(where + clashes.join(u"; "_s)));
        const QStringList unnamed = test::unnamedControls(window);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(where + u"no accessible name: "_s + unnamed.join(u", "_s)));
        const QStringList clipped = test::clippedTexts(window);
        QVERIFY2(clipped.isEmpty(), qPrintable(where + u"clipped: "_s + clipped.join(u"; "_s)));
        const QString large = test::tooLarge(window);
        QVERIFY2(large.isEmpty(), qPrintable(where + large));
    }

    ui::TrunkEditor *openOn(const QString &gateway)
    {
        QTableView *view = m_window->trunksPage()->view();
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            if (view->model()->index(r, 0).data().toString() == gateway)
                view->setCurrentIndex(view->model()->index(r, 0));
        }
        return m_window->trunksPage()->openEditor({});
    }

private Q_SLOTS:
    void init()
    {
        QFETCH_GLOBAL(QString, language);
        QLocale::setDefault(QLocale(language));
        m_translations = std::make_unique<ui::Translations>(QLocale(language));
        QCOMPARE(m_translations->ownLanguage(), language);
        m_sandbox = testsupport::startSandbox();
        QVERIFY(m_sandbox);
        m_session = std::make_unique<session::PlatformSession>();
        testsupport::useSandboxApi(*m_session->api(), *m_sandbox);
        testsupport::addSandboxNode(*m_session->gateways(), *m_sandbox, esl::Link::Options {});
        m_window = std::make_unique<ui::MainWindow>(m_session.get());
        QSignalSpy loaded(m_session.get(), &session::PlatformSession::trunksLoaded);
        m_session->checkIdentity();
        m_session->refreshTrunks();
        QVERIFY(loaded.wait());
        QTRY_VERIFY(!m_session->profiles().isEmpty());
        QTRY_VERIFY(!m_session->permissions().isEmpty());
    }
    void cleanup()
    {
        m_window.reset();
        m_session.reset();
        m_sandbox.reset();
        m_translations.reset();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("de") << u"de"_s;
    }

    void mainWindowEveryPage()
    {
        auto *pages = m_window->findChild<QTabWidget *>();
        QVERIFY(pages);
        for (int i = 0; i < pages->count(); ++i) {
            pages->setCurrentIndex(i);
            audit(m_window.get(), u"main window, page "_s + test::plain(pages->tabText(i)));
        }
    }

    void trunkEditor()
    {
        m_window->show();
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        QVERIFY(editor);
        // A finding with a quick fix, as the operator makes one: a wrong realm, typed.
        auto *realm = qobject_cast<QLineEdit *>(editor->fieldWidget(u"realm"_s));
        realm->selectAll();
        QTest::keyClicks(realm, u"1und1.de"_s);
        QPushButton *fix = editor->findChild<QPushButton *>(u"fix_XY-REALM"_s);
        QVERIFY(fix);
        audit(editor, u"trunk editor"_s);
        // The README's promise: one Alt+letter per control.
        const QStringList bare = test::withoutMnemonic(editor);
        QVERIFY2(bare.isEmpty(), qPrintable(u"no Alt+letter: "_s + bare.join(u", "_s)));
        // Tab goes from the field to its fix, and from the fix on to the next field.
        const QList<QWidget *> next = test::tabChain(realm, 2);
        QCOMPARE(next.value(0), fix);
        QCOMPARE(next.value(1), editor->fieldWidget(u"username"_s));
        // The dialog's own buttons come after every field.
        const QList<QWidget *> all = test::tabChain(editor->fieldWidget(u"provider"_s), 200);
        const qsizetype close
            = all.indexOf(editor->findChild<QDialogButtonBox *>()->buttons().value(0));
        QVERIFY(close > all.indexOf(fix));
        QVERIFY(close > all.indexOf(editor->fieldWidget(u"numbers"_s)));
    }

    void newTrunkEditor()
    {
        m_window->show();
        ui::TrunkEditor *editor = m_window->trunksPage()->openEditor(u"plusnet"_s);
        QVERIFY(editor);
        audit(editor, u"new trunk editor"_s);
        const QStringList bare = test::withoutMnemonic(editor);
        QVERIFY2(bare.isEmpty(), qPrintable(u"no Alt+letter: "_s + bare.join(u", "_s)));
    }

    void reviewDialog()
    {
        m_window->show();
        ui::TrunkEditor *editor = openOn(u"1und1"_s);
        QVERIFY(editor);
        Trunk changed = editor->editSession()->draft();
        changed.realm = u"1und1.de"_s;
        changed.retrySeconds = 60;
        editor->editSession()->setDraft(changed);
        ui::ReviewDialog review(editor->editSession(), editor->findings(), editor);
        audit(&review, u"review dialog"_s);
    }

    void conflictDialog()
    {
        Trunk stored = m_session->trunks()->trunks().constFirst();
        Trunk theirs = stored;
        theirs.retrySeconds = 90;
        theirs.outboundProxy = u"92.197.176.17"_s;
        Trunk mine = stored;
        mine.retrySeconds = 45;
        ui::ConflictDialog dialog(
            stored, theirs, mine, QDateTime::currentDateTime(), m_window.get());
        audit(&dialog, u"conflict dialog"_s);
    }

    void deleteDialog()
    {
        ui::DeleteTrunkDialog dialog(m_session->trunks()->trunks().constLast(), m_window.get());
        audit(&dialog, u"delete dialog"_s);
    }

    void coveragePasteDialog()
    {
        ui::CoveragePasteDialog dialog(m_window.get());
        audit(&dialog, u"coverage paste dialog"_s);
    }

    void connectDialog()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        platform::SecretStore secrets;
        ui::ConnectDialog dialog(&settings, &secrets);
        audit(&dialog, u"connect dialog"_s);
    }
};

QTEST_MAIN(TestWindowAudit)
#include "tst_windowaudit.moc"
