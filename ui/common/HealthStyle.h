#pragma once

#include "session/GatewayRecord.h"

#include <QColor>
#include <QIdentityProxyModel>
#include <QString>

namespace xynap::ui {

// Health is shown by colour AND a symbol AND text, never by colour alone.
struct HealthStyle {
    QColor background;
    QColor foreground;
    QString symbol; // ✔ ▲ ✖ ?
    QString label;
};

HealthStyle healthStyle(session::Health health, bool dark = false);

// Adds colour and symbol to the monitor's table, from its HealthRole.
class HealthDecorationProxy final : public QIdentityProxyModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthDecorationProxy)

public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace xynap::ui
