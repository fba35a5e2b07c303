#include "model/Clock.h"

namespace xynap {

namespace {
class SystemClock final : public Clock {
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};
} // namespace

Clock::~Clock() = default;

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

bool Clock::arm(Timer * /*timer*/, qint64 /*ms*/)
{
    return false;
}

void Clock::disarm(Timer * /*timer*/)
{
}

void Clock::fire(Timer *timer)
{
    timer->elapse();
}

Timer::Timer(QObject *parent)
    : QObject(parent)
    , m_clock(Clock::system())
{
    connect(&m_qtimer, &QTimer::timeout, this, &Timer::timeout);
}

Timer::~Timer()
{
    stop();
}

void Timer::setClock(Clock *clock)
{
    stop();
    m_clock = clock ? clock : Clock::system();
}

void Timer::setSingleShot(bool singleShot)
{
    m_singleShot = singleShot;
    m_qtimer.setSingleShot(singleShot);
}

bool Timer::isActive() const
{
    return m_driven || m_qtimer.isActive();
}

void Timer::start()
{
    start(m_intervalMs);
}

void Timer::start(int ms)
{
    m_intervalMs = ms;
    m_driven = m_clock->arm(this, ms);
    if (m_driven)
        m_qtimer.stop();
    else
        m_qtimer.start(ms);
}

void Timer::stop()
{
    m_qtimer.stop();
    if (m_driven) {
        m_driven = false;
        m_clock->disarm(this);
    }
}

void Timer::elapse()
{
    m_driven = false;
    if (!m_singleShot)
        m_driven = m_clock->arm(this, m_intervalMs);
    Q_EMIT timeout();
}

} // namespace xynap
