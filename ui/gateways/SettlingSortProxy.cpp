#include "ui/gateways/SettlingSortProxy.h"

namespace xynap::ui {

SettlingSortProxy::SettlingSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false);
    m_settle.setSingleShot(true);
    m_settle.setInterval(DefaultSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &SettlingSortProxy::settle);
}

void SettlingSortProxy::setSourceModel(QAbstractItemModel *source)
{
    disconnect(m_dataChanged);
    disconnect(m_rowsInserted);
    disconnect(m_rowsRemoved);
    QSortFilterProxyModel::setSourceModel(source);
    if (!source)
        return;
    m_dataChanged = connect(source, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            onDataChanged(topLeft, bottomRight);
        });
    // New and removed rows (a snapshot, a gateway added) are rare: sort them in as soon as the
    // burst is over, in one go.
    const auto soon = [this] {
        if (!m_soon) {
            m_soon = true;
            QTimer::singleShot(0, this, [this] {
                m_soon = false;
                settle();
            });
        }
    };
    m_rowsInserted = connect(source, &QAbstractItemModel::rowsInserted, this, soon);
    m_rowsRemoved = connect(source, &QAbstractItemModel::rowsRemoved, this, soon);
}

void SettlingSortProxy::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (m_settle.isActive())
        return; // already due
    const auto touches = [&](int column) {
        return column < 0 || (topLeft.column() <= column && column <= bottomRight.column());
    };
    if ((sortColumn() >= 0 && touches(sortColumn()))
        || (!filterRegularExpression().pattern().isEmpty() && touches(filterKeyColumn())))
        m_settle.start();
}

void SettlingSortProxy::setFilterText(const QString &text)
{
    setFilterFixedString(text);
    settle();
}

void SettlingSortProxy::settle()
{
    m_settle.stop();
    invalidateFilter();
    if (sortColumn() >= 0)
        sort(sortColumn(), sortOrder());
}

} // namespace xynap::ui
