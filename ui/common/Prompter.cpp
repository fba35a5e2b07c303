#include "Prompter.h"

#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace xynap::ui {

namespace {
std::optional<bool> nextAnswer;

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

} // namespace xynap::ui
