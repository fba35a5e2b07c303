#pragma once

#include "lint/Finding.h"
#include "model/Trunk.h"

#include <QAbstractTableModel>
#include <QHash>

namespace xynap::session {

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
        Checks,
        ColumnCount
    };
    enum Role { TrunkIdRole = Qt::UserRole + 1, SortRole };

    explicit TrunkTableModel(QObject *parent = nullptr);

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
    QList<Trunk> m_trunks;
    QHash<int, QList<lint::Finding>> m_findings;
};

} // namespace xynap::session
