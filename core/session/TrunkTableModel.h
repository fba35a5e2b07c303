#pragma once

#include "lint/Finding.h"
#include "model/ProviderSpec.h"
#include "model/Trunk.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xynap::session {

class GatewayMonitor;

// The trunks of one platform as a table, for the trunk list and `xynapctl trunks list`.
class TrunkTableModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunkTableModel)

public:
    enum Column {
        Name,
        Provider,
        Profile,
        Register,
        Proxy,
        OutboundProxy,
        Realm,
        Numbers,
        Running,
        Checks,
        ColumnCount
    };
    enum Role { TrunkIdRole = Qt::UserRole + 1, SortRole, HealthRole };

    explicit TrunkTableModel(QObject *parent = nullptr);

    // Provider names as the catalog spells them ("1&1", not "1und1").
    void setCatalog(const ProviderCatalog &catalog) { m_catalog = catalog; }
    // Where the Running column reads whether FreeSWITCH runs each trunk; nullptr: not known.
    // The cells are computed when a view asks, so 5,000 trunks on 50 nodes cost only the rows
    // on screen; runningChanged() tells the views once per burst of monitor changes.
    void setMonitor(const GatewayMonitor *monitor) { m_monitor = monitor; }
    void runningChanged();

    void setTrunks(const QList<Trunk> &trunks);
    const QList<Trunk> &trunks() const { return m_trunks; }
    // The lint findings per trunk id, shown as a badge in the Checks column.
    void setFindings(const QList<lint::Finding> &findings);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct RunningCell {
        int rank = 1; // severityRank: 0 down … 3 healthy
        int health = 0;
        QString text;
        QString detail;
    };
    RunningCell running(const Trunk &trunk) const;
    // running() of a row, computed once until the next runningChanged().
    const RunningCell &runningAt(int row) const;

    QList<Trunk> m_trunks;
    QHash<int, QList<lint::Finding>> m_findings;
    ProviderCatalog m_catalog = ProviderCatalog::builtIn();
    const GatewayMonitor *m_monitor = nullptr;
    // Cells already computed since the last runningChanged(): sorting by the column reads each
    // row many times.
    mutable QHash<int, RunningCell> m_runningCache;
};

} // namespace xynap::session
