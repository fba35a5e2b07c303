#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace xynap::coverage {

struct PortRange {
    int first = 0;
    int last = 0;

    friend bool operator==(const PortRange &, const PortRange &) = default;
};

// A set of TCP/UDP ports as sorted, disjoint, non-adjacent ranges.
class PortSet final {
public:
    PortSet() = default; // empty
    static PortSet any(); // 0..65535, what ufw calls "any"
    static PortSet single(int port) { return range(port, port); }
    static PortSet range(int first, int last);
    static PortSet fromRanges(const QList<PortRange> &ranges);

    // ufw's port syntax: "any", "5060", "5060,5061", "16384:16484", at most 15 entries, ports
    // 1..65535, a range's first port below its last. On failure returns an empty set and, if
    // given, sets *ok to false.
    static PortSet parseUfw(QStringView text, bool *ok = nullptr);

    bool isEmpty() const { return m_ranges.isEmpty(); }
    bool isAny() const;
    bool contains(int port) const;
    bool containsAll(const PortSet &other) const;
    bool intersects(const PortSet &other) const;
    PortSet intersected(const PortSet &other) const;
    PortSet subtracted(const PortSet &other) const;
    PortSet united(const PortSet &other) const;
    int portCount() const;
    const QList<PortRange> &ranges() const { return m_ranges; }

    // "5060", "5060,5061", "16384:16484"; "any" for the full set, "" for the empty one.
    QString toUfwString() const;

    friend bool operator==(const PortSet &, const PortSet &) = default;

private:
    explicit PortSet(QList<PortRange> ranges);
    QList<PortRange> m_ranges;
};

} // namespace xynap::coverage
