#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

class HealthDecorationProxy;

// Live gateways of every node: table, diagnosis, history, and the apply actions.
class GatewaysPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaysPage)

public:
    explicit GatewaysPage(session::PlatformSession *session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    // Runs killgw + rescan for the selected gateway (the "Apply" button).
    void applySelected();
    void restartSelectedProfile();

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);

private:
    void updateDetail();
    void updateNodes();
    void runApi(const QString &command, const QString &what);
    QString selectedNode() const;
    QString selectedGateway() const;
    QString selectedProfile() const;

    session::PlatformSession *m_session;
    HealthDecorationProxy *m_health;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_nodes;
    QLabel *m_title;
    QLabel *m_diagnosis;
    QLabel *m_numbers;
    QPlainTextEdit *m_history;
    QPlainTextEdit *m_raw;
    QLabel *m_actionStatus;
    QPushButton *m_apply;
    QPushButton *m_rescan;
    QPushButton *m_restart;
};

} // namespace xynap::ui
