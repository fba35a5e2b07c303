#include "model/TextSafety.h"

#include <QJsonObject>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;

class TestTextSafety final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void terminalSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plusnet REGED"_s << u"plusnet REGED"_s;
        QTest::newRow("umlaut") << u"M\u00fcller"_s << u"M\u00fcller"_s;
        QTest::newRow("ESC colour") << u"\u001b[31mred\u001b[0m"_s << u"\\x1b[31mred\\x1b[0m"_s;
        QTest::newRow("newline row spoof")
            << u"gw1\nplusnet  REGED"_s << u"gw1\\x0aplusnet  REGED"_s;
        QTest::newRow("CR overwrite") << u"bad\rgood"_s << u"bad\\x0dgood"_s;
        QTest::newRow("tab") << u"a\tb"_s << u"a\\x09b"_s;
        QTest::newRow("NUL") << QString(u"a\u0000b"_s) << u"a\\x00b"_s;
        QTest::newRow("DEL") << u"a\u007fb"_s << u"a\\x7fb"_s;
        QTest::newRow("C1 CSI") << u"a\u009b31mb"_s << u"a\\x9b31mb"_s;
        QTest::newRow("bidi override") << u"abc\u202edcba"_s << u"abc\\u{202e}dcba"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a\\u{2028}b"_s;
        // Names that differ only by an invisible character look the same.
        QTest::newRow("zero-width space") << u"gw\u200b1"_s << u"gw\\u{200b}1"_s;
        QTest::newRow("zero-width joiner") << u"a\u200db"_s << u"a\\u{200d}b"_s;
        QTest::newRow("BOM") << u"\ufeffgw1"_s << u"\\u{feff}gw1"_s;
        QTest::newRow("word joiner") << u"a\u2060b"_s << u"a\\u{2060}b"_s;
        QTest::newRow("soft hyphen") << u"a\u00adb"_s << u"a\\u{00ad}b"_s;
        QTest::newRow("backslash kept") << u"C:\\x"_s << u"C:\\x"_s;
        QTest::newRow("empty") << QString() << QString();
    }
    void terminalSafe()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = xynap::terminalSafe(input);
        QCOMPARE(out, expected);
        for (const QChar c : out)
            QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f
                && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f));
    }

    void pluginSafe_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"gw1 REGED"_s << u"gw1 REGED"_s;
        QTest::newRow("pipe") << u"gw1|fake=1"_s << u"gw1\\x7cfake=1"_s;
        QTest::newRow("newline") << u"gw1\nCRITICAL"_s << u"gw1\\x0aCRITICAL"_s;
        QTest::newRow("both") << u"a|b\r\nc"_s << u"a\\x7cb\\x0d\\x0ac"_s;
    }
    void pluginSafe()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const QString out = xynap::pluginSafe(input);
        QCOMPARE(out, expected);
        QVERIFY(!out.contains(u'|'));
        QVERIFY(!out.contains(u'\n'));
    }

    void csvCell_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << u"plusnet"_s << u"plusnet"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("inner = kept") << u"a=b"_s << u"a=b"_s;
        // In a ';'-separated locale (German Excel) "x;=cmd" is two cells, the second
        // a formula; quoted it is one text cell in every locale.
        QTest::newRow("semicolon formula")
            << u"x;=cmd|' /C calc'!A0"_s << u"\"x;=cmd|' /C calc'!A0\""_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"\"a;b\""_s;
        QTest::newRow("comma formula") << u"x,@SUM(A1)"_s << u"\"x,@SUM(A1)\""_s;
        QTest::newRow("semicolon plus") << u"note;+1"_s << u"\"note;+1\""_s;
        QTest::newRow("german note")
            << u"=cmd|' /C calc'!A0 überschrieben"_s << u"'=cmd|' /C calc'!A0 überschrieben"_s;
    }
    void csvCell()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(xynap::csvCell(input), expected);
    }

    // Xynapctl's JSON carries no C1 control (U+009B is CSI on many terminals), no
    // bidi override and no invisible character raw; the parsed values are unchanged.
    void jsonTextEscapesWhatTerminalsObey()
    {
        const QString hostile = u"a\u009b31mb\u202ec\u200bd\u2028e\u007ff\u00fc"_s;
        const QJsonDocument doc(QJsonObject {{u"gateway"_s, hostile}});
        const QByteArray text = xynap::jsonText(doc);
        QVERIFY2(!text.contains("\xc2\x9b"), text.constData());
        QVERIFY2(!text.contains("\xe2\x80\xae"), text.constData());
        QVERIFY2(!text.contains("\x7f"), text.constData());
        QVERIFY2(text.contains("\\u009b"), text.constData());
        QVERIFY2(text.contains("\\u202e"), text.constData());
        QVERIFY2(text.contains("\\u200b"), text.constData());
        QVERIFY2(text.contains("\xc3\xbc"), text.constData()); // an umlaut stays as it is
        QJsonParseError error {};
        const QJsonDocument back = QJsonDocument::fromJson(text, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object().value(u"gateway"_s).toString(), hostile);
    }
};

QTEST_GUILESS_MAIN(TestTextSafety)
#include "tst_textsafety.moc"
