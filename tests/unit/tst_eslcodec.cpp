#include "esl/EslCodec.h"
#include "esl/EslParser.h"
#include "esl/SofiaStatus.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap::esl;

namespace {
QByteArray capture(const QString &name)
{
    QFile f(QStringLiteral(XYNAP_TEST_DATA) + u"/captures/"_s + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QList<Message> parseInChunks(const QByteArray &data, qsizetype chunk, bool random = false)
{
    Parser p;
    QList<Message> out;
    QRandomGenerator rng(42);
    qsizetype pos = 0;
    while (pos < data.size()) {
        const qsizetype n = random ? 1 + rng.bounded(4000) : chunk;
        p.feed(QByteArrayView(data).sliced(pos, qMin(n, data.size() - pos)));
        pos += n;
        Message m;
        while (p.next(m))
            out.append(m);
    }
    return out;
}
} // namespace

class TestEslCodec final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyCaptureParsesTheSameInAnyChunking_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files
            = QDir(QStringLiteral(XYNAP_TEST_DATA) + u"/captures"_s).entryList({u"*.recv.txt"_s});
        QVERIFY(files.size() >= 15);
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << f;
    }
    void everyCaptureParsesTheSameInAnyChunking()
    {
        QFETCH(QString, file);
        const QByteArray data = capture(file);
        QVERIFY(!data.isEmpty());
        const QList<Message> whole = parseInChunks(data, data.size());
        QVERIFY(!whole.isEmpty());
        const QList<Message> bytewise = parseInChunks(data, 1);
        const QList<Message> random = parseInChunks(data, 0, true);
        QCOMPARE(bytewise.size(), whole.size());
        QCOMPARE(random.size(), whole.size());
        qsizetype consumed = 0;
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(bytewise.at(i).body, whole.at(i).body);
            QCOMPARE(random.at(i).contentType(), whole.at(i).contentType());
            QVERIFY(!whole.at(i).contentType().isEmpty());
            consumed += whole.at(i).body.size();
            if (const auto e = eventFromMessage(whole.at(i)))
                QVERIFY2(!e->name().isEmpty(), "every event has an Event-Name");
        }
        QVERIFY(consumed <= data.size());
    }

    void plainEventsDecodeValuesAndKeepTheInnerBody()
    {
        const QList<Message> msgs = parseInChunks(capture(u"21_events_plain.recv.txt"_s), 1460);
        int states = 0;
        bool sawBracketed = false;
        for (const Message &m : msgs) {
            const auto e = eventFromMessage(m);
            if (!e || e->subclass() != "sofia::gateway_state")
                continue;
            ++states;
            if (e->value("Register-Network-IP") == "[::1]")
                sawBracketed = true;
            QVERIFY(!e->value("State").isEmpty());
        }
        QVERIFY(states > 20);
        QVERIFY(sawBracketed);
    }

    void jsonEventsMatchPlainEvents()
    {
        QList<QByteArray> plain, json;
        for (const Message &m : parseInChunks(capture(u"21_events_plain.recv.txt"_s), 999))
            if (const auto e = eventFromMessage(m); e && e->subclass() == "sofia::gateway_state")
                plain.append(
                    e->value("Gateway") + '/' + e->value("State") + '/' + e->value("Status"));
        for (const Message &m : parseInChunks(capture(u"22_events_json.recv.txt"_s), 999))
            if (const auto e = eventFromMessage(m); e && e->subclass() == "sofia::gateway_state")
                json.append(
                    e->value("Gateway") + '/' + e->value("State") + '/' + e->value("Status"));
        QVERIFY(!plain.isEmpty());
        QCOMPARE(json, plain);
    }

    void percentEncodingMatchesFreeSwitch_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("encoded");
        QTest::newRow("subclass") << QByteArray("sofia::gateway_state")
                                  << QByteArray("sofia%3A%3Agateway_state");
        QTest::newRow("ipv6") << QByteArray("[2001:db8::1]")
                              << QByteArray("%5B2001%3Adb8%3A%3A1%5D");
        QTest::newRow("date") << QByteArray("2026-11-26 07:13:54")
                              << QByteArray("2026-11-26%2007%3A13%3A54");
        QTest::newRow("plus stays encoded") << QByteArray("a+b") << QByteArray("a%2Bb");
        QTest::newRow("comma kept") << QByteArray("Thu, 26") << QByteArray("Thu,%2026");
    }
    void percentEncodingMatchesFreeSwitch()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, encoded);
        QCOMPARE(percentEncode(raw), encoded);
        QCOMPARE(percentDecode(encoded), raw);
    }

    void serializedPlainEventParsesBack()
    {
        Event e;
        e.headers.append("Event-Name", "BACKGROUND_JOB");
        e.headers.append("Job-UUID", "7c67f6c3-4435-4e63-a934-0fe1b39fcb16");
        e.headers.append("Empty", "");
        e.body = "+OK done\n";
        const QByteArray text = serializePlainEvent(e);
        QVERIFY(text.contains("Empty: _undef_\n"));
        QVERIFY(text.endsWith("Content-Length: 9\n\n+OK done\n"));
        const auto back = parsePlainEvent(text);
        QVERIFY(back);
        QCOMPARE(back->body, e.body);
        QCOMPARE(back->value("Job-UUID"), e.value("Job-UUID"));
        QCOMPARE(back->value("Empty"), QByteArray());
    }

    void badFramesAreReportedNotCrashed()
    {
        Parser p;
        p.feed("Content-Type: api/response\nContent-Length: banana\n\n");
        Message m;
        QVERIFY(!p.next(m));
        QVERIFY(p.hasError());
        QVERIFY(p.error().contains(u"banana"_s));
        Parser big;
        big.feed("Content-Length: 99999999999\n\n");
        QVERIFY(!big.next(m));
        QVERIFY(big.hasError());
    }

    void xmlStatusOfCapture01()
    {
        const QList<Message> msgs = parseInChunks(capture(u"01_esl_commands.recv.txt"_s), 4096);
        QByteArray body;
        for (const Message &m : msgs)
            if (m.contentType() == "api/response" && m.body.contains("<gateways>"))
                body = m.body;
        const GatewayStatusParse parsed = parseGatewayXmlStatus(body);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.gateways.size(), 2);
        QCOMPARE(parsed.gateways.at(0).name, u"plusnet"_s);
        QCOMPARE(parsed.gateways.at(0).state, u"NOREG"_s);
        QCOMPARE(parsed.gateways.at(1).realm, u"sip.1und1.de"_s);
        QCOMPARE(parsed.gateways.at(1).fields.value(u"from"_s), u"<sip:4930123456@[::1]:5072>"_s);
        QCOMPARE(parseGatewayXmlStatus("Invalid Gateway!\n").error, u"Invalid Gateway!"_s);
    }
};

QTEST_GUILESS_MAIN(TestEslCodec)
#include "tst_eslcodec.moc"
