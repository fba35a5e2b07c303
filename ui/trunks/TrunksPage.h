#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

// The trunk list: sortable, filterable, with the load state said plainly.
class TrunksPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunksPage)

public:
    explicit TrunksPage(session::PlatformSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    void updateStatus();

    session::PlatformSession *m_session;
    QLineEdit *m_filter;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QLabel *m_status;
};

} // namespace xynap::ui
