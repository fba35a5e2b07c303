#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <vector>

namespace xynap::esl {

// The value of one hex digit of a %XX escape, -1 if it is none (the codec and the lazy decoder).
inline int hexDigitValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// An ordered list of header lines. Lookups are case-insensitive, as FreeSWITCH's are.
//
// Packed and lazy: every name and value lives in one byte buffer, indexed by offsets, so an
// event of 30 headers costs two buffers instead of 60 — and a decoder that reuses a Headers
// object (see decodePlainEvent) allocates nothing once the buffers are large enough. A value a
// decoder marks encoded is percent-decoded the first time it is asked for (into a side buffer;
// most values have nothing to decode and are never copied). Views returned by view(), nameAt()
// and valueAt() stay valid until this object is changed or destroyed. Reading decodes, so one
// object must not be read from two threads at once; copies are independent.
class Headers {
public:
    Headers() = default;
    Headers(const Headers &other);
    Headers &operator=(const Headers &other);
    Headers(Headers &&) noexcept = default;
    Headers &operator=(Headers &&) noexcept = default;
    ~Headers() = default;

    void append(QByteArrayView name, QByteArrayView value);
    QByteArray value(QByteArrayView name, const QByteArray &fallback = {}) const;
    // The value without a copy; a null view when there is no such header.
    QByteArrayView view(QByteArrayView name) const;
    bool contains(QByteArrayView name) const { return indexOf(name) >= 0; }
    void set(QByteArrayView name, QByteArrayView value);
    // A copy of every (name, value) pair, in order. Iterating with nameAt()/valueAt() copies
    // nothing.
    QList<QPair<QByteArray, QByteArray>> items() const;
    bool isEmpty() const
    {
        while (m_spans.empty() && m_unindexed >= 0)
            indexLines(1);
        return m_spans.empty();
    }
    qsizetype size() const
    {
        indexAll();
        return qsizetype(m_spans.size());
    }
    // i < size(), or an index indexOf() gave.
    QByteArrayView nameAt(qsizetype i) const
    {
        Q_ASSERT(size_t(i) < m_spans.size());
        const Span &s = m_spans[size_t(i)];
        return {m_text.constData() + s.name, qsizetype(s.nameLength)};
    }
    QByteArrayView valueAt(qsizetype i) const;
    // How long value i is at most, without decoding it.
    qsizetype valueSizeBound(qsizetype i) const
    {
        Q_ASSERT(size_t(i) < m_spans.size());
        const Span &s = m_spans[size_t(i)];
        return s.rawLength;
    }
    qsizetype indexOf(QByteArrayView name) const;
    // Empties the list, keeping the buffers for reuse.
    void clear();
    // Makes this a copy of `other` in the buffers this object already holds (no allocation when
    // they are large enough and not shared): for a copy kept per event.
    void assign(const Headers &other);

    // For decoders: replaces the contents by nothing but a private copy of `text`, to be indexed
    // with appendSpan().
    void resetText(QByteArrayView text);
    // For the plain event decoder: a private copy of an event's text — "Name: value" lines up to
    // a blank line, values in FreeSWITCH's %XX encoding — whose lines are indexed when first
    // needed. A lookup reads only as far as the header it finds (an event's name and subclass
    // come first); size() and everything else read them all. A line without a colon, or that
    // starts with one, is no header, nor is "Content-Length" (the length of what follows the
    // blank line).
    void resetEventText(QByteArrayView text);
    // The same without the copy: the text stays the caller's, and must outlive every use of
    // this object (not of its copies: a copy copies the text).
    void borrowEventText(QByteArrayView text);
    const char *text() const { return m_text.constData(); }
    // The bytes of every name and (possibly still encoded) value: what a copy costs at most.
    qsizetype textSize() const { return m_text.size(); }
    // Adds a header whose name and value are the given ranges of that text; an `encoded` value
    // is FreeSWITCH's %XX encoding, "_undef_" standing for empty.
    void appendSpan(
        qsizetype name, qsizetype nameLength, qsizetype value, qsizetype valueLength, bool encoded)
    {
        m_spans.push_back({quint32(name), quint32(nameLength), quint32(value), quint32(valueLength),
            quint32(value), quint32(valueLength), encoded ? Encoded : Plain});
    }

    friend bool operator==(const Headers &a, const Headers &b);
    friend bool operator!=(const Headers &a, const Headers &b) { return !(a == b); }

private:
    enum ValueState : quint8 {
        Plain, // value/valueLength in m_text, as it is
        Encoded, // value/valueLength in m_text, not decoded yet
        Decoded, // value/valueLength in m_decoded
    };
    // Offsets of 32 bits: a frame is at most Parser::MaxApiResponseBody long.
    struct Span {
        quint32 name;
        quint32 nameLength;
        quint32 value;
        quint32 valueLength;
        quint32 rawValue; // where the value is in m_text (value/valueLength until Decoded)
        quint32 rawLength;
        ValueState state;
    };
    void copyFrom(const Headers &other);
    void indexAll() const
    {
        if (m_unindexed >= 0)
            indexLines(-1);
    }
    // Indexes the event text's lines from m_unindexed on: at most `lines` of them, or all of
    // them (lines < 0).
    void indexLines(qsizetype lines) const;
    // Span i as in the text (Decoded turned back into Encoded): for copies.
    Span rawSpan(qsizetype i) const;

    QByteArray m_text;
    // Decoding on first read changes a span and fills m_decoded, never anything a view points
    // to; m_decoded is reserved to m_text's size when first used, so it never moves.
    mutable std::vector<Span> m_spans;
    mutable QByteArray m_decoded;
    // >= 0: the event text's lines from here on are not indexed yet (resetEventText).
    mutable qsizetype m_unindexed = -1;
    bool m_borrowed = false; // m_text is the caller's bytes (borrowEventText)
};

// One frame on the Event Socket: its outer headers (Content-Type, Reply-Text, ...) and body.
struct Message {
    Headers headers;
    QByteArray body;

    QByteArray contentType() const { return headers.value("Content-Type"); }
    QByteArray replyText() const { return headers.value("Reply-Text"); }
};

// A FreeSWITCH event, from the body of text/event-plain or text/event-json. Header values are
// decoded (no %XX left).
struct Event {
    Headers headers;
    QByteArray body;

    QByteArray name() const { return headers.value("Event-Name"); }
    QByteArray subclass() const { return headers.value("Event-Subclass"); }
    QByteArray value(QByteArrayView header) const { return headers.value(header); }
    // The value without a copy, valid while the event is unchanged; null if absent.
    QByteArrayView view(QByteArrayView header) const { return headers.view(header); }
};

} // namespace xynap::esl
