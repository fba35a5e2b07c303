#include "session/GatewayStore.h"

#include <algorithm>
#include <functional>

namespace xynap::session {

// 250,000 of them at 50 x 5,000: a member added out of its size's place costs padding there.
static_assert(sizeof(void *) != 8 || sizeof(GatewayRecord) <= 384,
    "GatewayRecord grew: keep its members by size (GatewayRecord.h)");

int GatewayStore::rowOf(const QString &node, const QString &name) const
{
    return rowOfUtf8(node, name.toUtf8());
}

int GatewayStore::rowOfUtf8(const QString &node, QByteArrayView name) const
{
    const auto byName = m_index.constFind(node);
    if (byName == m_index.cend() || byName->count == 0)
        return -1;
    const quint32 hash = hashOf(name);
    const size_t mask = byName->slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const NameSlots::Slot &slot = byName->slots[i];
        if (slot.row < 0)
            return -1;
        if (slot.hash != hash || size_t(slot.row) >= m_rows.size())
            continue;
        // The caller's bytes against the row's own text: nothing made for the comparison. (While
        // remove() tells its observer of one run after another, a slot may still name a row
        // that moved or went: then name or node does not match.)
        const GatewayRecord &r = m_rows[size_t(slot.row)];
        if (QAnyStringView::equal(QUtf8StringView(name), r.name) && r.node == node)
            return slot.row;
    }
}

int GatewayStore::rowsOn(const QString &node) const
{
    const auto byName = m_index.constFind(node);
    return byName == m_index.cend() ? 0 : int(byName->count);
}

quint32 GatewayStore::hashOf(QByteArrayView utf8)
{
    // Seeded per process, as QHash is: a node cannot choose names that all collide.
    return quint32(qHash(utf8, QHashSeed::globalSeed()));
}

void GatewayStore::place(NameSlots &table, NameSlots::Slot slot)
{
    if (size_t(table.count + 1) * 2 > table.slots.size()) {
        std::vector<NameSlots::Slot> old(std::max<size_t>(16, table.slots.size() * 2));
        old.swap(table.slots);
        table.count = 0;
        for (const NameSlots::Slot &kept : old) {
            if (kept.row >= 0)
                place(table, kept);
        }
    }
    const size_t mask = table.slots.size() - 1;
    size_t i = slot.hash & mask;
    while (table.slots[i].row >= 0)
        i = (i + 1) & mask;
    table.slots[i] = slot;
    ++table.count;
}

void GatewayStore::index(int row)
{
    const GatewayRecord &r = m_rows[size_t(row)];
    place(m_index[r.node], {row, hashOf(r.name.toUtf8())});
}

void GatewayStore::renumber(const QList<int> &removed)
{
    // Each table made anew from its own slots, without the removed rows, the rest numbered as
    // they are now: no name is hashed again.
    for (auto node = m_index.begin(); node != m_index.end();) {
        std::vector<NameSlots::Slot> old(node->slots.size());
        old.swap(node->slots);
        node->count = 0;
        for (const NameSlots::Slot &slot : old) {
            if (slot.row < 0)
                continue;
            const auto below = std::lower_bound(removed.cbegin(), removed.cend(), slot.row);
            if (below != removed.cend() && *below == slot.row)
                continue;
            place(*node, {slot.row - int(below - removed.cbegin()), slot.hash});
        }
        node = node->count == 0 ? m_index.erase(node) : std::next(node);
    }
}

void GatewayStore::append(
    qsizetype count, const std::function<void(qsizetype, GatewayRecord &)> &fill)
{
    if (count <= 0)
        return;
    const int first = size();
    if (m_observer)
        m_observer->beginAppend(first, first + int(count) - 1);
    for (qsizetype i = 0; i < count; ++i) {
        fill(i, m_rows.emplaceBack());
        index(size() - 1);
    }
    if (m_observer)
        m_observer->endAppend();
}

int GatewayStore::ensure(const QString &node, const QString &name)
{
    const int existing = rowOf(node, name);
    if (existing >= 0)
        return existing;
    append(1, [&](qsizetype, GatewayRecord &r) {
        r.node = node;
        r.name = name;
    });
    return size() - 1;
}

