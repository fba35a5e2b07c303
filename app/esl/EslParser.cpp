#include "EslParser.h"

using namespace Qt::StringLiterals;

namespace xynap::esl {

namespace {

// Finds the end of the header block starting at `from`: returns the index just past the blank
// line, or -1. Accepts \n\n and \r\n\r\n.
qsizetype headerEnd(const QByteArray &buf, qsizetype from, qsizetype &blockLength)
{
    qsizetype i = from;
    const qsizetype n = buf.size();
    while (i < n) {
        const qsizetype nl = buf.indexOf('\n', i);
        if (nl < 0)
            return -1;
        qsizetype next = nl + 1;
        if (next < n && buf.at(next) == '\n') {
            blockLength = nl - from;
            return next + 1;
        }
        if (next + 1 < n && buf.at(next) == '\r' && buf.at(next + 1) == '\n') {
            blockLength = nl - from;
            return next + 2;
        }
        if (next >= n || (next + 1 >= n && buf.at(next) == '\r'))
            return -1;
        i = next;
    }
    return -1;
}

void parseHeaderLines(QByteArrayView block, Headers &headers)
{
    qsizetype start = 0;
    while (start < block.size()) {
        qsizetype end = block.indexOf('\n', start);
        if (end < 0)
            end = block.size();
        QByteArrayView line = block.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        start = end + 1;
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            headers.append(line.toByteArray(), {});
            continue;
        }
        QByteArrayView value = line.sliced(colon + 1);
        while (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
        headers.append(line.first(colon).toByteArray(), value.toByteArray());
    }
}

} // namespace

void Parser::feed(QByteArrayView bytes)
{
    if (hasError())
        return; // the stream is unreadable from here on; do not buffer without bound
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

bool Parser::next(Message &out)
{
    if (hasError())
        return false;
    // Frames are separated by nothing, but tolerate stray blank lines between them.
    while (m_pos < m_buffer.size() && (m_buffer.at(m_pos) == '\n' || m_buffer.at(m_pos) == '\r'))
        ++m_pos;
    qsizetype blockLength = 0;
    const qsizetype bodyStart = headerEnd(m_buffer, m_pos, blockLength);
    if (bodyStart < 0) {
        if (buffered() > MaxHeaderBlock) {
            m_error = u"a header block longer than %1 bytes"_s.arg(MaxHeaderBlock);
            m_buffer.clear();
            m_pos = 0;
        }
        return false;
    }
    if (blockLength > MaxHeaderBlock) {
        m_error = u"a header block longer than %1 bytes"_s.arg(MaxHeaderBlock);
        m_buffer.clear();
        m_pos = 0;
        return false;
    }
    Message msg;
    parseHeaderLines(QByteArrayView(m_buffer).sliced(m_pos, blockLength), msg.headers);
    qsizetype length = 0;
    const QByteArray lengthText = msg.headers.value("Content-Length");
    if (!lengthText.isNull()) {
        bool ok = false;
        length = lengthText.trimmed().toLongLong(&ok);
        if (!ok || length < 0) {
            m_error = u"an invalid Content-Length \"%1\""_s.arg(QString::fromLatin1(lengthText));
            m_buffer.clear();
            m_pos = 0;
            return false;
        }
        if (length > MaxBody) {
            m_error = u"a body of %1 bytes, more than the %2 allowed"_s.arg(length).arg(MaxBody);
            m_buffer.clear();
            m_pos = 0;
            return false;
        }
    }
    if (m_buffer.size() - bodyStart < length)
        return false;
    msg.body = m_buffer.mid(bodyStart, length);
    m_pos = bodyStart + length;
    out = std::move(msg);
    return true;
}

void Parser::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_error.clear();
}

} // namespace xynap::esl
