#include "esl/TurnBudget.h"

namespace xynap::esl {

TurnBudget::TurnBudget(int budgetMs, QObject *parent)
    : QObject(parent)
    , m_budgetMs(budgetMs)
{
    m_nextTurn.setSingleShot(true);
    m_nextTurn.setInterval(0);
    connect(&m_nextTurn, &QTimer::timeout, this, [this] { m_counting = false; });
}

bool TurnBudget::spent()
{
    if (!m_counting) {
        m_counting = true;
        m_turn.start();
        m_nextTurn.start();
        return false;
    }
    return m_turn.elapsed() >= m_budgetMs;
}

} // namespace xynap::esl
