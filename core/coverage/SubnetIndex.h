#pragma once

#include "coverage/Cidr.h"

#include <QHash>
#include <QList>
#include <array>

namespace xynap::coverage {

// Finds, among many address blocks, the ones that overlap a given block: those that contain it
// (looked up by their network address at each prefix length in use, which
// QHostAddress::parseSubnet computes) and those inside it (a range of the blocks sorted by
// address, checked with isInSubnet). Each block carries an id, e.g. a rule's index.
class SubnetIndex final {
public:
    void add(const Subnet &subnet, int id);
    // The ids of the blocks that contain `range` or lie in it, ascending.
    QList<int> overlapping(const Subnet &range);
    bool isEmpty() const { return m_size == 0; }

private:
    using Key = std::array<quint8, 16>;
    struct Entry {
        Key key;
        Subnet subnet;
        int id = -1;
    };
    struct Family {
        QList<Entry> sorted;
        QHash<int, QHash<QHostAddress, QList<int>>> byPrefix;
        QList<int> prefixes; // ascending
        bool dirty = false;
    };
    static Key keyOf(const QHostAddress &address);
    Family *family(const Subnet &subnet);
    static void prepare(Family &f);

    std::array<Family, 2> m_families; // IPv4, IPv6; sorted on the first query after an add()
    qsizetype m_size = 0;
};

} // namespace xynap::coverage
