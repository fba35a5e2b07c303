#include "esl/Codec.h"
#include "esl/Parser.h"
#include "esl/SofiaStatus.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>
#include <optional>

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
// The decoding as it was before headers were decoded lazily: every value at once, one header at
// a time. The lazy decoder must agree with it on every event.
struct EagerEvent {
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

QByteArray eagerPercentDecode(QByteArrayView value)
{
    QByteArray out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '%' && i + 2 < value.size()) {
            bool ok = false;
            const int byte = value.sliced(i + 1, 2).toByteArray().toInt(&ok, 16);
            if (ok && QByteArrayView("0123456789abcdefABCDEF").contains(value.at(i + 1))
                && QByteArrayView("0123456789abcdefABCDEF").contains(value.at(i + 2))) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

std::optional<EagerEvent> eagerPlainEvent(QByteArrayView body)
{
    EagerEvent e;
    qsizetype pos = 0;
    qsizetype innerLength = -1;
    const qsizetype n = body.size();
    while (pos < n) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            end = n;
        QByteArrayView line = body.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        QByteArrayView value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
        if (line.first(colon) == "Content-Length") {
            bool ok = false;
            innerLength = value.toLongLong(&ok);
            if (!ok)
                innerLength = -1;
            continue;
        }
        QByteArray decoded = eagerPercentDecode(value);
        if (decoded == "_undef_")
            decoded.clear();
        e.headers.append({line.first(colon).toByteArray(), decoded});
    }
    if (e.headers.isEmpty())
        return std::nullopt;
    if (innerLength > 0 && pos < n)
        e.body = body.sliced(pos, qMin(innerLength, n - pos)).toByteArray();
    return e;
}

// Every lookup the lazy Headers answers, in an order that decodes some values before others,
// against the eager list; empty if they agree.
QString disagreement(const Headers &lazy, const QList<QPair<QByteArray, QByteArray>> &eager)
{
    if (lazy.size() != eager.size())
        return u"%1 headers, expected %2"_s.arg(lazy.size()).arg(eager.size());
    for (qsizetype i = eager.size() - 1; i >= 0; --i) {
        // The first header of that name (case-insensitive) is the one a lookup finds.
        QByteArray first;
        for (const auto &[name, value] : eager) {
            if (name.compare(eager.at(i).first, Qt::CaseInsensitive) == 0) {
                first = value;
                break;
            }
        }
        if (lazy.value(eager.at(i).first) != first
            || lazy.view(eager.at(i).first.toLower()) != first)
            return u"header %1: \"%2\", expected \"%3\""_s.arg(QString::fromUtf8(eager.at(i).first),
                QString::fromUtf8(lazy.value(eager.at(i).first)), QString::fromUtf8(first));
    }
    const Headers copy = lazy; // a copy decodes on its own
    if (lazy.items() != eager || copy.items() != eager)
        return u"items() differ"_s;
    for (qsizetype i = 0; i < eager.size(); ++i) {
        if (lazy.nameAt(i) != eager.at(i).first || lazy.valueAt(i) != eager.at(i).second)
            return u"header %1 differs by index"_s.arg(i);
    }
    return {};
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

    // The body of the first api/response, streamed to a sink: the sink gets exactly its bytes in
    // order, the frame comes out in its place with an empty body, and every other frame
    // (events before and after, the next api/response) is what the buffered parse gives.
    void streamedApiBodyArrivesInPlace_data() { everyCaptureParsesTheSameInAnyChunking_data(); }
    void streamedApiBodyArrivesInPlace()
    {
        QFETCH(QString, file);
        const QByteArray data = capture(file);
        const QList<Message> whole = parseInChunks(data, data.size());
        qsizetype first = -1;
        for (qsizetype i = 0; i < whole.size() && first < 0; ++i) {
            if (whole.at(i).contentType() == "api/response")
                first = i;
        }
        if (first < 0)
            return; // a capture of events only
        for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(4096), data.size()}) {
            Parser p;
            QByteArray streamed;
            int calls = 0;
            p.streamNextApiBody([&](QByteArrayView piece) {
                streamed.append(piece);
                ++calls;
            });
            QList<Message> out;
            for (qsizetype pos = 0; pos < data.size(); pos += chunk) {
                p.feed(QByteArrayView(data).sliced(pos, qMin(chunk, data.size() - pos)));
                Message m;
                while (p.next(m))
                    out.append(m);
            }
            QVERIFY(!p.hasError());
            QCOMPARE(out.size(), whole.size());
            QCOMPARE(streamed, whole.at(first).body);
            QVERIFY(calls >= 1 || whole.at(first).body.isEmpty());
            for (qsizetype i = 0; i < whole.size(); ++i) {
                QCOMPARE(out.at(i).contentType(), whole.at(i).contentType());
                QCOMPARE(out.at(i).body, i == first ? QByteArray() : whole.at(i).body);
            }
        }
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

