#pragma once

#include "model/Trunk.h"

#include <QDialog>

class QTableWidget;

namespace xynap::ui {

// Someone else saved first: their version and yours, field by field, and the operator chooses
// per field. Nothing of either is lost.
class ConflictDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    ConflictDialog(
        const Trunk &base, const Trunk &theirs, const Trunk &mine, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QStringList conflictingFields() const { return m_fields; }
    // Chooses their value for `field` (tests; the UI uses the combo boxes).
    void chooseTheirs(const QString &field);
    Trunk merged() const;

Q_SIGNALS:
    void resolved(const xynap::Trunk &merged);

private:
    Trunk m_theirs;
    Trunk m_mine;
    QStringList m_fields;
    QTableWidget *m_table;
};

} // namespace xynap::ui
