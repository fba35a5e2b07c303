#pragma once

#include <QWidget>

class QSortFilterProxyModel;
class QTableView;

namespace xynap::session {
class ActivityLog;
}

namespace xynap::ui {

// Every Platform API request, filterable and exportable (CSV).
class ActivityPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(session::ActivityLog *log, QWidget *parent = nullptr);
    bool exportTo(const QString &path);

private:
    session::ActivityLog *m_log;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
};

} // namespace xynap::ui
