#include "DeleteTrunkDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

DeleteTrunkDialog::DeleteTrunkDialog(const Trunk &trunk, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
{
    setWindowTitle(tr("Delete trunk %1?").arg(trunk.gatewayName));
    QStringList numbers;
    for (const TrunkNumber &n : trunk.numbers)
        numbers.append(
            (n.use.isEmpty() ? n.number : u"%1 (%2)"_s.arg(n.number, n.use)).toHtmlEscaped());
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(numbers.isEmpty()
            ? tr("The trunk %1 has no numbers.").arg(trunk.gatewayName)
            // Each number escaped on its own: the list's tags are markup, not text.
            : tr("These numbers lose their route when %1 is deleted:")
                    .arg(trunk.gatewayName)
                    .toHtmlEscaped()
                + u"<ul><li>"_s + numbers.join(u"</li><li>"_s) + u"</li></ul>"_s,
        this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *running = new QLabel(tr("Deleting the trunk does not stop its gateway: FreeSWITCH keeps "
                                  "%1 registered and routing calls until it is removed (Gateways "
                                  "page: the gateway then shows \"Not served by the Platform "
                                  "API\"; xynapctl lint: XY-NOT-SERVED with the killgw line).")
                                   .arg(trunk.gatewayName),
        this);
    running->setObjectName(u"stillRunningLabel"_s);
    running->setWordWrap(true);
    layout->addWidget(running);
    layout->addWidget(new QLabel(tr("Type the gateway name to confirm:"), this));
    m_name->setObjectName(u"confirmNameLineEdit"_s);
    m_name->setAccessibleName(tr("Gateway name to confirm"));
    layout->addWidget(m_name);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_delete = buttons->addButton(tr("&Delete trunk"), QDialogButtonBox::DestructiveRole);
    m_delete->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_name, &QLineEdit::textChanged, this,
        [this, name = trunk.gatewayName](
            const QString &typed) { m_delete->setEnabled(typed == name); });
    connect(m_delete, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace xynap::ui
