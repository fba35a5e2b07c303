#pragma once

#include "esl/Link.h"
#include "lint/Finding.h"
#include "model/Clock.h"
#include "model/ProviderSpec.h"
#include "model/StringPool.h"
#include "model/Trunk.h"
#include "session/Diagnosis.h"
#include "session/GatewayEventApplier.h"
#include "session/GatewayRecord.h"
#include "session/GatewayStore.h"
#include "session/NodeLinks.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

namespace xynap::session {

// Live gateway status of every FreeSWITCH node as a table: a snapshot after each (re)connect,
// events on top, diagnosis from the saved trunks. Three parts, one job each: the records and
// what they are read against are a GatewayStore, what the nodes say is applied to it by a
// GatewayEventApplier, and this class is the table model on top (the rows, their diagnosis and
// the signals) and what binds them to the nodes' links. The links and their staleness are
// NodeLinks' job; a node whose link is down or silent is stale, and its gateways are shown as
// "no data since", never as healthy.
class GatewayMonitor final : public QAbstractTableModel, private GatewayStore::Observer {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitor)

public:
    enum Column {
        Node,
        Gateway,
        Profile,
        State,
        Ping,
        LastStatus,
        Since,
        Calls,
        FailedCalls,
        Summary,
        ColumnCount
    };
    // More than any platform runs on one node: a node announcing more is flagged, not believed.
    static constexpr int MaxGatewaysPerNode = xynap::MaxGatewaysPerNode;

    enum Role { HealthRole = Qt::UserRole + 1, StaleRole, NodeRole, NameRole, SortRole };

    using NodeStatus = session::NodeStatus;

    explicit GatewayMonitor(QObject *parent = nullptr);
    ~GatewayMonitor() override;

    // Adds a node and starts its link (nothing is started for tests that feed events directly).
    esl::Link *addNode(const QString &name, const QString &host, quint16 port,
        const QString &password, esl::Link::Options options = {});
    // The trunks the Platform API serves: mod_xml_curl is answered by profile, so every node runs
    // every trunk. A trunk a node's snapshot lacks becomes a row "not running" there; a gateway no
    // trunk stands for is flagged.
    void setTrunks(const QList<Trunk> &trunks);
    bool trunksKnown() const { return m_store.trunksKnown(); }
    // As the Platform API listed them (shared, not copied).
    QList<Trunk> trunks() const { return m_store.trunks(); }
    void setCatalog(const ProviderCatalog &catalog)
    {
        m_catalog = catalog;
        invalidateDiagnoses();
    }
    // The clock of staleness and of every link (the system clock unless a test hands in its own;
    // it must outlive the monitor).
    void setClock(Clock *clock);
    void setStaleAfterMs(int ms) { m_links.setStaleAfterMs(ms); }

    // Fed by the links; public so tests and benchmarks can drive the model without sockets.
    void applySnapshot(const QString &node, const QList<GatewayStatus> &gateways);
    // A node's list as a link read it (taken: each block is given back once applied).
    void applyGatewayList(const QString &node, GatewayList gateways);
    void applySnapshotFailure(const QString &node, const QString &error, bool overLimit = false);
    void applyProfileStatus(const QString &node, const QString &profile, const QString &sipIp);
    void applyEvent(const QString &node, const esl::Event &event);
    // One gateway's `sofia xmlstatus gateway NAME`, without touching the others.
    void applyGatewayStatus(const QString &node, const GatewayStatus &status);
    void noteLinkState(const QString &node, esl::Link::State state, const QString &detail);

    QList<NodeStatus> nodes() const { return m_links.nodes(); }
    // How views name a node: a node known by its address ("10.0.0.5:8021", as connection
    // profiles name them) by the host name FreeSWITCH reports once it said one (with the
    // address if another node reports the same name); a node given a name keeps it.
    QString nodeLabel(const QString &node) const;
    // What FreeSWITCH runs on each of runningNodes(), as its last `sofia xmlstatus gateway` or
    // status answer reported it (realm, proxy, whether it registers); nullopt while there is
    // none (unknown). For the lint's "saved but not applied" and "not running" checks: the
    // store's lists, shared, not copied.
    std::optional<QList<NodeRunning>> running() const;
    // The nodes running() speaks for: connected, fresh, and with a snapshot taken.
    QStringList runningNodes() const;
    bool isStale(const QString &node) const { return m_links.isStale(node); }
    // Connected but its gateway list unreadable (the error), empty if readable or not connected.
    QString unreadableReason(const QString &node) const;

