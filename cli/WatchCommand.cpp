#include "cli/WatchCommand.h"

#include "model/TextSafety.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace xynap::cli {

using session::GatewayMonitor;

WatchCommand::WatchCommand(Target target, Io io, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_run(m_target, io, this)
{
}

void WatchCommand::start()
{
    if (m_target.esl.isEmpty()) {
        finish(complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s));
        return;
    }
    GatewayMonitor &monitor = m_run.monitor();
    connect(&m_run, &MonitorRun::ready, this, [this, &monitor] {
        if (!m_run.trunksError().isEmpty())
            complain(Ok, u"trunks not known: %1"_s.arg(m_run.trunksError()));
        for (int row = 0; row < monitor.rowCount(); ++row) {
            const session::GatewayRecord *r = monitor.recordAt(row);
            changed(r->node, r->name);
        }
        connect(&monitor, &GatewayMonitor::gatewayChanged, this, &WatchCommand::changed);
        connect(&monitor, &GatewayMonitor::rowsInserted, this,
            [this, &monitor](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const session::GatewayRecord *r = monitor.recordAt(row);
                    changed(r->node, r->name);
                }
            });
        connect(&monitor, &GatewayMonitor::rowsAboutToBeRemoved, this,
            [this, &monitor](const QModelIndex &, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    const session::GatewayRecord *r = monitor.recordAt(row);
                    print(r->node, r->name, u"no longer run by FreeSWITCH nor served by the API"_s);
                    m_printed.remove(r->node + u'/' + r->name);
                }
            });
    });
    m_run.setRetryTrunks(true);
    m_run.start();
    for (const platform::EslEndpoint &e : m_target.esl) {
        connect(monitor.link(e.toString()), &esl::Link::stateChanged, this,
            [this, node = e.toString()](esl::Link::State state, const QString &detail) {
                const QString name = state == esl::Link::State::Up ? u"UP"_s
                    : state == esl::Link::State::Down              ? u"DOWN"_s
                                                                   : u"CONNECTING"_s;
                out() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << u"  "_s << node
                      << u"  link "_s << name << u"  "_s << terminalSafe(detail) << Qt::endl;
            });
    }
}

void WatchCommand::changed(const QString &node, const QString &gateway)
{
    const GatewayMonitor &monitor = m_run.monitor();
    const session::GatewayRecord *r = monitor.record(node, gateway);
    if (!r)
        return;
    const session::Diagnosis d = monitor.diagnosis(node, gateway);
    const int row = monitor.rowFor(node, gateway);
    const QString state = monitor.data(monitor.index(row, GatewayMonitor::State)).toString();
    QString what = state.isEmpty() ? u"(no state yet)"_s : state;
    if (!r->pingStatus.isEmpty())
        what += u"  ping "_s + r->pingStatus;
    if (r->lastStatus)
        what += u"  %1 %2"_s.arg(r->lastStatus).arg(r->lastPhrase);
    what += u"  — "_s + d.summary;
    const QString k = node + u'/' + gateway;
    if (m_printed.value(k) == what)
        return; // a follow-up answer that changed nothing visible
    m_printed.insert(k, what);
    print(node, gateway, what);
}

void WatchCommand::print(const QString &node, const QString &gateway, const QString &what)
{
    out() << QDateTime::currentDateTime().toString(u"HH:mm:ss"_s) << u"  "_s << terminalSafe(node)
          << u"  "_s << terminalSafe(gateway) << u"  "_s << terminalSafe(what) << Qt::endl;
}

} // namespace xynap::cli
