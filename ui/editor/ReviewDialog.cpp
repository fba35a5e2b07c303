#include "ui/editor/ReviewDialog.h"

#include "model/FieldLabels.h"
#include "model/TrunkDiff.h"
#include "session/TrunkEditSession.h"
#include "ui/common/ScreenFit.h"
#include "ui_ReviewDialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ReviewDialog::ReviewDialog(
    session::TrunkEditSession *edit, const QList<lint::Finding> &findings, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReviewDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Review changes to %1").arg(edit->draft().gatewayName));
    const QList<FieldChange> changes = diffTrunks(edit->stored(), edit->draft());
    m_ui->changesLabel->setText(changes.isEmpty()
            ? tr("Nothing changed.")
            : tr("%n field(s) will change:", nullptr, int(changes.size())));
    QTableWidget *diff = m_ui->diffTableWidget;
    diff->setHorizontalHeaderLabels(
        {tr("Field"), edit->isNew() ? tr("Before") : tr("Saved"), tr("New")});
    diff->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        diff->setItem(i, 0, new QTableWidgetItem(trunkFieldLabel(changes.at(i).field)));
        diff->setItem(i, 1, new QTableWidgetItem(changes.at(i).before));
        diff->setItem(i, 2, new QTableWidgetItem(changes.at(i).after));
    }
    diff->resizeColumnsToContents();
    m_ui->xmlPlainTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(edit, &session::TrunkEditSession::previewReady, m_ui->xmlPlainTextEdit,
        &QPlainTextEdit::setPlainText);
    edit->requestPreview();

    QPushButton *save = m_ui->saveReviewedPushButton;
    QStringList errors;
    for (const lint::Finding &f : findings) {
        if (f.severity == lint::Severity::Error)
            errors.append(u"%1: %2"_s.arg(f.ruleId, f.message).toHtmlEscaped());
    }
    m_needsReason = !errors.isEmpty();
    m_ui->errorsLabel->setVisible(m_needsReason);
    m_ui->overrideReasonLineEdit->setVisible(m_needsReason);
    if (m_needsReason) {
        m_ui->errorsLabel->setText(u"<b>%1</b><br>%2"_s.arg(
            tr("The checks found errors that will cause an outage:").toHtmlEscaped(),
            errors.join(u"<br>"_s))); // each line escaped on its own: <br> is markup
        save->setText(tr("Save &anyway"));
        save->setEnabled(false);
        connect(m_ui->overrideReasonLineEdit, &QLineEdit::textChanged, this,
            [save](const QString &text) { save->setEnabled(text.trimmed().size() >= 5); });
    }
    if (changes.isEmpty())
        save->setEnabled(false);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(save, &QPushButton::clicked, this, [this] {
        Q_EMIT confirmed(
            m_needsReason ? m_ui->overrideReasonLineEdit->text().trimmed() : QString());
        accept();
    });
    fitToScreen(this, QSize(760, 620));
}

ReviewDialog::~ReviewDialog() = default;

QTableWidget *ReviewDialog::diffTable() const
{
    return m_ui->diffTableWidget;
}

QPlainTextEdit *ReviewDialog::xmlView() const
{
    return m_ui->xmlPlainTextEdit;
}

QPushButton *ReviewDialog::saveButton() const
{
    return m_ui->saveReviewedPushButton;
}

QLineEdit *ReviewDialog::overrideReason() const
{
    return m_needsReason ? m_ui->overrideReasonLineEdit : nullptr;
}

} // namespace xynap::ui
