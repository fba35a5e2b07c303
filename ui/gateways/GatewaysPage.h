#pragma once

#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace xynap::session {
class PlatformSession;
} // namespace xynap::session

namespace xynap::ui {

namespace Ui {
class GatewaysPage;
}

class HealthDecorationProxy;
class SettlingSortProxy;

// Live gateways of every node: table, diagnosis, history, and the apply actions. The form is
// GatewaysPage.ui.
class GatewaysPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaysPage)

public:
    explicit GatewaysPage(session::PlatformSession *session, QWidget *parent = nullptr);
    ~GatewaysPage() override;

    QTableView *view() const;
    // Runs killgw + rescan for the selected gateway (the "Apply" button).
    void applySelected();
    // Applies a saved trunk on `node`, or on every connected node when it is empty: killgw +
    // rescan, or (without a gateway, for a trunk FreeSWITCH does not run at all) a rescan of the
    // profile. What the lint's "saved but not applied" and "not running" findings offer.
    void apply(const QString &profile, const QString &gateway, const QString &node = {});
    void restartSelectedProfile();
    // Takes the selected gateway out of service (killgw) or returns it (a rescan that loads it
    // again, waiting for it), each after a confirmation.
    void toggleServiceOfSelected();

Q_SIGNALS:
    void actionFinished(bool ok, const QString &message);
    // "Edit the trunk…" or a double-click: the trunk behind the gateway, in the editor.
    void editTrunkRequested(const QString &gateway);

private:
    void updateDetail();
    void updateNodes();
    void runAction(bool reloadAcl);
    void startApply(const QString &node, const QString &profile, const QString &gateway);
    int selectedSourceRow() const; // the monitor's row of the selected gateway, -1 if none
    QString selectedNode() const;
    QString selectedGateway() const;
    QString selectedProfile() const;

    std::unique_ptr<Ui::GatewaysPage> m_ui;
    session::PlatformSession *m_session;
    HealthDecorationProxy *m_health;
    SettlingSortProxy *m_proxy;
    // Widgets of the form (m_ui) that the refresh and the actions write to.
};

} // namespace xynap::ui
