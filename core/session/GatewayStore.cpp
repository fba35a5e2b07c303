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
    if (byName == m_index.cend())
        return -1;
    // A key over the caller's bytes: looked up, never copied.
    return byName->value(QByteArray::fromRawData(name.data(), name.size()), -1);
}

int GatewayStore::rowsOn(const QString &node) const
{
    const auto byName = m_index.constFind(node);
    return byName == m_index.cend() ? 0 : int(byName->size());
}

void GatewayStore::index(int row)
{
    const GatewayRecord &r = m_rows[size_t(row)];
    m_index[r.node].insert(r.name.toUtf8(), row);
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
    // Batched: each run of neighbouring rows is one removal, and the index is rebuilt once from
    // the first removed row on (removing rows one by one re-indexed the rest each time).
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
        for (int row = low; row <= high; ++row) {
            const GatewayRecord &r = m_rows[size_t(row)];
            auto byName = m_index.find(r.node);
            if (byName != m_index.end()) {
                byName->remove(r.name.toUtf8());
                if (byName->isEmpty())
                    m_index.erase(byName);
            }
        }
        m_rows.erase(size_t(low), size_t(high) + 1);
        if (m_observer)
            m_observer->endRemove();
    }
    for (int row = rows.last(); row < size(); ++row)
        index(row);
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
