// model/SofiaNames: the one grammar of names, and the one way a name becomes a word of a
// suggested command.
#include "model/SofiaNames.h"

#include <QProcess>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestSofiaNames final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void allGatewaysIsNoGatewayName()
    {
        QVERIFY(isValidSofiaName(u"_all_"));
        QVERIFY(!isValidGatewayName(u"_all_"));
        QVERIFY(isValidGatewayName(u"_all"));
        QVERIFY(isValidGatewayName(u"plusnet"));
    }

    void connectionProfileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("prod") << u"prod"_s << true;
        QTest::newRow("lab-2.b_c") << u"lab-2.b_c"_s << true;
        QTest::newRow("LF") << u"prod\nlab"_s << false;
        QTest::newRow("ESC") << u"prod\u001b[2J"_s << false;
        QTest::newRow("5000 characters") << QString(5000, u'p') << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("space") << u"my lab"_s << false;
        QTest::newRow("zero-width") << u"pr\u200bod"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void connectionProfileNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(isValidConnectionProfileName(name), valid);
    }

    void shellWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"external-ipv4"_s << u"external-ipv4"_s;
        QTest::newRow("option") << u"--gateway"_s << u"--gateway"_s;
        QTest::newRow("empty") << QString() << u"''"_s;
        QTest::newRow("command substitution") << u"$(touch /tmp/x);"_s << u"'$(touch /tmp/x);'"_s;
        QTest::newRow("backtick") << u"a`id`"_s << u"'a`id`'"_s;
        QTest::newRow("quote") << u"it's"_s << u"'it'\\''s'"_s;
        QTest::newRow("newline") << u"a\nb"_s << u"'a\nb'"_s;
    }
    void shellWord()
    {
        QFETCH(QString, word);
        QFETCH(QString, expected);
        QCOMPARE(xynap::shellWord(word), expected);
    }

    // What sh makes of the quoted words: exactly the words, nothing run.
    void shellLineIsWhatTheShellSplits()
    {
        const QStringList words {u"$(touch pwned)"_s, u"a`id`b"_s, u"it's"_s, u"x;y"_s,
            u"two\nlines"_s, u"*"_s, u"-n"_s};
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QProcess sh;
        sh.setWorkingDirectory(dir.path());
        sh.start(u"sh"_s, {u"-c"_s, u"printf '%s\\0' "_s + shellLine(words)});
        QVERIFY(sh.waitForFinished(10'000));
        QCOMPARE(sh.exitCode(), 0);
        QStringList got = QString::fromUtf8(sh.readAllStandardOutput()).split(QChar(0));
        got.removeLast();
        QCOMPARE(got, words);
        QVERIFY(!QFile::exists(dir.filePath(u"pwned"_s)));
    }

    void reloadCommand()
    {
        const SuggestedCommand c = reloadGatewayCommand(u"external-ipv4"_s, u"1und1"_s);
        QVERIFY(c.ok());
        QCOMPARE(c.argv,
            QStringList({u"xynapctl"_s, u"reload"_s, u"--sofia-profile"_s, u"external-ipv4"_s,
                u"--gateway"_s, u"1und1"_s}));
        QCOMPARE(c.line, u"xynapctl reload --sofia-profile external-ipv4 --gateway 1und1"_s);
    }

    // A name the API or FreeSWITCH served that fails the grammar gives no command.
    void hostileNamesGiveNoCommand_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("gateway");
        QTest::newRow("command substitution") << u"external"_s << u"$(touch x);"_s;
        QTest::newRow("backtick") << u"external"_s << u"`id`"_s;
        QTest::newRow("entity LF") << u"external\n\napi system id"_s << u"gw1"_s;
        QTest::newRow("_all_") << u"external"_s << u"_all_"_s;
        QTest::newRow("empty") << u"external"_s << QString();
        QTest::newRow("space") << u"external"_s << u"gw1 rescan"_s;
    }
    void hostileNamesGiveNoCommand()
    {
        QFETCH(QString, profile);
        QFETCH(QString, gateway);
        const SuggestedCommand reload = reloadGatewayCommand(profile, gateway);
        QVERIFY(!reload.ok());
        QVERIFY(reload.argv.isEmpty());
        QVERIFY(reload.line.isEmpty());
        const SuggestedCommand kill = killGatewayCommand(profile, gateway);
        QVERIFY(!kill.ok());
        QVERIFY(kill.argv.isEmpty());
        QVERIFY(kill.line.isEmpty());
    }

    // A name that starts with '-' passes the grammar; it is never read as an option.
    void optionLikeNameStaysAValue()
    {
        const SuggestedCommand c = reloadGatewayCommand(u"internal"_s, u"--yes"_s);
        QVERIFY(c.ok());
        QCOMPARE(c.argv.last(), u"--gateway=--yes"_s);
        QCOMPARE(c.line, u"xynapctl reload --sofia-profile internal --gateway=--yes"_s);
    }

    void killCommand()
    {
        const SuggestedCommand c = killGatewayCommand(u"external"_s, u"old-trunk"_s);
        QVERIFY(c.ok());
        QCOMPARE(c.line, u"sofia profile external killgw old-trunk"_s);
        QCOMPARE(c.argv.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestSofiaNames)
#include "tst_sofianames.moc"
