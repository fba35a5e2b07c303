#pragma once

#include "lint/Finding.h"
#include "model/GatewayStatus.h"
#include "model/Trunk.h"
#include "session/BlockList.h"
#include "session/GatewayRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <functional>

namespace xynap::session {

// What the console knows of every gateway on every node: one GatewayRecord per gateway per node,
// in the order they were first seen (the rows of GatewayMonitor's table), and beside them what
// the records are read against — the trunks the Platform API serves, what each node runs, which
// saved version each node loaded, when each gateway last ran, the lint's findings. A plain store:
// no Qt model, no signals, no clock. Who changes a record says so (changed()); rows are appended
// and removed only through append()/ensure()/remove(), which tell the Observer before and after,
// so that a table model on top keeps its views in step.
class GatewayStore final {
public:
    class Observer {
    public:
        Observer() = default;
        Observer(const Observer &) = delete;
        Observer &operator=(const Observer &) = delete;
        Observer(Observer &&) = delete;
        Observer &operator=(Observer &&) = delete;
        virtual ~Observer() = default;
        virtual void beginAppend(int first, int last) = 0;
        virtual void endAppend() = 0;
        virtual void beginRemove(int first, int last) = 0;
        virtual void endRemove() = 0;
        virtual void rowChanged(int row) = 0;
    };
    void setObserver(Observer *observer) { m_observer = observer; }

    static QString key(const QString &node, const QString &name)
    {
        return node + QChar(0x1f) + name;
    }

    int size() const { return int(m_rows.size()); }
    const GatewayRecord &at(int row) const { return m_rows[size_t(row)]; }
    GatewayRecord &at(int row) { return m_rows[size_t(row)]; }
    // The row of a gateway, -1 if there is none; by its name as an event carries it (UTF-8),
    // without making text of it.
    int rowOf(const QString &node, const QString &name) const;
    int rowOfUtf8(const QString &node, QByteArrayView name) const;
    int rowsOn(const QString &node) const;

    // Appends `count` rows in one insertion, made in place: fill(i, record) makes the i-th
    // (each a new gateway: no row of the same node and name yet). No list of records beside the
    // rows, not even for a moment.
    void append(qsizetype count, const std::function<void(qsizetype, GatewayRecord &)> &fill);
    // The row of a gateway, appended (empty) if there is none.
    int ensure(const QString &node, const QString &name);
    // Removes rows, each run of neighbours in one removal.
    void remove(QList<int> rows);
    // A record changed: its cached diagnosis goes, and the observer hears of it.
    void changed(int row);

    // The trunks the Platform API serves, as it listed them (shared with the list given, not
    // copied), and by gateway name (the last of a name, as FreeSWITCH would load it); known once
    // set.
    void setTrunks(const QList<Trunk> &trunks);
    bool trunksKnown() const { return m_trunksKnown; }
    const QList<Trunk> &trunks() const { return m_trunks; }
    // Gateway name -> index in trunks().
    const QHash<QString, qsizetype> &trunksByName() const { return m_trunkIndex; }
    const Trunk *trunkFor(const QString &gatewayName) const;

    // What each node runs, one list per node (GatewayRecord::runningIndex points into it): a
    // lint snapshot shares the lists, never copies them. Rows and entries are one to one; an
    // entry's name is its row's own text.
    const RunningGateway *runningOf(int row) const;
    // Sets a row's entry (appended, or replacing the one it has) and returns it.
    RunningGateway &setRunning(int row, RunningGateway gateway);
    // The row's entry to change in place, nullptr if it has none.
    RunningGateway *mutableRunning(int row);
    // The row no longer runs there (the node's last entry takes its place).
    void clearRunning(int row);
    void reserveRunning(const QString &node, qsizetype size);
    const QHash<QString, QList<RunningGateway>> &running() const { return m_running; }
    // A node's list unknown again: none of its rows speaks for what runs.
    void forgetRunningOn(const QString &node);
    // The nodes whose gateways are known (a snapshot was read).
    QSet<QString> &snapshotNodes() { return m_snapshotNodes; }
    const QSet<QString> &snapshotNodes() const { return m_snapshotNodes; }
    // A profile's sip-ip by key(node, profile).
    QHash<QString, QString> &profileSipIp() { return m_profileSipIp; }
    // Trunk::version each node loaded last, by key(node, gateway).
    QHash<QString, int> &applied() { return m_applied; }
    const QHash<QString, int> &applied() const { return m_applied; }
    // When each gateway last ran, by node, then by name. The names are the rows' own (shared,
    // not copied): a key of node and name per gateway was 180 B more, 45 MB at 250,000.
    using SeenByName = QHash<QString, QDateTime>;
    QHash<QString, SeenByName> &seen() { return m_seen; }
    const QHash<QString, SeenByName> &seen() const { return m_seen; }
    // The lint's findings for the trunk behind each gateway, by gateway name.
    QHash<QString, QList<lint::Finding>> &configFindings() { return m_configFindings; }
    const QHash<QString, QList<lint::Finding>> &configFindings() const { return m_configFindings; }

private:
    // One node's rows by gateway name: an open-addressed table of row numbers, hashed by the
    // name's UTF-8 (as events name it) and compared with the row's own name. A hash of UTF-8
    // copies of the names was 21 MB at 250,000 rows; this is 4 MB.
    struct NameSlots {
        struct Slot {
            int row = -1; // -1: free
            quint32 hash = 0;
        };
        std::vector<Slot> slots; // a power of two in size, at most half full
        qsizetype count = 0;
    };
    static quint32 hashOf(QByteArrayView utf8);
    static void place(NameSlots &table, NameSlots::Slot slot);
    void index(int row);
    // The rows `removed` (ascending) are gone, the others moved up.
    void renumber(const QList<int> &removed);

    BlockList<GatewayRecord> m_rows; // appending a node's list never moves the rows there are
    QHash<QString, NameSlots> m_index; // by node
    Observer *m_observer = nullptr;
    QSet<QString> m_snapshotNodes;
    QList<Trunk> m_trunks;
    QHash<QString, qsizetype> m_trunkIndex;
    bool m_trunksKnown = false;
    QHash<QString, QString> m_profileSipIp;
    QHash<QString, int> m_applied;
    QHash<QString, SeenByName> m_seen;
    QHash<QString, QList<lint::Finding>> m_configFindings;
    QHash<QString, QList<RunningGateway>> m_running;
};

} // namespace xynap::session
