#include "SofiaStatus.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap::esl {

namespace {
QString unescape(QString s)
{
    s.replace(u"&lt;"_s, u"<"_s)
        .replace(u"&gt;"_s, u">"_s)
        .replace(u"&quot;"_s, u"\""_s)
        .replace(u"&apos;"_s, u"'"_s);
    return s.replace(u"&amp;"_s, u"&"_s);
}
} // namespace

GatewayStatusParse parseGatewayXmlStatus(const QByteArray &body)
{
    GatewayStatusParse result;
    const QString text = QString::fromUtf8(body);
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(u"-ERR"_s) || trimmed == u"Invalid Gateway!"_s) {
        result.error = trimmed;
        return result;
    }
    // Element by element with a regular expression rather than an XML reader: values such as
    // a realm containing '&' or '<' are written unescaped and would stop a strict parser.
    static const QRegularExpression gatewayRe(
        u"<gateway>(.*?)</gateway>"_s, QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression elementRe(
        u"<([a-z][a-z0-9-]*)>(.*?)</\\1>"_s, QRegularExpression::DotMatchesEverythingOption);
    auto it = gatewayRe.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        GatewayStatus g;
        auto el = elementRe.globalMatch(m.capturedView(1));
        while (el.hasNext()) {
            const auto e = el.next();
            g.fields.insert(e.captured(1), unescape(e.captured(2)));
        }
        g.name = g.fields.value(u"name"_s);
        g.profile = g.fields.value(u"profile"_s);
        g.realm = g.fields.value(u"realm"_s);
        g.username = g.fields.value(u"username"_s);
        g.proxy = g.fields.value(u"proxy"_s);
        g.state = g.fields.value(u"state"_s);
        g.pingStatus = g.fields.value(u"status"_s);
        g.callsIn = g.fields.value(u"calls-in"_s).toInt();
        g.callsOut = g.fields.value(u"calls-out"_s).toInt();
        g.failedCallsIn = g.fields.value(u"failed-calls-in"_s).toInt();
        g.failedCallsOut = g.fields.value(u"failed-calls-out"_s).toInt();
        if (g.name.isEmpty()) {
            result.error = u"a <gateway> without <name>"_s;
            continue;
        }
        result.gateways.append(g);
    }
    if (result.gateways.isEmpty() && result.error.isEmpty() && !trimmed.contains(u"<gateways>"_s))
        result.error = trimmed.left(200);
    return result;
}

} // namespace xynap::esl
