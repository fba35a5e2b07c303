#pragma once

#include <QSortFilterProxyModel>
#include <QTimer>
#include <vector>

namespace xynap::ui {

// A sort/filter proxy for live tables. Re-sorting thousands of gateways on every state event
// costs more than the event itself; here a changed value shows at once, but the rows move (and
// the filter is re-applied) only once the changes settle: at most every settle interval, and
// only after a change in the sorted or filtered column. Inserted rows show at once, at the end,
// and are sorted in when the changes settle too.
class SettlingSortProxy final : public QSortFilterProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettlingSortProxy)

public:
    static constexpr int DefaultSettleMs = 250;

    explicit SettlingSortProxy(QObject *parent = nullptr);
    void setSettleInterval(int ms) { m_settle.setInterval(ms); }
    void setSourceModel(QAbstractItemModel *source) override;
    // Sorts and filters now (what the timer does).
    void settle();
    // The operator's filter: applied at once, and the rows it lets back in sorted at once (a
    // non-dynamic proxy would insert them in source order).
    void setFilterText(const QString &text);
    bool isSettling() const { return m_settle.isActive(); }

protected:
    // During settle(), from each row's value read once (the same order as
    // QSortFilterProxyModel's); otherwise QSortFilterProxyModel's own.
    bool lessThan(const QModelIndex &sourceLeft, const QModelIndex &sourceRight) const override;

private:
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    bool keyLessThan(int left, int right) const;

    // Each source row's sort value while settle() sorts: a sort reads every value about
    // 2 log2(n) times through the source's data() — 0.3 s at 50,000 gateways, after every list.
    struct Key {
        QVariant value;
        QString text; // the value as text, for the types compared as text
        bool asText = false;
    };
    std::vector<Key> m_keys;
    bool m_keysRead = false;

    QTimer m_settle;
    QMetaObject::Connection m_dataChanged;
    QMetaObject::Connection m_rowsInserted;
    QMetaObject::Connection m_rowsRemoved;
};

} // namespace xynap::ui
