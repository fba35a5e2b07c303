#include "cli/MonitorRun.h"

#include "platform/ApiClient.h"
#include "platform/PlatformApi.h"
#include "session/AppliedVersions.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace xynap::cli {

MonitorRun::MonitorRun(const Target &target, Io io, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_io(io)
{
}

MonitorRun::~MonitorRun() = default;

void MonitorRun::start()
{
    m_apiGiven = !m_target.apiUrl.isEmpty() && !m_target.token.isEmpty();
    if (m_apiGiven) {
        // Which version each node loaded, as earlier runs and the console saw it; what this run
        // sees first or applies is kept for the next.
        QSettings settings;
        m_monitor.setAppliedVersions(
            session::loadAppliedVersions(settings, m_target.apiUrl.toString()));
        connect(&m_monitor, &session::GatewayMonitor::appliedVersionsChanged, this, [this] {
            m_saves.schedule(u"applied"_s, [this] {
                return session::appliedVersionsWrite(m_monitor, m_target.apiUrl.toString());
            });
        });
    }
    {
        // Which gateways each node ran when last seen, by this tool or the console: one that
        // vanished since is "gone", with or without the Platform API.
        QSettings settings;
        m_monitor.setSeenGateways(session::loadSeenGateways(settings));
        connect(&m_monitor, &session::GatewayMonitor::seenGatewaysChanged, this, [this] {
            m_saves.schedule(u"seen"_s, [this] { return session::seenGatewaysWrite(m_monitor); });
        });
    }
    if (m_apiGiven) {
        m_trunksPending = true;
        loadTrunks();
    } else if (!m_target.apiUrl.isEmpty()) {
        m_trunksError = u"no API token (XYNAP_TOKEN or the profile's keychain entry)"_s;
        m_trunksExit = NoPermission;
    }
    for (const platform::EslEndpoint &e : m_target.esl) {
        const QString node = e.toString();
        m_pendingNodes.insert(node);
        esl::Link::Options options;
        options.initialBackoffMs = 500;
        esl::Link *link = m_monitor.addNode(node, e.host, e.port, m_target.eslPassword(e), options);
        connect(link, &esl::Link::snapshotTaken, this, [this, node] { nodeSettled(node); });
        connect(link, &esl::Link::snapshotFailed, this, [this, node] { nodeSettled(node); });
        connect(link, &esl::Link::stateChanged, this,
            [this, node, link](esl::Link::State state, const QString &detail) {
                if (state != esl::Link::State::Down || !m_pendingNodes.contains(node))
                    return;
                m_failures.append(node + u": "_s + detail);
                const int code = link->lastError() == esl::LinkError::WrongPassword ? NoPermission
                                                                                    : Unavailable;
                m_failureExit = std::max(m_failureExit, code);
                nodeSettled(node);
            });
    }
    // Settled only from the event loop, never inside start().
    QMetaObject::invokeMethod(this, &MonitorRun::checkReady, Qt::QueuedConnection);
}

void MonitorRun::refreshTrunks()
{
    if (m_apiGiven && !m_trunksLoading)
        loadTrunks();
}

void MonitorRun::loadTrunks()
{
    m_trunksLoading = true;
    auto *client = new platform::ApiClient(this);
    configure(*client, m_target);
    connect(platform::PlatformApi(client).trunks(), &platform::ApiJob::finished, this,
        [this, client](const platform::ApiResult &r) {
            client->deleteLater();
            m_trunksPending = false;
            m_trunksLoading = false;
            const platform::TrunkListResult read
                = r.ok() ? platform::trunksFromReply(r) : platform::TrunkListResult {};
            if (!r.ok()) {
                m_trunksError = platform::operatorMessage(r);
                m_trunksExit = exitFor(r);
                if (m_retryTrunks && platform::mayPassByItself(r)) {
                    // A long-running command heals by itself, and says so.
                    const int waitMs = m_trunksBackoffMs;
                    m_trunksBackoffMs = qMin(m_trunksBackoffMs * 2, 30'000);
                    complain(m_io, Ok,
                        u"trunks not known: %1 — retrying in %2 s"_s.arg(m_trunksError)
                            .arg(waitMs / 1000));
                    m_trunksLoading = true; // the retry is the next read
                    QTimer::singleShot(waitMs, this, &MonitorRun::loadTrunks);
                }
            } else if (!read.error.isEmpty()) {
                m_trunksError
                    = u"the Platform API sent trunks that cannot be read: %1"_s.arg(read.error);
                m_trunksExit = DataError;
            } else {
                const bool healed = !m_trunksError.isEmpty();
                m_trunksError.clear();
                m_trunksExit = Ok;
                m_trunksBackoffMs = 2000;
                m_monitor.setTrunks(read.trunks);
                m_trunksLoadedAt = QDateTime::currentDateTimeUtc();
                if (healed && m_retryTrunks)
                    complain(m_io, Ok,
                        u"trunks loaded from the Platform API (%1)"_s.arg(read.trunks.size()));
            }
            checkReady();
        });
}

void MonitorRun::nodeSettled(const QString &node)
{
    if (m_pendingNodes.remove(node))
        checkReady();
}

void MonitorRun::checkReady()
{
    if (m_ready || m_trunksPending || !m_pendingNodes.isEmpty())
        return;
    m_ready = true;
    // From the event loop: the replies that made it ready (a fleet's snapshot, tens of MB, and
    // the trunk list) are freed before a command reads what they said.
    QMetaObject::invokeMethod(this, &MonitorRun::ready, Qt::QueuedConnection);
}

} // namespace xynap::cli
