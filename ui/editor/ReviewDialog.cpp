#include "ReviewDialog.h"

#include "model/FieldLabels.h"
#include "model/TrunkDiff.h"
#include "session/TrunkEditSession.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

ReviewDialog::ReviewDialog(
    session::TrunkEditSession *edit, const QList<lint::Finding> &findings, QWidget *parent)
    : QDialog(parent)
    , m_diff(new QTableWidget(this))
    , m_xml(new QPlainTextEdit(this))
{
    setObjectName(u"reviewDialog"_s);
    setWindowTitle(tr("Review changes to %1").arg(edit->draft().gatewayName));
    const QList<FieldChange> changes = diffTrunks(edit->stored(), edit->draft());
    m_diff->setColumnCount(3);
    m_diff->setAccessibleName(tr("Changes"));
    m_diff->setTabKeyNavigation(false);
    m_xml->setAccessibleName(tr("Gateway XML"));
    m_diff->setHorizontalHeaderLabels(
        {tr("Field"), edit->isNew() ? tr("Before") : tr("Saved"), tr("New")});
    m_diff->setRowCount(int(changes.size()));
    for (int i = 0; i < changes.size(); ++i) {
        m_diff->setItem(i, 0, new QTableWidgetItem(trunkFieldLabel(changes.at(i).field)));
        m_diff->setItem(i, 1, new QTableWidgetItem(changes.at(i).before));
        m_diff->setItem(i, 2, new QTableWidgetItem(changes.at(i).after));
    }
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->resizeColumnsToContents();
    m_xml->setReadOnly(true);
    m_xml->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_xml->setPlainText(tr("Asking the Platform API for the gateway XML…"));
    connect(edit, &session::TrunkEditSession::previewReady, m_xml, &QPlainTextEdit::setPlainText);
    edit->requestPreview();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(changes.isEmpty() ? tr("Nothing changed.")
                                     : tr("%n field(s) will change:", nullptr, int(changes.size())),
            this));
    layout->addWidget(m_diff, 1);
    layout->addWidget(new QLabel(tr("FreeSWITCH will receive this gateway (password masked). A "
                                    "saved trunk is applied with killgw + rescan."),
        this));
    layout->addWidget(m_xml, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(u"saveReviewedPushButton"_s);
    QStringList errors;
    for (const lint::Finding &f : findings) {
        if (f.severity == lint::Severity::Error)
            errors.append(u"%1: %2"_s.arg(f.ruleId, f.message).toHtmlEscaped());
    }
    if (!errors.isEmpty()) {
        auto *warning = new QLabel(
            u"<b>%1</b><br>%2"_s.arg(
                tr("The checks found errors that will cause an outage:").toHtmlEscaped(),
                errors.join(u"<br>"_s)), // each line escaped on its own: <br> is markup
            this);
        warning->setWordWrap(true);
        warning->setStyleSheet(u"QLabel { color: #8b0000; }"_s);
        layout->addWidget(warning);
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(u"overrideReasonLineEdit"_s);
        m_reason->setAccessibleName(tr("Reason for saving despite errors"));
        m_reason->setPlaceholderText(
            tr("To save anyway, give a reason (it goes to the activity log)"));
        layout->addWidget(m_reason);
        m_saveButton->setText(tr("Save &anyway"));
        m_saveButton->setEnabled(false);
        connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_saveButton->setEnabled(text.trimmed().size() >= 5); });
    }
    if (changes.isEmpty())
        m_saveButton->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        Q_EMIT confirmed(m_reason ? m_reason->text().trimmed() : QString());
        accept();
    });
    resize(760, 620);
}

} // namespace xynap::ui
