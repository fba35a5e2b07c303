#include "sandbox/SimScheduler.h"

namespace xynap::sandbox {

SimScheduler::SimScheduler(Mode mode, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_epoch(QDateTime::currentDateTimeUtc())
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimScheduler::runDue);
}

qint64 SimScheduler::nowMs() const
{
    return m_mode == Mode::Manual ? m_manualNow : m_elapsed.elapsed();
}

quint64 SimScheduler::schedule(qint64 delayMs, Callback callback)
{
    const quint64 id = m_nextId++;
    m_byId.emplace(
        id, m_queue.emplace(nowMs() + qMax<qint64>(0, delayMs), Item {id, std::move(callback)}));
    rearm();
    return id;
}

void SimScheduler::cancel(quint64 id)
{
    const auto it = m_byId.find(id);
    if (it == m_byId.end())
        return; // ran already, or never was
    m_queue.erase(it->second);
    m_byId.erase(it);
    rearm();
}

void SimScheduler::advance(qint64 ms)
{
    Q_ASSERT(m_mode == Mode::Manual);
    const qint64 target = m_manualNow + ms;
    while (!m_queue.empty() && m_queue.begin()->first <= target) {
        m_manualNow = qMax(m_manualNow, m_queue.begin()->first);
        runDue();
    }
    m_manualNow = target;
}

void SimScheduler::rearm()
{
    if (m_mode == Mode::Manual)
        return;
    if (m_queue.empty()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = qMax<qint64>(0, m_queue.begin()->first - nowMs());
    m_timer.start(static_cast<int>(qMin<qint64>(wait, 24 * 3600 * 1000)));
}

void SimScheduler::runDue()
{
    const qint64 now = nowMs();
    while (!m_queue.empty() && m_queue.begin()->first <= now) {
        auto node = m_queue.extract(m_queue.begin());
        m_byId.erase(node.mapped().id);
        node.mapped().callback();
    }
    rearm();
}

} // namespace xynap::sandbox
