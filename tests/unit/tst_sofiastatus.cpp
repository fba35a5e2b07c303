// parseGatewayXmlStatus: FreeSWITCH's unescaped values, loose text, error bodies, and replies
// shaped to make a backtracking parser take quadratic time.

#include "esl/SofiaStatus.h"
#include "model/StringPool.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::esl;

namespace {

QByteArray gateway(const QByteArray &name, const QByteArray &realm, const QByteArray &extra = {})
{
    return "  <gateway>\n    <name>" + name + "</name>\n    <profile>external</profile>\n"
        + "    <realm>" + realm + "</realm>\n    <from>&lt;sip:a@b&gt;</from>\n"
        + "    <state>REGED</state>\n    <status>UP</status>\n    <calls-in>3</calls-in>\n" + extra
        + "  </gateway>\n";
}

QByteArray document(const QByteArray &gateways)
{
    return "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gateways>\n" + gateways
        + "</gateways>\n";
}

} // namespace

class TestSofiaStatus final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // What a node's gateways are held as: the members, and of the elements only those the
    // console reads; everything else (contact, context, ping bounds, …) is dropped.
    void onlyReadFieldsAreKept()
    {
        const QByteArray body = document(gateway("gw1", "sip.1und1.de",
            "    <contact>&lt;sip:gw-1@10.0.0.1&gt;</contact>\n    <pingfreq>30</pingfreq>\n"
            "    <pingtime>0.76</pingtime>\n    <pingmax>0.9</pingmax>\n"
            "    <uptime-usec>120000000</uptime-usec>\n"));
        const GatewayStatusParse all = parseGatewayXmlStatus(body);
        const GatewayStatusParse read = parseGatewayXmlStatus(body, 10, Fields::Read);
        QVERIFY(all.ok() && read.ok());
        QVERIFY(all.gateways.at(0).fields.contains(u"contact"_s));
        QVERIFY(all.gateways.at(0).fields.contains(u"pingmax"_s));
        const GatewayStatus &g = read.gateways.at(0);
        QStringList kept = g.fields.keys();
        kept.sort();
        QCOMPARE(kept, (QStringList {u"from"_s, u"pingfreq"_s, u"pingtime"_s, u"uptime-usec"_s}));
        QCOMPARE(g.name, u"gw1"_s);
        QCOMPARE(g.realm, u"sip.1und1.de"_s);
        QCOMPARE(g.state, u"REGED"_s);
        QCOMPARE(g.callsIn, 3);
        QCOMPARE(g.pingTimeMs(), 0.76);
        QCOMPARE(g.fields.value(u"from"_s), u"<sip:a@b>"_s);
    }

    // The read elements share one string: growing, emptying or removing one leaves the others
    // as they were; equality does not depend on the order they came in.
    void fieldsKeepEachValueInItsPlace()
    {
        GatewayFields f;
        QVERIFY(f.isEmpty());
        f.insert(u"retry"_s, u"30"_s);
        f.insert(u"from"_s, u"<sip:a@b>"_s);
        f.insert(u"contact"_s, u"<sip:gw@10.0.0.1>"_s);
        f.insert(u"expires"_s, u"3600"_s);
        f.insert(u"from"_s, u"<sip:4930123456@sip.1und1.de>"_s); // a slot before others grows
        f.insert(u"retry"_s, QString()); // there, but empty
        QCOMPARE(f.value(u"from"_s), u"<sip:4930123456@sip.1und1.de>"_s);
        QCOMPARE(f.value(u"expires"_s), u"3600"_s);
        QCOMPARE(f.value(u"contact"_s), u"<sip:gw@10.0.0.1>"_s);
        QVERIFY(f.contains(u"retry"_s));
        QVERIFY(f.value(u"retry"_s).isEmpty());
        QVERIFY(!f.contains(u"pingtime"_s));
        QVERIFY(f.value(u"pingtime"_s).isNull());
        f.remove(u"from"_s);
        QVERIFY(!f.contains(u"from"_s));
        QCOMPARE(f.value(u"expires"_s), u"3600"_s);
        QStringList keys = f.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList {u"contact"_s, u"expires"_s, u"retry"_s}));

        GatewayFields g;
        g.insert(u"expires"_s, u"3600"_s);
        g.insert(u"retry"_s, QString());
        g.insert(u"contact"_s, u"<sip:gw@10.0.0.1>"_s);
        QVERIFY(f == g);
        g.insert(u"expires"_s, u"600"_s);
        QVERIFY(!(f == g));
        g.insert(u"expires"_s, u"3600"_s);
        g.remove(u"retry"_s);
        QVERIFY(!(f == g));
    }

    // The read elements' string has 16-bit ends: a value that would make it longer than
    // MaxText (a hostile node's) is kept beside it, whole, and the others keep their places;
    // what runs (firstOf) keeps it too, copies and moves keep everything.
    void anOverlongValueIsKeptWhole()
    {
        GatewayFields f;
        f.insert(u"expires"_s, u"3600"_s);
        f.insert(u"retry"_s, u"30s"_s);
        const QString huge(GatewayFields::MaxText, u'x');
        f.insert(u"from"_s, huge);
        QCOMPARE(f.value(u"from"_s), huge);
        QCOMPARE(f.value(u"expires"_s), u"3600"_s);
        QCOMPARE(f.value(u"retry"_s), u"30s"_s);
        QVERIFY(f.contains(u"from"_s));
        const GatewayFields lint = f.firstOf(4);
        QCOMPARE(lint.value(u"from"_s), huge);
        QCOMPARE(lint.value(u"expires"_s), u"3600"_s);
        QVERIFY(!lint.contains(u"retry"_s));
        GatewayFields copy = f;
        QVERIFY(copy == f);
        GatewayFields moved = std::move(copy);
        QVERIFY(moved == f);
        QVERIFY(copy.isEmpty()); // NOLINT(bugprone-use-after-move): what a move leaves
        QVERIFY(copy.value(u"expires"_s).isNull()); // NOLINT(bugprone-use-after-move)
        // A short value of the same name takes the slot again; the last one wins.
        f.insert(u"from"_s, u"<sip:a@b>"_s);
        QCOMPARE(f.value(u"from"_s), u"<sip:a@b>"_s);
        QCOMPARE(f.keys().count(u"from"_s), 1);
        f.insert(u"from"_s, huge);
        f.remove(u"from"_s);
        QVERIFY(!f.contains(u"from"_s));
        QCOMPARE(f.value(u"retry"_s), u"30s"_s);
        QCOMPARE(sizeof(void *) != 8 || sizeof(GatewayFields) == 56, true);
    }

    void unescapedValuesStillParse_data()
    {
        QTest::addColumn<QByteArray>("realm");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("sip.1und1.de") << u"sip.1und1.de"_s;
        QTest::newRow("ampersand") << QByteArray("1&1.de") << u"1&1.de"_s;
        QTest::newRow("less than") << QByteArray("a<b") << u"a<b"_s;
        QTest::newRow("tag-like") << QByteArray("<realm>x") << u"<realm>x"_s;
        QTest::newRow("entity") << QByteArray("a&amp;b&lt;c") << u"a&b<c"_s;
        QTest::newRow("double escaped") << QByteArray("&amp;lt;") << u"&lt;"_s;
        QTest::newRow("numeric") << QByteArray("&#228;&#x41;") << u"\u00e4A"_s;
        QTest::newRow("bad entity") << QByteArray("&bogus; &#xZZ; &") << u"&bogus; &#xZZ; &"_s;
        QTest::newRow("utf-8") << QByteArray("m\xc3\xbcller.de") << u"m\u00fcller.de"_s;
    }
    void unescapedValuesStillParse()
    {
        QFETCH(QByteArray, realm);
        QFETCH(QString, expected);
        const GatewayStatusParse p
            = parseGatewayXmlStatus(document(gateway("gw1", realm) + gateway("gw2", "x")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.gateways.size(), 2);
        QCOMPARE(p.gateways.at(0).name, u"gw1"_s);
        QCOMPARE(p.gateways.at(0).realm, expected);
        QCOMPARE(p.gateways.at(0).profile, u"external"_s);
        QCOMPARE(p.gateways.at(0).state, u"REGED"_s);
        QCOMPARE(p.gateways.at(0).pingStatus, u"UP"_s);
        QCOMPARE(p.gateways.at(0).callsIn, 3);
        QCOMPARE(p.gateways.at(0).fields.value(u"from"_s), u"<sip:a@b>"_s);
        QCOMPARE(p.gateways.at(1).name, u"gw2"_s);
    }

    // A fleet's gateways repeat their profile, realm, state and ping status: one text each.
    void repeatedValuesAreOneText()
    {
        const GatewayStatusParse p = parseGatewayXmlStatus(
            document(gateway("gw1", "sip.1und1.de") + gateway("gw2", "sip.1und1.de")));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.gateways.size(), 2);
        const GatewayStatus &a = p.gateways.at(0);
        const GatewayStatus &b = p.gateways.at(1);
        QCOMPARE(b.realm, u"sip.1und1.de"_s);
        QVERIFY(a.realm.constData() == b.realm.constData());
        QVERIFY(a.profile.constData() == b.profile.constData());
        QVERIFY(a.state.constData() == b.state.constData());
        QVERIFY(a.pingStatus.constData() == b.pingStatus.constData());
        QVERIFY(a.name.constData() != b.name.constData());
    }

    // A full pool starts anew: what it holds stays bounded, and what comes now is pooled.
    void stringPoolStartsAnewWhenFull()
    {
        StringPool pool(2);
        QString a = u"alpha"_s;
        QString b = u"beta"_s;
        QString c = u"gamma"_s;
        pool.share(a);
        pool.share(b);
        pool.share(c); // full: alpha and beta are let go, gamma kept
        QString a2 = QString(u"alp"_s) + u"ha"_s;
        QString c2 = QString(u"gam"_s) + u"ma"_s;
        pool.share(c2);
        pool.share(a2);
        QVERIFY(c2.constData() == c.constData());
        QVERIFY(a2.constData() != a.constData());
        QCOMPARE(a2, a);
    }

    // `sofia xmlstatus` writes " (retry: 30s)" after </gateway>; garbage between gateways and
    // stray tags inside one are skipped.
    void looseTextAndStrayTags()
    {
        const QByteArray body = document(gateway("gw1", "r", "    <retry>30</retry>\n")
            + " (retry: 30s)\n" + gateway("gw2", "r", "    </stray>\n    <open>\n    <!-- x -->\n")
            + "junk < > </ &\n");
        const GatewayStatusParse p = parseGatewayXmlStatus(body);
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(p.gateways.size(), 2);
        QCOMPARE(p.gateways.at(0).fields.value(u"retry"_s), u"30"_s);
        QCOMPARE(p.gateways.at(1).name, u"gw2"_s);
        QCOMPARE(p.gateways.at(1).state, u"REGED"_s);
    }

    void singleGatewayReply()
    {
        const GatewayStatusParse p = parseGatewayXmlStatus(gateway("plusnet", "r"));
        QVERIFY(p.error.isEmpty());
        QCOMPARE(p.gateways.size(), 1);
        QCOMPARE(p.gateways.at(0).name, u"plusnet"_s);
    }

    void errorsAreReported_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("invalid gateway") << QByteArray("Invalid Gateway!\n");
        QTest::newRow("-ERR") << QByteArray("-ERR no such gateway.\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray(" \n\n");
        QTest::newRow("garbage") << QByteArray("\x01\x02 hello");
        QTest::newRow("unterminated gateway") << QByteArray("<gateway><name>x</name>");
        QTest::newRow("no name") << QByteArray("<gateways><gateway><state>UP</state></gateway>");
        QTest::newRow("profile status") << QByteArray("Invalid Profile [x]");
    }
    void errorsAreReported()
    {
        QFETCH(QByteArray, body);
        const GatewayStatusParse p = parseGatewayXmlStatus(body);
        QVERIFY(!p.error.isEmpty());
        QVERIFY(p.gateways.isEmpty());
    }

    void emptyListIsNoError()
    {
        const GatewayStatusParse p = parseGatewayXmlStatus(document({}));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QVERIFY(p.gateways.isEmpty());
    }

    // A snapshot has bounds like the events: more gateways than the limit is an
    // error of its own (overLimit), and nothing of it is kept.
    void moreGatewaysThanTheLimitIsAnError()
    {
        const QByteArray three = QByteArray("<gateway><name>g</name></gateway>").repeated(3);
        GatewayStatusParse p = parseGatewayXmlStatus(three, 3);
        QVERIFY2(p.ok(), qPrintable(p.error));
        QCOMPARE(p.gateways.size(), 3);
        p = parseGatewayXmlStatus(three + "<gateway><name>h</name></gateway>", 3);
        QVERIFY(!p.ok());
        QVERIFY(p.overLimit);
        QVERIFY(p.gateways.isEmpty());
        QVERIFY2(p.error.contains(u"more than 3 gateways"_s), qPrintable(p.error));
        // The default is the monitor's bound for events.
        const QByteArray many
            = QByteArray("<gateway><name>g</name></gateway>").repeated(MaxGatewaysPerNode + 1);
        p = parseGatewayXmlStatus(many);
        QVERIFY(p.overLimit);
        QVERIFY2(p.error.contains(u"more than 100000 gateways"_s), qPrintable(p.error));
        // A reply longer than the byte bound is not read at all.
        QByteArray huge(MaxSnapshotBytes + 1, ' ');
        p = parseGatewayXmlStatus(huge);
        QVERIFY(p.overLimit);
        QVERIFY2(p.error.contains(u"MiB"_s), qPrintable(p.error));
    }

    // Read for a link: each gateway goes to the sink as it is read, in any pieces, and the
    // result holds none; the bounds and the errors are still finish()'s to say.
    void aSinkTakesEachGatewayAsItIsRead()
    {
        const QByteArray body = document(gateway("gw1", "sip.1und1.de",
                                             "    <retry>30s</retry>\n"
                                             "    <uptime-usec>120000000</uptime-usec>\n")
            + gateway("gw2", "sip.1und1.de"));
        GatewayStatusReader reader(10, Fields::Read);
        GatewayList list;
        reader.setSink([&list](GatewayStatus &&g) { list.append(ListedGateway::of(g)); });
        for (qsizetype at = 0; at < body.size(); at += 7)
            reader.feed(QByteArrayView(body).sliced(at, qMin<qsizetype>(7, body.size() - at)));
        QCOMPARE(list.size(), 2); // before finish(): as they were read
        const GatewayStatusParse done = reader.finish();
        QVERIFY2(done.ok(), qPrintable(done.error));
        QVERIFY(done.gateways.isEmpty());
        const ListedGateway &first = list.block(0).at(0);
        QCOMPARE(first.running.name, u"gw1"_s);
        QCOMPARE(first.running.realm, u"sip.1und1.de"_s);
        QCOMPARE(first.running.fields.value(u"from"_s), u"<sip:a@b>"_s);
        QVERIFY(!first.running.fields.contains(u"uptime-usec"_s)); // the row's, not what runs
        QCOMPARE(first.pingStatus, u"UP"_s);
        QCOMPARE(first.callsIn, 3);
        QCOMPARE(first.retrySeconds, 30);
        QCOMPARE(first.uptimeUsec, 120'000'000);
        QCOMPARE(list.block(0).at(1).retrySeconds, -1); // none said
        QCOMPARE(list.block(0).at(1).uptimeUsec, 0);

        // One more than the bound: finish() says so, whatever the sink took.
        GatewayStatusReader bounded(1, Fields::Read);
        int taken = 0;
        bounded.setSink([&taken](GatewayStatus &&) { ++taken; });
        bounded.feed(body);
        const GatewayStatusParse over = bounded.finish();
        QVERIFY(over.overLimit);
        QCOMPARE(taken, 1);
        // An empty list with the sink is a list, no error; no list at all is one.
        GatewayStatusReader empty(10, Fields::Read);
        empty.setSink([](GatewayStatus &&) {});
        empty.feed(document({}));
        QVERIFY(empty.finish().ok());
        GatewayStatusReader garbage(10, Fields::Read);
        garbage.setSink([](GatewayStatus &&) {});
        garbage.feed("+OK nothing here");
        QVERIFY(!garbage.finish().ok());
    }

    // A node's list in blocks: appended in order across blocks, each block given back alone.
    void aGatewayListGrowsInBlocks()
    {
        GatewayList list;
        QVERIFY(list.isEmpty());
        const qsizetype count = GatewayList::BlockSize * 2 + 5;
        for (qsizetype i = 0; i < count; ++i) {
            GatewayStatus g;
            g.name = u"gw%1"_s.arg(i);
            list.append(ListedGateway::of(g));
        }
        QCOMPARE(list.size(), count);
        QCOMPARE(list.blockCount(), 3);
        QCOMPARE(list.block(0).size(), GatewayList::BlockSize);
        QCOMPARE(list.block(0).capacity(), GatewayList::BlockSize); // no room beyond a block
        QCOMPARE(list.block(2).size(), 5);
        QCOMPARE(list.block(1).at(0).running.name, u"gw%1"_s.arg(GatewayList::BlockSize));
        QCOMPARE(list.block(2).at(4).running.name, u"gw%1"_s.arg(count - 1));
        list.release(0);
        QVERIFY(list.block(0).isEmpty());
        QCOMPARE(list.block(0).capacity(), 0);
        QCOMPARE(list.block(1).size(), GatewayList::BlockSize);
        QCOMPARE(list.size(), count); // what was read
    }

    // `<gateway>` + `<a>`×N + `</gateway>` took 88 s and more at 1 MB with the
    // regular expression. The figure is printed; the test's timeout is the only bound, so a
    // slow machine does not fail it, but a quadratic parser does (minutes per row).
    void pathologicalRepliesAreLinear_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("gateways");
        const qsizetype n = 1024 * 1024 / 3;
        QTest::newRow("<gateway> <a>xN </gateway>")
            << "<gateway>" + QByteArray("<a>").repeated(n) + "</gateway>" << 0;
        QTest::newRow("<gateway>xN, never closed") << QByteArray("<gateway>").repeated(n / 3) << 0;
        QTest::newRow("<gateway><a>xN then one </b>")
            << "<gateway>" + QByteArray("<a>").repeated(n) + "</b></gateway>" << 0;
        QTest::newRow("</xN") << "<gateway>" + QByteArray("</").repeated(n) + "</gateway>" << 0;
        QTest::newRow("<gateway><a>x</b>xN")
            << "<gateway><name>g</name>" + QByteArray("<a>x</b>").repeated(n / 3) + "</gateway>"
            << 1;
        QTest::newRow("many small gateways")
            << QByteArray("<gateway><name>g</name></gateway>").repeated(n / 11) << int(n / 11);
        QTest::newRow("long name-like tags")
            << "<gateway>" + QByteArray("<" + QByteArray(1000, 'a')).repeated(1000) + "</gateway>"
            << 0;
    }
    void pathologicalRepliesAreLinear()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, gateways);
        QElapsedTimer clock;
        clock.start();
        const GatewayStatusParse p = parseGatewayXmlStatus(body);
        const qint64 ms = clock.elapsed();
        qInfo("%s: %lld bytes parsed in %lld ms", QTest::currentDataTag(),
            static_cast<long long>(body.size()), static_cast<long long>(ms));
        QCOMPARE(p.gateways.size(), qsizetype(gateways));
    }
};

QTEST_GUILESS_MAIN(TestSofiaStatus)
#include "tst_sofiastatus.moc"
