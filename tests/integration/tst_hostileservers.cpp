// Servers that misbehave on purpose, on loopback: an Event Socket that smuggles frames and asks
// for the password again, an HTTP server that trickles its reply. Each test fails on the code
// before issue 11's fixes.

#include "esl/EslConnection.h"
#include "esl/SofiaStatus.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionProfile.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;

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

std::optional<platform::ApiResult> waitFor(platform::ApiJob *job, int timeoutMs = 10'000)
{
    auto out = std::make_shared<std::optional<platform::ApiResult>>();
    QObject::connect(
        job, &platform::ApiJob::finished, job, [out](const platform::ApiResult &r) { *out = r; });
    (void)QTest::qWaitFor([&out] { return out->has_value(); }, timeoutMs);
    return *out;
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

    // Issue 11.1: a command with a line break would end the frame and start another command
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

    // Issue 12: `sofia xmlstatus gateway` of 50,000 gateways is longer than mod_event_socket's
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

    // Issue 11.5: an auth/request in the middle of a request re-ran the handshake: the request
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

    // Issue 11.5: frames that arrived in the same read as the one that ended the connection
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

    // Issue 11.4: headers, then one byte every 100 ms. The silence timeout never passes; the
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
