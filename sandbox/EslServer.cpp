#include "sandbox/EslServer.h"

#include "esl/Codec.h"
#include "sandbox/GatewaySimulator.h"
#include "sandbox/GatewayStatusWriter.h"
#include "sandbox/SimScheduler.h"

#include <QLoggingCategory>
#include <QTcpSocket>
#include <QTimeZone>
#include <QUuid>
#include <algorithm>
#include <queue>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEslServer, "xynap.sandbox.esl", QtInfoMsg)

namespace xynap::sandbox {

namespace {
constexpr qint64 HeartbeatMs = 20'000;
const QByteArray GoodbyeBody(
    "Disconnected, goodbye.\nSee you at ClueCon! http://www.cluecon.com/\n");

QByteArray commandReply(const QByteArray &text, const esl::Headers &extra = {})
{
    esl::Headers h;
    h.append("Content-Type", "command/reply");
    h.append("Reply-Text", text);
    for (const auto &[name, value] : extra.items())
        h.append(name, value);
    return esl::frame(h);
}

QByteArray withBody(const QByteArray &type, const QByteArray &body)
{
    esl::Headers h;
    h.append("Content-Type", type);
    h.append("Content-Length", QByteArray::number(body.size()));
    return esl::frame(h, body);
}

QByteArray disconnectNotice(const QByteArray &body = GoodbyeBody)
{
    return withBody("text/disconnect-notice", body);
}

QByteArray uuid()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}
} // namespace

// One client connection: its auth state, its subscriptions, its command queue.
class EslSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EslSession)

public:
    EslSession(EslServer *server, QTcpSocket *socket)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
    {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, &EslSession::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    }

    void greet()
    {
        send(esl::frame([] {
            esl::Headers h;
            h.append("Content-Type", "auth/request");
            return h;
        }()));
    }

    void rudeRejection()
    {
        send(withBody("text/rude-rejection", "Access Denied, go away.\n"));
        send(disconnectNotice());
        close();
    }

    void deliver(const esl::Event &event)
    {
        if (!m_authed || m_closing || !wants(event))
            return;
        if (m_format == "json")
            send(withEventLength("text/event-json", esl::serializeJsonEvent(event)));
        else
            send(withEventLength("text/event-plain", esl::serializePlainEvent(event)));
    }

    void shutdownNotice()
    {
        send(disconnectNotice("The system is being shut down.\n"));
        close();
    }

