#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <functional>
#include <map>
#include <unordered_map>

namespace xynap::sandbox {

// The sandbox's notion of time. In real time it fires callbacks from a QTimer; in manual mode
// nothing happens until a test calls advance(), so minutes of gateway retries run in
// milliseconds.
class SimScheduler final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SimScheduler)

public:
    enum class Mode { RealTime, Manual };

    explicit SimScheduler(Mode mode = Mode::RealTime, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // Milliseconds since the scheduler was created.
    qint64 nowMs() const;
    // The simulated wall clock, for event dates and uptimes.
    QDateTime wallClock() const { return m_epoch.addMSecs(nowMs()); }
    void setWallClockEpoch(const QDateTime &epoch) { m_epoch = epoch; }

    using Callback = std::function<void()>;
    // Runs `callback` after `delayMs`. Returns an id for cancel().
    quint64 schedule(qint64 delayMs, Callback callback);
    void cancel(quint64 id);
    qsizetype pending() const { return qsizetype(m_queue.size()); }

    // Manual mode: moves time forward, running everything due on the way, in order.
    void advance(qint64 ms);

private:
    void rearm();
    void runDue();

    struct Item {
        quint64 id;
        Callback callback;
    };
    Mode m_mode;
    QElapsedTimer m_elapsed;
    qint64 m_manualNow = 0;
    QDateTime m_epoch;
    quint64 m_nextId = 1;
    std::multimap<qint64, Item> m_queue;
    // Where each pending item is in the queue: a cancel finds it at once, not by a scan over a
    // fleet's 50,000 gateways' timers.
    std::unordered_map<quint64, std::multimap<qint64, Item>::iterator> m_byId;
    QTimer m_timer;
};

} // namespace xynap::sandbox
