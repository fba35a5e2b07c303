#include "coverage/Cidr.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

bool isDottedQuad(QStringView text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(
        u"[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}\\.[0-9]{1,3}"_s));
    return re.match(text).hasMatch();
}

bool isIpv6Text(QStringView text)
{
    // Qt accepts more than configuration files should contain (scope ids); keep to the
    // characters an IPv6 literal, including an embedded IPv4 tail, is made of.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(u"[0-9A-Fa-f:.]+"_s));
    return text.contains(u':') && re.match(text).hasMatch();
}

std::optional<QHostAddress> parseAddress(QStringView text)
{
    if (!isDottedQuad(text) && !isIpv6Text(text))
        return std::nullopt;
    QHostAddress address;
    if (!address.setAddress(text.toString()) || !address.scopeId().isEmpty())
        return std::nullopt;
    return address;
}

} // namespace

std::optional<Subnet> Cidr::parse(QStringView text)
{
    text = text.trimmed();
    if (text.size() > 2 && text.startsWith(u'[') && text.endsWith(u']'))
        text = text.mid(1, text.size() - 2);
    const qsizetype slash = text.indexOf(u'/');
    const QStringView addressText = slash < 0 ? text : text.left(slash);
    const std::optional<QHostAddress> address = parseAddress(addressText);
    if (!address)
        return std::nullopt;
    const AddressFamily fam = family(*address);
    if (slash < 0)
        return host(*address);

    const QStringView prefixText = text.mid(slash + 1);
    int prefix = -1;
    static const QRegularExpression digits(QRegularExpression::anchoredPattern(u"[0-9]{1,3}"_s));
    if (digits.match(prefixText).hasMatch()) {
        prefix = prefixText.toInt();
        if (prefix > maxPrefix(fam))
            return std::nullopt;
    } else if (fam == AddressFamily::IPv4 && isDottedQuad(prefixText)) {
        // A dotted netmask; parseSubnet rejects masks that are not contiguous.
        const Subnet s
            = QHostAddress::parseSubnet(addressText.toString() + u'/' + prefixText.toString());
        if (s.second < 0)
            return std::nullopt;
        return s;
    } else {
        return std::nullopt;
    }
    return networkAt(*address, prefix);
}

std::optional<Subnet> Cidr::parseHostMask(QStringView host, QStringView mask)
{
    host = host.trimmed();
    mask = mask.trimmed();
    if (!isDottedQuad(host) || !isDottedQuad(mask))
        return std::nullopt;
    if (!parseAddress(host))
        return std::nullopt;
    const Subnet s = QHostAddress::parseSubnet(host.toString() + u'/' + mask.toString());
    if (s.second < 0)
        return std::nullopt;
    return s;
}

QString Cidr::toString(const Subnet &subnet)
{
    return subnet.first.toString() + u'/' + QString::number(subnet.second);
}

QString Cidr::toHostOrCidr(const Subnet &subnet)
{
    if (subnet.second == maxPrefix(family(subnet)))
        return subnet.first.toString();
    return toString(subnet);
}

AddressFamily Cidr::family(const Subnet &subnet)
{
    return family(subnet.first);
}

AddressFamily Cidr::family(const QHostAddress &address)
{
    switch (address.protocol()) {
    case QAbstractSocket::IPv4Protocol:
        return AddressFamily::IPv4;
    case QAbstractSocket::IPv6Protocol:
        return AddressFamily::IPv6;
    default:
        return AddressFamily::Any;
    }
}

Subnet Cidr::any(AddressFamily fam)
{
    if (fam == AddressFamily::IPv6)
        return {QHostAddress(QHostAddress::AnyIPv6), 0};
    return {QHostAddress(QHostAddress::AnyIPv4), 0};
}

Subnet Cidr::host(const QHostAddress &address)
{
    return {address, maxPrefix(family(address))};
}

bool Cidr::contains(const Subnet &outer, const Subnet &inner)
{
    return outer.first.protocol() == inner.first.protocol() && inner.second >= outer.second
        && inner.first.isInSubnet(outer);
}

bool Cidr::overlaps(const Subnet &a, const Subnet &b)
{
    return contains(a, b) || contains(b, a);
}

Subnet Cidr::networkAt(const QHostAddress &address, int prefix)
{
    if (prefix >= maxPrefix(family(address)))
        return host(address);
    return QHostAddress::parseSubnet(address.toString() + u'/' + QString::number(prefix));
}

Subnet Cidr::parent(const Subnet &subnet)
{
    if (subnet.second <= 0)
        return subnet;
    return networkAt(subnet.first, subnet.second - 1);
}

std::pair<Subnet, Subnet> Cidr::halves(const Subnet &subnet)
{
    const int p = subnet.second;
    const Subnet lower {subnet.first, p + 1};
    // The upper half starts where the lower one ends: the network address plus the size of
    // the lower half. The network address has its host bits cleared, so the addition never
    // carries into the prefix.
    if (family(subnet) == AddressFamily::IPv4) {
        const quint32 size = quint32(1) << (31 - p);
        return {lower, {QHostAddress(subnet.first.toIPv4Address() + size), p + 1}};
    }
    Q_IPV6ADDR bytes = subnet.first.toIPv6Address();
    bytes[p / 8] = quint8(bytes[p / 8] + (0x80 >> (p % 8)));
    return {lower, {QHostAddress(bytes), p + 1}};
}

QHostAddress Cidr::lastAddress(const Subnet &block)
{
    if (block.first.protocol() == QAbstractSocket::IPv4Protocol) {
        const int hostBits = 32 - block.second;
        const quint32 mask = hostBits >= 32 ? 0xffffffffu : ((quint32(1) << hostBits) - 1);
        return QHostAddress(block.first.toIPv4Address() | mask);
    }
    Q_IPV6ADDR a = block.first.toIPv6Address();
    for (int bit = block.second; bit < 128; ++bit)
        a[bit / 8] = quint8(a[bit / 8] | (1 << (7 - bit % 8)));
    return QHostAddress(a);
}

} // namespace xynap::coverage