    // Which saved version of a trunk (Trunk::version) each node loaded last, by node and
    // gateway: recorded when FreeSWITCH adds the gateway while the console knows the trunk, and
    // after a successful apply. Keeps "saved, not applied" true for the fields xmlstatus does not
    // report (outbound proxy, caller ID, …).
    QHash<QString, int> appliedVersions() const; // key: node + '\x1f' + gateway
    void setAppliedVersions(const QHash<QString, int> &versions);
    void recordApplied(const QString &node, const QString &gateway);
    static QString appliedKey(const QString &node, const QString &gateway)
    {
        return GatewayStore::key(node, gateway);
    }
    // The gateways each node was last seen running, when, kept beside the settings by the
    // console and xynapctl alike, so that a gateway that vanishes — killed behind the console's
    // back, while it was not watching — is "gone", never silently absent. By node, then name
    // (shared, not copied).
    QHash<QString, GatewayStore::SeenByName> seenByNode() const { return m_store.seen(); }
    void setSeenGateways(const QHash<QString, GatewayStore::SeenByName> &seen);
    // The operator removes a vanished gateway from what is expected to run.
    void forgetGateway(const QString &node, const QString &name);
    // The operator takes a gateway out of service (before the killgw goes out: true) or the
    // killgw failed (false). Running again (added, or in a snapshot) ends it by itself.
    void markStoppedByOperator(const QString &node, const QString &name, bool stopped);
    // What the lint found for the trunk behind each gateway (session::gatewayFindings's shape:
    // drift and trunk errors, by gateway name), so that every view's diagnosis names the likely
    // cause of a failure, and a working gateway's saved-but-not-applied change or coming failure.
    void setConfigFindings(const QHash<QString, QList<lint::Finding>> &findings);
    const GatewayRecord *record(const QString &node, const QString &name) const;
    const GatewayRecord *recordAt(int row) const;
    // The model row of a gateway, -1 if the monitor does not know it.
    int rowFor(const QString &node, const QString &name) const { return m_store.rowOf(node, name); }
    Diagnosis diagnosisAt(int row) const;
    // The same, for a caller that asked isStale() of the row's node once for many rows of the
    // same moment (a scrape): the clock is not read again for every row.
    Diagnosis diagnosisAt(int row, bool nodeStale) const;
    // The state the views show: FreeSWITCH's word while it runs the gateway, else STOPPED,
    // NOT RUNNING or GONE.
    QString stateShown(const GatewayRecord &record) const;
    // The diagnosis of one gateway; Health::Unknown if the monitor does not know it.
    Diagnosis diagnosis(const QString &node, const QString &name) const;
    const Trunk *trunkFor(const QString &gatewayName) const;
    esl::Link *link(const QString &node) const { return m_links.link(node); }
    // Re-evaluates staleness now (also runs every second).
    void refreshStaleness() { m_links.refreshStaleness(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void nodesChanged();
    // A snapshot, a gateway added or deleted, or a gateway's status answer that changed what the
    // lint reads of it (GatewayEventApplier::applyGatewayStatus): running() changed.
    void runningChanged();
    void gatewayChanged(const QString &node, const QString &gateway);
    void gatewayDeleted(const QString &node, const QString &gateway);
    void gatewayAdded(const QString &node, const QString &gateway);
    void appliedVersionsChanged();
    void seenGatewaysChanged();

private:
    QDateTime now() const { return m_links.clock()->now(); }
    void onEvent(const QString &node, const esl::Event &event);
    void allRowsChanged();
    // The rows of these nodes (their staleness moved).
    void nodeRowsChanged(const QStringList &nodes);
    Diagnosis diagnoseRow(const GatewayRecord &record, bool stale) const;
    // Every row's cached diagnosis is outdated (trunks, findings, a node's state).
    void invalidateDiagnoses() { ++m_generation; }
    // What the applier reports beyond the rows, as signals.
    void announce(const QString &node, const GatewayEventApplier::Outcome &outcome);

    // GatewayStore::Observer: the store's inserts, removals and changes as the model's.
    void beginAppend(int first, int last) override { beginInsertRows({}, first, last); }
    void endAppend() override { endInsertRows(); }
    void beginRemove(int first, int last) override { beginRemoveRows({}, first, last); }
    void endRemove() override { endRemoveRows(); }
    void rowChanged(int row) override;

    GatewayStore m_store;
    GatewayEventApplier m_applier {m_store};
    quint64 m_generation = 1; // of the rows' cached diagnoses
    mutable StringPool m_diagnosisTexts; // the cached diagnoses' words
    // The diagnosis of a stale node's rows, made once for all of them (a fleet's scrape asked it
    // 5,000 times a node): it changes with what the node last said and, at midnight, with the
    // date its time of day is shown with.
    struct StaleWords {
        quint64 generation = 0;
        QDateTime lastDataAt;
        QString detail;
        QDateTime validUntil; // the next local midnight after it was made
        Diagnosis diagnosis;
    };
    mutable QHash<QString, StaleWords> m_staleWords; // by node
    ProviderCatalog m_catalog;
    NodeLinks m_links; // last: its links go first, while the rows they report to are still here
};

} // namespace xynap::session
