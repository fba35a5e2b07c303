#include "ui/common/Prompter.h"

#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace xynap::ui {

namespace {
std::optional<bool> nextAnswer;
std::optional<int> nextChoice;

class MessageBoxPrompter final : public Prompter {
public:
    bool confirm(QWidget *parent, const QString &title, const QString &text,
        const QString &confirmLabel) override
    {
        if (nextAnswer) {
            const bool answer = *nextAnswer;
            nextAnswer.reset();
            return answer;
        }
        QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
        QPushButton *yes = box.addButton(confirmLabel, QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    }

    int choose(QWidget *parent, const QString &title, const QString &text,
        const QStringList &choices) override
    {
        if (nextChoice) {
            const int answer = *nextChoice;
            nextChoice.reset();
            return answer;
        }
        QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
        QList<QPushButton *> buttons;
        for (const QString &label : choices)
            buttons.append(box.addButton(label, QMessageBox::AcceptRole));
        if (!buttons.isEmpty())
            box.setDefaultButton(buttons.first());
        box.exec();
        return int(buttons.indexOf(qobject_cast<QPushButton *>(box.clickedButton())));
    }
};
} // namespace

Prompter *Prompter::instance()
{
    static MessageBoxPrompter prompter;
    return &prompter;
}

void Prompter::setNextAnswer(bool answer)
{
    nextAnswer = answer;
}

void Prompter::setNextChoice(int index)
{
    nextChoice = index;
}

} // namespace xynap::ui
