#pragma once

#include "model/Clock.h"

#include <map>

namespace xynap::testsupport {

// A Clock that stands still until the test moves it: advance() fires every timer that falls due
// on the way, in order of their deadlines. Hand it to a GatewayMonitor or an esl::Link, and their
// back-off, watchdog and staleness run in simulated time. Must outlive the timers on it.
class ManualClock final : public Clock {
public:
    // Starts at `start` (UTC); by default now, so times shown as "HH:MM:SS" look like today.
    explicit ManualClock(QDateTime start = QDateTime::currentDateTimeUtc());
    ~ManualClock() override;
    Q_DISABLE_COPY_MOVE(ManualClock)

    QDateTime now() const override { return m_epoch.addMSecs(m_nowMs); }
    qint64 elapsedMs() const { return m_nowMs; }
    // Moves time forward by `ms`, firing what falls due on the way.
    void advance(qint64 ms);
    qsizetype pendingTimers() const { return qsizetype(m_queue.size()); }

protected:
    bool arm(Timer *timer, qint64 ms) override;
    void disarm(Timer *timer) override;

private:
    QDateTime m_epoch;
    qint64 m_nowMs = 0;
    std::multimap<qint64, Timer *> m_queue; // deadline -> timer
};

} // namespace xynap::testsupport
