#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>

namespace xynap {

class Timer;

// Time for the code that waits on it: the Event Socket link's back-off and watchdog, the gateway
// monitor's staleness. Production runs on Clock::system() (the wall clock and QTimer); a test
// hands in a clock it moves itself (tests/support ManualClock), so minutes pass in no time and no
// test sleeps. The same idea as the sandbox's SimScheduler, on the console's side.
class Clock {
public:
    Clock() = default;
    virtual ~Clock();
    Q_DISABLE_COPY_MOVE(Clock)

    // The wall clock, UTC.
    virtual QDateTime now() const = 0;

    // The real clock, shared by everything that is not told otherwise.
    static Clock *system();

protected:
    friend class Timer;
    // A timer on this clock starts to run `ms` from now (replacing its previous deadline), or
    // stops. A clock that drives its timers itself returns true; the system clock returns false
    // and leaves the timer to its QTimer.
    virtual bool arm(Timer *timer, qint64 ms);
    virtual void disarm(Timer *timer);
    // For a clock that drives its timers: `timer`'s time has come.
    static void fire(Timer *timer);
};

// A QTimer that runs on a Clock, with the part of QTimer's interface this code uses. Outlived
// by its clock.
class Timer final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Timer)

public:
    explicit Timer(QObject *parent = nullptr);
    ~Timer() override;

    // Stops the timer. nullptr: the system clock.
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    void setSingleShot(bool singleShot);
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(int ms) { m_intervalMs = ms; }
    int interval() const { return m_intervalMs; }
    bool isActive() const;

    void start();
    void start(int ms);
    void stop();

Q_SIGNALS:
    void timeout();

private:
    friend class Clock;
    void elapse();

    Clock *m_clock;
    QTimer m_qtimer; // the system clock's timers
    bool m_driven = false; // armed on a clock that drives it
    bool m_singleShot = false;
    int m_intervalMs = 0;
};

} // namespace xynap
