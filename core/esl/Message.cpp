#include "esl/Message.h"

#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xynap::esl {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size() || a.isEmpty() || (a.front() | 0x20) != (b.front() | 0x20))
        return a.size() == b.size() && a.isEmpty();
    // Mostly spelt exactly as asked: compare bytes first, case-insensitively only if needed.
    return std::memcmp(a.data(), b.data(), size_t(a.size())) == 0
        || a.compare(b, Qt::CaseInsensitive) == 0;
}

// Room for `size` bytes without reallocating on every slightly larger event.
void ensureCapacity(QByteArray &buffer, qsizetype size)
{
    if (size > buffer.capacity())
        buffer.reserve(size + size / 2);
}

bool isUndef(const char *value, qsizetype size)
{
    return size == 7 && std::memcmp(value, "_undef_", 7) == 0;
}

// Hands the lines of text[from, n) to take(start, end, colon) — [start, end) without its '\n',
// colon the line's first ':' or -1 — until take() says stop (false). One pass: the line ends and
// each line's first colon are found together, sixteen bytes at a time where SSE2 is there (every
// x86-64), then byte by byte for what is left.
template<typename Take>
void scanLines(const char *text, qsizetype from, qsizetype n, Take take)
{
    qsizetype lineStart = from;
    qsizetype colon = -1;
    qsizetype base = from;
#if defined(__SSE2__)
    const __m128i newlines = _mm_set1_epi8('\n');
    const __m128i colons = _mm_set1_epi8(':');
    for (; base + 16 <= n; base += 16) {
        const __m128i block = _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + base));
        auto ends = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, newlines)));
        auto colonBits = unsigned(_mm_movemask_epi8(_mm_cmpeq_epi8(block, colons)));
        while (ends != 0) {
            const int bit = std::countr_zero(ends);
            const unsigned before = (1U << bit) - 1; // the bits of this block before the '\n'
            if (colon < 0 && (colonBits & before) != 0)
                colon = base + std::countr_zero(colonBits & before);
            if (!take(lineStart, base + bit, colon))
                return;
            lineStart = base + bit + 1;
            colon = -1;
            colonBits &= ~before;
            ends &= ends - 1;
        }
        if (colon < 0 && colonBits != 0)
            colon = base + std::countr_zero(colonBits);
    }
#endif
    for (qsizetype i = base; i < n; ++i) {
        if (text[i] == ':') {
            if (colon < 0)
                colon = i;
        } else if (text[i] == '\n') {
            if (!take(lineStart, i, colon))
                return;
            lineStart = i + 1;
            colon = -1;
        }
    }
    if (lineStart < n)
        take(lineStart, n, colon); // the last line, without its '\n'
}
} // namespace

Headers::Headers(const Headers &other)
{
    copyFrom(other);
}

Headers &Headers::operator=(const Headers &other)
{
    if (this != &other)
        copyFrom(other);
    return *this;
}

void Headers::copyFrom(const Headers &other)
{
    // The text is shared (implicitly); decoded values are not: this copy decodes its own, and
    // indexes its own lines.
    m_text = other.m_borrowed ? QByteArray(other.m_text.constData(), other.m_text.size())
                              : other.m_text;
    m_borrowed = false;
    m_spans = other.m_spans;
    m_unindexed = other.m_unindexed;
    m_decoded = QByteArray();
    for (size_t i = 0; i < m_spans.size(); ++i) {
        if (m_spans[i].state == Decoded)
            m_spans[i] = other.rawSpan(qsizetype(i));
    }
}

Headers::Span Headers::rawSpan(qsizetype i) const
{
    Span s = m_spans[size_t(i)];
    if (s.state == Decoded) {
        s.value = s.rawValue;
        s.valueLength = s.rawLength;
        s.state = Encoded;
    }
    return s;
}

QByteArrayView Headers::valueAt(qsizetype i) const
{
    Span &s = m_spans[size_t(i)];
    if (s.state == Encoded) {
        const char *raw = m_text.constData() + s.value;
        const auto *percent
            = static_cast<const char *>(std::memchr(raw, '%', size_t(s.valueLength)));
        if (!percent) {
            s.state = Plain;
            if (isUndef(raw, s.valueLength))
                s.valueLength = 0;
        } else {
            if (m_decoded.capacity() < m_text.size() || !m_decoded.isDetached()) {
                // Never grows once reserved: what is decoded is never longer than the text.
                QByteArray fresh;
                fresh.reserve(m_text.size());
                fresh.append(m_decoded);
                m_decoded = std::move(fresh);
            }
            const qsizetype at = m_decoded.size();
            m_decoded.append(raw, percent - raw);
            const qsizetype n = s.valueLength;
            for (qsizetype k = percent - raw; k < n; ++k) {
                const char c = raw[k];
                if (c == '%' && k + 2 < n) {
                    const int hi = hexDigitValue(raw[k + 1]);
                    const int lo = hexDigitValue(raw[k + 2]);
                    if (hi >= 0 && lo >= 0) {
                        m_decoded.append(static_cast<char>(hi * 16 + lo));
                        k += 2;
                        continue;
                    }
                }
                m_decoded.append(c);
            }
            s.value = quint32(at);
            s.valueLength = quint32(m_decoded.size() - at);
            s.state = Decoded;
            if (isUndef(m_decoded.constData() + at, s.valueLength))
                s.valueLength = 0;
        }
    }
    const char *base = s.state == Decoded ? m_decoded.constData() : m_text.constData();
    return {base + s.value, qsizetype(s.valueLength)};
}

