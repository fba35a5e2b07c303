#include "esl/SofiaStatus.h"

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace xynap::esl {

namespace {

// The five predefined entities and numeric references, in one pass. Anything else (a bare '&',
// as mod_sofia writes realm, username, to, proxy and context unescaped) stays as it is.
QString unescape(QByteArrayView raw)
{
    if (!raw.contains('&'))
        return QString::fromUtf8(raw);
    QByteArray out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c != '&') {
            out.append(c);
            continue;
        }
        const QByteArrayView rest = raw.sliced(i);
        const qsizetype semicolon = rest.first(qMin<qsizetype>(12, rest.size())).indexOf(';');
        if (semicolon < 2) {
            out.append(c);
            continue;
        }
        const QByteArrayView entity = raw.sliced(i + 1, semicolon - 1);
        QByteArray replacement;
        if (entity == "lt")
            replacement = "<";
        else if (entity == "gt")
            replacement = ">";
        else if (entity == "amp")
            replacement = "&";
        else if (entity == "quot")
            replacement = "\"";
        else if (entity == "apos")
            replacement = "'";
        else if (entity.startsWith('#')) {
            bool ok = false;
            const QByteArrayView digits = entity.sliced(1);
            const uint code = digits.startsWith('x') || digits.startsWith('X')
                ? digits.sliced(1).toByteArray().toUInt(&ok, 16)
                : digits.toByteArray().toUInt(&ok, 10);
            if (ok && code > 0 && code <= 0x10FFFF && !(code >= 0xD800 && code <= 0xDFFF)) {
                const char32_t ucs = char32_t(code);
                replacement = QString::fromUcs4(&ucs, 1).toUtf8();
            }
        }
        if (replacement.isEmpty()) {
            out.append(c);
            continue;
        }
        out.append(replacement);
        i += semicolon;
    }
    return QString::fromUtf8(out);
}

bool isNameStart(char c)
{
    return c >= 'a' && c <= 'z';
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

constexpr qsizetype None = std::numeric_limits<qsizetype>::max();

// The next occurrence of `needle` at or after `from`, remembered: the positions asked for only
// grow, so every byte is searched at most once per needle however often it is asked.
class ForwardSearch {
public:
    ForwardSearch(QByteArrayView haystack, QByteArrayView needle)
        : m_haystack(haystack)
        , m_needle(needle)
    {
    }
    qsizetype from(qsizetype position)
    {
        if (position >= m_searchedFrom && m_found >= position) // None is above every position
            return m_found;
        const qsizetype at = m_haystack.indexOf(m_needle, position);
        m_searchedFrom = position;
        m_found = at < 0 ? None : at;
        return m_found;
    }

private:
    QByteArrayView m_haystack;
    QByteArrayView m_needle;
    qsizetype m_found = -1;
    qsizetype m_searchedFrom = 0;
};

// An element the console holds as a member of GatewayStatus: taken there (the last of the same
// name wins, as in the reply). False for every other element.
bool takeMember(QByteArrayView name, QByteArrayView value, GatewayStatus &g)
{
    const auto number = [value] { return value.toByteArray().toInt(); };
    if (name == "name")
        g.name = unescape(value);
    else if (name == "profile")
        g.profile = unescape(value);
    else if (name == "realm")
        g.realm = unescape(value);
    else if (name == "username")
        g.username = unescape(value);
    else if (name == "proxy")
        g.proxy = unescape(value);
    else if (name == "state")
        g.state = unescape(value);
    else if (name == "status")
        g.pingStatus = unescape(value);
    else if (name == "calls-in")
        g.callsIn = number();
    else if (name == "calls-out")
        g.callsOut = number();
    else if (name == "failed-calls-in")
        g.failedCallsIn = number();
    else if (name == "failed-calls-out")
        g.failedCallsOut = number();
    else
        return false;
    return true;
}

// The child elements of one <gateway>: `<name>value</name>`, flat, the value text up to the
// next "</". A value may hold '<' and '&' unescaped; one that holds "</" is dropped.
void readElements(QByteArrayView text, qsizetype begin, qsizetype end, ForwardSearch &closeTags,
    Fields fields, GatewayStatus &g)
{
    qsizetype pos = begin;
    while (pos < end) {
        const qsizetype lt = text.sliced(pos, end - pos).indexOf('<');
        if (lt < 0)
            return;
        qsizetype at = pos + lt + 1;
        if (at >= end || !isNameStart(text.at(at))) { // "</x>", "<!--", "<?", a stray '<'
            pos = at;
            continue;
        }
        const qsizetype nameStart = at;
        while (at < end && isNameChar(text.at(at)))
            ++at;
        if (at >= end || text.at(at) != '>') {
            pos = at;
            continue;
        }
        const QByteArrayView name = text.sliced(nameStart, at - nameStart);
        const qsizetype valueStart = at + 1;
        const qsizetype close = closeTags.from(valueStart);
        const qsizetype afterSlash = close == None ? None : close + 2;
        if (close == None || afterSlash + name.size() >= end
            || text.sliced(afterSlash, name.size()) != name
            || text.at(afterSlash + name.size()) != '>') {
            pos = valueStart; // not closed as FreeSWITCH closes it: skip the tag, go on
            continue;
        }
        const QByteArrayView value = text.sliced(valueStart, close - valueStart);
        const bool member = takeMember(name, value, g);
        if (fields == Fields::All || (!member && GatewayFields::isReadName(name)))
            g.fields.insert(QString::fromLatin1(name), unescape(value));
        pos = afterSlash + name.size() + 1;
    }
}

} // namespace

GatewayStatusReader::GatewayStatusReader(int maxGateways, Fields fields)
    : m_maxGateways(maxGateways)
    , m_fields(fields)
{
}

