#pragma once

#include "esl/Message.h"

#include <QByteArray>
#include <QString>
#include <functional>

namespace xynap::esl {

// Incremental frame parser: feed it bytes in any chunking, take complete messages out.
// Pure: no sockets, no signals. Header order does not matter; line ends may be \n or \r\n.
class Parser final {
public:
    static constexpr qsizetype MaxBody
        = qsizetype(16) * 1024 * 1024; // what mod_event_socket accepts
    // An api/response may be longer: `sofia xmlstatus gateway` takes about 1 KB per gateway, and
    // a node may run GatewayMonitor::MaxGatewaysPerNode (100,000) of them. This bounds what a
    // peer can make the client buffer for one reply.
    static constexpr qsizetype MaxApiResponseBody = qsizetype(256) * 1024 * 1024;
    static constexpr qsizetype MaxHeaderBlock = qsizetype(64) * 1024;

    // One complete frame, seen in place: the views stay valid until the next call of feed(),
    // next(), nextFrame() or reset().
    struct Frame {
        QByteArrayView headerBlock; // the header lines, without the blank line
        QByteArrayView contentType; // the Content-Type header's value (may be empty)
        QByteArrayView body;
    };

    // Where the body of a reply goes as it arrives, piece by piece (a view valid for the call).
    using BodySink = std::function<void(QByteArrayView)>;

    void feed(QByteArrayView bytes);
    // The same without a copy in between: room for up to `size` bytes at the end of what is
    // buffered, to read into directly; appended() then says how many were put there. The
    // pointer is valid until the next call of any other member.
    char *appendSpace(qsizetype size);
    void appended(qsizetype count);
    // The body of the next api/response frame goes to `sink` as its bytes come instead of being
    // buffered; that frame then comes out of nextFrame(), in its place among the others, with an
    // empty body. For the reply to the one api request in flight (a fleet's `sofia xmlstatus`).
    void streamNextApiBody(BodySink sink) { m_sink = std::move(sink); }
    // The next complete message, if any. Call until it returns false.
    bool next(Message &out);
    // The same without copying anything: for the receive path.
    bool nextFrame(Frame &out);
    // A frame as a Message of its own.
    static void toMessage(const Frame &frame, Message &out);
    // The same for the frame nextFrame() just returned; a long body (a 50 MB `sofia xmlstatus`
    // reply) is handed over, not copied.
    void takeMessage(const Frame &frame, Message &out);

    bool hasError() const { return !m_error.isEmpty(); }
    // Why the stream cannot be read any further (a bad Content-Length, an oversized frame).
    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    void giveUp(const QString &why);
    // The one frame header FreeSWITCH sends for every event, read without the general parse.
    bool eventFrameAt(qsizetype at, Frame &out, qsizetype &bodyStart);
    bool streamBody(Frame &out);

    BodySink m_sink; // armed by streamNextApiBody()
    qsizetype m_streamRemaining = -1; // >= 0: the body being streamed has this much to come
    QByteArray m_streamHeader; // that frame's header block
    // What was read and not yet taken starts at m_pos. Its front is given back by moving the rest
    // there, never by QByteArray::remove (whose room at the front a later resize would not reuse).
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qsizetype m_appendAt = -1; // where appendSpace() left room, until appended()
    QString m_error;
};

} // namespace xynap::esl
