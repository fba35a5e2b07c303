#include "session/PlatformSession.h"

#include "lint/LintEngine.h"
#include "platform/ConnectionRules.h"
#include "platform/PlatformApi.h"
#include "session/AppliedVersions.h"
#include "session/CoverageSources.h"
#include "session/GatewayFindings.h"
#include "session/SnapshotBuilder.h"
#include "session/SofiaActions.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QPointer>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace xynap::session {

PlatformSession::PlatformSession(QObject *parent)
    : PlatformSession(ProviderCatalog::builtIn(), parent)
{
}

PlatformSession::PlatformSession(ProviderCatalog catalog, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
{
    m_gateways.setCatalog(m_catalog);
    m_trunks.setCatalog(m_catalog);
    m_lintPool.setMaxThreadCount(1);
    m_lintPool.setObjectName(u"lint"_s);
    connect(&m_api, &platform::ApiClient::requestFinished, &m_activity,
        qOverload<const platform::RequestSummary &>(&ActivityLog::addRequest));
    // What FreeSWITCH runs changes in bursts (a snapshot, killgw + rescan): lint once per burst.
    m_relintTimer.setSingleShot(true);
    m_relintTimer.setInterval(100);
    connect(&m_relintTimer, &QTimer::timeout, this, &PlatformSession::relint);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        m_retryAt = {};
        refreshTrunks();
    });
    connect(
        &m_gateways, &GatewayMonitor::runningChanged, &m_relintTimer, qOverload<>(&QTimer::start));
    // The Trunks page's Running column follows the monitor, once per burst of changes: a
    // snapshot of 5,000 gateways is one repaint of the column, not 5,000.
    m_trunks.setMonitor(&m_gateways);
    m_runningTimer.setSingleShot(true);
    m_runningTimer.setInterval(250);
    connect(&m_runningTimer, &QTimer::timeout, &m_trunks, &TrunkTableModel::runningChanged);
    const auto runningMoved = [this] {
        if (!m_runningTimer.isActive())
            m_runningTimer.start();
    };
    connect(&m_gateways, &QAbstractItemModel::dataChanged, this, runningMoved);
    connect(&m_gateways, &QAbstractItemModel::rowsInserted, this, runningMoved);
    connect(&m_gateways, &QAbstractItemModel::rowsRemoved, this, runningMoved);
    connect(&m_gateways, &QAbstractItemModel::modelReset, this, runningMoved);
    connect(&m_gateways, &GatewayMonitor::nodesChanged, this, runningMoved);
    // Which version each node loaded is kept across runs (not for the sandbox, which starts anew).
    connect(&m_gateways, &GatewayMonitor::appliedVersionsChanged, this, [this] {
        m_saves.schedule(u"applied"_s, [this]() -> DeferredSave::Write {
            if (m_sandbox || m_api.baseUrl().isEmpty())
                return {};
            return appliedVersionsWrite(m_gateways, m_api.baseUrl().toString());
        });
    });
}

PlatformSession::~PlatformSession()
{
    // The gateways seen in the last second before the console closed are no less seen: without
    // this, one that vanished meanwhile would not be "gone" at the next start.
    m_saves.flush();
}

void PlatformSession::scheduleSeenSave()
{
    m_saves.schedule(u"seen"_s, [this] { return seenGatewaysWrite(m_gateways); });
}

void PlatformSession::loadSeenGateways()
{
    if (m_sandbox)
        return;
    QSettings settings;
    m_gateways.setSeenGateways(session::loadSeenGateways(settings));
    connect(&m_gateways, &GatewayMonitor::seenGatewaysChanged, this,
        &PlatformSession::scheduleSeenSave, Qt::UniqueConnection);
}

void PlatformSession::loadAppliedVersions()
{
    if (m_sandbox || m_api.baseUrl().isEmpty())
        return;
    QSettings settings;
    QHash<QString, int> versions
        = session::loadAppliedVersions(settings, m_api.baseUrl().toString());
    // What this run already saw is newer than what an earlier run kept.
    const QHash<QString, int> seen = m_gateways.appliedVersions();
    for (auto it = seen.cbegin(); it != seen.cend(); ++it)
        versions.insert(it.key(), it.value());
    m_gateways.setAppliedVersions(versions);
}

void PlatformSession::checkIdentity()
{
    platform::ApiJob *job = platform::PlatformApi(&m_api).me();
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &result) {
        m_permissions.clear();
        const auto identity
            = result.ok() ? platform::ConnectionRules::parseIdentity(result.json) : std::nullopt;
        if (identity) {
            m_operator = identity->operatorName;
            m_permissions = identity->permissions;
        }
        Q_EMIT identityChecked();
    });
}

void PlatformSession::relint()
{
    ++m_lintGeneration;
    // A lint under way works on what was before this change: its result will be dropped, and
    // the next one starts when it is back (one lint at a time, never a queue of them).
    if (!m_lintInFlight)
        startLint();
}