private:
    static QByteArray withEventLength(const QByteArray &type, const QByteArray &body)
    {
        // Events put Content-Length before Content-Type (capture 21).
        esl::Headers h;
        h.append("Content-Length", QByteArray::number(body.size()));
        h.append("Content-Type", type);
        return esl::frame(h, body);
    }

    bool wants(const esl::Event &event) const
    {
        const QByteArray name = event.name();
        if (m_all)
            return true;
        if (name == "CUSTOM")
            return m_customAll || m_subclasses.contains(event.subclass());
        return m_events.contains(name);
    }

    void send(const QByteArray &bytes)
    {
        if (m_socket->state() == QAbstractSocket::ConnectedState)
            m_socket->write(bytes);
    }

    void close()
    {
        m_closing = true;
        m_socket->flush();
        m_socket->disconnectFromHost();
    }

    void onReadyRead()
    {
        m_input.append(m_socket->readAll());
        if (m_input.size() > qsizetype(1024) * 1024) {
            close();
            return;
        }
        for (;;) {
            qsizetype end = m_input.indexOf("\n\n");
            qsizetype skip = 2;
            const qsizetype crlf = m_input.indexOf("\r\n\r\n");
            if (crlf >= 0 && (end < 0 || crlf < end)) {
                end = crlf;
                skip = 4;
            }
            if (end < 0)
                break;
            const QByteArray block = m_input.left(end);
            m_input.remove(0, end + skip);
            m_pending.push(block);
        }
        processQueue();
    }

    void processQueue()
    {
        // One command at a time, in order, like mod_event_socket's reader thread.
        while (!m_busy && !m_closing && !m_pending.empty()) {
            const QByteArray block = m_pending.front();
            m_pending.pop();
            handle(block);
        }
    }

    void handle(const QByteArray &block)
    {
        QList<QByteArray> lines = block.split('\n');
        for (QByteArray &l : lines) {
            if (l.endsWith('\r'))
                l.chop(1);
        }
        const QByteArray command = lines.value(0).trimmed();
        esl::Headers headers;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                headers.append(
                    lines.at(i).left(colon).trimmed(), lines.at(i).mid(colon + 1).trimmed());
        }
        if (command.isEmpty())
            return;

        if (!m_authed) {
            if (command.startsWith("auth ")) {
                if (QString::fromUtf8(command.mid(5)) == m_server->m_password) {
                    m_authed = true;
                    send(commandReply("+OK accepted"));
                } else {
                    send(commandReply("-ERR invalid"));
                    send(disconnectNotice());
                    close();
                }
            } else {
                send(commandReply("-ERR command not found"));
            }
            return;
        }

        if (command.startsWith("api ")) {
            m_busy = true;
            QPointer<EslSession> self(this);
            m_server->api(QString::fromUtf8(command.mid(4)), [self](const QByteArray &body) {
                if (!self)
                    return;
                self->send(withBody("api/response", body));
                self->m_busy = false;
                self->processQueue();
            });
            return;
        }
        if (command.startsWith("bgapi ")) {
            QByteArray job = headers.value("Job-UUID");
            if (job.isEmpty())
                job = uuid();
            esl::Headers extra;
            extra.append("Job-UUID", job);
            send(commandReply("+OK Job-UUID: " + job, extra));
            const QString cmdline = QString::fromUtf8(command.mid(6));
            QPointer<EslSession> self(this);
            EslServer *server = m_server;
            server->api(cmdline, [self, server, job, cmdline](const QByteArray &body) {
                esl::Event e;
                e.headers.append("Event-Name", "BACKGROUND_JOB");
                e.headers.append("Job-UUID", job);
                const qsizetype space = cmdline.indexOf(u' ');
                e.headers.append("Job-Command", cmdline.left(space).toUtf8());
                if (space > 0)
                    e.headers.append("Job-Command-Arg", cmdline.mid(space + 1).toUtf8());
                e.body = body;
                // Only sessions subscribed to BACKGROUND_JOB receive it (any session, as in FS).
                server->publish(e);
                Q_UNUSED(self);
            });
            return;
        }
        if (command.startsWith("event ") || command == "event") {
            const QList<QByteArray> words = command.simplified().split(' ');
            if (words.size() < 3) {
                send(commandReply("-ERR no keywords supplied"));
                return;
            }
            const QByteArray format = words.at(1).toLower();
            if (format != "plain" && format != "json" && format != "xml") {
                send(commandReply("-ERR no keywords supplied"));
                return;
            }
            m_format = format;
            bool custom = false;
            for (qsizetype i = 2; i < words.size(); ++i) {
                const QByteArray &w = words.at(i);
                if (custom) {
                    m_subclasses.insert(w); // every word after CUSTOM is a subclass (capture 20)
                } else if (w == "CUSTOM") {
                    custom = true;
                    m_events.insert(w);
                } else if (w == "ALL" || w == "all") {
                    m_all = true;
                } else {
                    m_events.insert(w);
                }
            }
            if (custom && m_subclasses.isEmpty())
                m_customAll = true;
            m_listening = true;
            send(commandReply("+OK event listener enabled " + format));
            return;
        }
        if (command.startsWith("nixevent")) {
            const QList<QByteArray> words = command.simplified().split(' ');
            for (qsizetype i = 1; i < words.size(); ++i) {
                m_events.remove(words.at(i));
                m_subclasses.remove(words.at(i));
            }
            send(commandReply("+OK events nixed"));
            return;
        }
        if (command == "noevents") {
            if (!m_listening) {
                send(commandReply("-ERR not listening for events"));
                return;
            }
            m_listening = m_all = m_customAll = false;
            m_events.clear();
            m_subclasses.clear();
            send(commandReply("+OK no longer listening for events"));
            return;
        }
        if (command.startsWith("filter ")) {
            const QList<QByteArray> words = command.simplified().split(' ');
            send(commandReply(
                "+OK filter added. [" + words.value(1) + "]=[" + words.value(2) + ']'));
            return;
        }
        if (command == "exit") {
            send(commandReply("+OK bye"));
            send(disconnectNotice());
            close();
            return;
        }
        send(commandReply("-ERR command not found"));
    }

    EslServer *m_server;
    QTcpSocket *m_socket;
    QByteArray m_input;
    std::queue<QByteArray> m_pending;
    bool m_authed = false;
    bool m_busy = false;
    bool m_closing = false;
    bool m_listening = false;
    bool m_all = false;
    bool m_customAll = false;
    QByteArray m_format = "plain";
    QSet<QByteArray> m_events;
    QSet<QByteArray> m_subclasses;
};

