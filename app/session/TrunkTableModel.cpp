#include "TrunkTableModel.h"

#include <QStringList>

namespace xynap::session {

TrunkTableModel::TrunkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrunkTableModel::setTrunks(const QList<Trunk> &trunks)
{
    beginResetModel();
    m_trunks = trunks;
    endResetModel();
}

int TrunkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trunks.size());
}

int TrunkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrunkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trunk &t = m_trunks.at(index.row());
    if (role == TrunkIdRole)
        return t.id;
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.gatewayName;
    case Provider:
        return t.provider;
    case Profile:
        return t.profile;
    case Register:
        if (role == SortRole)
            return t.registerEnabled;
        return t.registerEnabled ? tr("REGISTER") : tr("IP authentication");
    case Proxy:
        return t.proxy;
    case OutboundProxy:
        return t.outboundProxy;
    case Realm:
        return t.realm;
    case Numbers: {
        QStringList numbers;
        for (const TrunkNumber &n : t.numbers)
            numbers.append(role == Qt::ToolTipRole && !n.use.isEmpty()
                    ? n.number + QStringLiteral(" (") + n.use + u')'
                    : n.number);
        return numbers.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant TrunkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Gateway");
    case Provider:
        return tr("Provider");
    case Profile:
        return tr("Profile");
    case Register:
        return tr("Authentication");
    case Proxy:
        return tr("Proxy");
    case OutboundProxy:
        return tr("Outbound proxy");
    case Realm:
        return tr("Realm");
    case Numbers:
        return tr("Numbers");
    default:
        return {};
    }
}

} // namespace xynap::session
