#include "coverage/PortSet.h"

#include <QStringList>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {
constexpr int kMaxPort = 65535;
constexpr int kMaxUfwEntries = 15; // iptables multiport limit, enforced by ufw

bool readPort(QStringView text, int *port)
{
    if (text.isEmpty() || text.size() > 5)
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    *port = text.toInt();
    return *port >= 1 && *port <= kMaxPort;
}
} // namespace

PortSet::PortSet(QList<PortRange> ranges)
    : m_ranges(std::move(ranges))
{
    std::sort(m_ranges.begin(), m_ranges.end(),
        [](const PortRange &a, const PortRange &b) { return a.first < b.first; });
    QList<PortRange> merged;
    for (const PortRange &r : std::as_const(m_ranges)) {
        if (r.first > r.last)
            continue;
        if (!merged.isEmpty() && r.first <= merged.last().last + 1)
            merged.last().last = std::max(merged.last().last, r.last);
        else
            merged.append(r);
    }
    m_ranges = merged;
}

PortSet PortSet::any()
{
    return PortSet({{0, kMaxPort}});
}

PortSet PortSet::range(int first, int last)
{
    first = std::clamp(first, 0, kMaxPort);
    last = std::clamp(last, 0, kMaxPort);
    return PortSet({{first, last}});
}

PortSet PortSet::fromRanges(const QList<PortRange> &ranges)
{
    QList<PortRange> clamped;
    for (const PortRange &r : ranges)
        clamped.append({std::clamp(r.first, 0, kMaxPort), std::clamp(r.last, 0, kMaxPort)});
    return PortSet(clamped);
}

PortSet PortSet::parseUfw(QStringView text, bool *ok)
{
    if (ok)
        *ok = false;
    if (text == u"any") {
        if (ok)
            *ok = true;
        return any();
    }
    if (text.isEmpty() || text.startsWith(u',') || text.startsWith(u':') || text.endsWith(u',')
        || text.endsWith(u':'))
        return {};
    if (text.count(u',') + text.count(u':') > kMaxUfwEntries - 1)
        return {};
    QList<PortRange> ranges;
    for (const QStringView part : text.split(u',')) {
        const qsizetype colon = part.indexOf(u':');
        int first = 0;
        int last = 0;
        if (colon < 0) {
            if (!readPort(part, &first))
                return {};
            last = first;
        } else {
            if (!readPort(part.left(colon), &first) || !readPort(part.mid(colon + 1), &last)
                || first >= last)
                return {};
        }
        ranges.append({first, last});
    }
    if (ok)
        *ok = true;
    return PortSet(ranges);
}

bool PortSet::isAny() const
{
    return m_ranges.size() == 1 && m_ranges.first().first <= 1 && m_ranges.first().last == kMaxPort;
}

bool PortSet::contains(int port) const
{
    return std::any_of(m_ranges.begin(), m_ranges.end(),
        [port](const PortRange &r) { return r.first <= port && port <= r.last; });
}

bool PortSet::containsAll(const PortSet &other) const
{
    return other.subtracted(*this).isEmpty();
}

bool PortSet::intersects(const PortSet &other) const
{
    for (const PortRange &a : m_ranges) {
        for (const PortRange &b : other.m_ranges) {
            if (a.first <= b.last && b.first <= a.last)
                return true;
        }
    }
    return false;
}

PortSet PortSet::intersected(const PortSet &other) const
{
    QList<PortRange> out;
    for (const PortRange &a : m_ranges) {
        for (const PortRange &b : other.m_ranges) {
            const int first = std::max(a.first, b.first);
            const int last = std::min(a.last, b.last);
            if (first <= last)
                out.append({first, last});
        }
    }
    return PortSet(out);
}

PortSet PortSet::subtracted(const PortSet &other) const
{
    QList<PortRange> out;
    for (PortRange a : m_ranges) {
        bool gone = false;
        for (const PortRange &b : other.m_ranges) {
            if (b.last < a.first || b.first > a.last)
                continue;
            if (b.first > a.first)
                out.append({a.first, b.first - 1});
            if (b.last >= a.last) {
                gone = true;
                break;
            }
            a.first = b.last + 1;
        }
        if (!gone)
            out.append(a);
    }
    return PortSet(out);
}

PortSet PortSet::united(const PortSet &other) const
{
    return PortSet(m_ranges + other.m_ranges);
}

int PortSet::portCount() const
{
    int n = 0;
    for (const PortRange &r : m_ranges)
        n += r.last - r.first + 1;
    return n;
}

QString PortSet::toUfwString() const
{
    if (isAny())
        return u"any"_s;
    QStringList parts;
    for (const PortRange &r : m_ranges) {
        if (r.first == r.last)
            parts.append(QString::number(r.first));
        else
            parts.append(QString::number(r.first) + u':' + QString::number(r.last));
    }
    return parts.join(u',');
}

} // namespace xynap::coverage
