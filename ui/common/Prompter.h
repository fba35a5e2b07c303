#pragma once

#include <QString>

class QWidget;

namespace xynap::ui {

// Confirmations go through this seam, so tests can answer them (KeePassXC's setNextAnswer).
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
        = 0;

    static Prompter *instance();
    // For tests: the next confirm() returns `answer` without showing anything.
    static void setNextAnswer(bool answer);
};

} // namespace xynap::ui
