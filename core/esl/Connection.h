#pragma once

#include "esl/Message.h"
#include "esl/Parser.h"
#include "esl/TurnBudget.h"

#include <QObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <deque>
#include <functional>

namespace xynap::esl {

// Why a connection ended or failed, so the UI can say it in the operator's words.
enum class LinkError {
    None,
    Refused, // nothing listens there
    HostNotFound,
    Timeout,
    WrongPassword, // -ERR invalid
    RudeRejection, // the client's address is not in the event socket's ACL
    Disconnected, // text/disconnect-notice or the peer closed
    ProtocolError, // bytes that are not ESL
};

// What an `api` command brought back. Not ok on a timeout or a lost connection; a reply that
// came back is ok even when its body starts with -ERR (that is FreeSWITCH's answer, not ours).
struct [[nodiscard]] CommandReply {
    QByteArray body; // api/response body
    QString error; // why there is no reply; empty when there is one

    bool ok() const { return error.isEmpty(); }
    static CommandReply replied(QByteArray body) { return {std::move(body), {}}; }
    static CommandReply failed(const QString &why);
};

// One Event Socket client connection: authenticates, runs api commands in order with a
// timeout each, and hands out events. Reconnecting is the owner's decision.
class Connection final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connection)

public:
    enum class State { Unconnected, Connecting, Authenticating, Ready };

    explicit Connection(QObject *parent = nullptr);
    ~Connection() override;

    void connectToServer(const QString &host, quint16 port, const QString &password);
    void disconnectFromServer();
    State state() const { return m_state; }
    QString peer() const { return m_peer; }
    // Shared by the connections of a console: past its budget, what was read is handled in the
    // next turn of the event loop (in order). Without one, everything read is handled at once.
    void setTurnBudget(TurnBudget *budget) { m_budget = budget; }

    // Nothing that contains CR, LF or NUL is ever sent: such a command (or header) could end
    // the frame and smuggle in another command (`api system …`). It is refused instead — the
    // callback gets an error (api: ok false; command: a Reply-Text starting with -ERR), later,
    // from the event loop, never from inside the call.
    using ApiCallback = std::function<void(const CommandReply &)>;
    using CommandCallback = std::function<void(const Message &)>;
    void api(const QString &command, ApiCallback callback, int timeoutMs = 10'000);
    // The same, the reply's body handed to `sink` piece by piece as it arrives and never held
    // (the callback's reply then has an empty body): for a reply of tens of MB.
    void apiStreamed(const QString &command, Parser::BodySink sink, ApiCallback callback,
        int timeoutMs = 10'000);
    // A raw command ("event plain HEARTBEAT CUSTOM sofia::gateway_state ...").
    void command(const QString &command, CommandCallback callback = {}, int timeoutMs = 10'000);
    // A command with extra header lines after the command line (name, value), as `bgapi` takes
    // its Job-UUID. Header names must be tokens (no ':', no space), values one line.
    void command(const QString &command, const Headers &headers, CommandCallback callback,
        int timeoutMs = 10'000);
    // `bgapi <command>` with the client's own Job-UUID header: the reply is +OK at once, the
    // output comes later as a BACKGROUND_JOB event carrying that Job-UUID.
    void bgapi(const QString &command, const QByteArray &jobUuid, CommandCallback callback = {},
        int timeoutMs = 10'000);

    // Where events go instead of eventReceived: for the one owner that hands them on (esl::Link),
    // one signal per event fewer on a path that carries a million events a second. The sink
    // may end this connection (deleteLater) but not delete it.
    using EventSink = std::function<void(const Event &)>;
    void setEventSink(EventSink sink) { m_eventSink = std::move(sink); }

    // True when `text` can go into one command line or header value: no CR, LF or NUL.
    static bool isSingleLine(QStringView text);
    static bool isSingleLine(QByteArrayView text);

Q_SIGNALS:
    void ready();
    void eventReceived(const xynap::esl::Event &event);
    // Once after the events of one read were handed out (eventReceived): for a receiver that
    // needs to know that events came, not each of them (the time data last came).
    void eventsReceived();
    void failed(xynap::esl::LinkError error, const QString &detail);
    void closed(xynap::esl::LinkError reason, const QString &detail);

private:
    struct Pending {
        QByteArray wire;
        bool isApi;
        ApiCallback apiCallback;
        CommandCallback commandCallback;
        int timeoutMs;
        Parser::BodySink sink = {};
    };
    void refuse(const QString &why, ApiCallback apiCallback, CommandCallback commandCallback);
    void onReadyRead();
    void readAndHandle();
    void deliver(const Event &event);
    void resumeNextTurn();
    void onSocketError(QAbstractSocket::SocketError error);
    void handle(const Parser::Frame &frame);
    void handle(const Message &message);
    void sendNext();
    void fail(LinkError error, const QString &detail);
    void failPending(const QString &why);

    // What one read takes from the socket: a burst of events is parsed as it arrives, never
    // gathered into megabytes first (QTcpSocket's own buffer is bounded to it as well).
    static constexpr qint64 ReadChunk = qint64(64) * 1024;

    QTcpSocket m_socket;
    Parser m_parser;
    // Every event is decoded into this one, reusing its buffers; its header text is its frame in
    // the parser's buffer (decodePlainEventInPlace), let go before the parser reads again.
    Event m_event;
    EventSink m_eventSink;
    QString m_password;
    QString m_peer;
    State m_state = State::Unconnected;
    std::deque<Pending> m_queue;
    bool m_inFlight = false;
    QTimer m_requestTimer;
    LinkError m_closeReason = LinkError::Disconnected;
    QString m_closeDetail;
    // Bumped by fail() and connectToServer(): frames still buffered from a connection that
    // failed are dropped, never handled.
    quint64 m_generation = 0;
    quint64 m_events = 0; // handed out so far
    QPointer<TurnBudget> m_budget;
    bool m_resumeScheduled = false;
};

QString describe(LinkError error);

} // namespace xynap::esl
