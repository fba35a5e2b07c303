#pragma once

#include "session/CoverageMatrixModel.h"

#include <QColor>
#include <QIdentityProxyModel>

namespace xynap::ui {

// Coverage is shown by colour AND a symbol AND text, never by colour alone. `background` and
// `foreground` are for table cells, `fill` for the range bar.
struct CoverageStyle {
    QColor background;
    QColor foreground;
    QColor fill;
};

CoverageStyle coverageStyle(session::CoverageMatrixModel::CellState state);

// Adds the colours to the coverage matrix, from its StateRole.
class CoverageDecorationProxy final : public QIdentityProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageDecorationProxy)

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace xynap::ui
