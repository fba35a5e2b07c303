#include "esl/Parser.h"

#include <cstring>

using namespace Qt::StringLiterals;

namespace xynap::esl {

namespace {

// Finds the end of the header block starting at `from`: returns the index just past the blank
// line, or -1. Accepts \n\n and \r\n\r\n.
qsizetype headerEnd(const QByteArray &buf, qsizetype from, qsizetype &blockLength)
{
    qsizetype i = from;
    const qsizetype n = buf.size();
    const char *data = buf.constData();
    while (i < n) {
        const auto *found = static_cast<const char *>(std::memchr(data + i, '\n', size_t(n - i)));
        if (!found)
            return -1;
        const qsizetype nl = found - data;
        const qsizetype next = nl + 1;
        if (next < n && data[next] == '\n') {
            blockLength = nl - from;
            return next + 1;
        }
        if (next + 1 < n && data[next] == '\r' && data[next + 1] == '\n') {
            blockLength = nl - from;
            return next + 2;
        }
        if (next >= n || (next + 1 >= n && data[next] == '\r'))
            return -1;
        i = next;
    }
    return -1;
}

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size()
        && (std::memcmp(a.data(), b.data(), size_t(a.size())) == 0
            || a.compare(b, Qt::CaseInsensitive) == 0);
}

// Calls f(nameStart, nameLength, valueStart, valueLength) — offsets into `block` — for every
// header line; a line without a colon is a name without a value (valueLength -1).
template<typename F>
void forEachHeaderLine(QByteArrayView block, F f)
{
    const char *data = block.data();
    qsizetype start = 0;
    const qsizetype n = block.size();
    while (start < n) {
        const auto *nl
            = static_cast<const char *>(std::memchr(data + start, '\n', size_t(n - start)));
        const qsizetype end = nl ? nl - data : n;
        qsizetype lineEnd = end;
        const qsizetype lineStart = start;
        start = end + 1;
        if (lineEnd > lineStart && data[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd == lineStart)
            continue;
        const auto *colon = static_cast<const char *>(
            std::memchr(data + lineStart, ':', size_t(lineEnd - lineStart)));
        if (!colon || colon == data + lineStart) {
            f(lineStart, lineEnd - lineStart, lineEnd, qsizetype(-1));
            continue;
        }
        const qsizetype nameLength = colon - (data + lineStart);
        qsizetype value = lineStart + nameLength + 1;
        while (value < lineEnd && data[value] == ' ')
            ++value;
        f(lineStart, nameLength, value, lineEnd - value);
    }
}

} // namespace

void Parser::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || hasError())
        return; // the stream is unreadable from here on; do not buffer without bound
    std::memcpy(appendSpace(bytes.size()), bytes.data(), size_t(bytes.size()));
    appended(bytes.size());
}

char *Parser::appendSpace(qsizetype size)
{
    const qsizetype rest = buffered();
    if (m_pos > 0 && m_pos >= rest) {
        // What was taken is at least as long as what is left: moving the rest to the front
        // costs no more than reading it did.
        if (m_buffer.isDetached()) {
            std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(rest));
            m_buffer.resize(rest);
        } else {
            m_buffer = m_buffer.sliced(m_pos);
        }
        m_pos = 0;
    }
    m_appendAt = m_buffer.size();
    const qsizetype needed = m_appendAt + size;
    if (needed > m_buffer.capacity())
        m_buffer.reserve(qMax(needed, m_buffer.capacity() + m_buffer.capacity() / 2));
    m_buffer.resize(needed);
    return m_buffer.data() + m_appendAt;
}

void Parser::appended(qsizetype count)
{
    Q_ASSERT(m_appendAt >= 0 && count >= 0 && m_appendAt + count <= m_buffer.size());
    m_buffer.resize(m_appendAt + qMax(count, qsizetype(0)));
    m_appendAt = -1;
    if (hasError()) { // as feed(): nothing more is buffered
        m_buffer.clear();
        m_pos = 0;
    }
}

bool Parser::eventFrameAt(qsizetype at, Frame &out, qsizetype &bodyStart)
{
    // "Content-Length: <digits>\nContent-Type: text/event-plain\n\n", exactly.
    static constexpr QByteArrayView Length = "Content-Length: ";
    static constexpr QByteArrayView Type = "\nContent-Type: text/event-plain\n\n";
    static constexpr qsizetype MaxDigits = 9; // more than MaxBody has
    const char *data = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    if (n - at < Length.size() + 1 + Type.size()
        || std::memcmp(data + at, Length.data(), size_t(Length.size())) != 0)
        return false;
    qsizetype i = at + Length.size();
    qsizetype length = 0;
    const qsizetype digitsEnd = qMin(n, i + MaxDigits + 1);
    const qsizetype digitsStart = i;
    for (; i < digitsEnd && data[i] >= '0' && data[i] <= '9'; ++i)
        length = length * 10 + (data[i] - '0');
    if (i == digitsStart || i - digitsStart > MaxDigits || length > MaxBody || n - i < Type.size()
        || std::memcmp(data + i, Type.data(), size_t(Type.size())) != 0)
        return false; // anything else, and what does not fit, is read by the general parse
    const qsizetype blockEnd = i + Type.size() - 2; // without the blank line
    bodyStart = blockEnd + 2;
    if (n - bodyStart < length)
        return false;
    out.headerBlock = QByteArrayView(data + at, blockEnd - at);
    out.contentType = QByteArrayView(data + blockEnd - 16, 16); // "text/event-plain"
    out.body = QByteArrayView(data + bodyStart, length);
    return true;
}

void Parser::giveUp(const QString &why)
{
    m_error = why;
    m_buffer.clear();
    m_pos = 0;
    m_sink = {};
    m_streamRemaining = -1;
}

