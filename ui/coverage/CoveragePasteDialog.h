#pragma once

#include "session/CoverageMatrixModel.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace xynap::ui {

namespace Ui {
class CoveragePasteDialog;
}

// Paste UFW output or acl.conf.xml: what `ufw status numbered`, `ufw show added`, user.rules or
// `xml_locate configuration configuration name acl.conf` printed on the switch. The form is
// CoveragePasteDialog.ui.
class CoveragePasteDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoveragePasteDialog)

public:
    explicit CoveragePasteDialog(QWidget *parent = nullptr);
    ~CoveragePasteDialog() override;

    QString text() const;
    // nullopt: detect from the text.
    std::optional<session::CoverageMatrixModel::SourceKind> kind() const;

private:
    std::unique_ptr<Ui::CoveragePasteDialog> m_ui;
};

} // namespace xynap::ui
