#pragma once

#include "model/Trunk.h"
#include "model/TrunkDiff.h"

#include <QDateTime>
#include <QDialog>
#include <memory>

class QTableWidget;

namespace xynap::ui {

namespace Ui {
class ConflictDialog;
}

// Someone else saved first: their version and yours, field by field, each row saying who
// changed the field — both (a true conflict, marked), only they, or only you — and the operator
// chooses per field. Nothing of either is lost. Who saved and when: the Platform API tells the
// version only (its contract has no author or time), so the dialog names the versions and when
// the console was refused. The form is ConflictDialog.ui.
class ConflictDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    // `refusedAt`: when the save was refused (412).
    ConflictDialog(const Trunk &base, const Trunk &theirs, const Trunk &mine,
        const QDateTime &refusedAt, QWidget *parent = nullptr);
    ~ConflictDialog() override;

    QTableWidget *table() const;
    QStringList conflictingFields() const; // every row
    QStringList trueConflicts() const; // changed on both sides, differently
    QString savedByText() const;
    // Chooses their value for `field` (tests; the UI uses the combo boxes).
    void chooseTheirs(const QString &field);
    Trunk merged() const;

    enum Column {
        FieldColumn,
        ChangedByColumn,
        BeforeColumn,
        TheirsColumn,
        YoursColumn,
        KeepColumn
    };

Q_SIGNALS:
    void resolved(const xynap::Trunk &merged);

private:
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    Trunk m_theirs;
    Trunk m_mine;
    QList<FieldConflict> m_rows;
};

} // namespace xynap::ui
