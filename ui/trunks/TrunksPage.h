#pragma once

#include "model/Trunk.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;
class QTreeWidgetItem;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

namespace Ui {
class TrunksPage;
}

class TrunkEditor;

// The trunk list: sortable, filterable, with the load state said plainly. The form is
// TrunksPage.ui; the buttons of the catalog's providers are added in code.
class TrunksPage final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunksPage)

public:
    explicit TrunksPage(session::PlatformSession *session, QWidget *parent = nullptr);
    ~TrunksPage() override;

    QTableView *view() const;
    // Opens the editor on the selected trunk, or on a new one prefilled for `newProvider`.
    TrunkEditor *openEditor(const QString &newProvider);
    TrunkEditor *lastEditor() const;
    // Selects the trunk behind a gateway and opens it in the editor (nullptr: no such trunk).
    TrunkEditor *openTrunk(const QString &gatewayName);
    void deleteSelected();
    std::optional<Trunk> selectedTrunk() const;
    QTreeWidget *findingsView() const;

Q_SIGNALS:
    // A firewall or ACL finding was opened: its matrix, rules and fixes are on the Coverage page;
    // subject is the finding's (the range and service, or the ACL's range).
    void coverageRequested(const QString &subject, bool acl);
    // "Apply to FreeSWITCH" on a saved-but-not-applied (gateway set) or not-running (gateway
    // empty: rescan the profile) finding, on the node it names (empty: every connected node).
    void applyRequested(const QString &node, const QString &profile, const QString &gateway);

private:
    void updateStatus();
    void sizeColumnsOnce();
    void setApplyEnabled(bool enabled);
    // What "Apply to FreeSWITCH" applies: the selected finding if it offers that, else the
    // selected trunk's finding that does (saved but not applied, not running); nullptr if none.
    QTreeWidgetItem *applyItem() const;
    void updateApplyEnabled();

    std::unique_ptr<Ui::TrunksPage> m_ui;
    session::PlatformSession *m_session;
    QSortFilterProxyModel *m_proxy;
    QTimer m_countdown; // while an automatic retry of the trunks is planned
    void updateFindings();
    QPointer<TrunkEditor> m_lastEditor;
    int m_selectedTrunkId = 0; // across a reload of the list
    bool m_restoringSelection = false;
};

} // namespace xynap::ui
