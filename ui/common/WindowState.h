#pragma once

#include <QString>

class QSettings;
class QWidget;

namespace xynap::ui {

// What a window looks like between runs, in the console's settings under `group`: its geometry
// (and a main window's dock/toolbar state), every named splitter's sizes and every named table's
// header (column widths, order, sort). Children are found by object name, so a widget without
// one is not remembered.
class WindowState final {
public:
    static void save(const QWidget *window, QSettings &settings, const QString &group);
    // True when there was something to restore (the window keeps its default size otherwise).
    static bool restore(QWidget *window, QSettings &settings, const QString &group);
};

} // namespace xynap::ui
