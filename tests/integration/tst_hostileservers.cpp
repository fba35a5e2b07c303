// Servers that misbehave on purpose, on loopback: an Event Socket that smuggles frames and asks
// for the password again, an HTTP server that trickles its reply. Each test fails on the code
// before the fixes it guards.

#include "TestData.h"
#include "cli/CheckCommand.h"
#include "cli/LintCommand.h"
#include "cli/ReloadCommand.h"
#include "cli/StatusCommand.h"
#include "cli/TrunksCommand.h"
#include "esl/Connection.h"
#include "esl/SofiaStatus.h"
#include "esl/TurnBudget.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionProfile.h"
#include "session/TrunkEditSession.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::testsupport::waitFor;

namespace {

QByteArray frame(const QByteArray &headers, const QByteArray &body = {})
{
    if (body.isEmpty())
        return headers + "\n";
    return headers + "Content-Length: " + QByteArray::number(body.size()) + "\n\n" + body;
}

const QByteArray AuthRequest = frame("Content-Type: auth/request\n");
const QByteArray Accepted = frame("Content-Type: command/reply\nReply-Text: +OK accepted\n");
const QByteArray Invalid = frame("Content-Type: command/reply\nReply-Text: -ERR invalid\n");
const QByteArray Event = frame("Content-Type: text/event-plain\n",
    "Event-Name: CUSTOM\nEvent-Subclass: sofia%3A%3Agateway_state\nGateway: gw1\nState: "
    "REGED\n\n");

// An Event Socket on 127.0.0.1 driven by the test: `onCommand` sees every complete command
// (the text up to the blank line) and answers as it likes. Everything received is kept.
class HostileEsl final : public QObject {
public:
    using Handler = std::function<void(QTcpSocket *socket, const QByteArray &command)>;

    explicit HostileEsl(Handler onCommand, QByteArray greeting = AuthRequest)
        : m_onCommand(std::move(onCommand))
        , m_greeting(std::move(greeting))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    const QByteArray bytes = socket->readAll();
                    m_received += bytes;
                    *buffer += bytes;
                    qsizetype end;
                    while ((end = buffer->indexOf("\n\n")) >= 0) {
                        const QByteArray command = buffer->left(end);
                        buffer->remove(0, end + 2);
                        m_commands.append(command);
                        m_onCommand(socket, command);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, this, [this] { ++m_disconnects; });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                socket->write(m_greeting);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    const QByteArray &received() const { return m_received; }
    const QList<QByteArray> &commands() const { return m_commands; }
    // Clients whose connection this server has seen end: after that, nothing more comes.
    int disconnects() const { return m_disconnects; }

private:
    QTcpServer m_server;
    Handler m_onCommand;
    QByteArray m_greeting;
    QByteArray m_received;
    QList<QByteArray> m_commands;
    int m_disconnects = 0;
};

// Answers the password, then every api with "+OK" and every other command with +OK.
void polite(QTcpSocket *socket, const QByteArray &command)
{
    if (command.startsWith("auth "))
        socket->write(Accepted);
    else if (command.startsWith("api "))
        socket->write(frame("Content-Type: api/response\n", "+OK\n"));
    else
        socket->write(frame("Content-Type: command/reply\nReply-Text: +OK\n"));
}

bool connectReady(esl::Connection &c, quint16 port)
{
    QSignalSpy ready(&c, &esl::Connection::ready);
    c.connectToServer(u"127.0.0.1"_s, port, u"ClueCon"_s);
    return ready.wait(5000);
}

// An HTTP/1.1 server on 127.0.0.1 driven by the test: `onRequest` sees every complete request
// (method, path, body) and returns the response, or nothing to drop the connection without an
// answer. Keep-alive, as a real API. Every request is kept, with its raw bytes.
class HostileHttp final : public QObject {
public:
    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray head;
        QByteArray body;
    };
    using Handler = std::function<std::optional<QByteArray>(const Request &)>;

    explicit HostileHttp(Handler onRequest)
        : m_onRequest(std::move(onRequest))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                auto buffer = std::make_shared<QByteArray>();
                connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
                    const QByteArray bytes = socket->readAll();
                    m_received += bytes;
                    *buffer += bytes;
                    for (;;) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        Request r;
                        r.head = buffer->left(end);
                        const QList<QByteArray> lines = r.head.split('\n');
                        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                        r.method = first.value(0);
                        r.path = first.value(1);
                        qsizetype length = 0;
                        for (const QByteArray &line : lines)
                            if (line.toLower().startsWith("content-length:"))
                                length = line.mid(15).trimmed().toLongLong();
                        if (buffer->size() < end + 4 + length)
                            return;
                        r.body = buffer->mid(end + 4, length);
                        buffer->remove(0, end + 4 + length);
                        m_requests.append(r);
                        const std::optional<QByteArray> answer = m_onRequest(r);
                        if (!answer) {
                            socket->abort(); // the connection drops, no answer
                            return;
                        }
                        socket->write(*answer);
                    }
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    const QList<Request> &requests() const { return m_requests; }
    const QByteArray &received() const { return m_received; }
    int connections() const { return m_connections; }
    int count(const QByteArray &method) const
    {
        return int(std::count_if(m_requests.begin(), m_requests.end(),
            [&method](const Request &r) { return r.method == method; }));
    }
    static QByteArray json(const QJsonObject &o, int status = 200)
    {
        const QByteArray body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return "HTTP/1.1 " + QByteArray::number(status)
            + " OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private:
    QTcpServer m_server;
    Handler m_onRequest;
    QByteArray m_received;
    QList<Request> m_requests;
    int m_connections = 0;
};

