#pragma once

#include "lint/Finding.h"
#include "model/Trunk.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <memory>

class QUndoStack;

namespace xynap::session {
class PlatformSession;
class TrunkEditSession;
} // namespace xynap::session

namespace xynap::ui {

namespace Ui {
class TrunkEditor;
}

// The trunk editor: every field of the contract, validation as you type (the lint rules, shown
// under their field with the fix), a write-only password, undo/redo, and a dirty marker. Saving
// goes through the review dialog; a conflict opens the conflict dialog; nothing is lost.
class TrunkEditor final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrunkEditor)

public:
    TrunkEditor(session::PlatformSession *session, QWidget *parent = nullptr);
    ~TrunkEditor() override;

    void editTrunk(const Trunk &stored, const QByteArray &etag);
    void newTrunk(const QString &providerId);
    session::TrunkEditSession *editSession() const { return m_edit; }
    // The findings on the current draft (what the field markers show).
    const QList<lint::Finding> &findings() const { return m_findings; }
    QWidget *fieldWidget(const QString &field) const { return m_fieldWidgets.value(field); }
    QUndoStack *undoStack() const { return m_undo; }
    void setReadOnlyReason(const QString &reason);

    // Opens the review; returns after the dialog closes (tests drive it through its signals).
    void review();

Q_SIGNALS:
    void savedTrunk(const xynap::Trunk &trunk);

protected:
    void done(int result) override;

private:
    void buildForm();
    void loadDraftIntoForm();
    Trunk draftFromForm() const;
    void onFormEdited();
    void relint();
    void showServerErrors(const QList<FieldError> &errors);
    void onConflict(const Trunk &theirs, const QByteArray &etag);
    void updateTitle();
    // Review and save only when there is something to save (Enter in a field presses it).
    void updateSaveEnabled();
    // Tab from a field goes to its quick fixes, then to the next field; the dialog's buttons last.
    void updateTabOrder();

    std::unique_ptr<Ui::TrunkEditor> m_ui;
    session::PlatformSession *m_session;
    session::TrunkEditSession *m_edit;
    QUndoStack *m_undo;
    bool m_loading = false;
    QList<lint::Finding> m_findings;
    QHash<QString, QWidget *> m_fieldWidgets;
    QHash<QString, QWidget *> m_notes; // per field: its findings, under it
    QHash<QString, QString> m_serverErrors;
    QSet<QChar> m_mnemonics; // the Alt+letters of the form's labels and the dialog's buttons
};

} // namespace xynap::ui
