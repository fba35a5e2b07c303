#include "esl/SofiaProfileStatus.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace xynap::esl {

namespace {
// The text of the first <tag>…</tag> after `from`, or a null array.
QByteArray element(const QByteArray &body, const QByteArray &tag, qsizetype from)
{
    const QByteArray open = QByteArray("<") + tag + '>';
    const qsizetype start = body.indexOf(open, from);
    if (start < 0)
        return {};
    const qsizetype valueStart = start + open.size();
    const QByteArray close = "</" + tag + '>';
    const qsizetype end = body.indexOf(close, valueStart);
    if (end < 0)
        return {};
    const QByteArray value = body.mid(valueStart, end - valueStart).trimmed();
    return value.isNull() ? QByteArray("") : value;
}
} // namespace

int ProfileStatus::family() const
{
    QString ip = sipIp;
    if (ip.startsWith(u'[') && ip.endsWith(u']'))
        ip = ip.mid(1, ip.size() - 2);
    const QHostAddress address(ip);
    if (address.protocol() == QAbstractSocket::IPv4Protocol)
        return 4;
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return 6;
    return 0;
}

ProfileStatus parseProfileXmlStatus(const QByteArray &body)
{
    ProfileStatus status;
    const qsizetype info = body.indexOf("<profile-info>");
    if (info < 0) {
        const QString text = QString::fromUtf8(body.left(200)).trimmed();
        status.error = text.isEmpty() ? u"empty answer"_s : text;
        return status;
    }
    status.name = QString::fromUtf8(element(body, "name", info));
    status.sipIp = QString::fromUtf8(element(body, "sip-ip", info));
    status.rtpIp = QString::fromUtf8(element(body, "rtp-ip", info));
    if (status.name.isEmpty())
        status.error = u"a <profile-info> without <name>"_s;
    return status;
}

QList<ProfileSummary> parseProfileList(const QByteArray &body)
{
    QList<ProfileSummary> profiles;
    qsizetype at = 0;
    while ((at = body.indexOf("<profile>", at)) >= 0) {
        const qsizetype end = body.indexOf("</profile>", at);
        if (end < 0)
            break;
        const QByteArray entry = body.mid(at, end - at);
        at = end;
        if (element(entry, "type", 0) != "profile")
            continue;
        ProfileSummary p;
        p.name = QString::fromUtf8(element(entry, "name", 0));
        p.state = QString::fromUtf8(element(entry, "state", 0));
        const qsizetype open = p.state.indexOf(u'(');
        const qsizetype close = p.state.indexOf(u')', open + 1);
        bool ok = false;
        const int calls = open >= 0 && close > open
            ? p.state.mid(open + 1, close - open - 1).trimmed().toInt(&ok)
            : 0;
        p.calls = ok ? calls : -1;
        if (!p.name.isEmpty())
            profiles.append(p);
    }
    return profiles;
}

} // namespace xynap::esl