void PlatformSession::startLint()
{
    // The snapshot is taken here, on this thread (the monitor and the models are this thread's);
    // it is a value of implicitly shared containers, so the lint thread reads its own copy.
    SnapshotBuilder snapshot(m_catalog);
    snapshot.setTrunks(m_trunks.trunks()).setProfiles(m_profiles);
    // Unreadable rules are not checked at all (coverageProblems() says why; the Coverage page
    // shows the lines).
    snapshot.setFirewall(m_liveUfw);
    snapshot.setAcl(m_liveAcl);
    snapshot.setRunning(m_gateways);
    m_lintInFlight = true;
    const int generation = m_lintGeneration;
    m_lintPool.start([this, generation, input = snapshot.snapshot()] {
        QList<lint::Finding> findings = lint::LintEngine().run(input);
        QHash<QString, QList<lint::Finding>> byGateway = gatewayFindings(findings);
        // Back on the session's thread: the session waits for this job before it goes (its pool
        // is destroyed first), so `this` is alive here.
        QMetaObject::invokeMethod(
            this,
            [this, generation, findings = std::move(findings),
                byGateway = std::move(byGateway)]() mutable {
                lintFinished(generation, std::move(findings), byGateway);
            },
            Qt::QueuedConnection);
    });
}

namespace {
// Everything a finding shows or does: its words, its fix, the trunk the fix would save.
bool sameFindings(const QList<lint::Finding> &a, const QList<lint::Finding> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const lint::Finding &x = a.at(i);
        const lint::Finding &y = b.at(i);
        if (x.ruleId != y.ruleId || x.severity != y.severity || x.trunkId != y.trunkId
            || x.gatewayName != y.gatewayName || x.subject != y.subject || x.provider != y.provider
            || x.fields != y.fields || x.message != y.message || x.why != y.why
            || x.fixLabel != y.fixLabel || x.fixedTrunk != y.fixedTrunk
            || x.offersApply != y.offersApply || x.node != y.node || x.fixLines != y.fixLines)
            return false;
    }
    return true;
}
} // namespace

void PlatformSession::lintFinished(int generation, QList<lint::Finding> findings,
    const QHash<QString, QList<lint::Finding>> &byGateway)
{
    m_lintInFlight = false;
    if (generation != m_lintGeneration) {
        startLint(); // overtaken: lint what is there now instead
        return;
    }
    const bool changed = !sameFindings(m_findings, findings);
    m_findings = std::move(findings);
    // The models take them either way: a reloaded trunk list maps the same findings anew.
    m_trunks.setFindings(m_findings);
    m_gateways.setConfigFindings(byGateway);
    if (changed)
        Q_EMIT findingsChanged();
    Q_EMIT linted();
}

int PlatformSession::retryInSeconds() const
{
    if (!m_retryTimer.isActive() || !m_retryAt.isValid())
        return -1;
    return int(qMax<qint64>(0, (QDateTime::currentDateTimeUtc().msecsTo(m_retryAt) + 999) / 1000));
}

