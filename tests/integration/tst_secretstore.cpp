// SecretStore against a real gnome-keyring. Runs inside tests/with-session.sh (a private session
// bus with an unlocked keyring); the scenarios that lock the keyring, stop the daemon or take the
// bus away run this binary again in a child process with a session of their own, so the shared
// keyring other tests use is never disturbed.

#include "ManualClock.h"
#include "NoSessionBus.h"
#include "platform/SecretStore.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>
#include <algorithm>
#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using xynap::platform::SecretResult;
using xynap::platform::SecretStore;
using Status = SecretResult::Status;

namespace xynap::platform {
// Readable QCOMPARE failures.
char *toString(SecretResult::Status status)
{
    switch (status) {
    case SecretResult::Status::Ok:
        return qstrdup("Ok");
    case SecretResult::Status::NotFound:
        return qstrdup("NotFound");
    case SecretResult::Status::Locked:
        return qstrdup("Locked");
    case SecretResult::Status::Unavailable:
        return qstrdup("Unavailable");
    case SecretResult::Status::Timeout:
        return qstrdup("Timeout");
    case SecretResult::Status::Failed:
        return qstrdup("Failed");
    }
    return qstrdup("?");
}
} // namespace xynap::platform

namespace {

constexpr const char *ChildVariable = "XYNAP_TST_SECRETSTORE_CHILD";

bool isChild()
{
    return !qEnvironmentVariableIsEmpty(ChildVariable);
}

QString uniqueProfile()
{
    return u"tst-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// One asynchronous answer, as the callback saw it.
struct Reply {
    int calls = 0;
    SecretResult result;
    qint64 elapsedMs = -1;
    bool answeredSynchronously = false;
};

struct Run {
    int exitCode = -1;
    QString out;
};

// stdout only, unless `merged` (secret-tool prints an item's attributes on stderr).
Run runTool(const QString &program, const QStringList &args, const QByteArray &input = {},
    bool merged = false)
{
    QProcess p;
    p.setProcessChannelMode(merged ? QProcess::MergedChannels : QProcess::SeparateChannels);
    p.start(program, args);
    if (!p.waitForStarted(5000))
        return {};
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(15000)) {
        p.kill();
        p.waitForFinished(2000);
        return {};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
        QString::fromUtf8(p.readAllStandardOutput())};
}

Run dbusSend(const QStringList &args)
{
    return runTool(u"dbus-send"_s, QStringList {u"--session"_s, u"--print-reply"_s} + args);
}

bool collectionLocked(const QString &collection)
{
    const Run r = dbusSend({u"--dest=org.freedesktop.secrets"_s,
        u"/org/freedesktop/secrets/collection/"_s + collection,
        u"org.freedesktop.DBus.Properties.Get"_s, u"string:org.freedesktop.Secret.Collection"_s,
        u"string:Locked"_s});
    return r.exitCode == 0 && r.out.contains(u"boolean true"_s);
}

// Items of our service with this key, locked or not, as the Secret Service itself lists them.
int itemsInKeyring(const QString &key)
{
    const Run r = dbusSend({u"--dest=org.freedesktop.secrets"_s, u"/org/freedesktop/secrets"_s,
        u"org.freedesktop.Secret.Service.SearchItems"_s,
        u"dict:string:string:user,%1,server,%2"_s.arg(key, SecretStore::serviceName())});
    if (r.exitCode != 0)
        return -1;
    return int(r.out.count(u"object path \"/org/freedesktop/secrets/collection/"_s));
}

} // namespace

class TestSecretStore final : public QObject {
    Q_OBJECT

    QStringList m_keysToClean;
    QDateTime m_started;

    std::shared_ptr<Reply> ask(const std::function<void(SecretStore::Callback)> &start)
    {
        auto reply = std::make_shared<Reply>();
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        start([reply, timer](const SecretResult &r) {
            ++reply->calls;
            reply->result = r;
            reply->elapsedMs = timer->elapsed();
        });
        reply->answeredSynchronously = reply->calls > 0;
        return reply;
    }

