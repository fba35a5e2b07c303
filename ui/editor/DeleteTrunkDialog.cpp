#include "ui/editor/DeleteTrunkDialog.h"

#include "ui_DeleteTrunkDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace xynap::ui {

DeleteTrunkDialog::DeleteTrunkDialog(const Trunk &trunk, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DeleteTrunkDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Delete trunk %1?").arg(trunk.gatewayName));
    QStringList numbers;
    for (const TrunkNumber &n : trunk.numbers)
        numbers.append(
            (n.use.isEmpty() ? n.number : u"%1 (%2)"_s.arg(n.number, n.use)).toHtmlEscaped());
    m_ui->numbersLabel->setText(numbers.isEmpty()
            ? tr("The trunk %1 has no numbers.").arg(trunk.gatewayName).toHtmlEscaped()
            // Each number escaped on its own: the list's tags are markup, not text.
            : tr("These numbers lose their route when %1 is deleted:")
                    .arg(trunk.gatewayName)
                    .toHtmlEscaped()
                + u"<ul><li>"_s + numbers.join(u"</li><li>"_s) + u"</li></ul>"_s);
    m_ui->stillRunningLabel->setText(
        tr("Deleting the trunk does not stop its gateway: FreeSWITCH keeps %1 registered and "
           "routing calls until it is removed (Gateways page: the gateway then shows \"Not "
           "served by the Platform API\"; xynapctl lint: XY-NOT-SERVED with the killgw line).")
            .arg(trunk.gatewayName));
    connect(m_ui->confirmNameLineEdit, &QLineEdit::textChanged, this,
        [this, name = trunk.gatewayName](
            const QString &typed) { m_ui->deleteTrunkPushButton->setEnabled(typed == name); });
    connect(m_ui->deleteTrunkPushButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

DeleteTrunkDialog::~DeleteTrunkDialog() = default;

QLineEdit *DeleteTrunkDialog::nameLineEdit() const
{
    return m_ui->confirmNameLineEdit;
}

QPushButton *DeleteTrunkDialog::deleteButton() const
{
    return m_ui->deleteTrunkPushButton;
}

} // namespace xynap::ui
