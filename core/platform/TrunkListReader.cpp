// The trunk list reply read one trunk at a time. A fleet's list is tens of MB of JSON; as one
// QJsonDocument it was five times that in memory, beside the trunks made of it. Here only one
// trunk's object is a QJsonDocument at a time, and it is the same strict parser that judges it:
// this file only finds where each value ends and checks the punctuation between them.
#include "platform/TrunkListReader.h"

#include "model/GatewayStatus.h" // MaxGatewaysPerNode

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace xynap::platform {

namespace {

class Scanner {
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    qsizetype pos() const { return m_pos; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }
    // The next character after white space is `c`: taken.
    bool take(char c)
    {
        skipSpace();
        if (m_pos < m_text.size() && m_text.at(m_pos) == c) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_pos < m_text.size() && m_text.at(m_pos) == c;
    }
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = u"%1 at byte %2"_s.arg(what).arg(m_pos);
        return false;
    }

    // The extent of the value starting here (after white space): strings with their escapes,
    // objects and arrays to their matching close, anything else to the next delimiter. Whether
    // it is valid JSON is for QJsonDocument to say; this only has to find its end.
    bool skipValue(QByteArrayView &value)
    {
        skipSpace();
        const qsizetype start = m_pos;
        if (atEnd())
            return fail(u"a value expected"_s);
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                if (!skipString())
                    return false;
                if (depth == 0)
                    break;
                continue;
            }
            if (c == '{' || c == '[') {
                ++depth;
            } else if (c == '}' || c == ']') {
                if (depth == 0)
                    break; // the end of the enclosing container
                if (--depth == 0) {
                    ++m_pos;
                    break;
                }
            } else if (depth == 0
                && (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
                break;
            }
            ++m_pos;
        }
        if (depth != 0)
            return fail(u"an unterminated object or array"_s);
        if (m_pos == start)
            return fail(u"a value expected"_s);
        value = m_text.sliced(start, m_pos - start);
        return true;
    }

    // A string at the current position (its quotes included), with the raw bytes between the
    // quotes in `raw`.
    bool readString(QByteArrayView &raw)
    {
        skipSpace();
        if (atEnd() || m_text.at(m_pos) != '"')
            return fail(u"a string expected"_s);
        const qsizetype start = m_pos;
        if (!skipString())
            return false;
        raw = m_text.sliced(start + 1, m_pos - start - 2);
        return true;
    }

private:
    bool skipString()
    {
        ++m_pos; // the opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return fail(u"an unterminated string"_s);
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    QString m_error;
};

// A value judged by QJsonDocument, which parses only arrays and objects at the top.
std::optional<QJsonValue> parseValue(QByteArrayView value, QString &error, qsizetype at)
{
    QJsonParseError parseError {};
    const bool container = value.startsWith('{') || value.startsWith('[');
    const QJsonDocument doc = QJsonDocument::fromJson(
        container ? value.toByteArray() : "[" + value.toByteArray() + "]", &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = u"%1 at byte %2"_s.arg(parseError.errorString())
                    .arg(at + qMax<qsizetype>(0, parseError.offset - (container ? 0 : 1)));
        return std::nullopt;
    }
    if (!container)
        return doc.array().at(0);
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
}

// A member's name. Plain ASCII without a backslash is the name as it stands; anything else is
// decoded, and judged, by the JSON parser (an escape, UTF-8, a control character).
std::optional<QString> memberName(QByteArrayView raw)
{
    const bool plain = std::all_of(
        raw.begin(), raw.end(), [](char c) { return c >= 0x20 && c < 0x7f && c != '\\'; });
    if (plain)
        return QString::fromLatin1(raw);
    QJsonParseError parseError {};
    const QJsonDocument doc
        = QJsonDocument::fromJson("[\"" + raw.toByteArray() + "\"]", &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc.array().at(0).toString();
}

struct Reading {
    TrunkListResult result;
    bool sawTrunks = false;
    StringPool pool;
};

// The elements of "trunks", one by one.
bool readTrunks(Scanner &in, QByteArrayView text, Reading &reading)
{
    TrunkListResult &result = reading.result;
    if (reading.sawTrunks) {
        result.error = u"the reply has \"trunks\" twice"_s;
        return false;
    }
    reading.sawTrunks = true;
    if (!in.take('[')) {
        result.error = u"the reply has no \"trunks\" list"_s;
        return false;
    }
    if (in.take(']'))
        return true;
    // Counted first, without parsing (a lexical skip, a fraction of the parse): the list is
    // allocated once at its size, not grown with slack and copies (15 MB at 50,000 trunks).
    qsizetype count = 0;
    for (Scanner ahead = in;;) {
        QByteArrayView skipped;
        if (!ahead.skipValue(skipped))
            break; // the parse below names the error
        ++count;
        if (!ahead.take(','))
            break;
    }
    // A hostile list of empty elements is not a reason to reserve gigabytes: no node runs more
    // gateways than this, and each trunk is a gateway on every node.
    result.trunks.reserve(std::min<qsizetype>(count, MaxGatewaysPerNode));
    for (qsizetype i = 0;; ++i) {
        QByteArrayView element;
        if (!in.skipValue(element))
            return false;
        QString error;
        const qsizetype at = element.data() - text.data();
        const std::optional<QJsonValue> value = parseValue(element, error, at);
        if (!value) {
            result.error = u"the reply is not valid JSON (%1)"_s.arg(error);
            return false;
        }
        if (!addListedTrunk(result, i, value->toObject(), reading.pool))
            return false;
        if (in.take(','))
            continue;
        if (in.take(']'))
            return true;
        return in.fail(u"',' or ']' expected after trunks[%1]"_s.arg(i));
    }
}

} // namespace

TrunkListResult trunksFromBody(QByteArrayView body)
{
    Reading reading;
    TrunkListResult &result = reading.result;
    Scanner in(body);
    const auto failed = [&result, &in] {
        if (result.error.isEmpty())
            result.error = u"the reply is not valid JSON (%1)"_s.arg(in.error());
        result.trunks.clear();
        result.etags.clear();
        return result;
    };
    if (!in.take('{')) {
        in.fail(u"an object expected"_s);
        return failed();
    }
    if (!in.take('}')) {
        for (;;) {
            QByteArrayView raw;
            if (!in.readString(raw))
                return failed();
            if (!in.take(':')) {
                in.fail(u"':' expected"_s);
                return failed();
            }
            const std::optional<QString> name = memberName(raw);
            if (!name) {
                in.fail(u"a member name that is not a valid JSON string"_s);
                return failed();
            }
            if (*name == u"trunks"_s) {
                if (!in.peek('[')) {
                    QByteArrayView other;
                    QString error;
                    if (!in.skipValue(other)
                        || !parseValue(other, error, other.data() - body.data())) {
                        if (!error.isEmpty())
                            result.error = u"the reply is not valid JSON (%1)"_s.arg(error);
                        return failed();
                    }
                    result.error = u"the reply has no \"trunks\" list"_s;
                    return failed();
                }
                if (!readTrunks(in, body, reading))
                    return failed();
            } else {
                // Every other member is valid JSON too, or the reply is not read.
                QByteArrayView other;
                if (!in.skipValue(other))
                    return failed();
                QString error;
                if (!parseValue(other, error, other.data() - body.data())) {
                    result.error = u"the reply is not valid JSON (%1)"_s.arg(error);
                    return failed();
                }
            }
            if (in.take(','))
                continue;
            if (in.take('}'))
                break;
            in.fail(u"',' or '}' expected"_s);
            return failed();
        }
    }
    in.skipSpace();
    if (!in.atEnd()) {
        in.fail(u"text after the reply's object"_s);
        return failed();
    }
    if (!reading.sawTrunks) {
        result.error = u"the reply has no \"trunks\" list"_s;
        return failed();
    }
    return result;
}

} // namespace xynap::platform