void PlatformSession::refreshTrunks()
{
    m_retryTimer.stop(); // a retry by hand replaces the planned one
    m_retryAt = {};
    // The coverage waits for the profiles too: their RTP ports are part of what must be open.
    refreshCoverage();
    const int generation = m_coverageGeneration;
    ++m_coveragePending;
    platform::ApiJob *profiles = platform::PlatformApi(&m_api).profiles();
    connect(profiles, &platform::ApiJob::finished, this,
        [this, generation](const platform::ApiResult &result) {
            if (result.ok()) {
                m_profiles.clear();
                for (const auto &p :
                    result.json.object().value(QStringLiteral("profiles")).toArray())
                    m_profiles.append(profileFromJson(p.toObject()));
                relint();
            }
            coverageStepDone(generation);
        });
    m_loading = true;
    if (!m_appliedLoaded) {
        m_appliedLoaded = true;
        loadAppliedVersions();
    }
    platform::ApiJob *job = platform::PlatformApi(&m_api).trunks();
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &result) {
        m_loading = false;
        if (!result.ok()) {
            m_lastError = platform::operatorMessage(result);
            // What may pass by itself is tried again, with back-off; the rest waits for the
            // operator (a refused token, a certificate, plain HTTP refused …).
            if (platform::mayPassByItself(result)) {
                const int waitMs = m_retryBackoffMs;
                m_retryBackoffMs = qMin(m_retryBackoffMs * 2, 30'000);
                m_retryAt = QDateTime::currentDateTimeUtc().addMSecs(waitMs);
                m_retryTimer.start(waitMs);
                Q_EMIT retryScheduled(waitMs / 1000);
            }
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        const platform::TrunkListResult read = platform::trunksFromReply(result);
        const QList<Trunk> &trunks = read.trunks;
        if (!read.ok()) {
            m_lastError
                = tr("The Platform API sent trunks the console cannot read: %1").arg(read.error);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        m_retryBackoffMs = 2000;
        m_retryAt = {};
        m_retryTimer.stop();
        m_trunkEtags = read.etags;
        m_trunks.setTrunks(trunks);
        m_gateways.setTrunks(trunks);
        relint();
        Q_EMIT trunksLoaded();
    });
}

void PlatformSession::refreshCoverage()
{
    const int generation = ++m_coverageGeneration;
    m_coveragePending = 2;
    m_coverageProblems.clear();

    platform::ApiJob *ufwJob = platform::PlatformApi(&m_api).ufw();
    connect(ufwJob, &platform::ApiJob::finished, this,
        [this, generation](const platform::ApiResult &result) {
            if (generation != m_coverageGeneration)
                return;
            const QString source = tr("Platform API");
            QString error;
            std::optional<coverage::UfwParseResult> parsed = result.ok()
                ? CoverageSources::parseUfwApiReply(result.json.object(), source, &error)
                : std::nullopt;
            if (!result.ok())
                error = platform::operatorMessage(result);
            m_liveUfw = parsed;
            m_liveUfwSource = source;
            if (!parsed)
                m_coverageProblems.append(tr("UFW rules: %1").arg(error));
            else if (!parsed->ok())
                m_coverageProblems.append(
                    tr("UFW rules: %n line(s) could not be read, so the firewall is not checked.",
                        nullptr, int(parsed->errors.size())));
            coverageStepDone(generation);
        });
    requestAcl(generation, true);
}

void PlatformSession::requestAcl(int generation, bool mayWait)
{
    QString node;
    bool connecting = false;
    for (const GatewayMonitor::NodeStatus &n : m_gateways.nodes()) {
        if (n.state == esl::Link::State::Up && node.isEmpty())
            node = n.name;
        connecting = connecting || n.state == esl::Link::State::Connecting;
    }
    if (node.isEmpty() && mayWait && connecting) {
        // A node is still connecting (just after start): give it a few seconds.
        auto done = std::make_shared<bool>(false);
        auto *waiter = new QObject(this);
        const auto retry = [this, generation, done, waiter](bool timedOut) {
            if (*done)
                return;
            const auto nodes = m_gateways.nodes();
            const bool up = std::any_of(nodes.begin(), nodes.end(),
                [](const auto &n) { return n.state == esl::Link::State::Up; });
            if (!up && !timedOut)
                return;
            *done = true;
            waiter->deleteLater();
            if (generation == m_coverageGeneration)
                requestAcl(generation, false);
        };
        connect(&m_gateways, &GatewayMonitor::nodesChanged, waiter, [retry] { retry(false); });
        QTimer::singleShot(10'000, waiter, [retry] { retry(true); });
        return;
    }
    if (node.isEmpty()) {
        m_liveAcl.reset();
        m_coverageProblems.append(m_gateways.nodes().isEmpty()
                ? tr("ACL: no FreeSWITCH node is configured, so the ACL cannot be read over the "
                     "Event Socket.")
                : tr("ACL: no FreeSWITCH node is connected, so the ACL cannot be read over the "
                     "Event Socket."));
        coverageStepDone(generation);
        return;
    }
    QPointer<PlatformSession> self(this);
    SofiaActions(&m_gateways)
        .fetchAcl(
            node, [self, generation, node](bool ok, const QByteArray &xml, const QString &error) {
                if (!self || generation != self->m_coverageGeneration)
                    return;
                const QString body = QString::fromUtf8(xml);
                if (!ok || body.trimmed().startsWith(u"-ERR"))
                    self->m_liveAcl.reset();
                if (!ok) {
                    self->m_coverageProblems.append(
                        tr("ACL: FreeSWITCH node %1 did not answer: %2").arg(node, error));
                } else if (body.trimmed().startsWith(u"-ERR")) {
                    self->m_coverageProblems.append(
                        tr("ACL: FreeSWITCH node %1 answered: %2").arg(node, body.trimmed()));
                } else {
                    const QString source = tr("FreeSWITCH %1 (Event Socket)").arg(node);
                    self->m_liveAcl = CoverageSources::parseAcl(body, source);
                    self->m_liveAclSource = source;
                    if (!self->m_liveAcl->ok())
                        self->m_coverageProblems.append(
                            tr("ACL: %1, so the ACL is not checked.")
                                .arg(self->m_liveAcl->errors.first().text()));
                }
                self->coverageStepDone(generation);
            });
}

void PlatformSession::coverageStepDone(int generation)
{
    if (generation != m_coverageGeneration || --m_coveragePending > 0)
        return;
    relint();
    Q_EMIT coverageLoaded(m_coverageProblems.isEmpty());
}

} // namespace xynap::session
