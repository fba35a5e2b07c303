#pragma once

#include <QObject>

class QWidget;

namespace xynap::ui {

// The mouse wheel scrolls the form; it changes a spin box or combo box only after the operator
// clicked or tabbed into it (Expire went from 600 to 597 under a scrolling wheel otherwise).
class WheelGuard final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WheelGuard)

public:
    // Guards `widget` (focus on click or Tab only, no wheel while unfocused); the guard is a
    // child of the widget.
    static void install(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit WheelGuard(QObject *parent);
};

} // namespace xynap::ui
