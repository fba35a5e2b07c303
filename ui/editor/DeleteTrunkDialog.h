#pragma once

#include "model/Trunk.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPushButton;

namespace xynap::ui {

namespace Ui {
class DeleteTrunkDialog;
}

// Deleting a trunk takes its numbers off the air: the operator types the gateway name. The form
// is DeleteTrunkDialog.ui.
class DeleteTrunkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteTrunkDialog)

public:
    explicit DeleteTrunkDialog(const Trunk &trunk, QWidget *parent = nullptr);
    ~DeleteTrunkDialog() override;
    QLineEdit *nameLineEdit() const;
    QPushButton *deleteButton() const;

private:
    std::unique_ptr<Ui::DeleteTrunkDialog> m_ui;
};

} // namespace xynap::ui
