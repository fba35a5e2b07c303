#include "session/DeferredSave.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

DeferredSave::DeferredSave(int delayMs, QObject *parent)
    : QObject(parent)
{
    m_writer.setMaxThreadCount(1); // in order, one at a time
    m_writer.setObjectName(u"save"_s);
    m_timer.setSingleShot(true);
    m_timer.setInterval(delayMs);
    connect(&m_timer, &QTimer::timeout, this, &DeferredSave::startPending);
}

DeferredSave::~DeferredSave()
{
    flush();
}

void DeferredSave::schedule(const QString &kind, Collect collect)
{
    m_pending[kind] = std::move(collect);
    if (!m_timer.isActive())
        m_timer.start();
}

void DeferredSave::flush()
{
    startPending();
    m_writer.waitForDone();
}

void DeferredSave::startPending()
{
    m_timer.stop();
    const QHash<QString, Collect> pending = std::exchange(m_pending, {});
    for (const Collect &collect : pending) {
        if (Write write = collect())
            m_writer.start(std::move(write));
    }
}

} // namespace xynap::session
