#include "CoveragePasteDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using Kind = session::CoverageMatrixModel::SourceKind;

CoveragePasteDialog::CoveragePasteDialog(QWidget *parent)
    : QDialog(parent)
    , m_kind(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Paste firewall rules or ACL"));
    m_kind->setObjectName(u"pasteKindComboBox"_s);
    m_kind->addItem(tr("Detect from the text"));
    m_kind->addItem(tr("UFW (user.rules, ufw status, ufw show added)"));
    m_kind->addItem(tr("FreeSWITCH ACL (acl.conf.xml)"));
    m_text->setObjectName(u"pasteTextEdit"_s);
    m_text->setAccessibleName(tr("Pasted rules"));
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setPlaceholderText(tr("ufw allow from 92.197.176.0/24 to any port 5060 proto udp\n…"));

    auto *hint = new QLabel(
        tr("Paste what the switch printed. Nothing is sent anywhere and nothing is changed."),
        this);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Analyse"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 480);
}

QString CoveragePasteDialog::text() const
{
    return m_text->toPlainText();
}

std::optional<Kind> CoveragePasteDialog::kind() const
{
    switch (m_kind->currentIndex()) {
    case 1:
        return Kind::Ufw;
    case 2:
        return Kind::Acl;
    default:
        return std::nullopt;
    }
}

} // namespace xynap::ui
