#include "CheckCommand.h"

#include "model/TextSafety.h"
#include "session/HealthSummary.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

CheckCommand::CheckCommand(Target target, Io io, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_run(m_target, io, this)
{
}

void CheckCommand::start()
{
    if (m_target.esl.isEmpty()) {
        out() << u"XYNAP GATEWAYS UNKNOWN - no Event Socket given (--esl HOST:PORT or --profile)\n"_s;
        finish(Unknown);
        return;
    }
    connect(&m_run, &MonitorRun::ready, this, &CheckCommand::report);
    m_run.start();
}

void CheckCommand::deadlinePassed(int deadlineMs)
{
    out() << u"XYNAP GATEWAYS UNKNOWN - no complete answer within %1 s\n"_s.arg(deadlineMs / 1000);
    finish(Unknown);
}

void CheckCommand::report()
{
    // Nodes that never connected and unreadable lists are unknown, whatever the others say.
    const session::HealthSummary s = session::summarize(m_run.monitor(), m_run.trunksError());
    int code = Ok;
    QString label = u"OK"_s;
    switch (s.overall()) {
    case session::Health::Down:
        code = Critical;
        label = u"CRITICAL"_s;
        break;
    case session::Health::Unknown:
        code = Unknown;
        label = u"UNKNOWN"_s;
        break;
    case session::Health::Degraded:
        code = Warning;
        label = u"WARNING"_s;
        break;
    case session::Health::Healthy:
        break;
    }
    // Names and texts from FreeSWITCH and the API: one line, no '|' (it starts the perfdata).
    const QString line = pluginSafe(s.line());
    out() << u"XYNAP GATEWAYS %1 - "_s.arg(label) << line
          << u" | healthy=%1;;;0;%7 degraded=%2;;;0;%7 down=%3;;;0;%7 not_running=%4;;;0;%7 "
             "unknown=%5;;;0;%7 nodes_unreachable=%6;;;0;%8\n"_s.arg(s.healthy)
                 .arg(s.degraded)
                 .arg(s.down)
                 .arg(s.notRunning)
                 .arg(s.unknown)
                 .arg(s.unreachableNodes.size() + s.unreadableNodes.size())
                 .arg(s.total)
                 .arg(m_target.esl.size());
    finish(code);
}

} // namespace xynap::cli