QJsonObject apiTrunk(const QString &name, const QString &profile, int version = 1)
{
    return {{u"id"_s, 1}, {u"provider"_s, u"plusnet"_s}, {u"gateway_name"_s, name},
        {u"profile"_s, profile}, {u"proxy"_s, u"sip.plusnet.de"_s},
        {u"outbound_proxy"_s, u"92.197.176.16"_s}, {u"register"_s, false}, {u"retry_seconds"_s, 30},
        {u"version"_s, version}, {u"etag"_s, u"\"1-%1\""_s.arg(version)}};
}

// `sofia xmlstatus gateway` with these gateways, each REGED and UP.
QByteArray xmlStatus(const QList<std::pair<QByteArray, QByteArray>> &gateways)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gateways>\n";
    for (const auto &[name, profile] : gateways)
        xml += "<gateway><name>" + name + "</name><profile>" + profile
            + "</profile><state>REGED</state><status>UP</status></gateway>\n";
    return xml + "</gateways>\n";
}

// Answers `sofia xmlstatus gateway` with `xml`, everything else politely.
HostileEsl::Handler servesXmlStatus(QByteArray xml)
{
    return [xml = std::move(xml)](QTcpSocket *socket, const QByteArray &command) {
        if (command == "api sofia xmlstatus gateway")
            socket->write(frame("Content-Type: api/response\n", xml));
        else
            polite(socket, command);
    };
}

struct CliOutput {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

template<typename C, typename... Args>
CliOutput runCli(int deadlineMs, cli::Target target, Args &&...args)
{
    CliOutput o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    C command(std::move(target), cli::Io {out, err}, std::forward<Args>(args)...);
    o.code = command.run(deadlineMs);
    out.flush();
    err.flush();
    return o;
}

cli::Target eslTarget(quint16 port, const QUrl &api = {})
{
    cli::Target t;
    t.esl = {{u"127.0.0.1"_s, port}};
    if (!api.isEmpty()) {
        t.apiUrl = api;
        t.token = u"x"_s;
    }
    t.catalog = ProviderCatalog::builtIn();
    return t;
}

// Every fix of every finding: the display lines and the argument vectors.
QStringList fixTexts(const QJsonObject &doc)
{
    QStringList out;
    for (const auto &f : doc.value(u"findings"_s).toArray()) {
        for (const auto &line : f.toObject().value(u"fixes"_s).toArray())
            out.append(line.toString());
        for (const auto &c : f.toObject().value(u"fix_commands"_s).toArray()) {
            out.append(c.toObject().value(u"line"_s).toString());
            for (const auto &word : c.toObject().value(u"argv"_s).toArray())
                out.append(word.toString());
        }
    }
    return out;
}

QJsonObject findingFor(const QJsonObject &doc, const QString &rule, const QString &gateway)
{
    for (const auto &f : doc.value(u"findings"_s).toArray())
        if (f.toObject().value(u"rule"_s).toString() == rule
            && f.toObject().value(u"gateway"_s).toString() == gateway)
            return f.toObject();
    return {};
}

} // namespace

