#pragma once

#include "lint/Finding.h"

#include <QDialog>

class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace xynap::session {
class TrunkEditSession;
}

namespace xynap::ui {

// What will change, field by field, and the gateway XML FreeSWITCH will receive. An error
// finding needs an explicit override with a reason, which goes to the activity log.
class ReviewDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDialog)

public:
    ReviewDialog(session::TrunkEditSession *edit, const QList<lint::Finding> &findings,
        QWidget *parent = nullptr);

    QTableWidget *diffTable() const { return m_diff; }
    QPlainTextEdit *xmlView() const { return m_xml; }
    QPushButton *saveButton() const { return m_saveButton; }
    QLineEdit *overrideReason() const { return m_reason; }

Q_SIGNALS:
    void confirmed(const QString &overrideReason);

private:
    QTableWidget *m_diff;
    QPlainTextEdit *m_xml;
    QLineEdit *m_reason = nullptr;
    QPushButton *m_saveButton;
};

} // namespace xynap::ui
