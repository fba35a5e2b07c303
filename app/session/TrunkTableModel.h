#pragma once

#include "model/Trunk.h"

#include <QAbstractTableModel>

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
        ColumnCount
    };
    enum Role { TrunkIdRole = Qt::UserRole + 1, SortRole };

    explicit TrunkTableModel(QObject *parent = nullptr);

    void setTrunks(const QList<Trunk> &trunks);
    const QList<Trunk> &trunks() const { return m_trunks; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Trunk> m_trunks;
};

} // namespace xynap::session
