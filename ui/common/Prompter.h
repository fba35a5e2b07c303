#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace xynap::ui {

// Confirmations go through this seam, so tests can answer them (KeePassXC's setNextAnswer).
class Prompter {
public:
    virtual ~Prompter() = default;
    virtual bool confirm(
        QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel)
        = 0;

    // One of several answers: the index into `choices` (button labels, the first the default),
    // or -1 for Cancel.
    virtual int choose(
        QWidget *parent, const QString &title, const QString &text, const QStringList &choices)
        = 0;

    static Prompter *instance();
    // For tests: the next confirm() returns `answer` without showing anything.
    static void setNextAnswer(bool answer);
    // For tests: the next choose() returns `index` without showing anything.
    static void setNextChoice(int index);
};

} // namespace xynap::ui
