#include "cli/Command.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

Command::Command(Target target, Io io, QObject *parent)
    : QObject(parent)
    , m_target(std::move(target))
    , m_io(io)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (!isFinished())
            deadlinePassed(m_deadline.interval());
        finish(Unavailable); // a command that said nothing on its deadline still ends
    });
}

Command::~Command() = default;

int Command::run(int deadlineMs)
{
    if (deadlineMs > 0) // 0: runs until it finishes (watch)
        m_deadline.start(deadlineMs);
    QTimer::singleShot(0, this, [this] {
        if (!isFinished())
            start();
    });
    if (!isFinished())
        m_loop.exec();
    m_deadline.stop();
    m_io.out.flush();
    m_io.err.flush();
    return m_code;
}

void Command::deadlinePassed(int deadlineMs)
{
    finish(complain(Unavailable,
        u"no result within %1 s: the Platform API or FreeSWITCH did not answer in time"_s.arg(
            deadlineMs / 1000)));
}

void Command::finish(int code)
{
    if (isFinished())
        return;
    m_code = code;
    m_loop.exit(code);
}

} // namespace xynap::cli
