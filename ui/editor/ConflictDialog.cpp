#include "ConflictDialog.h"

#include "model/FieldLabels.h"
#include "model/TrunkDiff.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ConflictDialog::ConflictDialog(
    const Trunk &base, const Trunk &theirs, const Trunk &mine, QWidget *parent)
    : QDialog(parent)
    , m_theirs(theirs)
    , m_mine(mine)
    , m_table(new QTableWidget(this))
{
    setObjectName(u"conflictDialog"_s);
    setWindowTitle(tr("Conflict: %1 was changed by someone else").arg(mine.gatewayName));
    for (const QString &field : editableTrunkFields()) {
        if (field == u"password"_s)
            continue;
        const QString t = fieldText(theirs, field);
        const QString m = fieldText(mine, field);
        if (t != m)
            m_fields.append(field);
    }
    m_table->setColumnCount(5);
    m_table->setAccessibleName(tr("Fields changed on both sides"));
    m_table->setTabKeyNavigation(false);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Before"), tr("Theirs (saved)"), tr("Yours"), tr("Keep")});
    m_table->setRowCount(int(m_fields.size()));
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString &f = m_fields.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(trunkFieldLabel(f)));
        m_table->setItem(i, 1, new QTableWidgetItem(fieldText(base, f)));
        m_table->setItem(i, 2, new QTableWidgetItem(fieldText(theirs, f)));
        m_table->setItem(i, 3, new QTableWidgetItem(fieldText(mine, f)));
        auto *choice = new QComboBox(m_table);
        choice->addItem(tr("Yours"), u"mine"_s);
        choice->addItem(tr("Theirs"), u"theirs"_s);
        // Where only they changed a field, theirs is the natural choice.
        if (fieldText(base, f) == fieldText(mine, f))
            choice->setCurrentIndex(1);
        m_table->setCellWidget(i, 4, choice);
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Someone saved %1 after you opened it. Choose for each field which "
                                "value to keep; then review and save again.")
                                 .arg(mine.gatewayName),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *use
        = buttons->addButton(tr("&Use this combination"), QDialogButtonBox::AcceptRole);
    use->setObjectName(u"resolvePushButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(use, &QPushButton::clicked, this, [this] {
        Q_EMIT resolved(merged());
        accept();
    });
    resize(820, 420);
}

void ConflictDialog::chooseTheirs(const QString &field)
{
    const int row = int(m_fields.indexOf(field));
    if (row < 0)
        return;
    if (auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(row, 4)))
        c->setCurrentIndex(1);
}

Trunk ConflictDialog::merged() const
{
    QStringList takeTheirs;
    for (int i = 0; i < m_fields.size(); ++i) {
        const auto *c = qobject_cast<QComboBox *>(m_table->cellWidget(i, 4));
        if (c && c->currentData().toString() == u"theirs"_s)
            takeTheirs.append(m_fields.at(i));
    }
    Trunk result = takeFields(m_mine, m_theirs, takeTheirs);
    result.password = m_mine.password; // a newly typed password stays yours
    return result;
}

} // namespace xynap::ui
