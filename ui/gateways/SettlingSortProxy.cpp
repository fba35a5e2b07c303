#include "ui/gateways/SettlingSortProxy.h"

#include <QDateTime>

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
    // New and removed rows (a node's list, a gateway added) are sorted in once the changes
    // settle, as changed values are: fifty nodes' lists arriving over a second or two sort a
    // few times, not fifty (each sort is all the rows: 20 ms at 20,000).
    const auto soon = [this] {
        if (!m_settle.isActive())
            m_settle.start();
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
    if (sortColumn() < 0)
        return;
    const QAbstractItemModel *source = sourceModel();
    const int rows = source ? source->rowCount() : 0;
    m_keys.resize(size_t(rows));
    for (int row = 0; row < rows; ++row) {
        Key &key = m_keys[size_t(row)];
        key.value = source->index(row, sortColumn()).data(sortRole());
        switch (key.value.userType()) {
        case QMetaType::UnknownType:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Float:
        case QMetaType::Double:
        case QMetaType::QChar:
        case QMetaType::QDate:
        case QMetaType::QTime:
        case QMetaType::QDateTime:
            key.asText = false;
            key.text.clear();
            break;
        default:
            key.asText = true;
            key.text = key.value.toString();
            break;
        }
    }
    m_keysRead = true;
    sort(sortColumn(), sortOrder());
    m_keysRead = false;
    m_keys.clear();
}

bool SettlingSortProxy::lessThan(
    const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const
{
    if (m_keysRead && sourceLeft.column() == sortColumn() && sourceRight.column() == sortColumn()
        && size_t(sourceLeft.row()) < m_keys.size() && size_t(sourceRight.row()) < m_keys.size())
        return keyLessThan(sourceLeft.row(), sourceRight.row());
    return QSortFilterProxyModel::lessThan(sourceLeft, sourceRight);
}

bool SettlingSortProxy::keyLessThan(int left, int right) const
{
    // QSortFilterProxyModel::lessThan's rules (QAbstractItemModelPrivate::isVariantLessThan).
    const Key &l = m_keys[size_t(left)];
    const Key &r = m_keys[size_t(right)];
    if (l.value.userType() == QMetaType::UnknownType)
        return false;
    if (r.value.userType() == QMetaType::UnknownType)
        return true;
    switch (l.value.userType()) {
    case QMetaType::Int:
        return l.value.toInt() < r.value.toInt();
    case QMetaType::UInt:
        return l.value.toUInt() < r.value.toUInt();
    case QMetaType::LongLong:
        return l.value.toLongLong() < r.value.toLongLong();
    case QMetaType::ULongLong:
        return l.value.toULongLong() < r.value.toULongLong();
    case QMetaType::Float:
        return l.value.toFloat() < r.value.toFloat();
    case QMetaType::Double:
        return l.value.toDouble() < r.value.toDouble();
    case QMetaType::QChar:
        return l.value.toChar() < r.value.toChar();
    case QMetaType::QDate:
        return l.value.toDate() < r.value.toDate();
    case QMetaType::QTime:
        return l.value.toTime() < r.value.toTime();
    case QMetaType::QDateTime:
        return l.value.toDateTime() < r.value.toDateTime();
    default:
        break;
    }
    const auto less = [this](const QString &a, const QString &b) {
        return isSortLocaleAware() ? a.localeAwareCompare(b) < 0
                                   : a.compare(b, sortCaseSensitivity()) < 0;
    };
    return r.asText ? less(l.text, r.text) : less(l.text, r.value.toString());
}

} // namespace xynap::ui
