#include "esl/Codec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <bit>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace xynap::esl {

namespace {

constexpr char Hex[] = "0123456789ABCDEF";

bool needsEncoding(unsigned char c)
{
    if (c < 0x20 || c >= 0x7f)
        return true;
    switch (c) {
    case ' ':
    case '#':
    case '%':
    case '&':
    case '+':
    case ':':
    case ';':
    case '<':
    case '=':
    case '>':
    case '?':
    case '@':
    case '[':
    case '\\':
    case ']':
    case '^':
    case '`':
    case '{':
    case '|':
    case '}':
    case '"':
        return true;
    default:
        return false;
    }
}

} // namespace

QByteArray percentEncode(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() * 3 / 2);
    for (const char ch : value) {
        const auto c = static_cast<unsigned char>(ch);
        if (needsEncoding(c)) {
            out.append('%');
            out.append(Hex[c >> 4]);
            out.append(Hex[c & 0xf]);
        } else {
            out.append(ch);
        }
    }
    return out;
}

namespace {
// Decodes %XX in place; returns the new length. FreeSWITCH's encoding leaves most values alone
// (names, states, numbers): those are only searched for a '%', never copied.
qsizetype percentDecodeInPlace(char *value, qsizetype size)
{
    const auto *first = static_cast<char *>(std::memchr(value, '%', size_t(size)));
    if (!first)
        return size;
    qsizetype out = first - value;
    for (qsizetype i = out; i < size; ++i) {
        const char c = value[i];
        if (c == '%' && i + 2 < size) {
            const int hi = hexDigitValue(value[i + 1]);
            const int lo = hexDigitValue(value[i + 2]);
            if (hi >= 0 && lo >= 0) {
                value[out++] = static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        value[out++] = c;
    }
    return out;
}
} // namespace

QByteArray percentDecode(QByteArrayView value)
{
    QByteArray out(value.data(), value.size());
    if (value.contains('%'))
        out.truncate(percentDecodeInPlace(out.data(), out.size()));
    return out;
}

QByteArray serializePlainEvent(const Event &event)
{
    QByteArray out;
    for (qsizetype i = 0; i < event.headers.size(); ++i) {
        const QByteArrayView value = event.headers.valueAt(i);
        out.append(event.headers.nameAt(i));
        out.append(": ");
        out.append(value.isEmpty() ? QByteArray("_undef_") : percentEncode(value));
        out.append('\n');
    }
    if (!event.body.isEmpty()) {
        out.append("Content-Length: ");
        out.append(QByteArray::number(event.body.size()));
        out.append("\n\n");
        out.append(event.body);
    } else {
        out.append('\n');
    }
    return out;
}

QByteArray jsonString(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out.append('"');
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20) {
                out.append("\\u00");
                out.append(Hex[c >> 4]);
                out.append(Hex[c & 0xf]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
    return out;
}

QByteArray serializeJsonEvent(const Event &event)
{
    // Written by hand to keep FreeSWITCH's header order (QJsonObject sorts its keys).
    QByteArray out("{");
    bool first = true;
    const auto member = [&](QByteArrayView name, QByteArrayView value) {
        if (!first)
            out.append(',');
        first = false;
        out.append(jsonString(name));
        out.append(':');
        out.append(jsonString(value));
    };
    for (qsizetype i = 0; i < event.headers.size(); ++i)
        member(event.headers.nameAt(i), event.headers.valueAt(i));
    if (!event.body.isEmpty())
        member("_body", event.body);
    out.append('}');
    return out;
}

QByteArray frame(const Headers &headers, const QByteArray &body)
{
    QByteArray out;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        out.append(headers.nameAt(i));
        out.append(": ");
        out.append(headers.valueAt(i));
        out.append('\n');
    }
    out.append('\n');
    out.append(body);
    return out;
}

namespace {

// Where the text after the first blank line of an event starts: past its '\n', or past the end
// when there is no blank line or nothing after it. A blank line is one that is empty without
// its '\r'. Sixteen bytes at a time where SSE2 is there, then byte by byte.
qsizetype afterBlankLine(const char *text, qsizetype n)
{
    if (n > 0 && text[0] == '\n')
        return 1;
    if (n > 1 && text[0] == '\r' && text[1] == '\n')
        return 2;
    qsizetype base = 0;
#if defined(__SSE2__)
    const __m128i newline = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    for (; base + 18 <= n; base += 16) {
        const auto at = [&](qsizetype i) {
            return _mm_loadu_si128(reinterpret_cast<const __m128i *>(text + base + i));
        };
        const __m128i next = at(1);
        // A '\n' followed by '\n', or by "\r\n".
        const __m128i blank = _mm_and_si128(_mm_cmpeq_epi8(at(0), newline),
            _mm_or_si128(_mm_cmpeq_epi8(next, newline),
                _mm_and_si128(_mm_cmpeq_epi8(next, cr), _mm_cmpeq_epi8(at(2), newline))));
        if (const auto bits = unsigned(_mm_movemask_epi8(blank)); bits != 0) {
            const qsizetype p = base + std::countr_zero(bits);
            return text[p + 1] == '\n' ? p + 2 : p + 3;
        }
    }
#endif
    for (qsizetype p = base; p + 1 < n; ++p) {
        if (text[p] != '\n')
            continue;
        if (text[p + 1] == '\n')
            return p + 2;
        if (text[p + 1] == '\r' && (p + 2 == n || text[p + 2] == '\n'))
            return p + 3; // "\r" as the last line, without a '\n', is blank too: nothing after
    }
    return n + 1;
}

// The length the last "Content-Length" line before the blank line gives (-1: none, or none
// that reads as a number): how long the body after the blank line is.
qsizetype innerBodyLength(const char *text, qsizetype n)
{
    qsizetype length = -1;
    for (qsizetype pos = 0; pos < n;) {
        const auto *nl = static_cast<const char *>(std::memchr(text + pos, '\n', size_t(n - pos)));
        qsizetype end = nl ? nl - text : n;
        const qsizetype start = pos;
        pos = end + 1;
        if (end > start && text[end - 1] == '\r')
            --end;
        if (end == start)
            break;
        static constexpr QByteArrayView Name = "Content-Length:";
        if (end - start < Name.size()
            || std::memcmp(text + start, Name.data(), size_t(Name.size())) != 0)
            continue;
        qsizetype value = start + Name.size();
        if (value < end && text[value] == ' ')
            ++value;
        bool ok = false;
        length = QByteArrayView(text + value, end - value).toLongLong(&ok);
        if (!ok)
            length = -1;
    }
    return length;
}

} // namespace

namespace {
// The event's header lines are indexed when first looked up (Headers::resetEventText), their
// values decoded when first asked for: here only where they end is found, and what follows them
// — a body whose length the event's own Content-Length gives (a frame inside the frame).
bool decodeBody(QByteArrayView body, Event &e)
{
    const char *text = e.headers.text();
    const qsizetype n = body.size();
    const qsizetype after = afterBlankLine(text, n);
    const qsizetype innerLength = after < n ? innerBodyLength(text, after) : -1;
    if (innerLength > 0) {
        const QByteArrayView inner = body.sliced(after, qMin(innerLength, n - after));
        if (!e.body.isDetached())
            e.body = QByteArray();
        e.body.resize(inner.size());
        std::memcpy(e.body.data(), inner.data(), size_t(inner.size()));
    } else if (!e.body.isEmpty()) {
        e.body.resize(0); // keeps the buffer for the next event that has a body
    }
    return !e.headers.isEmpty();
}
} // namespace

bool decodePlainEvent(QByteArrayView body, Event &e)
{
    e.headers.resetEventText(body);
    return decodeBody(body, e);
}

bool decodePlainEventInPlace(QByteArrayView body, Event &e)
{
    e.headers.borrowEventText(body);
    return decodeBody(body, e);
}

std::optional<Event> parsePlainEvent(QByteArrayView body)
{
    Event e;
    if (!decodePlainEvent(body, e))
        return std::nullopt;
    return e;
}

std::optional<Event> parseJsonEvent(QByteArrayView body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    Event e;
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("_body")) {
            e.body = it.value().toString().toUtf8();
            continue;
        }
        const QJsonValue v = it.value();
        e.headers.append(it.key().toUtf8(),
            v.isString() ? v.toString().toUtf8()
                         : QJsonDocument(QJsonObject {{QStringLiteral("v"), v}})
                               .toJson(QJsonDocument::Compact)
                               .mid(5)
                               .chopped(1));
    }
    return e;
}

std::optional<Event> eventFromMessage(const Message &message)
{
    const QByteArray type = message.contentType();
    if (type == "text/event-plain")
        return parsePlainEvent(message.body);
    if (type == "text/event-json")
        return parseJsonEvent(message.body);
    return std::nullopt;
}

} // namespace xynap::esl
