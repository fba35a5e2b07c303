#include "esl/Message.h"

#include <cstring>

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
    // The text is shared (implicitly); decoded values are not: this copy decodes its own.
    m_text = other.m_text;
    m_spans = other.m_spans;
    m_decoded = QByteArray();
    for (qsizetype i = 0; i < other.size(); ++i) {
        if (other.m_spans[size_t(i)].state == Decoded)
            m_spans[size_t(i)] = other.rawSpan(i);
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
    for (size_t i = 0; i < m_spans.size(); ++i) {
        const Span &s = m_spans[i];
        if (sameName({text + s.name, qsizetype(s.nameLength)}, name))
            return qsizetype(i);
    }
    return -1;
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
    const qsizetype at = m_text.size();
    ensureCapacity(m_text, at + name.size() + value.size());
    m_text.append(name.data(), name.size());
    m_text.append(value.data(), value.size());
    appendSpan(at, name.size(), at + name.size(), value.size(), false);
}

void Headers::set(QByteArrayView name, QByteArrayView value)
{
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
    out.reserve(qsizetype(m_spans.size()));
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
    m_spans.clear();
    m_decoded.resize(0);
}

void Headers::assign(const Headers &other)
{
    if (this == &other)
        return;
    resetText(other.m_text);
    for (qsizetype i = 0; i < other.size(); ++i)
        m_spans.push_back(other.rawSpan(i));
}

void Headers::resetText(QByteArrayView text)
{
    m_spans.clear(); // keeps its capacity
    m_decoded.resize(0);
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
