#pragma once

#include <QSize>

class QWidget;

namespace xynap::ui {

// Resizes a top-level window to `preferred`, but never larger than the screen it opens on leaves
// room for (90 % of the available geometry): at 2× a 1200×700 window on a 1280×720-equivalent
// screen, or a dialog on 1366×768, stays reachable; its layouts and scroll areas take up the rest.
void fitToScreen(QWidget *window, QSize preferred);

} // namespace xynap::ui
