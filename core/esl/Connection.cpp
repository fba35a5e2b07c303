#include "esl/Connection.h"

#include "esl/Codec.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEsl, "xynap.esl.connection", QtInfoMsg)

namespace xynap::esl {

CommandReply CommandReply::failed(const QString &why)
{
    // Never an empty reason: an empty one would read as a reply.
    return {{}, why.isEmpty() ? describe(LinkError::Disconnected) : why};
}

QString describe(LinkError error)
{
    switch (error) {
    case LinkError::None:
        return {};
    case LinkError::Refused:
        return QCoreApplication::translate("xynap::esl",
            "Nothing accepts connections there: is FreeSWITCH running and mod_event_socket "
            "loaded?");
    case LinkError::HostNotFound:
        return QCoreApplication::translate("xynap::esl", "The host name could not be resolved.");
    case LinkError::Timeout:
        return QCoreApplication::translate("xynap::esl", "FreeSWITCH did not answer in time.");
    case LinkError::WrongPassword:
        return QCoreApplication::translate(
            "xynap::esl", "FreeSWITCH refused the Event Socket password.");
    case LinkError::RudeRejection:
        return QCoreApplication::translate("xynap::esl",
            "This address is not allowed by FreeSWITCH's event socket ACL (apply-inbound-acl in "
            "event_socket.conf).");
    case LinkError::Disconnected:
        return QCoreApplication::translate("xynap::esl", "FreeSWITCH closed the connection.");
    case LinkError::ProtocolError:
        return QCoreApplication::translate(
            "xynap::esl", "The peer does not speak the Event Socket protocol.");
    }
    return {};
}

Connection::Connection(QObject *parent)
    : QObject(parent)
{
    m_requestTimer.setSingleShot(true);
    m_socket.setReadBufferSize(ReadChunk);
    connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    connect(&m_socket, &QTcpSocket::errorOccurred, this, &Connection::onSocketError);
    connect(&m_socket, &QTcpSocket::disconnected, this, [this] {
        const State was = m_state;
        m_state = State::Unconnected;
        failPending(describe(m_closeReason));
        if (was == State::Ready)
            Q_EMIT closed(m_closeReason, m_closeDetail);
    });
    connect(&m_requestTimer, &QTimer::timeout, this, [this] {
        if (m_resumeScheduled) {
            // Frames already read wait for the next turn (the turn budget): the answer may be
            // among them. The console is late, not the switch: the time starts again. Fifty
            // nodes' lists read over many turns ran into this, and each reconnect asked for the
            // whole list again.
            m_requestTimer.start();
            return;
        }
        if (m_state != State::Ready) {
            fail(LinkError::Timeout, describe(LinkError::Timeout));
            return;
        }
        // A request that gets no answer leaves the stream out of step: start over.
        m_closeReason = LinkError::Timeout;
        m_closeDetail = describe(LinkError::Timeout);
        m_socket.abort();
    });
}

Connection::~Connection()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

void Connection::connectToServer(const QString &host, quint16 port, const QString &password)
{
    m_password = password;
    m_peer = u"%1:%2"_s.arg(host).arg(port);
    ++m_generation;
    m_parser.reset();
    m_closeReason = LinkError::Disconnected;
    m_closeDetail.clear();
    m_state = State::Connecting;
    m_requestTimer.start(10'000);
    m_socket.connectToHost(host, port);
}

void Connection::disconnectFromServer()
{
    m_socket.disconnectFromHost();
}

bool Connection::isSingleLine(QStringView text)
{
    return !text.contains(u'\n') && !text.contains(u'\r') && !text.contains(QChar(0));
}

bool Connection::isSingleLine(QByteArrayView text)
{
    return !text.contains('\n') && !text.contains('\r') && !text.contains('\0');
}

void Connection::refuse(
    const QString &why, ApiCallback apiCallback, CommandCallback commandCallback)
{
    qCWarning(lcEsl) << "refused to send a command to" << m_peer << ":" << why;
    // Later, from the event loop: a caller must never see its callback run inside its own call.
    QMetaObject::invokeMethod(
        this,
        [why, api = std::move(apiCallback), cmd = std::move(commandCallback)] {
            if (api)
                api(CommandReply::failed(why));
            if (cmd) {
                Message reply;
                reply.headers.append("Content-Type", "command/reply");
                reply.headers.append("Reply-Text", QByteArray("-ERR " + why.toUtf8()));
                cmd(reply);
            }
        },
        Qt::QueuedConnection);
}

namespace {
QString lineBreakRefusal()
{
    return QCoreApplication::translate("xynap::esl",
        "The command was not sent: it contains a line break, which would let it run further "
        "commands on FreeSWITCH.");
}
} // namespace

void Connection::api(const QString &command, ApiCallback callback, int timeoutMs)
{
    apiStreamed(command, {}, std::move(callback), timeoutMs);
}

void Connection::apiStreamed(
    const QString &command, Parser::BodySink sink, ApiCallback callback, int timeoutMs)
{
    if (!isSingleLine(command)) {
        refuse(lineBreakRefusal(), std::move(callback), {});
        return;
    }
    m_queue.push_back({"api " + command.toUtf8() + "\n\n", true, std::move(callback), {}, timeoutMs,
        std::move(sink)});
    sendNext();
}

void Connection::command(const QString &command, CommandCallback callback, int timeoutMs)
{
    this->command(command, Headers(), std::move(callback), timeoutMs);
}

void Connection::command(
    const QString &command, const Headers &headers, CommandCallback callback, int timeoutMs)
{
    if (!isSingleLine(command)) {
        refuse(lineBreakRefusal(), {}, std::move(callback));
        return;
    }
    QByteArray wire = command.toUtf8() + '\n';
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArrayView name = headers.nameAt(i);
        const QByteArrayView value = headers.valueAt(i);
        const bool nameOk = !name.isEmpty() && isSingleLine(name) && !name.contains(':')
            && !name.contains(' ') && !name.contains('\t');
        if (!nameOk || !isSingleLine(value)) {
            refuse(lineBreakRefusal(), {}, std::move(callback));
            return;
        }
        wire.append(name);
        wire.append(": ");
        wire.append(value);
        wire.append('\n');
    }
    wire += '\n';
    m_queue.push_back({wire, false, {}, std::move(callback), timeoutMs});
    sendNext();
}

void Connection::bgapi(
    const QString &command, const QByteArray &jobUuid, CommandCallback callback, int timeoutMs)
{
    Headers headers;
    if (!jobUuid.isEmpty())
        headers.append("Job-UUID", jobUuid);
    this->command(u"bgapi "_s + command, headers, std::move(callback), timeoutMs);
}

void Connection::sendNext()
{
    if (m_state != State::Ready || m_inFlight || m_queue.empty())
        return;
    m_inFlight = true;
    if (m_queue.front().sink)
        m_parser.streamNextApiBody(m_queue.front().sink); // its reply is the next api/response
    m_socket.write(m_queue.front().wire);
    m_requestTimer.start(m_queue.front().timeoutMs);
}

void Connection::onReadyRead()
{
    const QPointer<Connection> self(this);
    const quint64 generation = m_generation;
    const quint64 eventsBefore = m_events;
    readAndHandle();
    if (self && m_generation == generation && m_events != eventsBefore)
        Q_EMIT eventsReceived();
}

void Connection::readAndHandle()
{
    // A handled frame may end this connection (fail(), a callback that disconnects or deletes
    // it): the frames behind it belong to a connection that is over and are not handled.
    const QPointer<Connection> self(this);
    const quint64 generation = m_generation;
    for (;;) {
        // Frames read in an earlier turn first (left there when the turn's budget ran out).
        Parser::Frame frame;
        for (;;) {
            if (m_budget && m_budget->spent()) {
                resumeNextTurn();
                return;
            }
            if (!m_parser.nextFrame(frame))
                break;
            handle(frame);
            if (!self || m_generation != generation || m_state == State::Unconnected)
                return;
        }
        if (m_parser.hasError()) {
            fail(LinkError::ProtocolError, m_parser.error());
            return;
        }
        const qint64 available = qMin(m_socket.bytesAvailable(), ReadChunk);
        if (available <= 0)
            return;
        // Straight into the parser's buffer: the bytes are copied once, out of the socket's.
        m_event.headers.clear(); // its text is in that buffer, which may move
        const qint64 n = m_socket.read(m_parser.appendSpace(available), available);
        m_parser.appended(qMax(n, qint64(0)));
        if (n <= 0)
            return;
    }
}

void Connection::deliver(const Event &event)
{
    if (m_eventSink)
        m_eventSink(event);
    else
        Q_EMIT eventReceived(event);
}

void Connection::resumeNextTurn()
{
    if (m_resumeScheduled)
        return;
    m_resumeScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_resumeScheduled = false;
        onReadyRead();
    });
}