void GatewayStatusReader::feed(QByteArrayView bytes)
{
    if (bytes.isEmpty() || m_overBytes)
        return;
    m_total += bytes.size();
    if (m_total > MaxSnapshotBytes) {
        m_overBytes = true;
        m_result = {};
        m_result.overLimit = true;
        m_result.error = u"the reply is longer than %1 MiB, a limit of the console: not read"_s.arg(
            MaxSnapshotBytes / (1024LL * 1024));
        m_pending = QByteArray();
        return;
    }
    // The first bytes after leading white space: what an error reply says.
    if (!m_headFull) {
        QByteArrayView rest = bytes;
        if (m_head.isEmpty()) {
            qsizetype space = 0;
            // ASCII white space, as QByteArrayView::trimmed() takes it.
            while (space < rest.size()
                && (rest.at(space) == ' ' || (rest.at(space) >= '\t' && rest.at(space) <= '\r')))
                ++space;
            rest = rest.sliced(space);
        }
        const qsizetype room = HeadBytes - m_head.size();
        m_head.append(rest.first(qMin(room, rest.size())));
        m_headFull = rest.size() > room;
        if (m_head.startsWith("-ERR"))
            m_errorReply = true; // nothing in it is read as gateways
    }
    // "<gateways>", also when it is cut in two.
    if (!m_sawGatewaysTag) {
        static constexpr QByteArrayView Tag = "<gateways>";
        const QByteArray seam
            = QByteArray(m_tagTail).append(bytes.first(qMin(bytes.size(), Tag.size() - 1)));
        m_sawGatewaysTag = seam.contains(Tag) || bytes.contains(Tag);
        m_tagTail.append(bytes.last(qMin(bytes.size(), Tag.size() - 1)));
        m_tagTail = m_tagTail.right(Tag.size() - 1);
    }
    if (m_errorReply || m_stopped)
        return;
    if (m_pending.isEmpty()) {
        readGateways(bytes);
    } else {
        m_pending.append(bytes);
        const QByteArray pending = std::exchange(m_pending, QByteArray());
        readGateways(pending);
    }
}

// The complete <gateway>…</gateway> blocks of `text` (what was left over before, and what
// came); what may still become one is kept for the next piece. Every search only moves forward
// over bytes not searched before: the time grows with the size of the reply, whatever its shape.
void GatewayStatusReader::readGateways(QByteArrayView text)
{
    static constexpr QByteArrayView Open = "<gateway>";
    static constexpr QByteArrayView Close = "</gateway>";
    qsizetype pos = 0;
    while (true) {
        const qsizetype open = text.indexOf(Open, pos);
        if (open < 0) {
            // A "<gateway>" may be cut at the end: its first bytes stay.
            const qsizetype keep = qMin(text.size() - pos, Open.size() - 1);
            m_pending = text.last(keep).toByteArray();
            m_closeSearchedTo = 0;
            return;
        }
        const qsizetype begin = open + Open.size();
        const qsizetype end = text.indexOf(Close, qMax(begin, open + m_closeSearchedTo));
        if (end < 0) {
            // The rest of this gateway is still to come; its close is looked for from here on.
            m_pending = text.sliced(open).toByteArray();
            m_closeSearchedTo = qMax(Open.size(), m_pending.size() - (Close.size() - 1));
            return;
        }
        m_closeSearchedTo = 0;
        if (m_read >= m_maxGateways) {
            m_result.gateways = {};
            m_result.overLimit = true;
            m_result.error
                = u"more than %1 gateways, a limit of the console: not read"_s.arg(m_maxGateways);
            m_stopped = true;
            m_pending = QByteArray();
            return;
        }
        // Hand-written and linear rather than QXmlStreamReader: mod_sofia writes realm,
        // username, to, proxy and context unescaped, so a realm with '&' or '<' would stop a
        // strict parser, and loose text such as " (retry: 30s)" follows </gateway>.
        const QByteArrayView block = text.sliced(open, end + Close.size() - open);
        ForwardSearch closeTags(block, "</");
        GatewayStatus g;
        // Read: the members and the elements the console reads, nothing else is ever made text.
        readElements(block, Open.size(), end - open, closeTags, m_fields, g);
        g.fields.squeeze();
        for (QString *shared : {&g.profile, &g.realm, &g.proxy, &g.state, &g.pingStatus})
            m_pool.share(*shared);
        pos = end + Close.size();
        if (g.name.isEmpty()) {
            m_result.error = u"a <gateway> without <name>"_s;
            continue;
        }
        ++m_read;
        if (m_sink)
            m_sink(std::move(g));
        else
            m_result.gateways.append(std::move(g));
    }
}

GatewayStatusParse GatewayStatusReader::finish()
{
    // A gateway without its </gateway> is not read, nor anything after it.
    m_pending = QByteArray();
    if (m_overBytes || m_stopped)
        return std::move(m_result);
    const QByteArrayView head
        = m_headFull ? QByteArrayView(m_head) : QByteArrayView(m_head).trimmed();
    if (m_errorReply || (!m_headFull && head == "Invalid Gateway!")) {
        GatewayStatusParse error;
        error.error = QString::fromUtf8(head);
        return error;
    }
    GatewayStatusParse result = std::move(m_result);
    if (m_read == 0 && result.error.isEmpty() && !m_sawGatewaysTag)
        result.error = head.isEmpty()
            ? u"an empty reply"_s
            : QString::fromUtf8(head.first(qMin<qsizetype>(200, head.size()))).trimmed();
    return result;
}

GatewayStatusParse parseGatewayXmlStatus(const QByteArray &body, int maxGateways, Fields fields)
{
    GatewayStatusReader reader(maxGateways, fields);
    reader.feed(body);
    return reader.finish();
}

} // namespace xynap::esl
