#include "ui/common/HealthStyle.h"

#include "session/GatewayMonitor.h"

#include <QBrush>
#include <QCoreApplication>

namespace xynap::ui {

HealthStyle healthStyle(session::Health health, bool dark)
{
    switch (health) {
    case session::Health::Healthy:
        return {dark ? QColor(0x1e, 0x7d, 0x32) : QColor(0xd7, 0xf0, 0xd8),
            dark ? QColor(Qt::white) : QColor(0x10, 0x40, 0x18), QStringLiteral("✔"),
            QCoreApplication::translate("xynap::ui", "OK")};
    case session::Health::Degraded:
        return {dark ? QColor(0xb2, 0x6a, 0x00) : QColor(0xff, 0xec, 0xc2),
            dark ? QColor(Qt::white) : QColor(0x5a, 0x3a, 0x00), QStringLiteral("▲"),
            QCoreApplication::translate("xynap::ui", "Degraded")};
    case session::Health::Down:
        return {dark ? QColor(0xb7, 0x1c, 0x1c) : QColor(0xfd, 0xd5, 0xd5),
            dark ? QColor(Qt::white) : QColor(0x6b, 0x0b, 0x0b), QStringLiteral("✖"),
            QCoreApplication::translate("xynap::ui", "Down")};
    case session::Health::Unknown:
        break;
    }
    return {dark ? QColor(0x55, 0x5a, 0x60) : QColor(0xe4, 0xe4, 0xe4),
        dark ? QColor(0xdd, 0xdd, 0xdd) : QColor(0x40, 0x40, 0x40), QStringLiteral("?"),
        QCoreApplication::translate("xynap::ui", "No data")};
}

QVariant HealthDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole || role == Qt::ForegroundRole
        || (role == Qt::DisplayRole && index.column() == session::GatewayMonitor::State)) {
        const auto health = static_cast<session::Health>(
            QIdentityProxyModel::data(index, session::GatewayMonitor::HealthRole).toInt());
        const HealthStyle style = healthStyle(health);
        if (role == Qt::BackgroundRole)
            return QBrush(style.background);
        if (role == Qt::ForegroundRole)
            return QBrush(style.foreground);
        const QString state = QIdentityProxyModel::data(index, role).toString();
        return QString(style.symbol + QLatin1Char(' ') + (state.isEmpty() ? style.label : state));
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace xynap::ui