void Connection::handle(const Parser::Frame &frame)
{
    // Events, the bulk of the stream, are decoded in place into one reused Event; the rest
    // (replies, notices) become Messages of their own.
    if (frame.contentType == "text/event-plain") {
        if (decodePlainEventInPlace(frame.body, m_event)) {
            ++m_events; // before: a receiver may end this connection
            deliver(m_event);
        }
        return;
    }
    Message message;
    m_parser.takeMessage(frame, message);
    handle(message);
}

void Connection::handle(const Message &message)
{
    const QByteArray type = message.contentType();
    if (type == "auth/request") {
        // FreeSWITCH asks once, right after the connect. A second request (mid-session or
        // before the first answer) would re-run the handshake: stop the request timer, emit
        // ready() again and send the queue twice. Not an Event Socket: give up.
        if (m_state != State::Connecting) {
            fail(LinkError::ProtocolError,
                QCoreApplication::translate("xynap::esl",
                    "The peer asked for the password again in the middle of the session."));
            return;
        }
        if (!isSingleLine(m_password)) {
            m_closeReason = LinkError::WrongPassword;
            fail(LinkError::WrongPassword,
                QCoreApplication::translate("xynap::esl",
                    "The Event Socket password contains a line break; it was not sent."));
            return;
        }
        m_state = State::Authenticating;
        m_socket.write("auth " + m_password.toUtf8() + "\n\n");
        return;
    }
    if (type == "text/rude-rejection") {
        m_closeReason = LinkError::RudeRejection;
        fail(LinkError::RudeRejection, describe(LinkError::RudeRejection));
        return;
    }
    if (type == "text/disconnect-notice") {
        m_closeReason = LinkError::Disconnected;
        m_closeDetail = QString::fromUtf8(message.body).trimmed();
        return;
    }
    if (m_state == State::Authenticating && type == "command/reply") {
        if (message.replyText().startsWith("+OK")) {
            m_state = State::Ready;
            m_requestTimer.stop();
            Q_EMIT ready();
            sendNext();
        } else {
            m_closeReason = LinkError::WrongPassword;
            fail(LinkError::WrongPassword, describe(LinkError::WrongPassword));
        }
        return;
    }
    if (type == "text/event-plain" || type == "text/event-json") {
        if (const auto event = eventFromMessage(message)) {
            ++m_events;
            deliver(*event);
        }
        return;
    }
    if ((type == "api/response" || type == "command/reply") && m_inFlight && !m_queue.empty()) {
        Pending p = std::move(m_queue.front());
        m_queue.pop_front();
        m_inFlight = false;
        m_requestTimer.stop();
        if (p.isApi && p.apiCallback)
            p.apiCallback(CommandReply::replied(message.body));
        else if (!p.isApi && p.commandCallback)
            p.commandCallback(message);
        sendNext();
    }
}

