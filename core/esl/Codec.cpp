#include "esl/Codec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cstring>

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

bool decodePlainEvent(QByteArrayView body, Event &e)
{
    // One pass over the event text, indexing it: header lines up to a blank line, then an
    // optional inner body whose length the event's own Content-Length gives (a frame inside the
    // frame). Values are decoded only when asked for (Headers::valueAt).
    e.headers.resetText(body);
    const char *text = e.headers.text();
    qsizetype pos = 0;
    qsizetype innerLength = -1;
    const qsizetype n = body.size();
    while (pos < n) {
        const auto *nl = static_cast<const char *>(std::memchr(text + pos, '\n', size_t(n - pos)));
        const qsizetype end = nl ? nl - text : n;
        const qsizetype lineStart = pos;
        qsizetype lineEnd = end;
        pos = end + 1;
        if (lineEnd > lineStart && text[lineEnd - 1] == '\r')
            --lineEnd;
        if (lineEnd == lineStart)
            break;
        const auto *colon = static_cast<const char *>(
            std::memchr(text + lineStart, ':', size_t(lineEnd - lineStart)));
        if (!colon || colon == text + lineStart)
            continue;
        const qsizetype nameLength = colon - (text + lineStart);
        qsizetype value = lineStart + nameLength + 1;
        if (value < lineEnd && text[value] == ' ')
            ++value;
        if (nameLength == 14 && QByteArrayView(text + lineStart, nameLength) == "Content-Length") {
            bool ok = false;
            innerLength = QByteArrayView(text + value, lineEnd - value).toLongLong(&ok);
            if (!ok)
                innerLength = -1;
            continue;
        }
        e.headers.appendSpan(lineStart, nameLength, value, lineEnd - value, true);
    }
    if (innerLength > 0 && pos < n) {
        const QByteArrayView inner = body.sliced(pos, qMin(innerLength, n - pos));
        if (!e.body.isDetached())
            e.body = QByteArray();
        e.body.resize(inner.size());
        std::memcpy(e.body.data(), inner.data(), size_t(inner.size()));
    } else if (!e.body.isEmpty()) {
        e.body.resize(0); // keeps the buffer for the next event that has a body
    }
    return !e.headers.isEmpty();
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