EslServer::EslServer(
    SimScheduler *scheduler, GatewaySimulator *gateways, const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_gateways(gateways)
    , m_scenario(scenario)
    , m_coreUuid(uuid())
{
    connect(&m_server, &QTcpServer::newConnection, this, &EslServer::onNewConnection);
    connect(gateways, &GatewaySimulator::eventFired, this, [this](const esl::Event &e) {
        const QByteArray sub = e.subclass();
        if (sub == "sofia::gateway_state")
            publish(withStandardHeaders(
                e, "sofia_reg.c", "sofia_reg_fire_custom_gateway_state_event", 156));
        else if (sub == "sofia::gateway_add")
            publish(withStandardHeaders(e, "sofia_reg.c", "sofia_reg_add_gateway", 3723));
        else if (sub == "sofia::gateway_delete")
            publish(withStandardHeaders(e, "sofia_reg.c", "sofia_reg_check_gateway", 343));
        else
            publish(
                withStandardHeaders(e, "sofia_reg.c", "sofia_reg_handle_sip_r_challenge", 2835));
    });
}

EslServer::~EslServer()
{
    if (m_heartbeatTimer)
        m_scheduler->cancel(m_heartbeatTimer);
}

bool EslServer::listen(const QHostAddress &address, quint16 port)
{
    if (!m_server.listen(address, port))
        return false;
    m_heartbeatTimer = m_scheduler->schedule(HeartbeatMs, [this] { heartbeat(); });
    return true;
}

int EslServer::sessionCount() const
{
    return int(std::count_if(m_sessions.cbegin(), m_sessions.cend(),
        [](const QPointer<EslSession> &s) { return !s.isNull(); }));
}

void EslServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *session = new EslSession(this, socket);
        m_sessions.append(session);
        bool allowed = m_allowed.isEmpty();
        for (const auto &subnet : std::as_const(m_allowed))
            allowed = allowed || socket->peerAddress().isInSubnet(subnet);
        if (!allowed) {
            qCInfo(lcEslServer) << "rejected" << socket->peerAddress().toString();
            session->rudeRejection();
            continue;
        }
        session->greet();
    }
}

void EslServer::shutdown()
{
    for (const QPointer<EslSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->shutdownNotice();
    }
    m_sessions.clear();
    m_server.close();
    if (m_heartbeatTimer)
        m_scheduler->cancel(m_heartbeatTimer);
    m_heartbeatTimer = 0;
}

