#pragma once

#include "Diagnosis.h"
#include "GatewayRecord.h"
#include "esl/EslLink.h"
#include "model/ProviderSpec.h"
#include "model/Trunk.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <functional>
#include <memory>
#include <optional>

namespace xynap::session {

// Live gateway status of every FreeSWITCH node: a snapshot after each (re)connect, events on
// top, diagnosis from the saved trunks. A node whose link is down or silent is stale, and its
// gateways are shown as "no data since", never as healthy.
class GatewayMonitor final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayMonitor)

public:
    enum Column { Node, Gateway, Profile, State, Ping, LastStatus, Since, Summary, ColumnCount };
    enum Role { HealthRole = Qt::UserRole + 1, StaleRole, NodeRole, NameRole, SortRole };

    struct NodeStatus {
        QString name;
        esl::Link::State state = esl::Link::State::Down;
        QString detail;
        QDateTime lastDataAt;
        bool stale = true;
    };

    explicit GatewayMonitor(QObject *parent = nullptr);
    ~GatewayMonitor() override;

    // Adds a node and starts its link (nothing is started for tests that feed events directly).
    esl::Link *addNode(const QString &name, const QString &host, quint16 port,
        const QString &password, esl::Link::Options options = {});
    void setTrunks(const QList<Trunk> &trunks);
    void setCatalog(const ProviderCatalog &catalog) { m_catalog = catalog; }
    void setClock(std::function<QDateTime()> clock);
    void setStaleAfterMs(int ms) { m_staleAfterMs = ms; }

    // Fed by the links; public so tests and benchmarks can drive the model without sockets.
    void applySnapshot(const QString &node, const QList<GatewayStatus> &gateways);
    void applyEvent(const QString &node, const esl::Event &event);
    // One gateway's `sofia xmlstatus gateway NAME`, without touching the others.
    void applyGatewayStatus(const QString &node, const GatewayStatus &status);
    void noteLinkState(const QString &node, esl::Link::State state, const QString &detail);

    QList<NodeStatus> nodes() const;
    // What FreeSWITCH runs, as `sofia xmlstatus gateway` last reported it (realm, proxy) with the
    // live state and its node, over runningNodes(); nullopt while there is none (unknown).
    // For the lint's "saved but not applied" and "not running" checks.
    std::optional<QList<GatewayStatus>> running() const;
    // The nodes running() speaks for: connected, fresh, and with a snapshot taken.
    QStringList runningNodes() const;
    bool isStale(const QString &node) const;
    const GatewayRecord *record(const QString &node, const QString &name) const;
    const GatewayRecord *recordAt(int row) const;
    Diagnosis diagnosisAt(int row) const;
    // The diagnosis of one gateway; Health::Unknown if the monitor does not know it.
    Diagnosis diagnosis(const QString &node, const QString &name) const;
    const Trunk *trunkFor(const QString &gatewayName) const;
    esl::Link *link(const QString &node) const;
    // Re-evaluates staleness now (also runs every second).
    void refreshStaleness();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void nodesChanged();
    // A snapshot, a gateway's status answer, or a gateway added or deleted: running() changed.
    void runningChanged();
    void gatewayChanged(const QString &node, const QString &gateway);
    void gatewayDeleted(const QString &node, const QString &gateway);
    void gatewayAdded(const QString &node, const QString &gateway);

private:
    struct NodeData {
        NodeStatus status;
        esl::Link *link = nullptr;
    };
    int rowOf(const QString &node, const QString &name) const;
    int ensureRow(const QString &node, const QString &name);
    void removeRow(int row);
    void rowChanged(int row);
    static QString key(const QString &node, const QString &name)
    {
        return node + QChar(0x1f) + name;
    }

    std::vector<GatewayRecord> m_rows;
    QHash<QString, int> m_index;
    QHash<QString, NodeData> m_nodes;
    struct Running {
        QString node;
        GatewayStatus status; // the last xmlstatus of the gateway
    };
    QHash<QString, Running> m_running; // by key(node, name)
    QSet<QString> m_snapshotNodes; // nodes whose gateways are known
    QHash<QString, Trunk> m_trunks;
    ProviderCatalog m_catalog;
    std::function<QDateTime()> m_clock;
    int m_staleAfterMs = 45'000;
    QTimer m_staleTimer;
};

} // namespace xynap::session
