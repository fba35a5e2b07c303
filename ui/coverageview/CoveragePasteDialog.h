#pragma once

#include "session/CoverageMatrixModel.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QPlainTextEdit;

namespace xynap::ui {

// Paste UFW output or acl.conf.xml: what `ufw status numbered`, `ufw show added`, user.rules or
// `xml_locate configuration configuration name acl.conf` printed on the switch.
class CoveragePasteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePasteDialog)

public:
    explicit CoveragePasteDialog(QWidget *parent = nullptr);

    QString text() const;
    // nullopt: detect from the text.
    std::optional<session::CoverageMatrixModel::SourceKind> kind() const;

private:
    QComboBox *m_kind;
    QPlainTextEdit *m_text;
};

} // namespace xynap::ui
