#include "EslCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

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

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
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

QByteArray percentDecode(QByteArrayView value)
{
    if (!value.contains('%'))
        return value.toByteArray();
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        if (c == '%' && i + 2 < value.size()) {
            const int hi = hexValue(value.at(i + 1));
            const int lo = hexValue(value.at(i + 2));
            if (hi >= 0 && lo >= 0) {
                out.append(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.append(c);
    }
    return out;
}

QByteArray serializePlainEvent(const Event &event)
{
    QByteArray out;
    for (const auto &[name, value] : event.headers.items()) {
        out.append(name);
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
    for (const auto &[name, value] : event.headers.items())
        member(name, value);
    if (!event.body.isEmpty())
        member("_body", event.body);
    out.append('}');
    return out;
}

QByteArray frame(const Headers &headers, const QByteArray &body)
{
    QByteArray out;
    for (const auto &[name, value] : headers.items()) {
        out.append(name);
        out.append(": ");
        out.append(value);
        out.append('\n');
    }
    out.append('\n');
    out.append(body);
    return out;
}

std::optional<Event> parsePlainEvent(QByteArrayView body)
{
    // One pass over the event text: header lines up to a blank line, then an optional inner
    // body whose length the event's own Content-Length gives (a frame inside the frame).
    Event e;
    qsizetype pos = 0;
    qsizetype innerLength = -1;
    const qsizetype n = body.size();
    while (pos < n) {
        qsizetype end = body.indexOf('\n', pos);
        if (end < 0)
            end = n;
        QByteArrayView line = body.sliced(pos, end - pos);
        pos = end + 1;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArrayView name = line.first(colon);
        QByteArrayView value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.front() == ' ')
            value = value.sliced(1);
        if (name == "Content-Length") {
            bool ok = false;
            innerLength = value.toLongLong(&ok);
            if (!ok)
                innerLength = -1;
            continue;
        }
        QByteArray decoded = percentDecode(value);
        if (decoded == "_undef_")
            decoded.clear();
        e.headers.append(name.toByteArray(), std::move(decoded));
    }
    if (e.headers.isEmpty())
        return std::nullopt;
    if (innerLength > 0 && pos < n)
        e.body = body.sliced(pos, qMin(innerLength, n - pos)).toByteArray();
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
