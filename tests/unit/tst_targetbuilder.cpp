// cli::TargetBuilder: what a command talks to, from the command line and the saved connection
// profile — the profile's API, nodes and trust settings, each overridden by its option; every
// option that cannot be used named in a usage error (64), a CA file that cannot be read a data
// error (65); `token` may name a profile not saved yet, `profile` does not read --profile.
#include "cli/Help.h"
#include "cli/TargetBuilder.h"
#include "platform/ConnectionProfile.h"

#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::cli;
using Use = TargetBuilder::ProfileUse;

class TestTargetBuilder final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;

    TargetBuilder::Result build(const QStringList &arguments, Use use = Use::Connect)
    {
        QCommandLineParser parser;
        for (const OptionHelp &o : optionTable())
            parser.addOption(QCommandLineOption(o.names, o.description, o.valueName));
        if (!parser.parse(QStringList {u"xynapctl"_s} + arguments))
            qFatal("%s", qPrintable(parser.errorText()));
        return TargetBuilder::fromCommandLine(parser, use, *m_settings);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings
            = std::make_unique<QSettings>(m_dir.filePath(u"settings.conf"_s), QSettings::IniFormat);
        m_settings->clear();
        platform::ConnectionProfile saved;
        saved.name = u"prod"_s;
        saved.apiUrl = QUrl(u"https://api.example.net/"_s);
        saved.eslEndpoints = {{u"10.0.0.1"_s, 8021}, {u"10.0.0.2"_s, 8021}};
        saved.publicKeyPin = QString(44, u'A').replace(43, 1, u'=');
        saved.requestDeadlineSeconds = 12;
        platform::ProfileStore(m_settings.get()).save(saved);
    }

    void optionsAlone()
    {
        const auto r = build({u"--api"_s, u"http://127.0.0.1:8001"_s, u"--esl"_s,
            u"127.0.0.1:8021"_s, u"--esl"_s, u"[::1]:8022"_s, u"--allow-insecure-http"_s});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.target.apiUrl, QUrl(u"http://127.0.0.1:8001"_s));
        QCOMPARE(r.target.esl.size(), 2);
        QCOMPARE(r.target.esl.at(1).port, quint16(8022));
        QVERIFY(r.target.allowInsecure);
        QVERIFY(r.target.profile.isEmpty());
        QVERIFY(!r.target.catalog.providers().isEmpty()); // every command gets the providers
    }

    void theProfileGivesTheConnection()
    {
        const auto r = build({u"--profile"_s, u"prod"_s});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.target.profile, u"prod"_s);
        QCOMPARE(r.target.apiUrl, QUrl(u"https://api.example.net/"_s));
        QCOMPARE(r.target.esl.size(), 2);
        QCOMPARE(r.target.esl.at(0).host, u"10.0.0.1"_s);
        QVERIFY(!r.target.publicKeyPin.isEmpty());
        QCOMPARE(r.target.requestDeadlineMs, 12'000);
    }

    void optionsOverrideTheProfile()
    {
        const auto r = build({u"--profile"_s, u"prod"_s, u"--api"_s, u"https://other.example/"_s,
            u"--esl"_s, u"10.9.9.9:8021"_s});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.target.apiUrl, QUrl(u"https://other.example/"_s));
        QCOMPARE(r.target.esl.size(), 1); // --esl replaces the profile's nodes, it does not add
        QCOMPARE(r.target.esl.at(0).host, u"10.9.9.9"_s);
    }

    void unusableOptionsAreNamed_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("words");
        QTest::newRow("no such profile") << QStringList {u"--profile"_s, u"nope"_s} << int(Usage)
                                         << u"no connection profile named \"nope\""_s;
        QTest::newRow("api not http") << QStringList {u"--api"_s, u"ftp://x"_s} << int(Usage)
                                      << u"--api: \"ftp://x\" is not an http(s) URL"_s;
        QTest::newRow("esl not host:port") << QStringList {u"--esl"_s, u"fs1:port"_s} << int(Usage)
                                           << u"--esl: \"fs1:port\" is not HOST:PORT"_s;
        QTest::newRow("ca file missing") << QStringList {u"--ca-file"_s, u"/nonexistent/ca.pem"_s}
                                         << int(DataError) << u"CA file: "_s;
        QTest::newRow("pin not base64")
            << QStringList {u"--pin"_s, u"not a pin"_s} << int(Usage) << u"pin: "_s;
    }

    void unusableOptionsAreNamed()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, code);
        QFETCH(QString, words);
        const auto r = build(arguments);
        QCOMPARE(r.code, code);
        QVERIFY2(r.error.startsWith(words), qPrintable(r.error));
    }

    // `token set --profile new` before `profile add new`; `profile add NAME` names its profile
    // as an argument and never reads --profile.
    void profileUsesOfTokenAndProfile()
    {
        const auto token = build({u"--profile"_s, u"new"_s}, Use::NameOnly);
        QVERIFY2(token.ok(), qPrintable(token.error));
        QCOMPARE(token.target.profile, u"new"_s);
        QVERIFY(token.target.apiUrl.isEmpty());

        const auto savedToken = build({u"--profile"_s, u"prod"_s}, Use::NameOnly);
        QCOMPARE(savedToken.target.esl.size(), 2); // a saved one still gives its nodes

        const auto profile = build({u"--profile"_s, u"prod"_s}, Use::Ignore);
        QVERIFY2(profile.ok(), qPrintable(profile.error));
        QVERIFY(profile.target.apiUrl.isEmpty());
        QVERIFY(profile.target.esl.isEmpty());
    }

    // A relative --ca-file is kept absolute: the target is used from any directory.
    void caFileIsKeptAbsolute()
    {
        const QDir data(QStringLiteral(XYNAP_TEST_DATA "/tls"));
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(data.path()));
        const auto r = build({u"--ca-file"_s, u"ca.pem"_s});
        QVERIFY(QDir::setCurrent(before));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.target.caFile, data.absoluteFilePath(u"ca.pem"_s));
    }
};

QTEST_GUILESS_MAIN(TestTargetBuilder)
#include "tst_targetbuilder.moc"
