#include "model/SipHost.h"

using namespace Qt::StringLiterals;

namespace xynap {

namespace {

// Strips "sip:"/"sips:", user info and URI parameters, keeping host[:port].
QString hostPart(QString v)
{
    v = v.trimmed();
    if (v.startsWith(u"sips:"_s, Qt::CaseInsensitive))
        v = v.mid(5);
    else if (v.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        v = v.mid(4);
    const qsizetype at = v.lastIndexOf(u'@');
    if (at >= 0)
        v = v.mid(at + 1);
    const qsizetype semi = v.indexOf(u';');
    if (semi >= 0)
        v = v.left(semi);
    return v;
}

void classify(SipHost &h)
{
    QString candidate = h.host;
    // A zone id ("fe80::1%eth0") is accepted by QHostAddress as well.
    if (h.address.setAddress(candidate))
        h.ipLiteral = true;
}

bool parsePort(const QString &text, int &port)
{
    bool ok = false;
    const int p = text.toInt(&ok);
    if (!ok || p < 1 || p > 65535)
        return false;
    port = p;
    return true;
}

} // namespace

SipHost parseSipHost(const QString &value)
{
    SipHost h;
    const QString v = hostPart(value);
    if (v.isEmpty())
        return h;
    if (v.startsWith(u'[')) {
        const qsizetype close = v.indexOf(u']');
        if (close < 0)
            return h;
        h.host = v.mid(1, close - 1);
        h.bracketed = true;
        const QString rest = v.mid(close + 1);
        if (rest.startsWith(u':') && !parsePort(rest.mid(1), h.port))
            h.port = -1;
        classify(h);
        return h;
    }
    if (v.count(u':') >= 2) {
        h.host = v;
        classify(h);
        h.unbracketedIpv6 = h.isIpv6();
        return h;
    }
    const qsizetype colon = v.indexOf(u':');
    if (colon >= 0) {
        h.host = v.left(colon);
        if (!parsePort(v.mid(colon + 1), h.port))
            h.port = -1;
    } else {
        h.host = v;
    }
    classify(h);
    return h;
}

SipHost sipHostAsFreeSwitchReadsIt(const QString &value)
{
    const QString v = hostPart(value);
    if (v.startsWith(u'[') || v.count(u':') < 2)
        return parseSipHost(value);
    SipHost h;
    const qsizetype colon = v.lastIndexOf(u':');
    h.host = v.left(colon);
    if (!parsePort(v.mid(colon + 1), h.port))
        h.port = -1;
    classify(h);
    return h;
}

} // namespace xynap