void GatewayStore::remove(QList<int> rows)
{
    // Batched: each run of neighbouring rows is one removal, and the index is renumbered once at
    // the end (removing rows one by one re-indexed the rest each time).
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    // While every row is where the index says: a cleared entry's place goes to another row's.
    for (const int row : std::as_const(rows))
        clearRunning(row);
    qsizetype i = 0;
    while (i < rows.size()) {
        const int high = rows.at(i);
        int low = high;
        while (i + 1 < rows.size() && rows.at(i + 1) == low - 1)
            low = rows.at(++i);
        ++i;
        if (m_observer)
            m_observer->beginRemove(low, high);
        m_rows.erase(size_t(low), size_t(high) + 1);
        if (m_observer)
            m_observer->endRemove();
    }
    std::reverse(rows.begin(), rows.end());
    renumber(rows);
}

void GatewayStore::changed(int row)
{
    m_rows[size_t(row)].diagnosis.reset();
    if (m_observer)
        m_observer->rowChanged(row);
}

void GatewayStore::setTrunks(const QList<Trunk> &trunks)
{
    m_trunks = trunks;
    m_trunkIndex.clear();
    m_trunkIndex.reserve(trunks.size());
    for (qsizetype i = 0; i < m_trunks.size(); ++i)
        m_trunkIndex.insert(m_trunks.at(i).gatewayName, i);
    m_trunksKnown = true;
}

const Trunk *GatewayStore::trunkFor(const QString &gatewayName) const
{
    const auto it = m_trunkIndex.constFind(gatewayName);
    return it == m_trunkIndex.cend() ? nullptr : &m_trunks.at(it.value());
}

const RunningGateway *GatewayStore::runningOf(int row) const
{
    const GatewayRecord &r = m_rows[size_t(row)];
    if (r.runningIndex < 0)
        return nullptr;
    const auto list = m_running.constFind(r.node);
    Q_ASSERT(list != m_running.cend() && r.runningIndex < list->size());
    return &list->at(r.runningIndex);
}

RunningGateway *GatewayStore::mutableRunning(int row)
{
    const GatewayRecord &r = m_rows[size_t(row)];
    if (r.runningIndex < 0)
        return nullptr;
    // Detaches the node's list if a lint snapshot still shares it.
    return &m_running[r.node][r.runningIndex];
}

RunningGateway &GatewayStore::setRunning(int row, RunningGateway gateway)
{
    GatewayRecord &r = m_rows[size_t(row)];
    gateway.name = r.name; // the row's own text, shared
    QList<RunningGateway> &list = m_running[r.node];
    if (r.runningIndex >= 0) {
        list[r.runningIndex] = std::move(gateway);
        return list[r.runningIndex];
    }
    r.runningIndex = int(list.size());
    list.append(std::move(gateway));
    return list.last();
}

void GatewayStore::clearRunning(int row)
{
    GatewayRecord &r = m_rows[size_t(row)];
    if (r.runningIndex < 0)
        return;
    const auto it = m_running.find(r.node);
    Q_ASSERT(it != m_running.end());
    QList<RunningGateway> &list = *it;
    const int last = int(list.size()) - 1;
    if (r.runningIndex != last) {
        // The last entry fills the hole: the list stays dense, whatever adds and deletes a node
        // sends between two snapshots.
        list[r.runningIndex] = std::move(list[last]);
        const int moved = rowOf(r.node, list.at(r.runningIndex).name);
        Q_ASSERT(moved >= 0);
        if (moved >= 0)
            m_rows[size_t(moved)].runningIndex = r.runningIndex;
    }
    list.removeLast();
    r.runningIndex = -1;
}

void GatewayStore::reserveRunning(const QString &node, qsizetype size)
{
    m_running[node].reserve(size);
}

void GatewayStore::forgetRunningOn(const QString &node)
{
    m_running.remove(node);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        if (GatewayRecord &r = m_rows[row]; r.node == node)
            r.runningIndex = -1;
    }
}

} // namespace xynap::session
