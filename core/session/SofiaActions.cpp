#include "session/SofiaActions.h"

#include "esl/SofiaProfileStatus.h"
#include "model/SofiaNames.h"
#include "session/ActivityLog.h"
#include "session/GatewayMonitor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xynap::session::SofiaActions", text);
}

// FreeSWITCH answers an api command that failed with text, not with a status.
bool answerIsError(const QString &body)
{
    return body.startsWith(u"-ERR"_s) || body.startsWith(u"Invalid Profile"_s)
        || body.startsWith(u"Invalid Gateway"_s);
}
} // namespace

SofiaActions::SofiaActions(GatewayMonitor *monitor, ActivityLog *log)
    : m_monitor(monitor)
    , m_log(log)
{
}

void SofiaActions::run(
    const QString &node, const QString &target, const QString &command, Done done) const
{
    esl::Link *link = m_monitor->link(node);
    if (!link || link->state() != esl::Link::State::Up) {
        const QString why = tr("Not connected to %1.").arg(node);
        if (m_log)
            m_log->addCommand(node, target, "api", command, false, why, 0);
        done(false, why);
        return;
    }
    QElapsedTimer clock;
    clock.start();
    link->api(command,
        [done = std::move(done), log = QPointer<ActivityLog>(m_log), node, target, command, clock](
            const esl::CommandReply &r) {
            const QString body = QString::fromUtf8(r.body).trimmed();
            const bool ok = r.ok() && !answerIsError(body);
            if (log)
                log->addCommand(
                    node, target, "api", command, ok, r.ok() ? body : r.error, clock.elapsed());
            if (!r.ok())
                done(false, r.error);
            else
                done(ok, body);
        });
}

void SofiaActions::killGateway(
    const QString &node, const QString &profile, const QString &gateway, Done done) const
{
    const SuggestedCommand command = killGatewayCommand(profile, gateway);
    if (!command.ok()) {
        done(false, tr("Not sent: %1").arg(command.error));
        return;
    }
    run(node, gateway, command.line, std::move(done));
}

void SofiaActions::callsOnProfile(
    const QString &node, const QString &profile, std::function<void(int calls)> done) const
{
    esl::Link *link = m_monitor->link(node);
    if (!link || link->state() != esl::Link::State::Up || !isValidSofiaName(profile)) {
        done(-1);
        return;
    }
    link->api(u"sofia xmlstatus"_s, [profile, done = std::move(done)](const esl::CommandReply &r) {
        int calls = -1;
        if (r.ok()) {
            for (const esl::ProfileSummary &p : esl::parseProfileList(r.body)) {
                if (p.name == profile)
                    calls = p.calls;
            }
        }
        done(calls);
    });
}

void SofiaActions::restartProfile(const QString &node, const QString &profile, Done done) const
{
    if (!isValidSofiaName(profile)) {
        done(false, tr("\"%1\" is not a Sofia profile name.").arg(profile));
        return;
    }
    run(node, profile, u"sofia profile %1 restart"_s.arg(profile),
        [profile, done = std::move(done)](bool ok, const QString &body) {
            done(ok,
                ok ? tr("The profile %1 is restarting; its gateways come back in a few seconds.")
                         .arg(profile)
                   : tr("The profile %1 was not restarted: %2").arg(profile, body));
        });
}

void SofiaActions::reloadXml(const QString &node, Done done) const
{
    run(node, {}, u"reloadxml"_s, std::move(done));
}

void SofiaActions::reloadAcl(const QString &node, Done done) const
{
    run(node, {}, u"reloadacl"_s, std::move(done));
}

void SofiaActions::fetchAcl(const QString &node,
    std::function<void(bool ok, const QByteArray &xml, const QString &error)> done) const
{
    esl::Link *link = m_monitor->link(node);
    if (!link || link->state() != esl::Link::State::Up) {
        done(false, {}, tr("Not connected to %1.").arg(node));
        return;
    }
    link->api(aclCommand(),
        [done = std::move(done)](const esl::CommandReply &r) { done(r.ok(), r.body, r.error); });
}

QString SofiaActions::aclCommand()
{
    return u"xml_locate configuration configuration name acl.conf"_s;
}

} // namespace xynap::session
