// The connect dialog and the connector against a real sandbox and a real gnome-keyring (run
// inside tests/with-session.sh): profiles in settings, secrets only in the keychain, sign-in
// test, session-only secrets when the keychain cannot keep them, the banners that stay.
#include "NoSessionBus.h"
#include "platform/SecretStore.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "ui/common/Prompter.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/connect/Connector.h"
#include "ui/mainwindow/MainWindow.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestConnectDialog final : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    platform::SecretStore m_secrets;
    int m_profileCounter = 0;

    template<typename T>
    static T *field(QWidget *w, const QString &name)
    {
        T *child = w->findChild<T *>(name);
        if (!child)
            qFatal("no %s", qPrintable(name));
        return child;
    }

    // A fresh profile name per test: the keychain is shared by the whole run.
    QString uniqueName()
    {
        return u"test-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_profileCounter);
    }

    void fill(ui::ConnectDialog &d, const QString &name, const QString &token,
        const QString &eslPassword = {})
    {
        field<QLineEdit>(&d, u"profileNameLineEdit"_s)->setText(name);
        field<QLineEdit>(&d, u"apiUrlLineEdit"_s)->setText(m_sandbox->apiUrl().toString());
        field<QPlainTextEdit>(&d, u"eslEndpointsPlainTextEdit"_s)
            ->setPlainText(u"%1:%2"_s.arg(m_sandbox->eslHost()).arg(m_sandbox->eslPort()));
        field<QLineEdit>(&d, u"apiTokenLineEdit"_s)->setText(token);
        field<QLineEdit>(&d, u"eslPasswordLineEdit"_s)->setText(eslPassword);
    }

    platform::SecretResult readSecret(const QString &key)
    {
        platform::SecretResult result;
        bool done = false;
        m_secrets.read(key, this, [&](const platform::SecretResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10'000))
            qFatal("keychain did not answer");
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
            "run inside tests/with-session.sh: this test needs the real keyring");
        sandbox::SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        m_sandbox = std::make_unique<sandbox::Sandbox>(sandbox::Scenario::builtIn(), o);
        QVERIFY(m_sandbox->start());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
    }

    void fieldsAreCheckedByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("esl");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<QString>("message");
        QTest::newRow("no name") << QString() << u"https://p.example"_s << QString() << QString()
                                 << QString() << u"Name: give the profile a name"_s;
        QTest::newRow("not a URL") << u"x"_s << u"platform"_s << QString() << QString() << QString()
                                   << u"Platform API: \"platform\" is not an http(s) URL"_s;
        QTest::newRow("plain HTTP remote")
            << u"x"_s << u"http://192.0.2.10:8001"_s << QString() << QString() << QString()
            << u"Platform API: plain HTTP to 192.0.2.10 is refused"_s;
        QTest::newRow("bad node") << u"x"_s << u"https://p.example"_s << u"fs1:8021\nfs2:99999"_s
                                  << QString() << QString()
                                  << u"Event Socket, line 2: \"fs2:99999\""_s;
        QTest::newRow("missing CA")
            << u"x"_s << u"https://p.example"_s << QString() << u"/nonexistent/ca.pem"_s
            << QString() << u"CA file: /nonexistent/ca.pem"_s;
        QTest::newRow("bad pin") << u"x"_s << u"https://p.example"_s << QString() << QString()
                                 << u"abc"_s << u"Public-key pin: \"abc\" is not a SHA-256 pin"_s;
    }

    void fieldsAreCheckedByName()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, esl);
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(QString, message);
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        field<QLineEdit>(&d, u"profileNameLineEdit"_s)->setText(name);
        field<QLineEdit>(&d, u"apiUrlLineEdit"_s)->setText(url);
        field<QPlainTextEdit>(&d, u"eslEndpointsPlainTextEdit"_s)->setPlainText(esl);
        field<QLineEdit>(&d, u"caFileLineEdit"_s)->setText(caFile);
        field<QLineEdit>(&d, u"pinLineEdit"_s)->setText(pin);
        QSignalSpy saved(&d, &ui::ConnectDialog::saved);
        d.saveProfile();
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toBool(), false);
        QVERIFY2(d.messageText().startsWith(message), qPrintable(d.messageText()));
        QVERIFY(platform::ProfileStore(m_settings.get()).profiles().isEmpty());
    }

    void plainHttpNeedsTheBoxAndIsWarned()
    {
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        d.show();
        field<QLineEdit>(&d, u"apiUrlLineEdit"_s)->setText(u"http://192.0.2.10:8001"_s);
        auto *warning = field<QLabel>(&d, u"insecureWarningLabel"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"refused"_s));
        field<QCheckBox>(&d, u"allowInsecureCheckBox"_s)->setChecked(true);
        QVERIFY2(warning->text().contains(u"unencrypted"_s), qPrintable(warning->text()));
    }

    void savedProfileKeepsSecretsInTheKeychainOnly()
    {
        const QString name = uniqueName();
        const QString token = m_sandbox->options().operatorToken;
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        fill(d, name, token, u"ClueCon"_s);
        QSignalSpy saved(&d, &ui::ConnectDialog::saved);
        d.saveProfile();
        QVERIFY(saved.wait(10'000));
        QCOMPARE(saved.first().first().toBool(), true);
        QVERIFY2(d.messageText().contains(u"saved"_s), qPrintable(d.messageText()));
        QVERIFY(d.sessionToken().isEmpty());

        const auto stored = platform::ProfileStore(m_settings.get()).find(name);
        QVERIFY(stored);
        QCOMPARE(stored->apiUrl, m_sandbox->apiUrl());
        QCOMPARE(stored->eslEndpoints.size(), 1);
        m_settings->sync();
        QFile file(m_settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(name.toUtf8()));
        QVERIFY2(!text.contains(token.toUtf8()), "the token reached the settings file");
        QVERIFY(!text.contains("ClueCon"));

        QCOMPARE(readSecret(platform::SecretStore::apiTokenKey(name)).secret, token);
        const QString node = u"%1:%2"_s.arg(m_sandbox->eslHost()).arg(m_sandbox->eslPort());
        QCOMPARE(
            readSecret(platform::SecretStore::eslPasswordKey(name, node)).secret, u"ClueCon"_s);
        // The form is emptied and says a token is stored, without showing it.
        auto *tokenField = field<QLineEdit>(&d, u"apiTokenLineEdit"_s);
        QVERIFY(tokenField->text().isEmpty());
        QTRY_VERIFY2(tokenField->placeholderText().contains(u"stored in the keychain"_s),
            qPrintable(tokenField->placeholderText()));

        // "Test" signs in with the stored token.
        QSignalSpy tested(&d, &ui::ConnectDialog::tested);
        d.testConnection();
        QVERIFY(tested.wait(10'000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(tested.first().at(1).toString()));
        QVERIFY(tested.first().at(1).toString().contains(u"sandbox-operator"_s));

        // For the documentation: the dialog as an operator sees it after the test.
        d.resize(860, 500);
        const QString path = QCoreApplication::applicationDirPath() + u"/connect.png"_s;
        QVERIFY(d.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void readOnlyTokenIsToldWhatItMayDo()
    {
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        fill(d, uniqueName(), m_sandbox->options().readonlyToken);
        QSignalSpy tested(&d, &ui::ConnectDialog::tested);
        d.testConnection();
        QVERIFY(tested.wait(10'000));
        QVERIFY2(tested.first().at(1).toString().contains(u"may look, but not change trunks"_s),
            qPrintable(tested.first().at(1).toString()));
        fill(d, uniqueName(), u"wrong-token"_s);
        d.testConnection();
        QVERIFY(tested.wait(10'000));
        QCOMPARE(tested.last().at(0).toBool(), false);
    }

    void keychainThatCannotStoreMeansThisSessionOnly()
    {
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        const QString name = uniqueName();
        fill(d, name, u"typed-token"_s);
        QSignalSpy saved(&d, &ui::ConnectDialog::saved);
        {
            const test::NoSessionBus noBus;
            d.saveProfile();
        }
        QVERIFY(saved.wait(10'000));
        QVERIFY2(d.messageText().contains(u"for this session only"_s), qPrintable(d.messageText()));
        QCOMPARE(d.sessionToken(), u"typed-token"_s);
        QCOMPARE(readSecret(platform::SecretStore::apiTokenKey(name)).status,
            platform::SecretResult::Status::NotFound);
    }

    // The whole way: a saved profile, its secrets from the keychain, the session loads trunks and
    // reaches FreeSWITCH with the keychain's Event Socket password.
    void connectorConnectsWithTheKeychainsSecrets()
    {
        const QString name = uniqueName();
        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        fill(d, name, m_sandbox->options().operatorToken, m_sandbox->options().eslPassword);
        QSignalSpy saved(&d, &ui::ConnectDialog::saved);
        d.connectToPlatform();
        QVERIFY(saved.wait(10'000));
        QCOMPARE(d.result(), int(QDialog::Accepted));

        session::PlatformSession session;
        ui::Connector connector(&session, &m_secrets);
        connector.setAskToken([](const QString &, const QString &) -> QString {
            qFatal("asked for a token although the keychain has one");
        });
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        connector.start(d.profile(), d.sessionToken(), d.sessionEslPassword());
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(session.trunks()->rowCount(), 2);
        QCOMPARE(session.displayName(), name);
        QTRY_VERIFY_WITH_TIMEOUT(!session.gateways()->nodes().isEmpty()
                && session.gateways()->nodes().first().state == esl::Link::State::Up,
            10'000);
        QVERIFY(session.connectionNote().isEmpty());
    }

    void missingTokenIsAskedForThisSessionOnly()
    {
        platform::ConnectionProfile p;
        p.name = uniqueName(); // nothing in the keychain under this name
        p.apiUrl = m_sandbox->apiUrl();
        session::PlatformSession session;
        ui::MainWindow window(&session);
        ui::Connector connector(&session, &m_secrets);
        QString asked;
        connector.setAskToken([&](const QString &, const QString &why) {
            asked = why;
            return m_sandbox->options().readonlyToken;
        });
        QSignalSpy loaded(&session, &session::PlatformSession::trunksLoaded);
        connector.start(p);
        QVERIFY(loaded.wait(10'000));
        QVERIFY2(asked.contains(u"No API token is stored in the keychain"_s), qPrintable(asked));
        auto *note = window.findChild<QLabel *>(u"connectionNoteLabel"_s);
        QVERIFY2(note->text().contains(u"for this session only"_s), qPrintable(note->text()));
        QVERIFY(!note->isHidden());
        QCOMPARE(readSecret(platform::SecretStore::apiTokenKey(p.name)).status,
            platform::SecretResult::Status::NotFound); // written nowhere
    }

    void unusableCaFileStopsBeforeAnythingIsSent()
    {
        platform::ConnectionProfile p;
        p.name = uniqueName();
        p.apiUrl = m_sandbox->apiUrl();
        p.caFile = u"/nonexistent/ca.pem"_s;
        session::PlatformSession session;
        ui::Connector connector(&session, &m_secrets);
        QSignalSpy failed(&connector, &ui::Connector::failed);
        connector.start(p);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(u"/nonexistent/ca.pem"_s));
        QCOMPARE(session.activity()->rowCount(), 0);
    }

    // Test signs in to the API and to every node's Event Socket and says per node what happened.
    void testChecksTheEventSocketOfEveryNode()
    {
        QTcpServer gone; // a port where nothing listens any more
        QVERIFY(gone.listen(QHostAddress::LocalHost));
        const quint16 deadPort = gone.serverPort();
        gone.close();
        const QString node = u"%1:%2"_s.arg(m_sandbox->eslHost()).arg(m_sandbox->eslPort());
        const QString dead = u"127.0.0.1:%1"_s.arg(deadPort);

        ui::ConnectDialog d(m_settings.get(), &m_secrets);
        fill(d, uniqueName(), m_sandbox->options().operatorToken, m_sandbox->options().eslPassword);
        field<QPlainTextEdit>(&d, u"eslEndpointsPlainTextEdit"_s)
            ->setPlainText(node + u'\n' + dead);
        QSignalSpy tested(&d, &ui::ConnectDialog::tested);
        d.testConnection();
        QVERIFY(tested.wait(20'000));
        QCOMPARE(tested.size(), 1);
        const QString said = tested.first().at(1).toString();
        QCOMPARE(tested.first().at(0).toBool(), false); // one node failed
        QVERIFY2(
            said.contains(u"✔ Platform API: signed in as sandbox-operator"_s), qPrintable(said));
        QVERIFY2(said.contains(u"✔ Event Socket %1: signed in."_s.arg(node)), qPrintable(said));
        QVERIFY2(said.contains(u"✖ Event Socket %1: Nothing accepts connections"_s.arg(dead)),
            qPrintable(said));

        // A wrong Event Socket password is named as such, the API still signs in.
        fill(d, uniqueName(), m_sandbox->options().operatorToken, u"not-the-password"_s);
        d.testConnection();
        QVERIFY(tested.wait(20'000));
        const QString wrong = tested.last().at(1).toString();
        QCOMPARE(tested.last().at(0).toBool(), false);
        QVERIFY2(wrong.contains(u"✔ Platform API"_s), qPrintable(wrong));
        QVERIFY2(
            wrong.contains(
                u"✖ Event Socket %1: FreeSWITCH refused the Event Socket password."_s.arg(node)),
            qPrintable(wrong));

        // All well: ok, and every line a tick.
        fill(d, uniqueName(), m_sandbox->options().operatorToken, m_sandbox->options().eslPassword);
        d.testConnection();
        QVERIFY(tested.wait(20'000));
        QVERIFY2(tested.last().at(0).toBool(), qPrintable(tested.last().at(1).toString()));
        QVERIFY(!tested.last().at(1).toString().contains(u"✖"_s));
    }

    // Connect never writes edited fields over a saved profile without asking: Save, Use once or
    // Cancel. The last profile connected to is preselected next time.
    void editedProfileIsNotSavedWithoutAsking()
    {
        const QString name = uniqueName();
        {
            ui::ConnectDialog d(m_settings.get(), &m_secrets);
            fill(d, name, m_sandbox->options().operatorToken);
            QSignalSpy saved(&d, &ui::ConnectDialog::saved);
            d.saveProfile();
            QVERIFY(saved.wait(10'000));
        }
        const QUrl original = m_sandbox->apiUrl();
        const QUrl edited(u"http://127.0.0.1:1"_s);
        const auto storedUrl
            = [&] { return platform::ProfileStore(m_settings.get()).find(name)->apiUrl; };

        // Unchanged: no question (a Cancel waiting for one would keep the dialog open).
        {
            ui::ConnectDialog d(m_settings.get(), &m_secrets);
            d.selectProfile(name);
            ui::Prompter::setNextChoice(-1);
            QSignalSpy saved(&d, &ui::ConnectDialog::saved);
            d.connectToPlatform(); // no secret typed: saved at once
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10'000);
            QCOMPARE(d.result(), int(QDialog::Accepted));
        }
        // Cancel: nothing saved, the dialog stays.
        {
            ui::ConnectDialog d(m_settings.get(), &m_secrets);
            QCOMPARE(field<QLineEdit>(&d, u"profileNameLineEdit"_s)->text(), name); // the last one
            field<QLineEdit>(&d, u"apiUrlLineEdit"_s)->setText(edited.toString());
            ui::Prompter::setNextChoice(-1);
            d.connectToPlatform();
            QCOMPARE(d.result(), int(QDialog::Rejected));
            QCOMPARE(storedUrl(), original);
            // Use once: connects with the edited fields, writes nothing.
            ui::Prompter::setNextChoice(1);
            d.connectToPlatform();
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(d.profile().apiUrl, edited);
            QCOMPARE(storedUrl(), original);
        }
        // Save and connect: written.
        {
            ui::ConnectDialog d(m_settings.get(), &m_secrets);
            d.selectProfile(name);
            field<QLineEdit>(&d, u"apiUrlLineEdit"_s)->setText(edited.toString());
            ui::Prompter::setNextChoice(0);
            QSignalSpy saved(&d, &ui::ConnectDialog::saved);
            d.connectToPlatform();
            QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10'000);
            QCOMPARE(d.result(), int(QDialog::Accepted));
            QCOMPARE(storedUrl(), edited);
        }
    }

    // No profile yet: a few lines say what to enter, and the sandbox is one click away.
    void firstRunExplainsAndOffersTheSandbox()
    {
        QSettings empty(m_dir.filePath(u"first-run.ini"_s), QSettings::IniFormat);
        ui::ConnectDialog d(&empty, &m_secrets);
        d.show();
        QVERIFY(d.showsFirstRunGuidance());
        auto *guide = field<QLabel>(&d, u"firstRunLabel"_s);
        QVERIFY(guide->isVisible());
        QVERIFY2(
            guide->text().contains(u"Platform API"_s) && guide->text().contains(u"HOST:PORT"_s),
            qPrintable(guide->text()));
        const QString path = QCoreApplication::applicationDirPath() + u"/connect-first-run.png"_s;
        QVERIFY(d.grab().save(path));
        field<QPushButton>(&d, u"demoPushButton"_s)->click();
        QCOMPARE(d.result(), ui::ConnectDialog::DemoRequested);

        // Once a profile exists the guidance is gone.
        platform::ConnectionProfile p;
        p.name = u"lab"_s;
        p.apiUrl = m_sandbox->apiUrl();
        platform::ProfileStore(&empty).save(p);
        ui::ConnectDialog again(&empty, &m_secrets);
        again.show();
        QVERIFY(!again.showsFirstRunGuidance());
        QVERIFY(!field<QLabel>(&again, u"firstRunLabel"_s)->isVisible());
    }

    void plainHttpBannerStaysVisible()
    {
        session::PlatformSession session;
        ui::MainWindow window(&session);
        window.show();
        auto *banner = window.findChild<QLabel *>(u"insecureBannerLabel"_s);
        QVERIFY(!banner->isVisible());
        // Configured only: nothing is sent to the documentation address.
        session.api()->setBaseUrl(QUrl(u"http://192.0.2.10:8001"_s));
        session.api()->setAllowInsecureHttp(true);
        session.setConnectionNote({});
        QVERIFY(banner->isVisible());
        QVERIFY2(
            banner->text().contains(u"PLAIN HTTP"_s) && banner->text().contains(u"192.0.2.10"_s),
            qPrintable(banner->text()));
        const QString path = QCoreApplication::applicationDirPath() + u"/insecure.png"_s;
        QVERIFY(window.grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
