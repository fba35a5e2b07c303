#pragma once

#include "lint/Finding.h"

#include <QDialog>
#include <memory>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace xynap::session {
class TrunkEditSession;
}

namespace xynap::ui {

namespace Ui {
class ReviewDialog;
}

// What will change, field by field, and the gateway XML FreeSWITCH will receive. An error
// finding needs an explicit override with a reason, which goes to the activity log. The form is
// ReviewDialog.ui.
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    ReviewDialog(session::TrunkEditSession *edit, const QList<lint::Finding> &findings,
        QWidget *parent = nullptr);
    ~ReviewDialog() override;

    QTableWidget *diffTable() const;
    QPlainTextEdit *xmlView() const;
    QPushButton *saveButton() const;
    // Null unless the checks found errors (then saving needs a reason).
    QLineEdit *overrideReason() const;

Q_SIGNALS:
    void confirmed(const QString &overrideReason);

private:
    std::unique_ptr<Ui::ReviewDialog> m_ui;
    bool m_needsReason = false;
};

} // namespace xynap::ui
