// The sandbox's Event Socket against real FreeSWITCH 1.10.12 captures (tests/data/captures):
// a client that sends what the captures' client sent must get frames of the same structure and,
// where the text does not depend on data, the same bytes. Plus the parts of mod_event_socket
// the console relies on: subscriptions (capture 20's trap), event framing and encoding, JSON
// events, bgapi + BACKGROUND_JOB, the inbound ACL (rude rejection), shutdown, and how
// xynap::esl::Connection reports a wrong password and a rejection.

#include "SandboxFixture.h"
#include "esl/Codec.h"
#include "esl/Connection.h"
#include "esl/Parser.h"
#include "esl/SofiaStatus.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::sandbox;

namespace {

constexpr qint64 Second = 1000;

QByteArray readCapture(const QString &fileName)
{
    QFile f(QString::fromUtf8(XYNAP_TEST_DATA) + u"/captures/"_s + fileName);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read capture %s: %s", qPrintable(f.fileName()), qPrintable(f.errorString()));
    return f.readAll();
}

QList<esl::Message> parseFrames(const QByteArray &bytes)
{
    esl::Parser parser;
    parser.feed(bytes);
    QList<esl::Message> out;
    esl::Message m;
    while (parser.next(m))
        out.append(m);
    if (parser.hasError())
        qFatal("unreadable ESL stream: %s", qPrintable(parser.error()));
    return out;
}

// The commands of a .sent.txt: each one ends with a blank line.
QByteArrayList commandsOf(const QByteArray &sent)
{
    QByteArrayList out;
    qsizetype pos = 0;
    while (pos < sent.size()) {
        const qsizetype end = sent.indexOf("\n\n", pos);
        if (end < 0)
            break;
        out.append(sent.mid(pos, end - pos));
        pos = end + 2;
    }
    return out;
}

QByteArrayList contentTypes(const QList<esl::Message> &frames)
{
    QByteArrayList out;
    for (const esl::Message &m : frames)
        out.append(m.contentType());
    return out;
}

QByteArrayList headerNames(const esl::Headers &headers)
{
    QByteArrayList out;
    for (const auto &item : headers.items())
        out.append(item.first);
    return out;
}

// Header names of a plain event body, in order, as written (before the blank line).
QByteArrayList plainEventHeaderNames(const QByteArray &body)
{
    QByteArrayList out;
    const qsizetype end = body.indexOf("\n\n");
    for (const QByteArray &line : body.left(end < 0 ? body.size() : end).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(line.left(colon));
    }
    return out;
}

// Per <gateway> of a `sofia xmlstatus gateway` body: its name -> its child element names, in
// document order. The values are not XML-escaped by mod_sofia, so no XML reader.
QHash<QString, QStringList> gatewayElementOrder(const QByteArray &body)
{
    static const QRegularExpression gatewayRe(
        u"<gateway>(.*?)</gateway>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression openRe(u"<([a-z][a-z0-9-]*)>"_s);
    static const QRegularExpression nameRe(u"<name>(.*?)</name>"_s);
    QHash<QString, QStringList> out;
    auto it = gatewayRe.globalMatch(QString::fromUtf8(body));
    while (it.hasNext()) {
        const QString block = it.next().captured(1);
        QStringList names;
        auto el = openRe.globalMatch(block);
        while (el.hasNext())
            names.append(el.next().captured(1));
        out.insert(nameRe.match(block).captured(1), names);
    }
    return out;
}

bool isXmlStatusGateway(const QByteArray &body)
{
    // Not `sofia xmlstatus` (<profiles>) nor `sofia xmlstatus profile P` (<profile-info>).
    return body.startsWith("<?xml") && body.contains("<gateway>") && !body.contains("<profiles>")
        && !body.contains("<profile-info>");
}

bool isUuid(const QByteArray &text)
{
    return text.size() == 36 && !QUuid::fromString(QString::fromLatin1(text)).isNull();
}

// api/response bodies that do not depend on the gateways, calls or time: they must be
// byte-identical to FreeSWITCH's.
const QByteArrayList FixedApiTexts {
    "Reload XML [Success]\n+OK scan complete\n",
    "+OK [Success]\n",
    "-ERR bogus_api_command Command not found!\n",
    "Invalid Gateway!\n",
    "Invalid Profile [nonexistent]",
    "-ERR no such gateway.\n",
    "FreeSWITCH Version 1.10.12-release~64bit ( 64bit)\n",
};

// A bare TCP client that records every byte and frame it receives.
class RawClient final : public QObject {
public:
    RawClient()
    {
        connect(&socket, &QTcpSocket::readyRead, this, [this] { pump(); });
    }

    bool open(quint16 port, const QHostAddress &from = {})
    {
        if (!from.isNull() && !socket.bind(from, 0)) {
            qWarning("cannot bind to %s: %s", qPrintable(from.toString()),
                qPrintable(socket.errorString()));
            return false;
        }
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return QTest::qWaitFor(
            [this] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
    }

    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }

    void pump()
    {
        const QByteArray in = socket.readAll();
        received += in;
        parser.feed(in);
        esl::Message m;
        while (parser.next(m))
            frames.append(m);
    }

    bool waitFrames(qsizetype count, int timeoutMs = 5000)
    {
        return QTest::qWaitFor(
            [&] {
                pump();
                return frames.size() >= count;
            },
            timeoutMs);
    }

    bool waitClosed(int timeoutMs = 5000)
    {
        const bool closed = QTest::qWaitFor(
            [&] {
                pump();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        pump();
        return closed;
    }

    // Sends one command and returns the reply to it (command/reply or api/response), events
    // that arrive meanwhile stay in `frames`.
    std::optional<esl::Message> request(const QByteArray &command)
    {
        const qsizetype from = frames.size();
        send(command + "\n\n");
        std::optional<esl::Message> reply;
        const bool got = QTest::qWaitFor(
            [&] {
                pump();
                for (qsizetype i = from; i < frames.size(); ++i) {
                    const QByteArray type = frames.at(i).contentType();
                    if (type == "command/reply" || type == "api/response") {
                        reply = frames.at(i);
                        return true;
                    }
                }
                return false;
            },
            10000);
        return got ? reply : std::nullopt;
    }

    bool authenticate(const QByteArray &password = "ClueCon")
    {
        if (!waitFrames(1) || frames.first().contentType() != "auth/request")
            return false;
        const auto reply = request("auth " + password);
        return reply && reply->replyText() == "+OK accepted";
    }

    QList<esl::Message> ofType(const QByteArray &type, qsizetype from = 0) const
    {
        QList<esl::Message> out;
        for (qsizetype i = from; i < frames.size(); ++i) {
            if (frames.at(i).contentType() == type)
                out.append(frames.at(i));
        }
        return out;
    }

    QList<esl::Event> plainEvents() const
    {
        QList<esl::Event> out;
        for (const esl::Message &m : ofType("text/event-plain")) {
            if (const auto e = esl::parsePlainEvent(m.body))
                out.append(*e);
        }
        return out;
    }

    QTcpSocket socket;
    esl::Parser parser;
    QByteArray received;
    QList<esl::Message> frames;
};

std::optional<esl::Event> firstEvent(
    const QList<esl::Message> &frames, const std::function<bool(const esl::Event &)> &match)
{
    for (const esl::Message &m : frames) {
        if (const auto e = esl::eventFromMessage(m); e && match(*e))
            return e;
    }
    return std::nullopt;
}

} // namespace

class TestEslServer final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;

    // A sandbox in manual time whose gateways have been loaded (the xml-curl fetch is real HTTP).
    bool boot(const std::function<void(SandboxOptions &)> &configure = {})
    {
        SandboxOptions o = testsupport::loopbackOptions();
        if (configure)
            configure(o);
        m_sb = testsupport::startSandbox(Scenario::builtIn(), o);
        if (!m_sb)
            return false;
        return QTest::qWaitFor(
            [this] {
                return !m_sb->gateways()->gatewayState(u"1und1"_s).isEmpty()
                    && !m_sb->gateways()->gatewayState(u"plusnet"_s).isEmpty();
            },
            5000);
    }

    void advance(qint64 ms) { m_sb->scheduler()->advance(ms); }

private Q_SLOTS:
    void cleanup() { m_sb.reset(); }

    void replaysCaptures_data()
    {
        QTest::addColumn<QString>("capture");
        QTest::addColumn<int>("fixedTexts"); // api/response + notice bodies compared byte for byte
        QTest::addColumn<int>("xmlGateways"); // sofia xmlstatus gateway replies compared
        QTest::newRow("01 commands") << u"01_esl_commands"_s << 4 << 2;
        QTest::newRow("02 wrong password") << u"02_esl_wrong_password"_s << 1 << 0;
        QTest::newRow("03 more commands") << u"03_esl_more_commands"_s << 6 << 1;
    }

    // Sends the captured client's bytes; the frames that come back must match the capture's:
    // same Content-Types, same header names in the same order, same Reply-Texts, same bodies
    // where they do not depend on data, same child elements in `sofia xmlstatus gateway`.
    void replaysCaptures()
    {
        QFETCH(QString, capture);
        QFETCH(int, fixedTexts);
        QFETCH(int, xmlGateways);
        QVERIFY(boot());
        advance(5 * Second); // 1und1 REGED, as in the captures

        const QByteArray sent = readCapture(capture + u".sent.txt"_s);
        const QList<esl::Message> expected = parseFrames(readCapture(capture + u".recv.txt"_s));
        QVERIFY(!expected.isEmpty());

        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        client.send(sent);
        // Every one of these captures ends with FreeSWITCH closing the connection.
        QVERIFY2(client.waitClosed(10000), "the server did not close the connection");
        QVERIFY2(!client.parser.hasError(), qPrintable(client.parser.error()));
        QCOMPARE(client.parser.buffered(), 0);

        QCOMPARE(contentTypes(client.frames), contentTypes(expected));

        int fixedCompared = 0;
        int xmlCompared = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const esl::Message &want = expected.at(i);
            const esl::Message &got = client.frames.at(i);
            const QByteArray where = capture.toUtf8() + " frame " + QByteArray::number(i) + " ("
                + want.contentType() + ')';
            QVERIFY2(headerNames(got.headers) == headerNames(want.headers),
                QByteArray(where + ": headers " + headerNames(got.headers).join(", ")
                    + " instead of " + headerNames(want.headers).join(", "))
                    .constData());

            const QByteArray type = want.contentType();
            if (type == "command/reply") {
                const QByteArray jobPrefix = "+OK Job-UUID: ";
                if (want.replyText().startsWith(jobPrefix)) {
                    QVERIFY2(got.replyText().startsWith(jobPrefix), where.constData());
                    const QByteArray job = got.replyText().mid(jobPrefix.size());
                    QVERIFY2(isUuid(job), QByteArray(where + ": " + job).constData());
                    QCOMPARE(got.headers.value("Job-UUID"), job);
                } else {
                    QVERIFY2(got.replyText() == want.replyText(),
                        QByteArray(
                            where + ": " + got.replyText() + " instead of " + want.replyText())
                            .constData());
                }
                QVERIFY(got.body.isEmpty());
            } else if (type == "text/disconnect-notice") {
                QCOMPARE(got.body, want.body);
                ++fixedCompared;
            } else if (type == "api/response") {
                if (FixedApiTexts.contains(want.body)) {
                    QVERIFY2(got.body == want.body,
                        QByteArray(where + ": \"" + got.body + "\" instead of \"" + want.body + '"')
                            .constData());
                    ++fixedCompared;
                } else if (isXmlStatusGateway(want.body)) {
                    QVERIFY2(isXmlStatusGateway(got.body),
                        QByteArray(where + ": " + got.body.left(200)).constData());
                    QVERIFY(
                        got.body.startsWith("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n"));
                    QCOMPARE(got.body.contains("<gateways>"), want.body.contains("<gateways>"));
                    // parseGatewayXmlStatus finds the same elements per gateway...
                    const esl::GatewayStatusParse w = esl::parseGatewayXmlStatus(want.body);
                    const esl::GatewayStatusParse g = esl::parseGatewayXmlStatus(got.body);
                    QVERIFY2(w.error.isEmpty() && g.error.isEmpty(), qPrintable(w.error + g.error));
                    QCOMPARE(g.gateways.size(), w.gateways.size());
                    for (const GatewayStatus &wantGw : w.gateways) {
                        const auto gotGw = std::find_if(g.gateways.cbegin(), g.gateways.cend(),
                            [&](const GatewayStatus &s) { return s.name == wantGw.name; });
                        QVERIFY2(gotGw != g.gateways.cend(), qPrintable(wantGw.name));
                        QStringList wantKeys = wantGw.fields.keys();
                        QStringList gotKeys = gotGw->fields.keys();
                        wantKeys.sort();
                        gotKeys.sort();
                        QCOMPARE(gotKeys, wantKeys);
                    }
                    // ...in the same order.
                    const QHash<QString, QStringList> wantOrder = gatewayElementOrder(want.body);
                    const QHash<QString, QStringList> gotOrder = gatewayElementOrder(got.body);
                    QCOMPARE(QSet<QString>(gotOrder.keyBegin(), gotOrder.keyEnd()),
                        QSet<QString>(wantOrder.keyBegin(), wantOrder.keyEnd()));
                    for (auto it = wantOrder.cbegin(); it != wantOrder.cend(); ++it)
                        QCOMPARE(gotOrder.value(it.key()), it.value());
                    ++xmlCompared;
                } else {
                    // Data-dependent (gateways, calls, uptime): only the framing is compared.
                    QCOMPARE(got.headers.value("Content-Length").toLongLong(), got.body.size());
                }
            } else {
                QCOMPARE(got.body, want.body);
            }
        }
        QCOMPARE(fixedCompared, fixedTexts);
        QCOMPARE(xmlCompared, xmlGateways);
    }

    // The same replay one command at a time, as the console sends them: every reply comes
    // before the next command is sent.
    void replaysCommandsOneByOne()
    {
        QVERIFY(boot());
        const QByteArrayList commands = commandsOf(readCapture(u"03_esl_more_commands.sent.txt"_s));
        const QList<esl::Message> expected
            = parseFrames(readCapture(u"03_esl_more_commands.recv.txt"_s));
        // One reply each, plus auth/request first and the disconnect notice after +OK bye.
        QCOMPARE(commands.size(), expected.size() - 2);
        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        QVERIFY(client.waitFrames(1));
        for (qsizetype i = 0; i + 1 < commands.size(); ++i) { // all but exit
            const auto reply = client.request(commands.at(i));
            QVERIFY2(reply, commands.at(i).constData());
            QCOMPARE(reply->contentType(), expected.at(i + 1).contentType());
        }
        QVERIFY(client.request(commands.last()));
        QVERIFY(client.waitClosed());
        QCOMPARE(contentTypes(client.frames), contentTypes(expected));
    }

    // Before auth every command is "-ERR command not found", api included.
    void commandsBeforeAuthAreNotFound()
    {
        QVERIFY(boot());
        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        QVERIFY(client.waitFrames(1));
        QCOMPARE(client.frames.first().contentType(), "auth/request"_ba);
        QCOMPARE(client.frames.first().headers.size(), 1);
        for (const QByteArray &command : {"api status"_ba, "event plain HEARTBEAT"_ba, "exit"_ba}) {
            const auto reply = client.request(command);
            QVERIFY(reply);
            QCOMPARE(reply->contentType(), "command/reply"_ba);
            QCOMPARE(reply->replyText(), "-ERR command not found"_ba);
        }
        const auto ok = client.request("auth ClueCon");
        QVERIFY(ok);
        QCOMPARE(ok->replyText(), "+OK accepted"_ba);
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
    }

    void subscriptionReplies()
    {
        QVERIFY(boot());
        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        QVERIFY(client.authenticate());
        const auto replyTo = [&client](const QByteArray &command) {
            const auto r = client.request(command);
            return r ? r->replyText() : QByteArray("<no reply>");
        };
        QCOMPARE(replyTo("noevents"), "-ERR not listening for events"_ba);
        QCOMPARE(replyTo("event plain"), "-ERR no keywords supplied"_ba);
        QCOMPARE(replyTo("event plain HEARTBEAT"), "+OK event listener enabled plain"_ba);
        QCOMPARE(replyTo("event json CUSTOM sofia::gateway_state"),
            "+OK event listener enabled json"_ba);
        QCOMPARE(replyTo("filter Event-Name HEARTBEAT"),
            "+OK filter added. [Event-Name]=[HEARTBEAT]"_ba);
        QCOMPARE(replyTo("nixevent HEARTBEAT"), "+OK events nixed"_ba);
        QCOMPARE(replyTo("noevents"), "+OK no longer listening for events"_ba);
        QCOMPARE(replyTo("noevents"), "-ERR not listening for events"_ba);
    }

    // Capture 20: after CUSTOM every word is a subclass name, so a HEARTBEAT placed after it is
    // silently ignored; placed before CUSTOM it works.
    void heartbeatMustComeBeforeCustom()
    {
        QVERIFY(boot());
        const QByteArray asSpecified
            = commandsOf(readCapture(u"20_events_plain_as_specified.sent.txt"_s)).value(1);
        const QByteArray working = commandsOf(readCapture(u"21_events_plain.sent.txt"_s)).value(1);
        QVERIFY(
            asSpecified.startsWith("event plain CUSTOM ") && asSpecified.endsWith(" HEARTBEAT"));
        QVERIFY(working.startsWith("event plain HEARTBEAT CUSTOM "));

        RawClient before;
        RawClient after;
        QVERIFY(before.open(m_sb->eslPort()));
        QVERIFY(after.open(m_sb->eslPort()));
        QVERIFY(before.authenticate());
        QVERIFY(after.authenticate());
        QCOMPARE(before.request(working)->replyText(), "+OK event listener enabled plain"_ba);
        QCOMPARE(after.request(asSpecified)->replyText(), "+OK event listener enabled plain"_ba);

        advance(20 * Second);
        // A round trip on each connection: anything sent during advance() arrives before it.
        QVERIFY(before.request("api version"));
        QVERIFY(after.request("api version"));

        const auto isHeartbeat = [](const esl::Event &e) { return e.name() == "HEARTBEAT"; };
        const std::optional<esl::Event> heartbeat = firstEvent(before.frames, isHeartbeat);
        QVERIFY2(heartbeat, "no HEARTBEAT after 20 s with HEARTBEAT before CUSTOM");
        QCOMPARE(heartbeat->value("Event-Info"), "System Ready"_ba);
        QCOMPARE(heartbeat->value("Uptime-msec"), "20000"_ba);
        QCOMPARE(heartbeat->value("Core-UUID"), m_sb->esl()->coreUuid());
        QVERIFY2(!firstEvent(after.frames, isHeartbeat),
            "HEARTBEAT after CUSTOM must be a subclass name");
        // Both still get the gateway events they subscribed to.
        const auto isState
            = [](const esl::Event &e) { return e.subclass() == "sofia::gateway_state"; };
        QVERIFY(firstEvent(before.frames, isState));
        QVERIFY(firstEvent(after.frames, isState));

        advance(20 * Second);
        QVERIFY(before.request("api version"));
        QCOMPARE(before.plainEvents().count(), before.ofType("text/event-plain").count());
        int heartbeats = 0;
        for (const esl::Event &e : before.plainEvents())
            heartbeats += e.name() == "HEARTBEAT";
        QCOMPARE(heartbeats, 2);
    }

    // Capture 21: Content-Length before Content-Type; header values %XX-encoded; the body ends
    // in a blank line that counts toward Content-Length; the headers in FreeSWITCH's order.
    void plainEventFraming()
    {
        QVERIFY(boot());
        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        QVERIFY(client.authenticate());
        QCOMPARE(client.request("event plain CUSTOM sofia::gateway_state")->replyText(),
            "+OK event listener enabled plain"_ba);
        const qsizetype first = client.frames.size();
        advance(2 * Second); // 1und1: TRYING, REGISTER, REGED
        QVERIFY(client.request("api version"));

        const QList<esl::Message> events = client.ofType("text/event-plain", first);
        QCOMPARE(events.size(), 3);
        static const QRegularExpression gmt(
            u"^Event-Date-GMT: [A-Z][a-z]{2},%20\\d\\d%20[A-Z][a-z]{2}%20\\d{4}%20\\d\\d%3A\\d\\d%3A\\d\\d%20GMT$"_s,
            QRegularExpression::MultilineOption);
        for (const esl::Message &m : events) {
            QCOMPARE(headerNames(m.headers), (QByteArrayList {"Content-Length", "Content-Type"}));
            QCOMPARE(m.headers.value("Content-Length").toLongLong(), m.body.size());
            QVERIFY(client.received.contains(
                QByteArray("Content-Length: " + QByteArray::number(m.body.size())
                    + "\nContent-Type: text/event-plain\n\n" + m.body)));
            QVERIFY2(m.body.endsWith("\n\n"), m.body.right(40).constData());
            QVERIFY(!m.body.endsWith("\n\n\n"));
            QVERIFY(m.body.startsWith(
                "Event-Subclass: sofia%3A%3Agateway_state\nEvent-Name: CUSTOM\n"));
            QVERIFY2(gmt.match(QString::fromUtf8(m.body)).hasMatch(), m.body.constData());
            // Every value is written in FreeSWITCH's encoding: decoding and re-encoding it
            // gives it back unchanged.
            for (const QByteArray &line : m.body.trimmed().split('\n')) {
                const qsizetype colon = line.indexOf(": ");
                QVERIFY2(colon > 0, line.constData());
                const QByteArray value = line.mid(colon + 2);
                QCOMPARE(esl::percentEncode(esl::percentDecode(value)), value);
            }
            const std::optional<esl::Event> e = esl::parsePlainEvent(m.body);
            QVERIFY(e);
            QCOMPARE(e->subclass(), "sofia::gateway_state"_ba);
            QCOMPARE(e->value("Gateway"), "1und1"_ba);
        }
        const QByteArray reg = events.at(1).body;
        QVERIFY(reg.contains("\nState: REGISTER\n"));
        QVERIFY2(
            reg.contains(
                "\nRegister-Network-IP: %5B2001%3A8d8%3A104%3A100%3A212%3A227%3A124%3A129%5D\n"),
            reg.constData());

        // The same header names in the same order as FreeSWITCH's REGISTER event (capture 21).
        const QList<esl::Message> captured
            = parseFrames(readCapture(u"21_events_plain.recv.txt"_s));
        QByteArrayList wantNames;
        for (const esl::Message &m : captured) {
            if (m.contentType() == "text/event-plain" && m.body.contains("\nState: REGISTER\n")) {
                wantNames = plainEventHeaderNames(m.body);
                break;
            }
        }
        QVERIFY(!wantNames.isEmpty());
        QCOMPARE(plainEventHeaderNames(reg), wantNames);
    }

    // JSON events: text/event-json, one flat object of strings, values not %-encoded.
    void jsonEvents()
    {
        QVERIFY(boot());
        RawClient client;
        QVERIFY(client.open(m_sb->eslPort()));
        QVERIFY(client.authenticate());
        QCOMPARE(client.request("event json CUSTOM sofia::gateway_state")->replyText(),
            "+OK event listener enabled json"_ba);
        advance(2 * Second);
        QVERIFY(client.request("api version"));
        QVERIFY(client.ofType("text/event-plain").isEmpty());
        const QList<esl::Message> events = client.ofType("text/event-json");
        QCOMPARE(events.size(), 3);

        // The keys FreeSWITCH writes for a REGISTER event (capture 22).
        QSet<QString> wantKeys;
        for (const esl::Message &m : parseFrames(readCapture(u"22_events_json.recv.txt"_s))) {
            const QJsonObject o = QJsonDocument::fromJson(m.body).object();
            if (m.contentType() == "text/event-json"
                && o.value(u"State"_s).toString() == u"REGISTER"_s) {
                const QStringList keys = o.keys();
                wantKeys = QSet<QString>(keys.cbegin(), keys.cend());
                break;
            }
        }
        QVERIFY(!wantKeys.isEmpty());

        for (const esl::Message &m : events) {
            QCOMPARE(headerNames(m.headers), (QByteArrayList {"Content-Length", "Content-Type"}));
            QCOMPARE(m.headers.value("Content-Length").toLongLong(), m.body.size());
            QVERIFY2(m.body.startsWith('{') && m.body.endsWith('}'), m.body.constData());
            QJsonParseError error {};
            const QJsonDocument doc = QJsonDocument::fromJson(m.body, &error);
            QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
            QVERIFY(doc.isObject());
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                QVERIFY2(it.value().isString(), qPrintable(it.key())); // flat: strings only
            QCOMPARE(o.value(u"Event-Subclass"_s).toString(), u"sofia::gateway_state"_s);
            QCOMPARE(o.value(u"Event-Name"_s).toString(), u"CUSTOM"_s);
            QVERIFY(o.value(u"Event-Date-GMT"_s).toString().endsWith(u" GMT"_s));
            QVERIFY(!m.body.contains("%3A"));
            QVERIFY(esl::parseJsonEvent(m.body));
        }
        const QJsonObject reg = QJsonDocument::fromJson(events.at(1).body).object();
        QCOMPARE(reg.value(u"State"_s).toString(), u"REGISTER"_s);
        QCOMPARE(reg.value(u"Register-Network-IP"_s).toString(),
            u"[2001:8d8:104:100:212:227:124:129]"_s);
        const QStringList keys = reg.keys();
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), wantKeys);
    }

    // bgapi: +OK Job-UUID at once with a Job-UUID header; the output as BACKGROUND_JOB with the
    // same Job-UUID, only to sessions subscribed to BACKGROUND_JOB.
    void bgapiDeliversTheJobToSubscribers()
    {
        QVERIFY(boot());
        RawClient listener;
        RawClient other;
        QVERIFY(listener.open(m_sb->eslPort()));
        QVERIFY(other.open(m_sb->eslPort()));
        QVERIFY(listener.authenticate());
        QVERIFY(other.authenticate());
        QCOMPARE(listener.request("event plain BACKGROUND_JOB")->replyText(),
            "+OK event listener enabled plain"_ba);
        QCOMPARE(other.request("event plain HEARTBEAT")->replyText(),
            "+OK event listener enabled plain"_ba);

        const std::optional<esl::Message> reply = listener.request("bgapi version");
        QVERIFY(reply);
        QCOMPARE(reply->contentType(), "command/reply"_ba);
        QCOMPARE(headerNames(reply->headers),
            (QByteArrayList {"Content-Type", "Reply-Text", "Job-UUID"}));
        QVERIFY(reply->replyText().startsWith("+OK Job-UUID: "));
        const QByteArray job = reply->replyText().mid(14);
        QVERIFY2(isUuid(job), job.constData());
        QCOMPARE(reply->headers.value("Job-UUID"), job);

        QVERIFY(listener.request("api status"));
        const std::optional<esl::Event> done = firstEvent(
            listener.frames, [](const esl::Event &e) { return e.name() == "BACKGROUND_JOB"; });
        QVERIFY(done);
        QCOMPARE(done->value("Job-UUID"), job);
        QCOMPARE(done->value("Job-Command"), "version"_ba);
        QCOMPARE(done->body, "FreeSWITCH Version 1.10.12-release~64bit ( 64bit)\n"_ba);
        // The output is a body inside the event: its own Content-Length.
        const esl::Message frame = listener.ofType("text/event-plain").first();
        QVERIFY(frame.body.contains("\nContent-Length: 50\n\nFreeSWITCH Version"));
        QVERIFY(frame.body.startsWith("Event-Name: BACKGROUND_JOB\n"));

        // A Job-UUID the client chose is used as given.
        const QByteArray mine = "c0ffee00-1234-4567-89ab-0123456789ab";
        const std::optional<esl::Message> own
            = listener.request("bgapi show channels count\nJob-UUID: " + mine);
        QVERIFY(own);
        QCOMPARE(own->replyText(), "+OK Job-UUID: " + mine);
        QCOMPARE(own->headers.value("Job-UUID"), mine);
        QVERIFY(listener.request("api status"));
        const std::optional<esl::Event> second = firstEvent(
            listener.frames, [&](const esl::Event &e) { return e.value("Job-UUID") == mine; });
        QVERIFY(second);
        QCOMPARE(second->value("Job-Command"), "show"_ba);
        QCOMPARE(second->value("Job-Command-Arg"), "channels count"_ba);
        QCOMPARE(second->body, "\n3 total.\n"_ba);

        // Not subscribed to BACKGROUND_JOB: the reply, never the output.
        const std::optional<esl::Message> unseen = other.request("bgapi version");
        QVERIFY(unseen && unseen->replyText().startsWith("+OK Job-UUID: "));
        QVERIFY(other.request("api status"));
        QVERIFY(!firstEvent(
            other.frames, [](const esl::Event &e) { return e.name() == "BACKGROUND_JOB"; }));
    }

    // Capture 40: outside the event socket's ACL: text/rude-rejection, a disconnect notice,
    // close; no auth/request. Byte for byte.
    void rudeRejectionOutsideTheAcl()
    {
        QVERIFY(boot([](SandboxOptions &o) {
            o.eslAllowed = {QHostAddress::parseSubnet(u"127.0.0.1/32"_s)};
        }));
        RawClient outsider;
        QVERIFY(outsider.open(m_sb->eslPort(), QHostAddress(u"127.0.0.2"_s)));
        QVERIFY(outsider.waitClosed());
        QCOMPARE(contentTypes(outsider.frames),
            (QByteArrayList {"text/rude-rejection", "text/disconnect-notice"}));
        QCOMPARE(outsider.frames.at(0).body, "Access Denied, go away.\n"_ba);
        QCOMPARE(outsider.received, readCapture(u"40_rude_rejection_from_127.0.0.2.recv.txt"_s));

        RawClient insider;
        QVERIFY(insider.open(m_sb->eslPort(), QHostAddress(u"127.0.0.1"_s)));
        QVERIFY(insider.authenticate());
    }

    // Capture 31: FreeSWITCH going down says "The system is being shut down." and closes
    // (no +OK bye). Byte for byte; xynap::esl::Connection reports it as a disconnect with
    // that text.
    void shutdownNotice()
    {
        QVERIFY(boot());
        RawClient idle;
        QVERIFY(idle.open(m_sb->eslPort()));
        QVERIFY(idle.authenticate());
        esl::Connection console;
        bool ready = false;
        std::optional<std::pair<esl::LinkError, QString>> closed;
        connect(&console, &esl::Connection::ready, this, [&] { ready = true; });
        connect(
            &console, &esl::Connection::closed, this, [&](esl::LinkError e, const QString &detail) {
                closed = {e, detail};
            });
        console.connectToServer(m_sb->eslHost(), m_sb->eslPort(), u"ClueCon"_s);
        QTRY_VERIFY(ready);

        QSignalSpy stopped(m_sb.get(), &Sandbox::stopped);
        m_sb->shutdown();
        QCOMPARE(stopped.size(), 1);
        QVERIFY(idle.waitClosed());
        QCOMPARE(idle.ofType("text/disconnect-notice").size(), 1);
        QCOMPARE(idle.frames.last().contentType(), "text/disconnect-notice"_ba);
        QCOMPARE(idle.frames.last().body, "The system is being shut down.\n"_ba);
        QCOMPARE(idle.received, readCapture(u"31_shutdown_sigterm_idle_client.recv.txt"_s));

        QTRY_VERIFY(closed.has_value());
        QCOMPARE(closed->first, esl::LinkError::Disconnected);
        QCOMPARE(closed->second, u"The system is being shut down."_s);

        // Nobody is let in any more.
        RawClient late;
        late.socket.connectToHost(QHostAddress(QHostAddress::LocalHost), m_sb->eslPort());
        QTRY_COMPARE(late.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(late.frames.isEmpty());
    }

    // Captures 30 and 41: a listener sees every gateway go (DOWN for a registered one, then
    // sofia::gateway_delete) before the notice.
    // Captures 30/41: before the notice, registered gateways go DOWN and every gateway is deleted.
    void shutdownAnnouncesTheGatewaysGoing()
    {
        QVERIFY(boot());
        advance(5 * Second); // 1und1 REGED
        RawClient listener;
        QVERIFY(listener.open(m_sb->eslPort()));
        QVERIFY(listener.authenticate());
        QCOMPARE(
            listener
                .request(commandsOf(readCapture(u"30_shutdown_sigterm_listener_plain.sent.txt"_s))
                             .value(1))
                ->replyText(),
            "+OK event listener enabled plain"_ba);
        const qsizetype first = listener.frames.size();
        m_sb->shutdown();
        QVERIFY(listener.waitClosed());
        const QList<esl::Message> tail = listener.frames.mid(first);
        QVERIFY(!tail.isEmpty());
        QCOMPARE(tail.last().body, "The system is being shut down.\n"_ba);
        QStringList seen;
        for (const esl::Message &m : tail) {
            if (const auto e = esl::eventFromMessage(m))
                seen.append(QString::fromUtf8(
                    e->subclass() + ' ' + e->value("Gateway") + ' ' + e->value("State")));
        }
        if (seen.isEmpty())
            seen.append(
                u"no events at all, only: "_s + QString::fromUtf8(contentTypes(tail).join(", ")));
        QVERIFY2(
            seen.contains(u"sofia::gateway_state 1und1 DOWN"_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(seen.contains(u"sofia::gateway_delete 1und1 "_s), qPrintable(seen.join(u", "_s)));
        QVERIFY2(
            seen.contains(u"sofia::gateway_delete plusnet "_s), qPrintable(seen.join(u", "_s)));
    }

    // Captures 41/42: `api fsctl shutdown` answers +OK, then the notice.
    void fsctlShutdown()
    {
        QVERIFY(boot());
        QSignalSpy stopped(m_sb.get(), &Sandbox::stopped);
        RawClient issuer;
        QVERIFY(issuer.open(m_sb->eslPort()));
        issuer.send(readCapture(u"42_fsctl_shutdown_issuer.sent.txt"_s));
        QVERIFY(issuer.waitFrames(3));
        QCOMPARE(issuer.frames.at(2).body, "+OK\n"_ba);
        advance(Second);
        QCOMPARE(stopped.size(), 1);
        QVERIFY(issuer.waitClosed());
        QCOMPARE(issuer.received, readCapture(u"42_fsctl_shutdown_issuer.recv.txt"_s));
    }

    // What the console shows for a wrong password.
    void connectionReportsWrongPassword()
    {
        QVERIFY(boot());
        esl::Connection connection;
        bool ready = false;
        QList<esl::LinkError> failures;
        connect(&connection, &esl::Connection::ready, this, [&] { ready = true; });
        connect(&connection, &esl::Connection::failed, this,
            [&](esl::LinkError e, const QString &) { failures.append(e); });
        connection.connectToServer(m_sb->eslHost(), m_sb->eslPort(), u"WrongPassword"_s);
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first(), esl::LinkError::WrongPassword);
        QVERIFY(!ready);
        QCOMPARE(connection.state(), esl::Connection::State::Unconnected);
        // The notice and the close that follow change nothing.
        QTRY_COMPARE(m_sb->esl()->sessionCount(), 0);
        QCOMPARE(failures.size(), 1);
    }

    // What the console shows when its address is not in the event socket's ACL.
    void connectionReportsRudeRejection()
    {
        QVERIFY(boot([](SandboxOptions &o) {
            o.eslAllowed = {QHostAddress::parseSubnet(u"127.0.0.2/32"_s)};
        }));
        esl::Connection connection;
        bool ready = false;
        QList<esl::LinkError> failures;
        connect(&connection, &esl::Connection::ready, this, [&] { ready = true; });
        connect(&connection, &esl::Connection::failed, this,
            [&](esl::LinkError e, const QString &) { failures.append(e); });
        connection.connectToServer(m_sb->eslHost(), m_sb->eslPort(), u"ClueCon"_s);
        QTRY_COMPARE(failures.size(), 1);
        QCOMPARE(failures.first(), esl::LinkError::RudeRejection);
        QVERIFY(!ready);
        QTRY_COMPARE(m_sb->esl()->sessionCount(), 0); // closed on both sides
        QCOMPARE(failures.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestEslServer)
#include "tst_eslserver.moc"
