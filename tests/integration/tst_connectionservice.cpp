// platform::ConnectionRules and platform::CredentialResolver: the one place the console, its
// connect dialog and xynapctl take their connection rules and secrets from. The resolver runs
// against the real keyring of tests/with-session.sh.
#include "platform/ApiClient.h"
#include "platform/ConnectionRules.h"
#include "platform/SecretStore.h"

#include <QSignalSpy>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap::platform;
using Kind = ProfileProblem::Kind;
using Source = Credentials::Source;

Q_DECLARE_METATYPE(std::optional<Kind>)

namespace {

ConnectionProfile goodProfile()
{
    ConnectionProfile p;
    p.name = u"lab"_s;
    p.apiUrl = QUrl(u"https://platform.example.net:8001"_s);
    p.eslEndpoints
        = {*EslEndpoint::parse(u"10.0.0.5:8021"_s), *EslEndpoint::parse(u"[2001:db8::6]:8022"_s)};
    return p;
}

QString uniqueName()
{
    static int counter = 0;
    return u"tst-connectionservice-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++counter);
}

} // namespace

class TestConnectionService final : public QObject {
    Q_OBJECT

    SecretStore m_secrets;

    SecretResult run(const std::function<void(SecretStore::Callback)> &op)
    {
        SecretResult result;
        bool done = false;
        op([&](const SecretResult &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 20'000))
            qFatal("the keychain did not answer");
        return result;
    }

    void store(const QString &key, const QString &secret)
    {
        const SecretResult r
            = run([&](SecretStore::Callback cb) { m_secrets.write(key, secret, this, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error));
    }

    Credentials resolve(const CredentialResolver::Request &request)
    {
        CredentialResolver resolver(&m_secrets);
        std::optional<Credentials> found;
        resolver.resolve(request, [&](const Credentials &c) { found = c; });
        if (!QTest::qWaitFor([&] { return found.has_value(); }, 20'000))
            qFatal("the resolver did not answer");
        return *found;
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("XYNAP_TOKEN");
        qunsetenv("XYNAP_ESL_PASSWORD");
    }

    void loopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.8.9.1") << u"127.8.9.1"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("remote v4") << u"10.0.0.5"_s << false;
        QTest::newRow("remote v6") << u"2001:db8::1"_s << false;
        QTest::newRow("name") << u"platform.example.net"_s << false;
        QTest::newRow("localhost.evil") << u"localhost.example.net"_s << false;
    }
    void loopback()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(ConnectionRules::isLoopbackHost(host), loopback);
        const QUrl plain(u"http://%1:8001/"_s.arg(host.contains(u':') ? u'[' + host + u']' : host));
        QCOMPARE(ConnectionRules::isPlainRemote(plain), !loopback);
        QUrl secure = plain;
        secure.setScheme(u"https"_s);
        QVERIFY(!ConnectionRules::isPlainRemote(secure));
    }

    void check_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowInsecure");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("pin");
        QTest::addColumn<std::optional<Kind>>("problem");
        const QString ca = QStringLiteral(XYNAP_TEST_DATA "/tls/ca.pem");
        const QString pin = u"LaaR9P9tbbe1PwW2nQFeaAuLHvbFAvHqlI/XLzvmfWE="_s;
        const std::optional<Kind> fine;
        QTest::newRow("https") << u"lab"_s << u"https://p.example"_s << false << ca << pin << fine;
        QTest::newRow("no name") << u" "_s << u"https://p.example"_s << false << QString()
                                 << QString() << std::optional(Kind::NameMissing);
        QTest::newRow("slash") << u"a/b"_s << u"https://p.example"_s << false << QString()
                               << QString() << std::optional(Kind::NameHasSlash);
        // `profile list` (read by the shell completion) printed these raw.
        QTest::newRow("LF") << u"lab\nprod"_s << u"https://p.example"_s << false << QString()
                            << QString() << std::optional(Kind::NameInvalid);
        QTest::newRow("ESC") << u"lab\u001b]0;x\u0007"_s << u"https://p.example"_s << false
                             << QString() << QString() << std::optional(Kind::NameInvalid);
        QTest::newRow("5000 characters")
            << QString(5000, u'p') << u"https://p.example"_s << false << QString() << QString()
            << std::optional(Kind::NameInvalid);
        QTest::newRow("zero-width") << u"la\u200bb"_s << u"https://p.example"_s << false
                                    << QString() << QString() << std::optional(Kind::NameInvalid);
        QTest::newRow("ftp") << u"lab"_s << u"ftp://p.example"_s << false << QString() << QString()
                             << std::optional(Kind::UrlNotHttp);
        QTest::newRow("no host") << u"lab"_s << u"https://"_s << false << QString() << QString()
                                 << std::optional(Kind::UrlNotHttp);
        QTest::newRow("plain remote") << u"lab"_s << u"http://p.example"_s << false << QString()
                                      << QString() << std::optional(Kind::PlainHttpRefused);
        QTest::newRow("plain remote allowed")
            << u"lab"_s << u"http://p.example"_s << true << QString() << QString() << fine;
        QTest::newRow("plain loopback")
            << u"lab"_s << u"http://127.0.0.1:8001"_s << false << QString() << QString() << fine;
        QTest::newRow("missing CA file")
            << u"lab"_s << u"https://p.example"_s << false << u"/nonexistent/ca.pem"_s << QString()
            << std::optional(Kind::CaFileUnusable);
        QTest::newRow("short pin") << u"lab"_s << u"https://p.example"_s << false << QString()
                                   << u"c2hvcnQ="_s << std::optional(Kind::PinInvalid);
    }
    void check()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(bool, allowInsecure);
        QFETCH(QString, caFile);
        QFETCH(QString, pin);
        QFETCH(std::optional<Kind>, problem);
        ConnectionProfile p;
        p.name = name;
        p.apiUrl = QUrl(url);
        p.allowInsecureHttp = allowInsecure;
        p.caFile = caFile;
        p.publicKeyPin = pin;
        const auto found = ConnectionRules::check(p);
        QCOMPARE(found.has_value(), problem.has_value());
        if (found)
            QCOMPARE(int(found->kind), int(*problem));
    }

    void eslLines()
    {
        QList<EslEndpoint> endpoints;
        QVERIFY(!ConnectionRules::parseEslLines(
            u"fs1:8021\n\n  [2001:db8::1]:8022  \nfs3"_s, &endpoints));
        QCOMPARE(endpoints.size(), 3);
        QCOMPARE(endpoints.at(1).toString(), u"[2001:db8::1]:8022"_s);
        QCOMPARE(endpoints.at(2).port, quint16(8021));
        const auto problem = ConnectionRules::parseEslLines(u"fs1:8021\n\nfs2:99999"_s, &endpoints);
        QVERIFY(problem);
        QCOMPARE(problem->kind, Kind::EslNotHostPort);
        QCOMPARE(problem->line, 3);
        QCOMPARE(problem->detail, u"fs2:99999"_s);
        QCOMPARE(endpoints.size(), 3); // unchanged when a line is wrong
    }

    void identity()
    {
        const auto me = ConnectionRules::parseIdentity(QJsonDocument::fromJson(
            R"({"operator": "alice", "permissions": ["trunks:read", "trunks:write", 7]})"));
        QVERIFY(me);
        QCOMPARE(me->operatorName, u"alice"_s);
        QCOMPARE(me->permissions, QStringList({u"trunks:read"_s, u"trunks:write"_s}));
        QVERIFY(me->mayWriteTrunks());
        const auto reader = ConnectionRules::parseIdentity(
            QJsonDocument::fromJson(R"({"operator": "bob", "permissions": ["trunks:read"]})"));
        QVERIFY(reader);
        QVERIFY(!reader->mayWriteTrunks());
        QVERIFY(!ConnectionRules::parseIdentity(QJsonDocument::fromJson(R"([1, 2])")));
        QVERIFY(!ConnectionRules::parseIdentity(QJsonDocument::fromJson(R"({"permissions": []})")));
    }

    void configure()
    {
        ApiClient client;
        ConnectionProfile p = goodProfile();
        p.apiUrl = QUrl(u"http://p.example:8001"_s);
        p.allowInsecureHttp = true;
        p.requestDeadlineSeconds = 7;
        QVERIFY(!ConnectionRules::configure(client, p, u"tok"_s));
        QCOMPARE(client.baseUrl(), p.apiUrl);
        QVERIFY(client.sendsInsecurely());
        QVERIFY(client.hasToken());
        QCOMPARE(client.totalDeadlineMs(), 7000);
        p.publicKeyPin = u"not a pin"_s;
        const auto problem = ConnectionRules::configure(client, p, {});
        QVERIFY(problem);
        QCOMPARE(problem->kind, Kind::PinInvalid);
    }

    void environmentForOtherConsole()
    {
        QProcessEnvironment base;
        base.insert(u"XYNAP_TOKEN"_s, u"mine"_s);
        base.insert(u"XYNAP_ESL_PASSWORD"_s, u"mine too"_s);
        base.insert(u"HOME"_s, u"/home/op"_s);
        const QProcessEnvironment none = ConnectionRules::environmentForOtherConsole(base, {}, {});
        QVERIFY(!none.contains(u"XYNAP_TOKEN"_s));
        QVERIFY(!none.contains(u"XYNAP_ESL_PASSWORD"_s));
        QCOMPARE(none.value(u"HOME"_s), u"/home/op"_s);
        const QProcessEnvironment typed
            = ConnectionRules::environmentForOtherConsole(base, u"theirs"_s, u"pw"_s);
        QCOMPARE(typed.value(u"XYNAP_TOKEN"_s), u"theirs"_s);
        QCOMPARE(typed.value(u"XYNAP_ESL_PASSWORD"_s), u"pw"_s);
    }

    // Session-only, then the environment, then the keychain, then FreeSWITCH's default.
    void precedence()
    {
        ConnectionProfile p = goodProfile();
        p.name = uniqueName();
        const QString first = p.eslEndpoints.at(0).toString();
        store(SecretStore::apiTokenKey(p.name), u"from-keychain"_s);
        store(SecretStore::eslPasswordKey(p.name, first), u"esl-keychain"_s);

        Credentials c = resolve({p, {}, {}});
        QCOMPARE(c.token, u"from-keychain"_s);
        QCOMPARE(c.tokenSource, Source::Keychain);
        QCOMPARE(c.eslPasswords, QStringList({u"esl-keychain"_s, u"ClueCon"_s}));
        QCOMPARE(c.eslSources, QList<Source>({Source::Keychain, Source::Default}));

        qputenv("XYNAP_TOKEN", "from-env");
        qputenv("XYNAP_ESL_PASSWORD", "esl-env");
        // A token belongs to its platform. The profile's own token wins over a
        // different one in the environment, and the result says the environment was ignored.
        c = resolve({p, {}, {}});
        QCOMPARE(c.token, u"from-keychain"_s);
        QCOMPARE(c.tokenSource, Source::Keychain);
        QVERIFY(c.tokenEnvironmentIgnored);
        QCOMPARE(c.eslPasswords, QStringList({u"esl-env"_s, u"esl-env"_s}));
        // The two agree: no conflict, the environment's is used.
        qputenv("XYNAP_TOKEN", "from-keychain");
        c = resolve({p, {}, {}});
        QCOMPARE(c.token, u"from-keychain"_s);
        QCOMPARE(c.tokenSource, Source::Environment);
        QVERIFY(!c.tokenEnvironmentIgnored);
        // A profile with no token of its own, or no profile at all: the environment applies.
        qputenv("XYNAP_TOKEN", "from-env");
        ConnectionProfile bare = goodProfile();
        bare.name = uniqueName();
        c = resolve({bare, {}, {}});
        QCOMPARE(c.token, u"from-env"_s);
        QCOMPARE(c.tokenSource, Source::Environment);
        QVERIFY(!c.tokenEnvironmentIgnored);
        bare.name.clear();
        c = resolve({bare, {}, {}});
        QCOMPARE(c.token, u"from-env"_s);
        QCOMPARE(c.tokenSource, Source::Environment);

        c = resolve({p, u"typed"_s, u"esl-typed"_s});
        QCOMPARE(c.token, u"typed"_s);
        QCOMPARE(c.tokenSource, Source::Session);
        QCOMPARE(c.eslPasswords, QStringList({u"esl-typed"_s, u"esl-typed"_s}));

        // Only what was asked for.
        c = resolve({p, {}, {}, false, true});
        QVERIFY(c.token.isEmpty());
        QCOMPARE(c.eslPasswords.size(), 2);
        c = resolve({p, {}, {}, true, false});
        QCOMPARE(c.token, u"from-keychain"_s);
        QVERIFY(c.eslPasswords.isEmpty());
    }

    void nothingStored()
    {
        ConnectionProfile p = goodProfile();
        p.name = uniqueName();
        const Credentials c = resolve({p, {}, {}});
        QVERIFY(c.token.isEmpty());
        QCOMPARE(c.tokenSource, Source::None);
        QCOMPARE(c.tokenLookup.status, SecretResult::Status::NotFound);
        QCOMPARE(c.eslPasswords, QStringList({u"ClueCon"_s, u"ClueCon"_s}));
        QVERIFY(c.eslErrors.isEmpty());

        // No profile (xynapctl --api URL): the keychain is not asked.
        ConnectionProfile unnamed = goodProfile();
        unnamed.name.clear();
        const Credentials u = resolve({unnamed, {}, {}});
        QCOMPARE(u.tokenSource, Source::None);
        QCOMPARE(u.eslSources, QList<Source>({Source::Default, Source::Default}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionService)
#include "tst_connectionservice.moc"
