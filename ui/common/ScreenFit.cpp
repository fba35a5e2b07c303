#include "ui/common/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace xynap::ui {

void fitToScreen(QWidget *window, QSize preferred)
{
    QScreen *screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    if (screen) {
        const QSize room = screen->availableGeometry().size() * 0.9;
        preferred = preferred.boundedTo(room).expandedTo(window->minimumSizeHint().boundedTo(room));
    }
    window->resize(preferred);
}

} // namespace xynap::ui