qsizetype Headers::indexOf(QByteArrayView name) const
{
    const char *text = m_text.constData();
    const auto find = [&](size_t from) {
        for (size_t i = from; i < m_spans.size(); ++i) {
            const Span &s = m_spans[i];
            if (sameName({text + s.name, qsizetype(s.nameLength)}, name))
                return qsizetype(i);
        }
        return qsizetype(-1);
    };
    qsizetype found = find(0);
    // Lines not indexed yet: two first (an event's name and subclass lead it), then the rest.
    for (const qsizetype lines : {qsizetype(2), qsizetype(-1)}) {
        if (found >= 0 || m_unindexed < 0)
            break;
        const size_t known = m_spans.size();
        indexLines(lines);
        found = find(known);
    }
    return found;
}

void Headers::resetEventText(QByteArrayView text)
{
    resetText(text);
    m_unindexed = 0;
}

void Headers::borrowEventText(QByteArrayView text)
{
    m_spans.clear();
    m_decoded.resize(0);
    m_text = QByteArray::fromRawData(text.data(), text.size());
    m_borrowed = true;
    m_unindexed = 0;
}

void Headers::indexLines(qsizetype lines) const
{
    const char *text = m_text.constData();
    const qsizetype n = m_text.size();
    bool ended = false; // the blank line after the headers
    const auto take = [&](qsizetype start, qsizetype end, qsizetype colon) {
        if (end > start && text[end - 1] == '\r')
            --end;
        if (end == start) {
            ended = true;
            return false;
        }
        if (colon <= start) // no colon, or a line that starts with one: not a header
            return true;
        const qsizetype nameLength = colon - start;
        qsizetype value = colon + 1;
        if (value < end && text[value] == ' ')
            ++value;
        if (nameLength != 14 || std::memcmp(text + start, "Content-Length", 14) != 0)
            m_spans.push_back({quint32(start), quint32(nameLength), quint32(value),
                quint32(end - value), quint32(value), quint32(end - value), Encoded});
        return true;
    };
    if (lines < 0) {
        scanLines(text, m_unindexed, n, take);
        m_unindexed = -1;
        return;
    }
    qsizetype pos = m_unindexed;
    for (qsizetype k = 0; k < lines && pos < n; ++k) {
        const auto *nl = static_cast<const char *>(std::memchr(text + pos, '\n', size_t(n - pos)));
        const qsizetype end = nl ? nl - text : n;
        const auto *colon
            = static_cast<const char *>(std::memchr(text + pos, ':', size_t(end - pos)));
        if (!take(pos, end, colon ? colon - text : -1))
            break;
        pos = end + 1;
    }
    m_unindexed = ended || pos >= n ? -1 : pos;
}

QByteArrayView Headers::view(QByteArrayView name) const
{
    const qsizetype i = indexOf(name);
    return i < 0 ? QByteArrayView() : valueAt(i);
}

QByteArray Headers::value(QByteArrayView name, const QByteArray &fallback) const
{
    const qsizetype i = indexOf(name);
    if (i < 0)
        return fallback;
    const QByteArrayView v = valueAt(i);
    return QByteArray(v.data(), v.size());
}

void Headers::append(QByteArrayView name, QByteArrayView value)
{
    indexAll(); // what follows in the text is no line of it
    m_borrowed = false; // appending copies the text
    const qsizetype at = m_text.size();
    ensureCapacity(m_text, at + name.size() + value.size());
    m_text.append(name.data(), name.size());
    m_text.append(value.data(), value.size());
    appendSpan(at, name.size(), at + name.size(), value.size(), false);
}

void Headers::set(QByteArrayView name, QByteArrayView value)
{
    indexAll(); // what follows in the text is no line of it
    m_borrowed = false; // appending copies the text
    const qsizetype i = indexOf(name);
    if (i < 0) {
        append(name, value);
        return;
    }
    // The old value stays in the buffer, unreferenced: set() is rare.
    const qsizetype at = m_text.size();
    m_text.append(value.data(), value.size());
    Span &span = m_spans[size_t(i)];
    span.value = span.rawValue = quint32(at);
    span.valueLength = span.rawLength = quint32(value.size());
    span.state = Plain;
}

QList<QPair<QByteArray, QByteArray>> Headers::items() const
{
    QList<QPair<QByteArray, QByteArray>> out;
    out.reserve(size());
    for (qsizetype i = 0; i < size(); ++i) {
        const QByteArrayView n = nameAt(i);
        const QByteArrayView v = valueAt(i);
        out.append({QByteArray(n.data(), n.size()), QByteArray(v.data(), v.size())});
    }
    return out;
}

void Headers::clear()
{
    m_text.resize(0);
    m_borrowed = false;
    m_spans.clear();
    m_decoded.resize(0);
    m_unindexed = -1;
}

void Headers::assign(const Headers &other)
{
    if (this == &other)
        return;
    resetText(other.m_text);
    for (size_t i = 0; i < other.m_spans.size(); ++i)
        m_spans.push_back(other.rawSpan(qsizetype(i)));
    m_unindexed = other.m_unindexed; // the rest is indexed when needed, here as there
}

void Headers::resetText(QByteArrayView text)
{
    if (m_borrowed) {
        m_text = QByteArray();
        m_borrowed = false;
    }
    m_spans.clear(); // keeps its capacity
    m_decoded.resize(0);
    m_unindexed = -1;
    if (m_text.isDetached())
        ensureCapacity(m_text, text.size());
    else
        m_text = QByteArray(); // shared with a copy someone keeps: leave that copy alone
    m_text.resize(text.size());
    if (!text.isEmpty())
        std::memcpy(m_text.data(), text.data(), size_t(text.size()));
}

bool operator==(const Headers &a, const Headers &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.nameAt(i) != b.nameAt(i) || a.valueAt(i) != b.valueAt(i))
            return false;
    }
    return true;
}

} // namespace xynap::esl