bool Parser::nextFrame(Frame &out)
{
    if (hasError())
        return false;
    if (m_streamRemaining >= 0)
        return streamBody(out);
    // Frames are separated by nothing, but tolerate stray blank lines between them.
    while (m_pos < m_buffer.size() && (m_buffer.at(m_pos) == '\n' || m_buffer.at(m_pos) == '\r'))
        ++m_pos;
    if (qsizetype eventBody = 0; eventFrameAt(m_pos, out, eventBody)) {
        m_pos = eventBody + out.body.size();
        return true;
    }
    qsizetype blockLength = 0;
    const qsizetype bodyStart = headerEnd(m_buffer, m_pos, blockLength);
    if (bodyStart < 0) {
        if (buffered() > MaxHeaderBlock)
            giveUp(u"a header block longer than %1 bytes"_s.arg(MaxHeaderBlock));
        return false;
    }
    if (blockLength > MaxHeaderBlock) {
        giveUp(u"a header block longer than %1 bytes"_s.arg(MaxHeaderBlock));
        return false;
    }
    const QByteArrayView block = QByteArrayView(m_buffer).sliced(m_pos, blockLength);
    // The first of each, as Headers::value() would find it.
    QByteArrayView lengthText;
    QByteArrayView contentType;
    bool haveLength = false;
    bool haveType = false;
    forEachHeaderLine(
        block, [&](qsizetype name, qsizetype nameLength, qsizetype value, qsizetype valueLength) {
            const QByteArrayView n = block.sliced(name, nameLength);
            // A line without a colon names a header without a value: no length, no type.
            if (!haveLength && sameName(n, "Content-Length")) {
                haveLength = true;
                if (valueLength >= 0)
                    lengthText = block.sliced(value, valueLength);
            } else if (!haveType && sameName(n, "Content-Type")) {
                haveType = true;
                if (valueLength >= 0)
                    contentType = block.sliced(value, valueLength);
            }
        });
    qsizetype length = 0;
    if (!lengthText.isNull()) {
        bool ok = false;
        length = lengthText.trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            giveUp(u"an invalid Content-Length \"%1\""_s.arg(
                QString::fromLatin1(lengthText.data(), lengthText.size())));
            return false;
        }
        const qsizetype limit = contentType == "api/response" ? MaxApiResponseBody : MaxBody;
        if (length > limit) {
            giveUp(u"a body of %1 bytes, more than the %2 allowed"_s.arg(length).arg(limit));
            return false;
        }
    }
    if (m_sink && contentType == "api/response") {
        // This reply's body goes to the sink as it comes; nothing of it is buffered.
        m_streamHeader = block.toByteArray();
        m_pos = bodyStart;
        m_streamRemaining = length;
        return streamBody(out);
    }
    if (m_buffer.size() - bodyStart < length) {
        // Room for the rest at once, not doubling its way up through a long reply.
        if (m_buffer.size() - bodyStart > qsizetype(1024) * 1024
            && m_buffer.capacity() < bodyStart + length)
            m_buffer.reserve(bodyStart + length);
        return false;
    }
    out.headerBlock = block;
    out.contentType = contentType;
    out.body = QByteArrayView(m_buffer).sliced(bodyStart, length);
    m_pos = bodyStart + length;
    return true;
}

bool Parser::streamBody(Frame &out)
{
    const qsizetype n = qMin(buffered(), m_streamRemaining);
    if (n > 0) {
        const QByteArrayView piece = QByteArrayView(m_buffer).sliced(m_pos, n);
        m_pos += n;
        m_streamRemaining -= n;
        m_sink(piece);
    }
    if (m_pos == m_buffer.size()) {
        m_buffer.resize(0); // keeps its room for the next read
        m_pos = 0;
    }
    if (m_streamRemaining > 0)
        return false;
    m_streamRemaining = -1;
    m_sink = {};
    out.headerBlock = m_streamHeader;
    out.contentType = "api/response";
    out.body = QByteArrayView();
    return true;
}

namespace {
void indexHeaders(QByteArrayView block, Headers &headers)
{
    headers.resetText(block);
    forEachHeaderLine(block,
        [&headers](qsizetype name, qsizetype nameLength, qsizetype value, qsizetype valueLength) {
            headers.appendSpan(name, nameLength, value, qMax(valueLength, qsizetype(0)), false);
        });
}
} // namespace

void Parser::toMessage(const Frame &frame, Message &out)
{
    indexHeaders(frame.headerBlock, out.headers);
    out.body = frame.body.toByteArray();
}

void Parser::takeMessage(const Frame &frame, Message &out)
{
    if (frame.body.size() < qsizetype(1024) * 1024) {
        toMessage(frame, out);
        return;
    }
    // A long body (a fleet's `sofia xmlstatus`, tens of MB) is moved out of the buffer, never
    // copied: what follows it (the first bytes of the next frames, at most one read) is all that
    // is copied, into the buffer that goes on.
    indexHeaders(frame.headerBlock, out.headers);
    const qsizetype bodyStart = frame.body.data() - m_buffer.constData();
    const qsizetype bodyEnd = bodyStart + frame.body.size();
    QByteArray rest = m_buffer.sliced(bodyEnd);
    out.body = std::move(m_buffer);
    out.body.truncate(bodyEnd);
    out.body.remove(0, bodyStart); // drops the front, no copy
    m_buffer = std::move(rest);
    m_pos = 0;
}

bool Parser::next(Message &out)
{
    Frame frame;
    if (!nextFrame(frame))
        return false;
    toMessage(frame, out);
    return true;
}

void Parser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_appendAt = -1;
    m_error.clear();
    m_sink = {};
    m_streamRemaining = -1;
    m_streamHeader.clear();
}

} // namespace xynap::esl
