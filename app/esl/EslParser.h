#pragma once

#include "EslMessage.h"

#include <QByteArray>
#include <QString>

namespace xynap::esl {

// Incremental frame parser: feed it bytes in any chunking, take complete messages out.
// Pure: no sockets, no signals. Header order does not matter; line ends may be \n or \r\n.
class Parser final {
public:
    static constexpr qsizetype MaxBody = 16 * 1024 * 1024; // what mod_event_socket accepts
    static constexpr qsizetype MaxHeaderBlock = 64 * 1024;

    void feed(QByteArrayView bytes);
    // The next complete message, if any. Call until it returns false.
    bool next(Message &out);

    bool hasError() const { return !m_error.isEmpty(); }
    // Why the stream cannot be read any further (a bad Content-Length, an oversized frame).
    QString error() const { return m_error; }
    qsizetype buffered() const { return m_buffer.size() - m_pos; }
    void reset();

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace xynap::esl
