#include "ui/coverage/CoveragePasteDialog.h"

#include "ui/common/ScreenFit.h"
#include "ui_CoveragePasteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QPlainTextEdit>
#include <QPushButton>

namespace xynap::ui {

using Kind = session::CoverageMatrixModel::SourceKind;

CoveragePasteDialog::CoveragePasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CoveragePasteDialog>())
{
    m_ui->setupUi(this);
    m_ui->pasteTextEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_ui->analysePushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    fitToScreen(this, QSize(720, 480));
}

CoveragePasteDialog::~CoveragePasteDialog() = default;

QString CoveragePasteDialog::text() const
{
    return m_ui->pasteTextEdit->toPlainText();
}

std::optional<Kind> CoveragePasteDialog::kind() const
{
    switch (m_ui->pasteKindComboBox->currentIndex()) {
    case 1:
        return Kind::Ufw;
    case 2:
        return Kind::Acl;
    default:
        return std::nullopt;
    }
}

} // namespace xynap::ui
