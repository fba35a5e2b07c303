#include "ui/coverage/CoverageStyle.h"

#include <QBrush>
#include <QFont>

namespace xynap::ui {

using State = session::CoverageMatrixModel::CellState;

CoverageStyle coverageStyle(State state)
{
    switch (state) {
    case State::Covered:
        return {QColor(0xd7, 0xf0, 0xd8), QColor(0x10, 0x40, 0x18), QColor(0x43, 0xa0, 0x47)};
    case State::Partly:
        return {QColor(0xff, 0xec, 0xc2), QColor(0x5a, 0x3a, 0x00), QColor(0xf5, 0xa6, 0x23)};
    case State::Shadowed:
        return {QColor(0xec, 0xd9, 0xf7), QColor(0x4a, 0x14, 0x6b), QColor(0x8e, 0x24, 0xaa)};
    case State::NotCovered:
        return {QColor(0xfd, 0xd5, 0xd5), QColor(0x6b, 0x0b, 0x0b), QColor(0xe5, 0x39, 0x35)};
    case State::NotNeeded:
        return {QColor(0xf4, 0xf4, 0xf4), QColor(0x80, 0x80, 0x80), QColor(0xd0, 0xd0, 0xd0)};
    case State::Unknown:
        break;
    }
    return {QColor(0xe4, 0xe4, 0xe4), QColor(0x40, 0x40, 0x40), QColor(0xb0, 0xb0, 0xb0)};
}

QVariant CoverageDecorationProxy::data(const QModelIndex &index, int role) const
{
    using Model = session::CoverageMatrixModel;
    if (index.isValid() && index.column() >= Model::SipUdp
        && (role == Qt::BackgroundRole || role == Qt::ForegroundRole || role == Qt::FontRole)) {
        const auto state
            = static_cast<State>(QIdentityProxyModel::data(index, Model::StateRole).toInt());
        const CoverageStyle style = coverageStyle(state);
        if (role == Qt::BackgroundRole)
            return QBrush(style.background);
        if (role == Qt::ForegroundRole)
            return QBrush(style.foreground);
        if (state == State::NotCovered || state == State::Shadowed) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace xynap::ui
