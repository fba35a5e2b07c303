#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace xynap::esl {

// How long the connections sharing it may go on handling what they read in one turn of the event
// loop. Fifty nodes answering at once (each with its gateway list) were handled in one turn, and
// the window neither painted nor took input for half a second; past the budget a connection
// leaves the rest of what it read for the next turn — in order, nothing dropped or reordered.
class TurnBudget final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TurnBudget)

public:
    explicit TurnBudget(int budgetMs, QObject *parent = nullptr);
    // Whether this turn's budget is used up; the first call of a turn starts its clock.
    bool spent();

private:
    QElapsedTimer m_turn;
    QTimer m_nextTurn; // fires when the event loop has come round: a new turn
    int m_budgetMs;
    bool m_counting = false;
};

} // namespace xynap::esl
