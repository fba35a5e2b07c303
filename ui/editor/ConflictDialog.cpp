#include "ui/editor/ConflictDialog.h"

#include "model/FieldLabels.h"
#include "model/TimeFormat.h"
#include "ui/common/ScreenFit.h"
#include "ui_ConflictDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ConflictDialog::ConflictDialog(const Trunk &base, const Trunk &theirs, const Trunk &mine,
    const QDateTime &refusedAt, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConflictDialog>())
    , m_theirs(theirs)
    , m_mine(mine)
    , m_rows(threeWayDiff(base, theirs, mine))
{
    m_ui->setupUi(this);
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Conflict: %1 was changed by someone else").arg(mine.gatewayName));

    qsizetype both = 0;
    for (const FieldConflict &c : std::as_const(m_rows))
        both += c.conflicts();
    m_ui->introLabel->setText(
        tr("Someone saved %1 after you opened it. Choose for each field which value to keep; "
           "then review and save again.")
            .arg(mine.gatewayName)
        + u' '
        + (both > 0 ? tr("%n field(s) changed on both sides (marked ⚠): these need your choice.",
               nullptr, int(both))
                    : tr("No field was changed on both sides: their changes and yours merge as "
                         "proposed.")));
    // The Platform API answers a refused save with the stored trunk: its version, and who saved
    // it when (updated_by, updated_at) where the API says so.
    // Plain text: the name comes from the server.
    m_ui->savedByLabel->setTextFormat(Qt::PlainText);
    if (!theirs.updatedBy.isEmpty() && theirs.updatedAt.isValid())
        m_ui->savedByLabel->setText(
            tr("Their version: %1, saved by %2 at %3 while you edited version %4; your save was "
               "refused at %5.")
                .arg(theirs.version)
                .arg(theirs.updatedBy.left(100), displayDateTime(theirs.updatedAt))
                .arg(base.version)
                .arg(displayDateTime(refusedAt)));
    else
        m_ui->savedByLabel->setText(
            tr("Their version: %1, saved while you edited version %2. The Platform API does not "
               "say who saved it or when; your save was refused at %3.")
                .arg(theirs.version)
                .arg(base.version)
                .arg(displayDateTime(refusedAt)));

    QTableWidget *table = m_ui->conflictTableWidget;
    table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < m_rows.size(); ++i) {
        const FieldConflict &c = m_rows.at(i);
        QString changedBy;
        switch (c.changedBy) {
        case FieldConflict::ChangedBy::Both:
            changedBy = tr("⚠ both, differently");
            break;
        case FieldConflict::ChangedBy::Theirs:
            changedBy = tr("them only");
            break;
        case FieldConflict::ChangedBy::Mine:
            changedBy = tr("you only");
            break;
        }
        const QList<QString> cells {trunkFieldLabel(c.field), changedBy, c.base, c.theirs, c.mine};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (c.conflicts()) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
            }
            table->setItem(i, column, item);
        }
        auto *choice = new QComboBox(table);
        choice->setAccessibleName(tr("Keep for %1").arg(trunkFieldLabel(c.field)));
        choice->addItem(tr("Yours"), u"mine"_s);
        choice->addItem(tr("Theirs"), u"theirs"_s);
        // Where only they changed a field, theirs is the natural choice.
        if (c.changedBy == FieldConflict::ChangedBy::Theirs)
            choice->setCurrentIndex(1);
        table->setCellWidget(i, KeepColumn, choice);
    }
    table->resizeColumnsToContents();

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->resolvePushButton, &QPushButton::clicked, this, [this] {
        Q_EMIT resolved(merged());
        accept();
    });
    fitToScreen(this, QSize(900, 440));
}

ConflictDialog::~ConflictDialog() = default;

QTableWidget *ConflictDialog::table() const
{
    return m_ui->conflictTableWidget;
}

QStringList ConflictDialog::conflictingFields() const
{
    QStringList fields;
    for (const FieldConflict &c : m_rows)
        fields.append(c.field);
    return fields;
}

QStringList ConflictDialog::trueConflicts() const
{
    QStringList fields;
    for (const FieldConflict &c : m_rows) {
        if (c.conflicts())
            fields.append(c.field);
    }
    return fields;
}

QString ConflictDialog::savedByText() const
{
    return m_ui->savedByLabel->text();
}

void ConflictDialog::chooseTheirs(const QString &field)
{
    const QStringList fields = conflictingFields();
    const int row = int(fields.indexOf(field));
    if (row < 0)
        return;
    if (auto *c = qobject_cast<QComboBox *>(table()->cellWidget(row, KeepColumn)))
        c->setCurrentIndex(1);
}

Trunk ConflictDialog::merged() const
{
    QStringList takeTheirs;
    for (int i = 0; i < m_rows.size(); ++i) {
        const auto *c = qobject_cast<QComboBox *>(table()->cellWidget(i, KeepColumn));
        if (c && c->currentData().toString() == u"theirs"_s)
            takeTheirs.append(m_rows.at(i).field);
    }
    Trunk result = takeFields(m_mine, m_theirs, takeTheirs);
    result.password = m_mine.password; // a newly typed password stays yours
    return result;
}

} // namespace xynap::ui
