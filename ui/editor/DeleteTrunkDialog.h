#pragma once

#include "model/Trunk.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace xynap::ui {

// Deleting a trunk takes its numbers off the air: the operator types the gateway name.
class DeleteTrunkDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeleteTrunkDialog)

public:
    explicit DeleteTrunkDialog(const Trunk &trunk, QWidget *parent = nullptr);
    QLineEdit *nameLineEdit() const { return m_name; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    QLineEdit *m_name;
    QPushButton *m_delete;
};

} // namespace xynap::ui