esl::Event EslServer::withStandardHeaders(
    const esl::Event &event, const QByteArray &file, const QByteArray &function, int line)
{
    esl::Event e;
    const QByteArray subclass = event.subclass();
    if (!subclass.isEmpty()) {
        e.headers.append("Event-Subclass", subclass);
        e.headers.append("Event-Name", "CUSTOM");
    } else {
        e.headers.append("Event-Name", event.name());
    }
    const QDateTime now = m_scheduler->wallClock();
    const SwitchIdentity &id = m_scenario.switchIdentity;
    e.headers.append("Core-UUID", m_coreUuid);
    e.headers.append("FreeSWITCH-Hostname", id.hostname.toUtf8());
    e.headers.append("FreeSWITCH-Switchname", id.hostname.toUtf8());
    e.headers.append("FreeSWITCH-IPv4", id.ipv4.toUtf8());
    e.headers.append("FreeSWITCH-IPv6", id.ipv6.toUtf8());
    e.headers.append(
        "Event-Date-Local", now.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s).toUtf8());
    e.headers.append("Event-Date-GMT",
        QLocale::c().toString(now.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toUtf8());
    e.headers.append("Event-Date-Timestamp", QByteArray::number(now.toMSecsSinceEpoch() * 1000));
    e.headers.append("Event-Calling-File", file);
    e.headers.append("Event-Calling-Function", function);
    e.headers.append("Event-Calling-Line-Number", QByteArray::number(line));
    e.headers.append("Event-Sequence", QByteArray::number(++m_sequence));
    for (const auto &[name, value] : event.headers.items()) {
        if (name != "Event-Subclass" && name != "Event-Name")
            e.headers.append(name, value);
    }
    e.body = event.body;
    return e;
}

void EslServer::publish(const esl::Event &event)
{
    esl::Event e = event;
    if (!event.headers.contains("Core-UUID")) {
        if (event.name() == "BACKGROUND_JOB")
            e = withStandardHeaders(event, "mod_event_socket.c", "api_exec", 1572);
        else if (event.name() == "HEARTBEAT")
            e = withStandardHeaders(event, "switch_core.c", "send_heartbeat", 95);
    }
    for (const QPointer<EslSession> &s : std::as_const(m_sessions)) {
        if (s)
            s->deliver(e);
    }
    m_sessions.removeAll(QPointer<EslSession>());
}

void EslServer::heartbeat()
{
    const qint64 upMs = m_scheduler->nowMs();
    esl::Event e;
    e.headers.append("Event-Name", "HEARTBEAT");
    e.headers.append("Event-Info", "System Ready");
    const qint64 s = upMs / 1000;
    e.headers.append("Up-Time",
        u"0 years, %1 days, %2 hours, %3 minutes, %4 seconds, %5 milliseconds, 0 microseconds"_s
            .arg(s / 86400)
            .arg(s / 3600 % 24)
            .arg(s / 60 % 60)
            .arg(s % 60)
            .arg(upMs % 1000)
            .toUtf8());
    e.headers.append("FreeSWITCH-Version", m_scenario.switchIdentity.version.toUtf8());
    e.headers.append("Uptime-msec", QByteArray::number(upMs));
    e.headers.append("Session-Count", QByteArray::number(m_gateways->calls()));
    e.headers.append("Max-Sessions", "1000");
    e.headers.append("Session-Per-Sec", "30");
    e.headers.append("Session-Per-Sec-Last", "0");
    e.headers.append("Session-Per-Sec-Max", "0");
    e.headers.append("Session-Per-Sec-FiveMin", "0");
    e.headers.append("Session-Since-Startup", QByteArray::number(m_gateways->calls()));
    e.headers.append("Session-Peak-Max", QByteArray::number(m_gateways->calls()));
    e.headers.append("Session-Peak-FiveMin", QByteArray::number(m_gateways->calls()));
    e.headers.append("Idle-CPU", "97.266667");
    publish(e);
    m_heartbeatTimer = m_scheduler->schedule(HeartbeatMs, [this] { heartbeat(); });
}