void Connection::onSocketError(QAbstractSocket::SocketError error)
{
    if (m_state == State::Ready || error == QAbstractSocket::RemoteHostClosedError) {
        if (m_state != State::Ready && m_state != State::Unconnected)
            fail(m_closeReason, m_closeDetail.isEmpty() ? describe(m_closeReason) : m_closeDetail);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(LinkError::Refused, describe(LinkError::Refused));
        break;
    case QAbstractSocket::HostNotFoundError:
        fail(LinkError::HostNotFound, describe(LinkError::HostNotFound));
        break;
    case QAbstractSocket::SocketTimeoutError:
        fail(LinkError::Timeout, describe(LinkError::Timeout));
        break;
    default:
        fail(LinkError::Disconnected, m_socket.errorString());
        break;
    }
}

void Connection::fail(LinkError error, const QString &detail)
{
    const bool wasReady = m_state == State::Ready;
    ++m_generation;
    m_parser.reset();
    m_requestTimer.stop();
    m_state = State::Unconnected;
    failPending(detail);
    m_socket.abort();
    if (wasReady)
        Q_EMIT closed(error, detail);
    else
        Q_EMIT failed(error, detail);
}

void Connection::failPending(const QString &why)
{
    m_inFlight = false;
    auto queue = std::move(m_queue);
    m_queue.clear();
    for (Pending &p : queue) {
        if (p.isApi && p.apiCallback)
            p.apiCallback(CommandReply::failed(why));
    }
}

} // namespace xynap::esl
