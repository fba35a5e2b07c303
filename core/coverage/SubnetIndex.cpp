#include "coverage/SubnetIndex.h"

#include <algorithm>

namespace xynap::coverage {

SubnetIndex::Key SubnetIndex::keyOf(const QHostAddress &address)
{
    // Big-endian bytes: comparing them byte by byte orders addresses numerically.
    Key key {};
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 v4 = address.toIPv4Address();
        key[0] = quint8(v4 >> 24);
        key[1] = quint8(v4 >> 16);
        key[2] = quint8(v4 >> 8);
        key[3] = quint8(v4);
        return key;
    }
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    std::copy(std::begin(v6.c), std::end(v6.c), key.begin());
    return key;
}

SubnetIndex::Family *SubnetIndex::family(const Subnet &subnet)
{
    const AddressFamily f = Cidr::family(subnet);
    if (f == AddressFamily::Any)
        return nullptr;
    return &m_families[f == AddressFamily::IPv6 ? 1 : 0];
}

void SubnetIndex::add(const Subnet &subnet, int id)
{
    Family *found = family(subnet);
    if (!found)
        return;
    Family &f = *found;
    f.sorted.append({keyOf(subnet.first), subnet, id});
    if (!f.byPrefix.contains(subnet.second))
        f.prefixes.append(subnet.second);
    f.byPrefix[subnet.second][subnet.first].append(id);
    f.dirty = true;
    ++m_size;
}

void SubnetIndex::prepare(Family &f)
{
    if (!f.dirty)
        return;
    std::stable_sort(f.sorted.begin(), f.sorted.end(),
        [](const Entry &a, const Entry &b) { return a.key < b.key; });
    std::sort(f.prefixes.begin(), f.prefixes.end());
    f.dirty = false;
}

QList<int> SubnetIndex::overlapping(const Subnet &range)
{
    QList<int> out;
    Family *found = family(range);
    if (!found)
        return out;
    Family &f = *found;
    prepare(f);

    // Blocks that contain the range: at each prefix length up to the range's own.
    for (const int prefix : std::as_const(f.prefixes)) {
        if (prefix > range.second)
            break;
        const QHash<QHostAddress, QList<int>> &blocks = f.byPrefix[prefix];
        const auto it = blocks.find(Cidr::networkAt(range.first, prefix).first);
        if (it != blocks.end())
            out += it.value();
    }
    // Blocks inside the range: their addresses follow the range's network address.
    const Key start = keyOf(range.first);
    auto it = std::lower_bound(f.sorted.cbegin(), f.sorted.cend(), start,
        [](const Entry &e, const Key &k) { return e.key < k; });
    for (; it != f.sorted.cend() && it->subnet.first.isInSubnet(range); ++it) {
        if (it->subnet.second > range.second)
            out.append(it->id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace xynap::coverage
