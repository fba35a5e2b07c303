#pragma once

class QWidget;

namespace xynap::ui {

// For a page built by a Designer form: uic sets the texts only after it has built the layouts,
// and a splitter asks its children for their sizes while it is being filled, so a layout nested
// in a splitter's child keeps the sizes of empty labels and buttons until it is shown. Marks
// every layout under `form` for a fresh look, so that a page not shown yet already counts in the
// window's minimum size. Call right after setupUi().
void refreshFormLayouts(QWidget *form);

} // namespace xynap::ui