    void lazyDecodingAgreesWithEagerOnEveryCaptureEvent_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *f : {"10_startup_events_plain", "20_events_plain_as_specified",
                 "21_events_plain", "22_events_json", "30_shutdown_sigterm_listener_plain",
                 "50_pitfall_ipv6_literal_proxy_without_gw_auth_acl", "62_badauth401_events_plain"})
            QTest::newRow(f) << QString::fromLatin1(f) + u".recv.txt"_s;
    }
    void lazyDecodingAgreesWithEagerOnEveryCaptureEvent()
    {
        QFETCH(QString, file);
        const QByteArray data = capture(file);
        QVERIFY(!data.isEmpty());
        Parser parser;
        parser.feed(data);
        Parser::Frame frame;
        Event reused; // as esl::Connection decodes: every event into one object
        int events = 0;
        while (parser.nextFrame(frame)) {
            // The outer headers, lazily indexed, against the eager parse of the same lines.
            Message message;
            Parser::toMessage(frame, message);
            QList<QPair<QByteArray, QByteArray>> outer;
            for (const QByteArray &line : frame.headerBlock.toByteArray().split('\n')) {
                const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
                const qsizetype colon = l.indexOf(':');
                if (l.isEmpty())
                    continue;
                if (colon <= 0) {
                    outer.append({l, {}});
                    continue;
                }
                QByteArray value = l.mid(colon + 1);
                while (value.startsWith(' '))
                    value.remove(0, 1);
                outer.append({l.left(colon), value});
            }
            QCOMPARE(disagreement(message.headers, outer), QString());
            QCOMPARE(frame.contentType, message.contentType());
            if (message.contentType() != "text/event-plain")
                continue;
            ++events;
            const std::optional<EagerEvent> eager = eagerPlainEvent(frame.body);
            QVERIFY(eager);
            QVERIFY(decodePlainEvent(frame.body, reused));
            QCOMPARE(disagreement(reused.headers, eager->headers), QString());
            QCOMPARE(reused.body, eager->body);
            const std::optional<Event> fresh = parsePlainEvent(frame.body);
            QVERIFY(fresh);
            QCOMPARE(fresh->headers.items(), eager->headers);
            QCOMPARE(fresh->body, eager->body);
        }
        QVERIFY(!parser.hasError());
        if (!file.startsWith(u"22"_s))
            QVERIFY2(events > 0, "the capture has plain events");
    }

    void lazyDecodingOfOddValues()
    {
        // Broken or partial escapes stay as they are; "_undef_" (also encoded) is empty; CRLF;
        // an inner Content-Length is the body's, not a header.
        const QByteArray body = "A: %41%4\nB: %ZZ%\r\nC: _undef_\nD: %5Fundef_\nE:\nF:  two\n"
                                "a: later\nContent-Length: 3\n\nxyzTRAILING";
        const std::optional<EagerEvent> eager = eagerPlainEvent(body);
        QVERIFY(eager);
        Event e;
        QVERIFY(decodePlainEvent(body, e));
        QCOMPARE(disagreement(e.headers, eager->headers), QString());
        QCOMPARE(e.value("A"), QByteArray("A%4"));
        QCOMPARE(e.value("b"), QByteArray("%ZZ%"));
        QVERIFY(e.headers.contains("C") && e.value("C").isEmpty() && e.value("D").isEmpty());
        QCOMPARE(e.value("F"), QByteArray(" two"));
        QCOMPARE(e.value("a"), QByteArray("A%4")); // the first of that name
        QCOMPARE(e.body, QByteArray("xyz"));
        QVERIFY(!e.headers.contains("Content-Length"));
        // Reused for a smaller event: nothing of the first is left.
        QVERIFY(decodePlainEvent("Event-Name: HEARTBEAT\n\n", e));
        QCOMPARE(e.headers.size(), 1);
        QCOMPARE(e.name(), QByteArray("HEARTBEAT"));
        QVERIFY(e.body.isEmpty());
    }

    void decodingAgreesWithTheEagerOneAtEveryLengthAndAlignment()
    {
        // The decoder looks at sixteen bytes at a time, then byte by byte for the rest: line
        // ends, colons, CRs and blank lines at every place in and across those blocks, at every
        // length, in a text that starts anywhere in memory.
        static const QByteArrayView pieces[] = {"a", "Bc", ":", " ", "\n", "\r\n", "\r", "%41",
            "_undef_", "Content-Length: 2\n", "Event-Name: X\n", "::", "\n\n", "xyz0123456789"};
        QRandomGenerator rng(7);
        int decoded = 0;
        for (int round = 0; round < 20000; ++round) {
            QByteArray text(qsizetype(rng.bounded(16)), '.'); // where the body starts
            const qsizetype offset = text.size();
            const int count = rng.bounded(1, 24);
            for (int i = 0; i < count; ++i)
                text.append(pieces[rng.bounded(int(std::size(pieces)))]);
            const QByteArrayView body = QByteArrayView(text).sliced(offset);
            const std::optional<EagerEvent> eager = eagerPlainEvent(body);
            Event e;
            const bool any = decodePlainEvent(body, e);
            QVERIFY2(any == eager.has_value(), body.toByteArray().toPercentEncoding().constData());
            if (!any)
                continue;
            ++decoded;
            // The lines are indexed as far as a lookup needs: one looked up first, then all; a
            // copy taken before indexes on its own.
            const Headers copied = e.headers;
            const QByteArray name = eager->headers.at(rng.bounded(eager->headers.size())).first;
            QByteArray first;
            for (const auto &[n, v] : eager->headers) {
                if (n.compare(name, Qt::CaseInsensitive) == 0) {
                    first = v;
                    break;
                }
            }
            QCOMPARE(e.value(name), first);
            QVERIFY2(disagreement(e.headers, eager->headers).isEmpty(),
                body.toByteArray().toPercentEncoding().constData());
            QCOMPARE(copied.items(), eager->headers);
            QCOMPARE(e.body, eager->body);
        }
        QVERIFY(decoded > 5000); // about half have a header at all
    }

    void anEventDecodedInPlaceIsCopiedWhole()
    {
        // esl::Connection decodes each event over its frame in the parser's buffer, which moves
        // on: whoever keeps the event keeps a copy, and the copy must keep its own text.
        QByteArray frame
            = "Event-Subclass: sofia%3A%3Agateway_state\nEvent-Name: CUSTOM\nGateway: plusnet\n\n";
        Event e;
        QVERIFY(decodePlainEventInPlace(frame, e));
        QCOMPARE(static_cast<const void *>(e.headers.text()),
            static_cast<const void *>(frame.constData())); // no copy of its own
        const Event keptUnread = e; // before any line was looked up
        QCOMPARE(e.value("Gateway"), QByteArray("plusnet"));
        const Event keptRead = e;
        Headers assigned;
        assigned.assign(e.headers);
        frame.fill('x');
        for (const Headers *h : std::initializer_list<const Headers *> {
                 &keptUnread.headers, &keptRead.headers, &assigned}) {
            QCOMPARE(h->value("Gateway"), QByteArray("plusnet"));
            QCOMPARE(h->value("Event-Subclass"), QByteArray("sofia::gateway_state"));
            QCOMPARE(h->size(), 3);
        }
        // Decoded again, in place or not, it lets go of what it borrowed.
        QVERIFY(decodePlainEvent("Event-Name: HEARTBEAT\n\n", e));
        QCOMPARE(e.name(), QByteArray("HEARTBEAT"));
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

    // FreeSWITCH's own event frame header is read by a shortcut; any other spelling by the
    // general parse. Both must give the same frame, and the frame behind it must follow intact.
    void anEventFrameReadsTheSameWhicheverWayItIsSpelt_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("block"); // what Frame::headerBlock must be
        const QByteArray type = "Content-Type: text/event-plain";
        QTest::newRow("as FreeSWITCH sends it") << "Content-Length: 15\n" + type + "\n\n"
                                                << "Content-Length: 15\n" + type;
        QTest::newRow("leading zero") << "Content-Length: 015\n" + type + "\n\n"
                                      << "Content-Length: 015\n" + type;
        QTest::newRow("thirteen digits") << "Content-Length: 0000000000015\n" + type + "\n\n"
                                         << "Content-Length: 0000000000015\n" + type;
        QTest::newRow("two spaces") << "Content-Length:  15\n" + type + "\n\n"
                                    << "Content-Length:  15\n" + type;
        QTest::newRow("CRLF") << "Content-Length: 15\r\n" + type + "\r\n\r\n"
                              << "Content-Length: 15\r\n" + type + "\r";
        QTest::newRow("type first") << type + "\nContent-Length: 15\n\n"
                                    << type + "\nContent-Length: 15";
        QTest::newRow("one header more") << "Content-Length: 15\n" + type + "\nX-Y: z\n\n"
                                         << "Content-Length: 15\n" + type + "\nX-Y: z";
        QTest::newRow("lower case") << "content-length: 15\n" + type + "\n\n"
                                    << "content-length: 15\n" + type;
    }
    void anEventFrameReadsTheSameWhicheverWayItIsSpelt()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, block);
        const QByteArray body = "Event-Name: X\n\n";
        const QByteArray next = "Content-Type: text/disconnect-notice\nContent-Length: 3\n\nbye";
        const QByteArray stream = "\n" + header + body + next;
        for (const qsizetype piece : {stream.size(), qsizetype(1)}) {
            Parser p;
            QList<QByteArray> seen; // block | type | body of each frame
            for (qsizetype pos = 0; pos < stream.size(); pos += piece) {
                p.feed(QByteArrayView(stream).sliced(pos, qMin(piece, stream.size() - pos)));
                Parser::Frame f;
                while (p.nextFrame(f))
                    seen.append(f.headerBlock.toByteArray() + '|' + f.contentType.toByteArray()
                        + '|' + f.body.toByteArray());
            }
            QVERIFY2(!p.hasError(), qPrintable(p.error()));
            QCOMPARE(seen,
                QList<QByteArray>({block + "|text/event-plain|" + body,
                    "Content-Type: text/disconnect-notice\nContent-Length: 3|"
                    "text/disconnect-notice|bye"}));
            QCOMPARE(p.buffered(), 0);
        }
    }

    void anEventFrameTooLongIsAnErrorEitherWay()
    {
        for (const QByteArray &length :
            {QByteArray("16777217"), QByteArray("0016777217"), QByteArray("99999999999999")}) {
            Parser p;
            p.feed(
                QByteArray("Content-Length: " + length + "\nContent-Type: text/event-plain\n\n"));
            Parser::Frame f;
            QVERIFY(!p.nextFrame(f));
            QVERIFY2(p.hasError(), length.constData());
        }
        Parser p; // the largest allowed, not there yet: waits
        p.feed("Content-Length: 16777216\nContent-Type: text/event-plain\n\nabc");
        Parser::Frame f;
        QVERIFY(!p.nextFrame(f));
        QVERIFY(!p.hasError());
    }

    // esl::Connection reads the socket straight into the parser's buffer, less than it made room
    // for, while frames are taken in between (the buffer's front given back as it goes): the
    // frames are those of feeding the stream whole, long replies handed over included.
    void readingIntoTheParsersBufferIsFeedingIt_data()
    {
        everyCaptureParsesTheSameInAnyChunking_data();
    }
    void readingIntoTheParsersBufferIsFeedingIt()
    {
        QFETCH(QString, file);
        const QByteArray data = capture(file);
        const QList<Message> whole = parseInChunks(data, data.size());
        QRandomGenerator rng(11);
        Parser p;
        QList<Message> out;
        qsizetype pos = 0;
        while (pos < data.size()) {
            const qsizetype room = 1 + rng.bounded(3000);
            const qsizetype n = qMin(data.size() - pos, qsizetype(rng.bounded(int(room) + 1)));
            char *at = p.appendSpace(room);
            std::memcpy(at, data.constData() + pos, size_t(n));
            p.appended(n);
            pos += n;
            Parser::Frame f;
            while (p.nextFrame(f)) {
                Message m;
                p.takeMessage(f, m);
                out.append(m);
            }
        }
        QVERIFY(!p.hasError());
        QCOMPARE(out.size(), whole.size());
        for (qsizetype i = 0; i < whole.size(); ++i) {
            QCOMPARE(out.at(i).headers.items(), whole.at(i).headers.items());
            QCOMPARE(out.at(i).body, whole.at(i).body);
        }
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