    static SecretResult await(const std::shared_ptr<Reply> &reply, int ms = 15'000)
    {
        if (!QTest::qWaitFor([&] { return reply->calls > 0; }, ms))
            return SecretResult {Status::Failed, QString(), u"test: no callback"_s};
        return reply->result;
    }

    SecretResult read(SecretStore &store, const QString &key)
    {
        return await(
            ask([&](SecretStore::Callback done) { store.read(key, this, std::move(done)); }));
    }
    SecretResult write(SecretStore &store, const QString &key, const QString &secret)
    {
        m_keysToClean.append(key);
        return await(ask(
            [&](SecretStore::Callback done) { store.write(key, secret, this, std::move(done)); }));
    }
    SecretResult remove(SecretStore &store, const QString &key)
    {
        return await(
            ask([&](SecretStore::Callback done) { store.remove(key, this, std::move(done)); }));
    }

    // In the parent: runs the current test function again in a child process (wrapped in
    // `wrapper`, with `env` added) and checks that it passed. In the child: does nothing.
    void runInChild(const QStringList &wrapper, const QProcessEnvironment &extra = {})
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(ChildVariable), u"1"_s);
        env.insert(u"TMPDIR"_s, tmp.path()); // with-session.sh's mktemp dirs go away with it
        // No display: gnome-keyring's unlock prompt must fail, not pop up on a developer's desktop.
        env.remove(u"DISPLAY"_s);
        env.remove(u"WAYLAND_DISPLAY"_s);
        for (const QString &k : extra.keys())
            env.insert(k, extra.value(k));
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        const QStringList command = wrapper
            + QStringList {QCoreApplication::applicationFilePath(),
                QString::fromLatin1(QTest::currentTestFunction())};
        child.start(command.first(), command.mid(1));
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));
        if (!child.waitForFinished(90'000)) {
            child.kill();
            child.waitForFinished(2000);
            QFAIL(qPrintable(u"child did not finish:\n"_s + QString::fromUtf8(child.readAll())));
        }
        const QString output = QString::fromUtf8(child.readAll());
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
            qPrintable(u"child failed (exit %1):\n%2"_s.arg(child.exitCode()).arg(output)));
        QVERIFY2(
            output.contains(QRegularExpression(u"Totals: [1-9]\\d* passed, 0 failed, 0 skipped"_s)),
            qPrintable(output));
    }

    static QString withSessionScript()
    {
        return QStringLiteral(XYNAP_TEST_DATA "/../with-session.sh");
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_started = QDateTime::currentDateTime().addSecs(-2);
        QStandardPaths::setTestModeEnabled(true);
        if (isChild())
            return; // the scenario sets up its own world
        // Never touch a real user's keyring: with-session.sh puts the keyring's data in a temp dir
        // (and names it, as ctest gives every test an XDG_DATA_HOME of its own).
        const QString dataHome = qEnvironmentVariable("XYNAP_KEYRING_DATA_HOME");
        QVERIFY2(!dataHome.isEmpty()
                && QDir(dataHome).canonicalPath().startsWith(
                    QDir(QDir::tempPath()).canonicalPath()),
            "Run this test inside tests/with-session.sh (a private session bus and keyring): "
            "sh tests/with-session.sh build/dev/tests/tst_secretstore");
        const Run owner = dbusSend({u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
            u"org.freedesktop.DBus.NameHasOwner"_s, u"string:org.freedesktop.secrets"_s});
        QVERIFY2(owner.out.contains(u"boolean true"_s),
            "org.freedesktop.secrets has no owner on this bus");
        QVERIFY2(!collectionLocked(u"login"_s), "the session's login keyring is locked");
    }

    void cleanupTestCase()
    {
        if (isChild())
            return;
        m_keysToClean.removeDuplicates();
        for (const QString &key : std::as_const(m_keysToClean))
            runTool(u"secret-tool"_s,
                {u"clear"_s, u"user"_s, key, u"server"_s, SecretStore::serviceName()});
    }

    void keyScheme()
    {
        QCOMPARE(SecretStore::serviceName(), u"xynap-console"_s);
        QCOMPARE(SecretStore::apiTokenKey(u"lab"_s), u"lab/api-token"_s);
        QCOMPARE(SecretStore::eslPasswordKey(u"lab"_s, u"10.0.0.5:8021"_s),
            u"lab/esl-password:10.0.0.5:8021"_s);
        QCOMPARE(SecretStore::eslPasswordKey(u"lab"_s, u"[2001:db8::1]:8021"_s),
            u"lab/esl-password:[2001:db8::1]:8021"_s);
        QVERIFY(SecretStore::apiTokenKey(u"a"_s) != SecretStore::apiTokenKey(u"b"_s));
        QCOMPARE(SecretStore().timeout(), 5000);
    }

    void roundTrip()
    {
        SecretStore store;
        const QString key = SecretStore::apiTokenKey(uniqueProfile());

        auto first = ask([&](SecretStore::Callback done) {
            store.write(key, u"token-one"_s, this, std::move(done));
        });
        m_keysToClean.append(key);
        QVERIFY(!first->answeredSynchronously);
        const SecretResult written = await(first);
        QCOMPARE(written.status, Status::Ok);
        QVERIFY(written.error.isEmpty());
        QCOMPARE(first->calls, 1);

        SecretResult r = read(store, key);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, u"token-one"_s);

        QCOMPARE(write(store, key, u"token-two ünïcødé ✓"_s).status, Status::Ok);
        r = read(store, key);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, u"token-two ünïcødé ✓"_s);
        QCOMPARE(itemsInKeyring(key), 1); // overwritten, not added

        QCOMPARE(remove(store, key).status, Status::Ok);
        r = read(store, key);
        QCOMPARE(r.status, Status::NotFound);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(r.error.isEmpty());
        QCOMPARE(itemsInKeyring(key), 0);

        QCOMPARE(remove(store, key).status, Status::Ok); // gone already: still fine
    }

    void entryNotFound()
    {
        SecretStore store;
        const SecretResult r
            = read(store, SecretStore::eslPasswordKey(uniqueProfile(), u"127.0.0.1:8021"_s));
        QCOMPARE(r.status, Status::NotFound);
        QVERIFY(!r.ok());
        QVERIFY(r.secret.isEmpty());
        QVERIFY(r.error.isEmpty());
    }

    void profilesAreSeparate()
    {
        SecretStore store;
        const QString a = uniqueProfile();
        const QString b = uniqueProfile();
        const QString host = u"10.1.2.3:8021"_s;
        QCOMPARE(write(store, SecretStore::apiTokenKey(a), u"token-a"_s).status, Status::Ok);
        QCOMPARE(write(store, SecretStore::apiTokenKey(b), u"token-b"_s).status, Status::Ok);
        QCOMPARE(write(store, SecretStore::eslPasswordKey(a, host), u"esl-a"_s).status, Status::Ok);

        QCOMPARE(read(store, SecretStore::apiTokenKey(a)).secret, u"token-a"_s);
        QCOMPARE(read(store, SecretStore::apiTokenKey(b)).secret, u"token-b"_s);
        QCOMPARE(read(store, SecretStore::eslPasswordKey(a, host)).secret, u"esl-a"_s);
        QCOMPARE(read(store, SecretStore::eslPasswordKey(b, host)).status, Status::NotFound);
        QCOMPARE(read(store, SecretStore::eslPasswordKey(a, u"10.1.2.3:8022"_s)).status,
            Status::NotFound);

        QCOMPARE(remove(store, SecretStore::apiTokenKey(a)).status, Status::Ok);
        QCOMPARE(read(store, SecretStore::apiTokenKey(a)).status, Status::NotFound);
        QCOMPARE(read(store, SecretStore::apiTokenKey(b)).secret, u"token-b"_s);
        QCOMPARE(read(store, SecretStore::eslPasswordKey(a, host)).secret, u"esl-a"_s);
        QCOMPARE(remove(store, SecretStore::apiTokenKey(b)).status, Status::Ok);
        QCOMPARE(remove(store, SecretStore::eslPasswordKey(a, host)).status, Status::Ok);
    }

    void documentedSchema()
    {
        SecretStore store;
        const QString key = SecretStore::eslPasswordKey(uniqueProfile(), u"pbx.example:8021"_s);
        QCOMPARE(write(store, key, u"ClueCon-ß"_s).status, Status::Ok);

        // What the header promises: schema org.qt.keychain, user=<key>, server=xynap-console,
        // type=plaintext. Read it back with libsecret's own tool...
        const QStringList lookup {u"lookup"_s, u"user"_s, key, u"server"_s, u"xynap-console"_s,
            u"type"_s, u"plaintext"_s};
        Run r = runTool(u"secret-tool"_s, lookup);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), u"ClueCon-ß"_s);
        const Run search
            = runTool(u"secret-tool"_s, {u"search"_s, u"--all"_s, u"user"_s, key}, {}, true);
        QCOMPARE(search.out.count(u"attribute.user = "_s + key), 1);
        QVERIFY2(
            search.out.contains(u"attribute.server = xynap-console"_s), qPrintable(search.out));
        QVERIFY2(search.out.contains(u"attribute.type = plaintext"_s), qPrintable(search.out));
        QVERIFY2(search.out.contains(u"label = xynap-console"_s), qPrintable(search.out));

        // ...and the other way round: what the tool stores, the store reads.
        r = runTool(u"secret-tool"_s,
            {u"store"_s, u"--label=xynap-console"_s, u"user"_s, key, u"server"_s,
                u"xynap-console"_s, u"type"_s, u"plaintext"_s},
            QByteArrayLiteral("set-by-secret-tool"));
        QCOMPARE(r.exitCode, 0);
        const SecretResult back = read(store, key);
        QCOMPARE(back.status, Status::Ok);
        QCOMPARE(back.secret, u"set-by-secret-tool"_s);
        QCOMPARE(remove(store, key).status, Status::Ok);
        QCOMPARE(runTool(u"secret-tool"_s, lookup).exitCode, 1);
    }

    void nothingSecretOnDisk()
    {
        SecretStore store;
        const QString token = u"xyn-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const QString key = SecretStore::apiTokenKey(uniqueProfile());
        QCOMPARE(write(store, key, token).status, Status::Ok);
        QCOMPARE(read(store, key).secret, token);
        {
            QSettings settings; // where the console's own settings would go
            settings.setValue(u"probe/touched"_s, true);
            settings.sync();
        }

        QStringList roots;
        for (const char *var : {"XYNAP_KEYRING_DATA_HOME", "XDG_DATA_HOME", "XDG_RUNTIME_DIR",
                 "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"}) {
            if (!qEnvironmentVariableIsEmpty(var))
                roots << qEnvironmentVariable(var);
        }
        for (auto loc : {QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation,
                 QStandardPaths::GenericDataLocation, QStandardPaths::AppDataLocation,
                 QStandardPaths::GenericCacheLocation, QStandardPaths::CacheLocation}) {
            roots << QStandardPaths::writableLocation(loc);
        }
        roots << QFileInfo(QSettings().fileName()).absolutePath();
        // A plain-file fallback would use the real (non-test) locations under $HOME.
        const QString home = QDir::homePath();
        const QStringList homeRoots {home + u"/.config"_s, home + u"/.local/share"_s};
        roots << homeRoots;
        roots.removeDuplicates();

        const QList<QByteArray> needles {token.toUtf8(), token.toUtf8().toBase64(),
            QByteArray(reinterpret_cast<const char *>(token.utf16()), token.size() * 2)};
        int scanned = 0;
        bool sawKeyringFile = false;
        for (const QString &root : std::as_const(roots)) {
            const bool recentOnly = std::any_of(homeRoots.cbegin(), homeRoots.cend(),
                [&](const QString &h) { return root.startsWith(h); });
            QDirIterator it(
                root, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo info(it.next());
                if (recentOnly && info.lastModified() < m_started)
                    continue;
                if (info.size() > 16 * 1024 * 1024)
                    continue;
                QFile f(info.absoluteFilePath());
                if (!f.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray content = f.readAll();
                ++scanned;
                if (info.fileName().endsWith(u".keyring"_s))
                    sawKeyringFile = true;
                for (const QByteArray &needle : needles)
                    QVERIFY2(!content.contains(needle),
                        qPrintable(u"the token is in "_s + info.absoluteFilePath()));
            }
        }
        QVERIFY(scanned > 0);
        QVERIFY2(
            sawKeyringFile, "the keyring's own (encrypted) file was not among the scanned files");
        QCOMPARE(remove(store, key).status, Status::Ok);
    }

    void answersAlwaysLater()
    {
        SecretStore store;
        auto empty = ask(
            [&](SecretStore::Callback done) { store.read(QString(), this, std::move(done)); });
        QVERIFY(!empty->answeredSynchronously);
        const SecretResult r = await(empty);
        QCOMPARE(r.status, Status::Failed);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(empty->calls, 1);
    }

    void goneContextGetsNoCallback()
    {
        SecretStore store;
        const QString key = SecretStore::apiTokenKey(uniqueProfile());
        auto *context = new QObject;
        auto dropped = ask([&](SecretStore::Callback done) {
            store.write(key, u"still-written"_s, context, std::move(done));
        });
        m_keysToClean.append(key);
        delete context;
        // QtKeychain runs jobs in order: once this read answers, the write has finished too.
        const SecretResult r = read(store, key);
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, u"still-written"_s);
        QCOMPARE(dropped->calls, 0);
        QCOMPARE(remove(store, key).status, Status::Ok);
    }

    void goneStoreGetsNoCallback()
    {
        const QString key = SecretStore::apiTokenKey(uniqueProfile());
        auto store = std::make_unique<SecretStore>();
        auto dropped = ask(
            [&](SecretStore::Callback done) { store->write(key, u"x"_s, this, std::move(done)); });
        m_keysToClean.append(key);
        store.reset(); // the job is already queued in QtKeychain and must finish without us
        SecretStore other;
        QCOMPARE(read(other, key).secret, u"x"_s);
        QCOMPARE(dropped->calls, 0);
        QCOMPARE(remove(other, key).status, Status::Ok);
    }

    void noSessionBusAtAll()
    {
        // No address and no $XDG_RUNTIME_DIR/bus: refused before any job (and before GDBus
        // could autolaunch a bus).
        SecretStore store;
        std::shared_ptr<Reply> reply;
        {
            const xynap::test::NoSessionBus noBus;
            reply = ask([&](SecretStore::Callback done) {
                store.read(u"x/api-token"_s, this, std::move(done));
            });
        }
        const SecretResult r = await(reply);
        QCOMPARE(r.status, Status::Unavailable);
        QVERIFY(r.error.contains(u"D-Bus"_s));
        QVERIFY(reply->elapsedMs < 1000);
    }

    // --- Scenarios in a child process -------------------------------------------------------

    void deadBusIsUnavailable()
    {
        if (!isChild()) {
            QTemporaryDir dir;
            QProcessEnvironment env;
            env.insert(
                u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + dir.path() + u"/no-bus-here"_s);
            runInChild({}, env);
            return;
        }
        SecretStore store;
        QCOMPARE(store.timeout(), 5000);
        for (int op = 0; op < 3; ++op) {
            auto reply = ask([&](SecretStore::Callback done) {
                if (op == 0)
                    store.read(u"p/api-token"_s, this, std::move(done));
                else if (op == 1)
                    store.write(u"p/api-token"_s, u"s"_s, this, std::move(done));
                else
                    store.remove(u"p/api-token"_s, this, std::move(done));
            });
            const SecretResult r = await(reply);
            QCOMPARE(r.status, Status::Unavailable);
            QVERIFY(!r.error.isEmpty());
            qInfo("op %d: %s (%lld ms)", op, qPrintable(r.error), reply->elapsedMs);
            QVERIFY2(
                reply->elapsedMs < 2000, "a dead bus must be reported quickly, not by the timeout");
        }
    }

    void busWithoutSecretServiceIsUnavailable()
    {
        if (!isChild()) {
            // A session bus that knows no services at all: nothing owns or can activate
            // org.freedesktop.secrets.
            QTemporaryDir dir;
            QFile conf(dir.filePath(u"session.conf"_s));
            QVERIFY(conf.open(QIODevice::WriteOnly));
            conf.write(QStringLiteral(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration "
                "1.0//EN\"\n"
                " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
                "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                           .arg(dir.path())
                           .toUtf8());
            conf.close();
            runInChild(
                {u"dbus-run-session"_s, u"--config-file=%1"_s.arg(conf.fileName()), u"--"_s});
            return;
        }
        SecretStore store;
        store.setTimeout(4000);
        auto reply = ask([&](SecretStore::Callback done) {
            store.read(u"p/api-token"_s, this, std::move(done));
        });
        SecretResult r = await(reply);
        qInfo("read: %s (%lld ms)", qPrintable(r.error), reply->elapsedMs);
        QCOMPARE(r.status, Status::Unavailable);
        reply = ask([&](SecretStore::Callback done) {
            store.write(u"p/api-token"_s, u"s"_s, this, std::move(done));
        });
        r = await(reply);
        qInfo("write: %s (%lld ms)", qPrintable(r.error), reply->elapsedMs);
        QCOMPARE(r.status, Status::Unavailable);
    }

    void keyringNeverSetUpIsUnavailable()
    {
        if (!isChild()) {
            // A plain session bus: gnome-keyring is D-Bus activated on first use, but there is
            // no login keyring and no display to ask for a password to create one.
            QTemporaryDir data;
            QTemporaryDir runtime;
            QProcessEnvironment env;
            env.insert(u"XDG_DATA_HOME"_s, data.path());
            env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
            runInChild({u"dbus-run-session"_s, u"--"_s}, env);
            return;
        }
        SecretStore store;
        store.setTimeout(4000);
        // libsecret alone would answer this read with "not found".
        SecretResult r = read(store, u"p/api-token"_s);
        qInfo("read: %s", qPrintable(r.error));
        QCOMPARE(r.status, Status::Unavailable);
        r = write(store, u"p/api-token"_s, u"s"_s);
        QCOMPARE(r.status, Status::Unavailable);
    }

    void lockedKeyringIsLocked()
    {
        if (!isChild()) {
            runInChild({u"sh"_s, withSessionScript()});
            return;
        }
        SecretStore store;
        store.setTimeout(4000);
        const QString stored = SecretStore::apiTokenKey(u"locked"_s);
        const QString missing = SecretStore::eslPasswordKey(u"locked"_s, u"127.0.0.1:8021"_s);
        QCOMPARE(write(store, stored, u"kept-safe"_s).status, Status::Ok);

        const Run lock = dbusSend({u"--dest=org.freedesktop.secrets"_s,
            u"/org/freedesktop/secrets"_s, u"org.freedesktop.Secret.Service.Lock"_s,
            u"array:objpath:/org/freedesktop/secrets/collection/login"_s});
        QCOMPARE(lock.exitCode, 0);
        QVERIFY(collectionLocked(u"login"_s));

        // The trap: libsecret itself says "nothing there" for an entry that is there.
        QCOMPARE(runTool(u"secret-tool"_s,
                     {u"lookup"_s, u"user"_s, stored, u"server"_s, u"xynap-console"_s})
                     .out,
            QString());

        SecretResult r = read(store, stored);
        qInfo("read of a stored entry: %s", qPrintable(r.error));
        QCOMPARE(r.status, Status::Locked);
        QVERIFY(r.secret.isEmpty());
        QVERIFY(r.error.contains(u"locked"_s));

        r = read(store, missing);
        QCOMPARE(r.status, Status::Locked);

        r = write(store, missing, u"new"_s);
        qInfo("write: %s", qPrintable(r.error));
        QCOMPARE(r.status, Status::Locked);

        r = remove(store, stored);
        qInfo("remove: %s", qPrintable(r.error));
        QCOMPARE(r.status, Status::Locked);
        QCOMPARE(itemsInKeyring(stored), 1); // indeed not removed
        QVERIFY(collectionLocked(u"login"_s));
    }

    void stuckKeyringTimesOut()
    {
        if (!isChild()) {
            runInChild({u"sh"_s, withSessionScript()});
            return;
        }
        // A daemon that never answers stands in for an unlock prompt nobody answers.
        const Run owner = dbusSend({u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
            u"org.freedesktop.DBus.GetConnectionUnixProcessID"_s,
            u"string:org.freedesktop.secrets"_s});
        const QRegularExpressionMatch m = QRegularExpression(u"uint32 (\\d+)"_s).match(owner.out);
        QVERIFY2(m.hasMatch(), qPrintable(owner.out));
        const pid_t daemon = pid_t(m.captured(1).toInt());
        QVERIFY(daemon > 1);

        QVERIFY(::kill(daemon, SIGSTOP) == 0);
        auto resume = qScopeGuard([daemon] { ::kill(daemon, SIGCONT); });

        SecretStore store;
        store.setTimeout(700);
        const QString key = SecretStore::apiTokenKey(u"stuck"_s);
        auto reading
            = ask([&](SecretStore::Callback done) { store.read(key, this, std::move(done)); });
        auto writing = ask([&](SecretStore::Callback done) {
            store.write(key, u"late"_s, this, std::move(done));
        });
        SecretResult r = await(reading, 10'000);
        QCOMPARE(r.status, Status::Timeout);
        QVERIFY(!r.error.isEmpty());
        qInfo("read: %s (%lld ms)", qPrintable(r.error), reading->elapsedMs);
        QVERIFY(reading->elapsedMs >= 650 && reading->elapsedMs < 3000);
        r = await(writing, 10'000);
        QCOMPARE(r.status, Status::Timeout);
        QVERIFY(writing->elapsedMs < 3000);

        // On a clock the test moves, the same deadline passes when the clock says so.
        xynap::testsupport::ManualClock clock;
        store.setClock(&clock);
        store.setTimeout(5000);
        auto clocked
            = ask([&](SecretStore::Callback done) { store.read(key, this, std::move(done)); });
        QTest::qWait(300);
        QCOMPARE(clocked->calls, 0);
        clock.advance(5000);
        r = await(clocked, 10'000);
        QCOMPARE(r.status, Status::Timeout);
        QVERIFY2(r.error.contains(u"5 s"_s), qPrintable(r.error));
        store.setClock(nullptr);

        resume.dismiss();
        QVERIFY(::kill(daemon, SIGCONT) == 0);

        // The abandoned jobs now complete inside QtKeychain (its queue runs them first), but
        // nothing reaches the callers again.
        store.setTimeout(SecretStore::DefaultTimeoutMs);
        r = read(store, key);
        QCOMPARE(reading->calls, 1);
        QCOMPARE(writing->calls, 1);
        // A timed-out write is not a write that did not happen: it was applied late.
        QCOMPARE(r.status, Status::Ok);
        QCOMPARE(r.secret, u"late"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