class TestHostileServers final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Every refusal is logged as a warning; here they are expected.
        QLoggingCategory::setFilterRules(u"xynap.esl.connection.warning=false"_s);
    }

    // A command with a line break would end the frame and start another command
    // (`api system …`). It is refused, the callback says so, and nothing reaches the server.
    void lineBreaksNeverReachTheSocket_data()
    {
        QTest::addColumn<QString>("injected");
        QTest::newRow("LF LF") << u"sofia profile gw1\n\napi system touch pwned"_s;
        QTest::newRow("LF") << u"status\napi system touch pwned"_s;
        QTest::newRow("CR LF") << u"status\r\n\r\napi system touch pwned"_s;
        QTest::newRow("CR") << u"status\rapi system touch pwned"_s;
        QTest::newRow("NUL") << u"status\u0000api system touch pwned"_s;
        QTest::newRow("trailing LF") << u"sofia profile internal rescan\n"_s;
    }
    void lineBreaksNeverReachTheSocket()
    {
        QFETCH(QString, injected);
        HostileEsl server(polite);
        QVERIFY(server.listen());
        esl::Connection c;
        QVERIFY(connectReady(c, server.port()));

        std::optional<esl::CommandReply> apiResult;
        c.api(injected, [&apiResult](const esl::CommandReply &r) { apiResult = r; });
        QVERIFY2(!apiResult, "the callback must not run inside api()");
        std::optional<esl::Message> commandReply;
        c.command(injected, [&commandReply](const esl::Message &m) { commandReply = m; });
        std::optional<esl::Message> headerReply;
        esl::Headers headers;
        headers.append("Job-UUID", injected.toUtf8());
        c.command(
            u"bgapi status"_s, headers, [&headerReply](const esl::Message &m) { headerReply = m; });
        std::optional<esl::Message> bgapiReply;
        c.bgapi(injected, "1234", [&bgapiReply](const esl::Message &m) { bgapiReply = m; });
        // A harmless command after them is still sent and answered: the link is in step.
        std::optional<esl::CommandReply> after;
        c.api(u"status"_s, [&after](const esl::CommandReply &r) { after = r; });

        QTRY_VERIFY_WITH_TIMEOUT(
            apiResult && commandReply && headerReply && bgapiReply && after, 5000);
        QVERIFY(!apiResult->ok());
        QVERIFY2(apiResult->error.contains(u"line break"_s), qPrintable(apiResult->error));
        QVERIFY(commandReply->replyText().startsWith("-ERR"));
        QVERIFY(headerReply->replyText().startsWith("-ERR"));
        QVERIFY(bgapiReply->replyText().startsWith("-ERR"));
        QVERIFY(after->ok());
        QCOMPARE(after->body, QByteArray("+OK\n"));
        QVERIFY2(!server.received().contains("system"), server.received().constData());
        QVERIFY2(!server.received().contains("rescan"), server.received().constData());
        QCOMPARE(server.commands(), (QList<QByteArray> {"auth ClueCon", "api status"}));
    }

    // bgapi with its Job-UUID: one command line and one header line, nothing else.
    void bgapiSendsItsJobUuidAsAHeader()
    {
        HostileEsl server([](QTcpSocket *socket, const QByteArray &command) {
            if (command.startsWith("auth "))
                socket->write(Accepted);
            else
                socket->write(frame(
                    "Content-Type: command/reply\nReply-Text: +OK Job-UUID: abc\nJob-UUID: abc\n"));
        });
        QVERIFY(server.listen());
        esl::Connection c;
        QVERIFY(connectReady(c, server.port()));
        std::optional<esl::Message> reply;
        c.bgapi(u"sofia profile internal rescan"_s, "abc",
            [&reply](const esl::Message &m) { reply = m; });
        QTRY_VERIFY_WITH_TIMEOUT(reply.has_value(), 5000);
        QVERIFY(reply->replyText().startsWith("+OK"));
        QCOMPARE(server.commands().value(1),
            QByteArray("bgapi sofia profile internal rescan\nJob-UUID: abc"));
    }

    // `sofia xmlstatus gateway` of 50,000 gateways is longer than mod_event_socket's
    // 16 MiB frame limit, which the parser applied to every frame: xynapctl status failed above
    // ~17,000 gateways on a node. An api/response may be longer (Parser::MaxApiResponseBody).
    void xmlStatusOf50000GatewaysIsRead()
    {
        QByteArray xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<gateways>\n";
        for (int i = 0; i < 50'000; ++i) {
            const QByteArray name = "gw-" + QByteArray::number(i);
            xml += "  <gateway>\n    <name>" + name
                + "</name>\n    <profile>internal</profile>\n    <realm>sip.1und1.de</realm>\n"
                  "    <contact>&lt;sip:gw+"
                + name + "@[::1]:5062;transport=udp;gw=" + name
                + "&gt;</contact>\n    <to>sip:4930123456@sip.1und1.de</to>\n"
                  "    <from>&lt;sip:4930123456@sip.1und1.de&gt;</from>\n"
                  "    <exten>4930123456</exten>\n    <context>default</context>\n"
                  "    <proxy>sip:sip.1und1.de</proxy>\n    <state>REGED</state>\n"
                  "    <status>UP</status>\n  </gateway>\n";
        }
        xml += "</gateways>\n";
        QVERIFY(xml.size() > esl::Parser::MaxBody);
        HostileEsl server([&xml](QTcpSocket *socket, const QByteArray &command) {
            if (command == "api sofia xmlstatus gateway")
                socket->write(frame("Content-Type: api/response\n", xml));
            else
                polite(socket, command);
        });
        QVERIFY(server.listen());
        esl::Connection c;
        QVERIFY(connectReady(c, server.port()));
        std::optional<esl::CommandReply> result;
        c.api(u"sofia xmlstatus gateway"_s, [&result](const esl::CommandReply &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30'000);
        QVERIFY2(result->ok(), qPrintable(result->error));
        QCOMPARE(result->body.size(), xml.size());
        const auto parsed = esl::parseGatewayXmlStatus(result->body);
        QVERIFY(parsed.error.isEmpty());
        QCOMPARE(parsed.gateways.size(), 50'000);
        QCOMPARE(parsed.gateways.last().name, u"gw-49999"_s);
        QCOMPARE(c.state(), esl::Connection::State::Ready);
    }

    // An auth/request in the middle of a request re-ran the handshake: the request
    // timer stopped (the request hung), ready() came twice. Now it is a protocol error and the
    // request fails at once.
    void secondAuthRequestEndsTheSession()
    {
        HostileEsl server([](QTcpSocket *socket, const QByteArray &command) {
            if (command.startsWith("auth "))
                socket->write(Accepted); // every time it is asked
            else if (command.startsWith("api "))
                socket->write(AuthRequest); // instead of an answer
        });
        QVERIFY(server.listen());
        esl::Connection c;
        QSignalSpy ready(&c, &esl::Connection::ready);
        QSignalSpy closed(&c, &esl::Connection::closed);
        QVERIFY(connectReady(c, server.port()));
        QCOMPARE(ready.size(), 1);
        std::optional<esl::CommandReply> result;
        QElapsedTimer clock;
        clock.start();
        c.api(
            u"status"_s, [&result](const esl::CommandReply &r) { result = r; }, 2000);
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 8000);
        QVERIFY(!result->ok());
        QVERIFY2(clock.elapsed() < 2000, "failed at once, not by the request timeout");
        QTRY_COMPARE(server.disconnects(), 1);
        QCOMPARE(ready.size(), 1); // not a second time
        QCOMPARE(closed.size(), 1);
        QCOMPARE(closed.at(0).at(0).value<esl::LinkError>(), esl::LinkError::ProtocolError);
        QCOMPARE(server.commands().count("auth ClueCon"), 1);
        QCOMPARE(server.commands().count("api status"), 1);
    }

    // An auth/request while the password is being checked: the same.
    void authRequestDuringAuthentication()
    {
        HostileEsl server([](QTcpSocket *socket, const QByteArray &command) {
            if (command.startsWith("auth "))
                socket->write(AuthRequest + Accepted + Accepted);
        });
        QVERIFY(server.listen());
        esl::Connection c;
        QSignalSpy ready(&c, &esl::Connection::ready);
        QSignalSpy failed(&c, &esl::Connection::failed);
        c.connectToServer(u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE(server.disconnects(), 1);
        QCOMPARE(ready.size(), 0);
        QCOMPARE(failed.at(0).at(0).value<esl::LinkError>(), esl::LinkError::ProtocolError);
        QCOMPARE(server.commands().count("auth ClueCon"), 1);
    }

    // Frames that arrived in the same read as the one that ended the connection
    // were still handled after failed().
    void framesAfterFailureAreDropped_data()
    {
        QTest::addColumn<QByteArray>("greeting");
        QTest::addColumn<QByteArray>("answerToAuth");
        QTest::addColumn<int>("error");
        QTest::newRow("wrong password, then an event")
            << AuthRequest << (Invalid + Event) << int(esl::LinkError::WrongPassword);
        QTest::newRow("rude rejection, then an event")
            << (frame("Content-Type: text/rude-rejection\n", "Access Denied, go away.\n") + Event
                   + Event)
            << QByteArray() << int(esl::LinkError::RudeRejection);
        QTest::newRow("second auth/request, then an event and a reply")
            << AuthRequest << (AuthRequest + Event + Accepted)
            << int(esl::LinkError::ProtocolError);
    }
    void framesAfterFailureAreDropped()
    {
        QFETCH(QByteArray, greeting);
        QFETCH(QByteArray, answerToAuth);
        QFETCH(int, error);
        HostileEsl server(
            [answerToAuth](QTcpSocket *socket, const QByteArray &command) {
                if (command.startsWith("auth "))
                    socket->write(answerToAuth);
            },
            greeting);
        QVERIFY(server.listen());
        esl::Connection c;
        QSignalSpy events(&c, &esl::Connection::eventReceived);
        QSignalSpy ready(&c, &esl::Connection::ready);
        QSignalSpy failed(&c, &esl::Connection::failed);
        c.connectToServer(u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE(server.disconnects(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(int(failed.at(0).at(0).value<esl::LinkError>()), error);
        QCOMPARE(events.size(), 0);
        QCOMPARE(ready.size(), 0);
    }

    // A burst read at once is handled over several turns of the event loop when a turn budget
    // is spent (fifty nodes' gateway lists at once): every frame arrives, in order.
    void spentTurnBudgetLeavesTheRestForTheNextTurn()
    {
        QByteArray burst;
        for (int i = 0; i < 20; ++i)
            burst += frame("Content-Type: text/event-plain\n",
                "Event-Name: CUSTOM\nEvent-Subclass: sofia%3A%3Agateway_state\nGateway: gw"
                    + QByteArray::number(i) + "\nState: REGED\n\n");
        HostileEsl server([burst](QTcpSocket *socket, const QByteArray &command) {
            polite(socket, command);
            if (command.startsWith("auth "))
                socket->write(burst); // in one write: one read on the console's side
        });
        QVERIFY(server.listen());
        esl::TurnBudget budget(0); // one frame per turn
        esl::Connection c;
        c.setTurnBudget(&budget);
        QStringList gateways;
        qsizetype handledInFirstTurn = -1;
        connect(&c, &esl::Connection::eventReceived, this, [&](const esl::Event &e) {
            gateways.append(QString::fromUtf8(e.view("Gateway")));
            if (gateways.size() == 1)
                QTimer::singleShot(0, this, [&] { handledInFirstTurn = gateways.size(); });
        });
        c.connectToServer(u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        QTRY_COMPARE(gateways.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(gateways.at(i), u"gw%1"_s.arg(i));
        QVERIFY2(handledInFirstTurn < 20, qPrintable(QString::number(handledInFirstTurn)));
    }

    // The answer came in time, behind events the console handles a turn at a time: it is
    // handed over, not timed out (the console was late, not the switch) — else fifty nodes'
    // lists handled over many turns time out and are asked for again, seconds later.
    void answerWaitingBehindTheTurnBudgetIsNotTimedOut()
    {
        QByteArray burst;
        for (int i = 0; i < 10; ++i)
            burst += Event;
        burst += frame("Content-Type: api/response\n", "UP 0 years\n");
        HostileEsl server([burst](QTcpSocket *socket, const QByteArray &command) {
            if (command == "api status")
                socket->write(burst); // in one write, at once
            else
                polite(socket, command);
        });
        QVERIFY(server.listen());
        esl::TurnBudget budget(0); // one frame per turn
        esl::Connection c;
        c.setTurnBudget(&budget);
        QVERIFY(connectReady(c, server.port()));
        int events = 0;
        connect(&c, &esl::Connection::eventReceived, this, [&events] {
            ++events;
            QThread::msleep(30); // ten events: 300 ms, past the request's 100 ms
        });
        std::optional<esl::CommandReply> reply;
        c.api(
            u"status"_s, [&reply](const esl::CommandReply &r) { reply = r; }, 100);
        QTRY_VERIFY(reply.has_value());
        QCOMPARE(events, 10);
        QVERIFY2(reply->ok(), qPrintable(reply->error));
        QCOMPARE(reply->body, QByteArray("UP 0 years\n"));
        QCOMPARE(c.state(), esl::Connection::State::Ready);
    }

    // A password with a line break is not sent either.
    void passwordWithLineBreakIsNotSent()
    {
        HostileEsl server(polite);
        QVERIFY(server.listen());
        esl::Connection c;
        QSignalSpy failed(&c, &esl::Connection::failed);
        c.connectToServer(u"127.0.0.1"_s, server.port(), u"ClueCon\n\napi system id"_s);
        QVERIFY(failed.wait(5000));
        QTRY_COMPARE(server.disconnects(), 1);
        QVERIFY2(!server.received().contains("system"), server.received().constData());
    }

    // Headers, then one byte every 100 ms. The silence timeout never passes; the
    // total deadline does, and the result says which one it was.
    void tricklingServerHitsTheTotalDeadline()
    {
        QTcpServer server;
        QList<QTcpSocket *> sockets;
        QTimer drip;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                sockets.append(s);
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    if (!s->property("answered").toBool()) {
                        s->setProperty("answered", true);
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                 "Content-Length: 100000\r\n\r\n");
                    }
                });
            }
        });
        connect(&drip, &QTimer::timeout, this, [&] {
            for (QTcpSocket *s : std::as_const(sockets))
                if (s->property("answered").toBool())
                    s->write(" ");
        });
        drip.start(100);
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        platform::ApiClient client;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
        client.setTimeout(1000);
        client.setTotalDeadlineMs(700);
        QElapsedTimer clock;
        clock.start();
        const auto r = waitFor(client.get(u"/api/v1/sip/trunks"_s), 8000);
        const qint64 elapsed = clock.elapsed();
        QVERIFY(r);
        QCOMPARE(int(r->error), int(platform::ApiError::Timeout));
        QCOMPARE(int(r->timeout), int(platform::TimeoutKind::TotalDeadline));
        QCOMPARE(r->timeoutMs, 700);
        QVERIFY2(elapsed >= 650 && elapsed < 4000, qPrintable(QString::number(elapsed)));
        const QString message = platform::operatorMessage(*r);
        QVERIFY2(message.contains(u"total deadline"_s), qPrintable(message));
        QVERIFY2(message.contains(u"0.7 s"_s), qPrintable(message));
        qDeleteAll(sockets);
    }

    // The other limit: nothing at all after the headers.
    void silentServerHitsTheSilenceTimeout()
    {
        QTcpServer server;
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = server.nextPendingConnection()) {
                sockets.append(s);
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    s->readAll();
                    s->write("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n");
                });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        platform::ApiClient client;
        client.setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(server.serverPort())));
        client.setTimeout(300);
        client.setTotalDeadlineMs(5000);
        const auto r = waitFor(client.get(u"/api/v1/sip/trunks"_s), 8000);
        QVERIFY(r);
        QCOMPARE(int(r->error), int(platform::ApiError::Timeout));
        QCOMPARE(int(r->timeout), int(platform::TimeoutKind::Silence));
        const QString message = platform::operatorMessage(*r);
        QVERIFY2(message.contains(u"transfer timeout"_s), qPrintable(message));
        qDeleteAll(sockets);
    }

    // The deadline is a per-profile setting, kept in the settings file and checked on read.
    void profileKeepsTheDeadline()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"xynap.ini"_s), QSettings::IniFormat);
        platform::ProfileStore store(&settings);
        platform::ConnectionProfile p;
        p.name = u"slow"_s;
        p.apiUrl = QUrl(u"https://api.example.net"_s);
        store.save(p);
        QCOMPARE(store.find(u"slow"_s)->requestDeadlineSeconds,
            platform::ConnectionProfile::DefaultRequestDeadlineSeconds);
        p.requestDeadlineSeconds = 5;
        store.save(p);
        QCOMPARE(store.find(u"slow"_s)->requestDeadlineSeconds, 5);
        const auto storedAs = [&](const QVariant &value) {
            settings.beginWriteArray(u"profiles"_s, 1);
            settings.setArrayIndex(0);
            settings.setValue(u"requestDeadlineSeconds"_s, value);
            settings.endArray();
            return store.find(u"slow"_s)->requestDeadlineSeconds;
        };
        QCOMPARE(storedAs(u"soon"_s), platform::ConnectionProfile::DefaultRequestDeadlineSeconds);
        QCOMPARE(storedAs(0), platform::ConnectionProfile::MinRequestDeadlineSeconds);
        QCOMPARE(storedAs(-7), platform::ConnectionProfile::MinRequestDeadlineSeconds);
        QCOMPARE(storedAs(999999), platform::ConnectionProfile::MaxRequestDeadlineSeconds);
    }

    // Names from the Platform API and from `sofia xmlstatus` (an &#10; entity,
    // "_all_", a command substitution) never become a fix: status --json and lint --json offer
    // commands only from names that pass the grammar, as display line and argv.
    void hostileNamesNeverBecomeFixes()
    {
        HostileEsl esl(
            servesXmlStatus(xmlStatus({{"gw1&#10;&#10;api system touch pwned", "external"},
                {"_all_", "external"}, {"a`id`", "external"}, {"old-trunk", "external"},
                {"ok", "external&#10;api system id"}})));
        QVERIFY(esl.listen());
        QJsonArray trunks {apiTrunk(u"$(touch pwned);"_s, u"external-ipv4"_s),
            apiTrunk(u"late1"_s, u"external-ipv4"_s), apiTrunk(u"ok"_s, u"external"_s)};
        for (qsizetype i = 0; i < trunks.size(); ++i) {
            QJsonObject t = trunks.at(i).toObject();
            t.insert(u"id"_s, int(i + 1));
            trunks[i] = t;
        }
        HostileHttp api([&trunks](const HostileHttp::Request &r) -> std::optional<QByteArray> {
            if (r.path == "/api/v1/sip/trunks")
                return HostileHttp::json({{u"trunks"_s, trunks}});
            if (r.path == "/api/v1/sip/profiles")
                return HostileHttp::json({{u"profiles"_s, QJsonArray()}});
            // A rule the API serves, echoed by its parse error.
            return HostileHttp::json(
                {{u"rules"_s, QJsonArray {u"ufw \u001b]0;owned\u0007\u001b[2J 5060/udp"_s}},
                    {u"ipv6"_s, true}});
        });
        QVERIFY(api.listen());

        const CliOutput status
            = runCli<cli::StatusCommand>(10'000, eslTarget(esl.port(), api.url()), true);
        const QJsonObject statusDoc = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QVERIFY2(!statusDoc.isEmpty(), qPrintable(status.all()));
        // The trunk with a good name gets its reload, quoted and as argv.
        const QJsonObject late = findingFor(statusDoc, u"XY-NOT-RUNNING"_s, u"late1"_s);
        QCOMPARE(late.value(u"fixes"_s).toArray(),
            QJsonArray {u"xynapctl reload --sofia-profile external-ipv4 --gateway late1"_s});
        const QJsonArray argv
            = late.value(u"fix_commands"_s).toArray().at(0).toObject().value(u"argv"_s).toArray();
        QCOMPARE(argv,
            (QJsonArray {u"xynapctl"_s, u"reload"_s, u"--sofia-profile"_s, u"external-ipv4"_s,
                u"--gateway"_s, u"late1"_s}));
        // The hostile one is reported, but with no fix at all.
        const QJsonObject hostile
            = findingFor(statusDoc, u"XY-NOT-RUNNING"_s, u"$(touch pwned);"_s);
        QVERIFY2(!hostile.isEmpty(), qPrintable(status.out));
        QCOMPARE(hostile.value(u"fixes"_s).toArray(), QJsonArray());
        QVERIFY(!hostile.contains(u"fix_commands"_s));

        const CliOutput lint = runCli<cli::LintCommand>(10'000, eslTarget(esl.port(), api.url()),
            cli::LintCommand::Options {{}, {}, {}, {}, true});
        const QJsonObject lintDoc = QJsonDocument::fromJson(lint.out.toUtf8()).object();
        QVERIFY2(!lintDoc.isEmpty(), qPrintable(lint.all()));
        QVERIFY2(lint.err.contains(u"\\x1b]0;owned\\x07"_s), qPrintable(lint.err));
        QVERIFY2(!lint.all().contains(QChar(0x1b)) && !lint.all().contains(QChar(0x07)),
            qPrintable(lint.all()));
        const QJsonObject old = findingFor(lintDoc, u"XY-NOT-SERVED"_s, u"old-trunk"_s);
        QCOMPARE(old.value(u"fixes"_s).toArray(),
            QJsonArray {u"sofia profile external killgw old-trunk"_s});
        QCOMPARE(old.value(u"fix_commands"_s).toArray().at(0).toObject().value(u"argv"_s).toArray(),
            (QJsonArray {u"sofia"_s, u"profile"_s, u"external"_s, u"killgw"_s, u"old-trunk"_s}));
        int notServed = 0;
        for (const auto &f : lintDoc.value(u"findings"_s).toArray())
            notServed += f.toObject().value(u"rule"_s).toString() == u"XY-NOT-SERVED"_s;
        QVERIFY2(notServed >= 4, qPrintable(lint.out)); // every gateway is still reported

        for (const QString &fix : fixTexts(statusDoc) + fixTexts(lintDoc)) {
            QVERIFY2(!fix.contains(u'\n') && !fix.contains(u'`') && !fix.contains(u"$("_s)
                    && !fix.contains(u"_all_"_s) && !fix.contains(u"system"_s)
                    && !fix.contains(u';'),
                qPrintable(fix));
        }
    }

    // 280,000 gateways in one reply took `status --json` to 2.7 GB and `check` said
    // OK. More than 100,000 gateways on a node is an error with its own words and exit code.
    void snapshotOverTheLimitIsNeverHealthy()
    {
        QList<std::pair<QByteArray, QByteArray>> many;
        many.reserve(MaxGatewaysPerNode + 1);
        for (int i = 0; i <= MaxGatewaysPerNode; ++i)
            many.append({"g" + QByteArray::number(i), "p"});
        HostileEsl esl(servesXmlStatus(xmlStatus(many)));
        QVERIFY(esl.listen());
        const CliOutput check = runCli<cli::CheckCommand>(30'000, eslTarget(esl.port()));
        QCOMPARE(check.code, int(cli::Unknown));
        QVERIFY2(check.out.startsWith(u"XYNAP GATEWAYS UNKNOWN - "_s), qPrintable(check.all()));
        QVERIFY2(check.out.contains(u"more than 100000 gateways"_s), qPrintable(check.out));
        QVERIFY2(
            !check.out.contains(u"healthy"_s.prepend(u"gateway(s) "_s)), qPrintable(check.out));

        const CliOutput status = runCli<cli::StatusCommand>(30'000, eslTarget(esl.port()), true);
        QCOMPARE(status.code, int(cli::LimitExceeded));
        QVERIFY2(status.err.contains(u"more than 100000 gateways"_s), qPrintable(status.err));
        const QJsonObject doc = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(doc.value(u"health"_s).toString(), u"unknown"_s);
        const QJsonObject node = doc.value(u"nodes"_s).toArray().at(0).toObject();
        QVERIFY(node.value(u"over_limit"_s).toBool());
        QCOMPARE(node.value(u"gateways"_s).toArray().size(), 0);

        // lint: never "0 errors" with a node past a bound.
        HostileHttp api([](const HostileHttp::Request &) -> std::optional<QByteArray> {
            return HostileHttp::json({{u"trunks"_s, QJsonArray()}, {u"profiles"_s, QJsonArray()},
                {u"rules"_s, QJsonArray()}});
        });
        QVERIFY(api.listen());
        const CliOutput lint = runCli<cli::LintCommand>(
            30'000, eslTarget(esl.port(), api.url()), cli::LintCommand::Options {});
        QCOMPARE(lint.code, int(cli::LimitExceeded));
        QVERIFY2(lint.err.contains(u"more than 100000 gateways"_s), qPrintable(lint.err));
        QVERIFY2(!lint.out.contains(u"0 error(s)"_s), qPrintable(lint.out));
    }

    // `reload --gateway _all_` sent `killgw _all_` — every gateway of the profile —
    // without asking. It needs --yes; with it, the command goes out once.
    void reloadAllGatewaysNeedsYes()
    {
        HostileEsl esl(polite);
        QVERIFY(esl.listen());
        cli::ReloadCommand::Options options;
        options.sofiaProfile = u"external"_s;
        options.gateway = u"_all_"_s;
        options.timeouts = {200, 200, 200};
        const CliOutput refused
            = runCli<cli::ReloadCommand>(10'000, eslTarget(esl.port()), options);
        QCOMPARE(refused.code, int(cli::Usage));
        QVERIFY2(refused.err.contains(u"--yes"_s), qPrintable(refused.err));
        QVERIFY2(!esl.received().contains("killgw"), esl.received().constData());

        options.yes = true;
        const CliOutput confirmed
            = runCli<cli::ReloadCommand>(10'000, eslTarget(esl.port()), options);
        QVERIFY2(confirmed.code != int(cli::Usage), qPrintable(confirmed.all()));
        QCOMPARE(esl.commands().count("api sofia profile external killgw _all_"), 1);
    }

    // A token with CR LF put a header of its own into the request. Nothing is sent.
    void tokenWithLineBreakIsNeverSent_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("CR LF header") << u"abc\r\nX-Injected: 1"_s;
        QTest::newRow("LF") << u"abc\nX-Injected: 1"_s;
        QTest::newRow("NUL") << QString(u"abc\u0000def"_s);
        QTest::newRow("ESC") << u"abc\u001b[2J"_s;
        QTest::newRow("DEL") << u"abc\u007f"_s;
        QTest::newRow("non-ASCII") << u"abc\u00e9"_s;
    }
    void tokenWithLineBreakIsNeverSent()
    {
        QFETCH(QString, token);
        HostileHttp api([](const HostileHttp::Request &) -> std::optional<QByteArray> {
            return HostileHttp::json({{u"trunks"_s, QJsonArray()}});
        });
        QVERIFY(api.listen());
        platform::ApiClient client;
        client.setBaseUrl(api.url());
        client.setToken(token);
        const auto r = waitFor(client.get(u"/api/v1/sip/trunks"_s), 5000);
        QVERIFY(r);
        QCOMPARE(int(r->error), int(platform::ApiError::TokenRefused));
        QVERIFY2(platform::operatorMessage(*r).contains(u"nothing was sent"_s),
            qPrintable(platform::operatorMessage(*r)));
        QCOMPARE(api.connections(), 0);
        QVERIFY(api.received().isEmpty());
        // A good token still goes out, once, as the header it is.
        client.setToken(u"good-token_1.2~x"_s);
        const auto ok = waitFor(client.get(u"/api/v1/sip/trunks"_s), 5000);
        QVERIFY(ok && ok->ok());
        QVERIFY(api.received().contains("Authorization: Bearer good-token_1.2~x\r\n"));
        QVERIFY(!api.received().contains("X-Injected"));
    }

    // The connection dropped after the PUT reached the platform, which applied
    // it. The console said "not sent" (69). The PUT is sent once; the console reads the trunk
    // again and reports what the platform holds.
    void droppedConnectionAfterPutIsReadBack()
    {
        QJsonObject stored = apiTrunk(u"plusnet"_s, u"external-ipv4"_s);
        HostileHttp api([&stored](const HostileHttp::Request &r) -> std::optional<QByteArray> {
            if (r.method == "GET" && r.path == "/api/v1/sip/trunks")
                return HostileHttp::json({{u"trunks"_s, QJsonArray {stored}}});
            if (r.method == "GET" && r.path == "/api/v1/sip/trunks/1")
                return HostileHttp::json(stored);
            if (r.method == "PUT" && r.path == "/api/v1/sip/trunks/1") {
                // Applied — then the connection drops before the answer.
                const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                stored.insert(u"retry_seconds"_s, body.value(u"retry_seconds"_s));
                stored.insert(u"version"_s, stored.value(u"version"_s).toInt() + 1);
                stored.insert(u"etag"_s, u"\"1-%1\""_s.arg(stored.value(u"version"_s).toInt()));
                return std::nullopt;
            }
            return HostileHttp::json({}, 404);
        });
        QVERIFY(api.listen());
        QTemporaryDir dir;
        QJsonObject edited = apiTrunk(u"plusnet"_s, u"external-ipv4"_s);
        edited.insert(u"retry_seconds"_s, 50);
        edited.insert(u"updated_by"_s, u"alice"_s); // as an export carries it
        edited.insert(u"updated_at"_s, u"2026-12-06T10:00:00Z"_s);
        QFile file(dir.filePath(u"trunks.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {{u"trunks"_s, QJsonArray {edited}}}).toJson());
        file.close();
        cli::Target target;
        target.apiUrl = api.url();
        target.token = u"x"_s;
        const CliOutput o = runCli<cli::TrunksCommand>(
            15'000, target, QStringList {u"trunks"_s, u"apply"_s, file.fileName()}, false);
        QCOMPARE(api.count("PUT"), 1); // never again, by Qt or by the console
        QCOMPARE(o.code, int(cli::Ok));
        QVERIFY2(o.out.contains(u"plusnet: applied (confirmed after the connection dropped"_s),
            qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"applied: plusnet;"_s), qPrintable(o.out));
        const QJsonObject sent = QJsonDocument::fromJson(api.requests().at(1).body).object();
        QVERIFY(!sent.contains(u"updated_by"_s) && !sent.contains(u"updated_at"_s));
    }

    // The editor's save: the same drop, the same re-read; the draft is saved, said once.
    void editorSaveAfterADroppedConnectionIsReadBack()
    {
        QJsonObject stored = apiTrunk(u"plusnet"_s, u"external-ipv4"_s);
        HostileHttp api([&stored](const HostileHttp::Request &r) -> std::optional<QByteArray> {
            if (r.method == "GET")
                return HostileHttp::json(stored);
            const QJsonObject body = QJsonDocument::fromJson(r.body).object();
            for (auto it = body.begin(); it != body.end(); ++it)
                stored.insert(it.key(), it.value());
            stored.insert(u"version"_s, 2);
            return std::nullopt; // applied, then the connection drops
        });
        QVERIFY(api.listen());
        platform::ApiClient client;
        client.setBaseUrl(api.url());
        client.setToken(u"x"_s);
        session::TrunkEditSession edit(&client);
        const Trunk original = trunkFromJson(stored).trunk;
        edit.begin(original, "\"1-1\"");
        Trunk draft = original;
        draft.retrySeconds = 50;
        edit.setDraft(draft);
        std::optional<Trunk> saved;
        std::optional<QString> failed;
        connect(&edit, &session::TrunkEditSession::saved, this,
            [&saved](const Trunk &t) { saved = t; });
        connect(&edit, &session::TrunkEditSession::failed, this,
            [&failed](const QString &m) { failed = m; });
        edit.save();
        QTRY_VERIFY_WITH_TIMEOUT(saved || failed, 10'000);
        QVERIFY2(!failed, qPrintable(failed.value_or(QString())));
        QCOMPARE(saved->version, 2);
        QCOMPARE(edit.stored().retrySeconds, 50);
        QCOMPARE(api.count("PUT"), 1);
    }

    // The same drop when the platform did not apply it: said so, never "applied".
    void droppedConnectionBeforeApplyIsSaid()
    {
        const QJsonObject stored = apiTrunk(u"plusnet"_s, u"external-ipv4"_s);
        HostileHttp api([&stored](const HostileHttp::Request &r) -> std::optional<QByteArray> {
            if (r.method == "PUT")
                return std::nullopt;
            if (r.path == "/api/v1/sip/trunks/1")
                return HostileHttp::json(stored);
            return HostileHttp::json({{u"trunks"_s, QJsonArray {stored}}});
        });
        QVERIFY(api.listen());
        QTemporaryDir dir;
        QJsonObject edited = stored;
        edited.insert(u"retry_seconds"_s, 50);
        QFile file(dir.filePath(u"trunks.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject {{u"trunks"_s, QJsonArray {edited}}}).toJson());
        file.close();
        cli::Target target;
        target.apiUrl = api.url();
        target.token = u"x"_s;
        const CliOutput o = runCli<cli::TrunksCommand>(
            15'000, target, QStringList {u"trunks"_s, u"apply"_s, file.fileName()}, false);
        QCOMPARE(api.count("PUT"), 1);
        QCOMPARE(o.code, int(cli::Unavailable));
        QVERIFY2(o.err.contains(u"still has the old trunk (version 1): not applied"_s),
            qPrintable(o.all()));
    }

    void totalDeadlineDefaults()
    {
        platform::ApiClient client;
        QCOMPARE(client.totalDeadlineMs(), platform::ApiClient::DefaultTotalDeadlineMs);
        client.setTotalDeadlineMs(1234);
        QCOMPARE(client.totalDeadlineMs(), 1234);
        client.setTotalDeadlineMs(0);
        QCOMPARE(client.totalDeadlineMs(), platform::ApiClient::DefaultTotalDeadlineMs);
    }
};

QTEST_GUILESS_MAIN(TestHostileServers)
#include "tst_hostileservers.moc"
