#pragma once

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace xynap::session {
class ActivityLog;
}

namespace xynap::ui {

namespace Ui {
class ActivityPage;
}

// Every Platform API request, filterable and exportable (CSV). The form is ActivityPage.ui.
class ActivityPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityPage)

public:
    explicit ActivityPage(session::ActivityLog *log, QWidget *parent = nullptr);
    ~ActivityPage() override;
    bool exportTo(const QString &path);

private:
    std::unique_ptr<Ui::ActivityPage> m_ui;
    session::ActivityLog *m_log;
    QSortFilterProxyModel *m_proxy;
};

} // namespace xynap::ui