void EslServer::api(
    const QString &commandLine, const std::function<void(const QByteArray &)> &reply)
{
    const QStringList w = commandLine.simplified().split(u' ', Qt::SkipEmptyParts);
    const QString cmd = w.value(0);
    const auto arg = [&w](int i) { return w.value(i); };

    if (cmd == u"sofia"_s) {
        const QString sub = arg(1);
        const GatewayStatusWriter status(m_gateways->table(), *m_scheduler);
        if (sub == u"status"_s && w.size() == 2)
            return reply(status.statusTable());
        if (sub == u"status"_s && arg(2) == u"gateway"_s && w.size() >= 4)
            return reply(status.statusGateway(arg(3)));
        if (sub == u"xmlstatus"_s && w.size() == 2)
            return reply(status.xmlStatus());
        if (sub == u"xmlstatus"_s && arg(2) == u"gateway"_s && w.size() == 3
            && !m_scenario.xmlStatusAnswer.isNull())
            return reply(m_scenario.xmlStatusAnswer.toUtf8());
        if (sub == u"xmlstatus"_s && arg(2) == u"gateway"_s)
            return reply(status.xmlStatusGateway(arg(3)));
        if (sub == u"xmlstatus"_s && arg(2) == u"profile"_s && w.size() == 4)
            return reply(status.xmlStatusProfile(arg(3)));
        if (sub == u"profile"_s && w.size() >= 4) {
            const QString profile = arg(2);
            const QString action = arg(3);
            if (!m_gateways->hasProfile(profile))
                return reply(u"Invalid Profile [%1]"_s.arg(profile).toUtf8());
            if (action == u"rescan"_s)
                return m_gateways->rescan(profile, reply);
            if (action == u"killgw"_s) {
                if (w.size() < 5)
                    return reply("-ERR missing gateway name.\n");
                return reply(m_gateways->killGateway(profile, arg(4)));
            }
            if (action == u"restart"_s)
                return m_gateways->restart(profile, reply);
            if (action == u"startgw"_s)
                // Reads sofia.conf only: directory gateways are not started (reference §2).
                return reply("+OK\n");
        }
        return reply(
            "-ERR Usage: sofia status|xmlstatus|profile <name> [rescan|restart|killgw <gw>]\n");
    }
    if (cmd == u"reloadxml"_s)
        return reply("+OK [Success]\n");
    if (cmd == u"reloadacl"_s)
        return reply("+OK acl reloaded\n");
    if (cmd == u"acl"_s && w.size() == 3) {
        const QHostAddress ip(arg(1));
        return reply(!ip.isNull() && aclContains(m_scenario.acl, arg(2), ip) ? "true" : "false");
    }
    if (cmd == u"xml_locate"_s
        && commandLine.simplified() == u"xml_locate configuration configuration name acl.conf"_s)
        return reply(aclConfigurationXml(m_scenario.acl));
    if (cmd == u"show"_s && (arg(1) == u"channels"_s || arg(1) == u"calls"_s)
        && arg(2) == u"count"_s)
        return reply("\n" + QByteArray::number(m_gateways->calls()) + " total.\n");
    if (cmd == u"hostname"_s && w.size() == 1)
        return reply(m_scenario.switchIdentity.hostname.toUtf8());
    if (cmd == u"version"_s)
        return reply(
            "FreeSWITCH Version " + m_scenario.switchIdentity.version.toUtf8() + " ( 64bit)\n");
    if (cmd == u"status"_s) {
        const qint64 s = m_scheduler->nowMs() / 1000;
        return reply(u"UP 0 years, %1 days, %2 hours, %3 minutes, %4 seconds, 0 milliseconds, 0 "
                     u"microseconds\n"
                     "FreeSWITCH (Version %5  64bit) is ready\n%6 session(s) since startup\n"_s
                         .arg(s / 86400)
                         .arg(s / 3600 % 24)
                         .arg(s / 60 % 60)
                         .arg(s % 60)
                         .arg(m_scenario.switchIdentity.version.section(u'~', 0, 0))
                         .arg(m_gateways->calls())
                         .toUtf8());
    }
    if (cmd == u"fsctl"_s && arg(1) == u"shutdown"_s) {
        reply("+OK\n");
        m_scheduler->schedule(100, [this] { Q_EMIT shutdownRequested(); });
        return;
    }
    reply("-ERR " + cmd.toUtf8() + " Command not found!\n");
}

} // namespace xynap::sandbox

#include "EslServer.moc"
