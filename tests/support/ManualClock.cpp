#include "ManualClock.h"

namespace xynap::testsupport {

ManualClock::ManualClock(QDateTime start)
    : m_epoch(std::move(start))
{
}

ManualClock::~ManualClock()
{
    Q_ASSERT_X(m_queue.empty(), "ManualClock", "a timer outlives its clock");
}

void ManualClock::advance(qint64 ms)
{
    const qint64 target = m_nowMs + ms;
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        const auto due = m_queue.begin();
        m_nowMs = qMax(m_nowMs, due->first);
        Timer *timer = due->second;
        m_queue.erase(due);
        fire(timer); // may arm or disarm any timer, this one included
    }
    m_nowMs = target;
}

bool ManualClock::arm(Timer *timer, qint64 ms)
{
    disarm(timer);
    m_queue.emplace(m_nowMs + qMax<qint64>(0, ms), timer);
    return true;
}

void ManualClock::disarm(Timer *timer)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->second == timer) {
            m_queue.erase(it);
            return;
        }
    }
}

} // namespace xynap::testsupport
