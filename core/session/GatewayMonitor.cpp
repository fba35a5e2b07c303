// The table model the Gateways page, the NOC and xynapctl read: its rows are GatewayStore's
// records, changed by GatewayEventApplier as the nodes' links (NodeLinks) report; here each row's
// diagnosis (stale, unreadable, gone, not running, not served, or diagnose()) and the signals.
#include "session/GatewayMonitor.h"

#include "model/SofiaNames.h"
#include "model/TimeFormat.h"
#include "session/GatewayFindings.h"

#include <QLocale>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::session {

GatewayMonitor::GatewayMonitor(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(ProviderCatalog::builtIn())
{
    m_store.setObserver(this);
    // A node's state is part of every diagnosis of its rows.
    connect(&m_links, &NodeLinks::nodesChanged, this, [this] {
        invalidateDiagnoses();
        Q_EMIT nodesChanged();
    });
    connect(&m_links, &NodeLinks::stalenessChanged, this, &GatewayMonitor::nodeRowsChanged);
    connect(&m_links, &NodeLinks::snapshotTaken, this, [this](const QString &node) {
        if (esl::Link *link = m_links.link(node))
            applyGatewayList(node, link->takeGateways());
    });
    connect(&m_links, &NodeLinks::snapshotFailed, this, &GatewayMonitor::applySnapshotFailure);
    connect(&m_links, &NodeLinks::profileStatusReceived, this, &GatewayMonitor::applyProfileStatus);
    connect(&m_links, &NodeLinks::eventReceived, this, &GatewayMonitor::onEvent);
    connect(&m_links, &NodeLinks::gatewayStatusReceived, this, &GatewayMonitor::applyGatewayStatus);
}

GatewayMonitor::~GatewayMonitor()
{
    m_store.setObserver(nullptr);
}

void GatewayMonitor::setClock(Clock *clock)
{
    m_links.setClock(clock);
    invalidateDiagnoses();
}

esl::Link *GatewayMonitor::addNode(const QString &name, const QString &host, quint16 port,
    const QString &password, esl::Link::Options options)
{
    esl::Link *link = m_links.addNode(name, host, port, password, options);
    link->setTextSharer([this](GatewayStatus &g) { m_applier.shareTexts(g); });
    return link;
}

void GatewayMonitor::onEvent(const QString &node, const esl::Event &e)
{
    applyEvent(node, e);
    // A gateway that does not register reports no state after gateway_add (NOREG emits
    // events only when its ping flips): ask for it.
    // FAIL_WAIT: the wait grows after 403/904; the switch knows how long, so ask it.
    const QByteArrayView subclass = e.view("Event-Subclass");
    const bool failWait = subclass == "sofia::gateway_state" && e.view("State") == "FAIL_WAIT";
    if (subclass == "sofia::gateway_add" || failWait) {
        // gateway_state carries no profile: take it from the record (name alone otherwise).
        const QString gateway = QString::fromUtf8(e.view("Gateway"));
        QString profile = QString::fromUtf8(e.view("profile-name"));
        if (const GatewayRecord *r = record(node, gateway); profile.isEmpty() && r)
            profile = r->profile;
        m_links.queryGateway(node, profile, gateway, failWait ? 0 : 1000);
    }
}

void GatewayMonitor::allRowsChanged()
{
    invalidateDiagnoses();
    if (m_store.size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void GatewayMonitor::nodeRowsChanged(const QStringList &nodes)
{
    invalidateDiagnoses();
    // The rows of those nodes alone: one node of fifty turning fresh (its first data, each
    // reconnect) is not every row for the views to sort and draw again. A node's rows are
    // mostly one run (a snapshot appends them together): one signal per run.
    const QSet<QString> changed(nodes.cbegin(), nodes.cend());
    const int rows = m_store.size();
    int first = -1;
    const QString *node = nullptr; // the node of the row before, and whether it is in `changed`
    bool inChanged = false;
    for (int row = 0; row <= rows; ++row) {
        bool hit = false;
        if (row < rows) {
            const QString &n = m_store.at(row).node;
            if (!node || *node != n) {
                node = &n;
                inChanged = changed.contains(n);
            }
            hit = inChanged;
        }
        if (hit && first < 0) {
            first = row;
        } else if (!hit && first >= 0) {
            Q_EMIT dataChanged(index(first, 0), index(row - 1, ColumnCount - 1));
            first = -1;
        }
    }
}

void GatewayMonitor::rowChanged(int row)
{
    // Node, gateway and profile do not change with an event: a proxy sorted by name need not
    // re-sort.
    Q_EMIT dataChanged(index(row, State), index(row, ColumnCount - 1));
    const GatewayRecord &r = m_store.at(row);
    Q_EMIT gatewayChanged(r.node, r.name);
}

void GatewayMonitor::announce(const QString &node, const GatewayEventApplier::Outcome &outcome)
{
    if (outcome.appliedChanged)
        Q_EMIT appliedVersionsChanged();
    if (outcome.seenChanged)
        Q_EMIT seenGatewaysChanged();
    if (outcome.deleted)
        Q_EMIT gatewayDeleted(node, outcome.gateway);
    if (outcome.added)
        Q_EMIT gatewayAdded(node, outcome.gateway);
    if (outcome.runningChanged)
        Q_EMIT runningChanged();
}

void GatewayMonitor::setTrunks(const QList<Trunk> &trunks)
{
    invalidateDiagnoses();
    m_applier.setTrunks(trunks, now());
    if (m_store.size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT runningChanged();
}

const Trunk *GatewayMonitor::trunkFor(const QString &gatewayName) const
{
    return m_store.trunkFor(gatewayName);
}

QStringList GatewayMonitor::runningNodes() const
{
    // A node whose link is down or whose data went stale says nothing about today.
    QStringList nodes;
    for (const QString &node : m_store.snapshotNodes()) {
        const NodeStatus *status = m_links.status(node);
        const bool fedDirectly = !status; // tests, benchmarks
        if (fedDirectly || (status->state == esl::Link::State::Up && !isStale(node)))
            nodes.append(node);
    }
    nodes.sort();
    return nodes;
}

void GatewayMonitor::markStoppedByOperator(const QString &node, const QString &name, bool stopped)
{
    m_applier.markStoppedByOperator(node, name, stopped, now());
}

QString GatewayMonitor::nodeLabel(const QString &node) const
{
    const NodeStatus *status = m_links.status(node);
    const qsizetype colon = node.lastIndexOf(u':');
    bool isPort = false;
    if (colon > 0)
        (void)node.mid(colon + 1).toUShort(&isPort);
    if (!status || status->hostname.isEmpty() || !isPort)
        return node;
    const QList<NodeStatus> all = m_links.nodes();
    const bool shared = std::any_of(all.cbegin(), all.cend(), [&](const NodeStatus &other) {
        return other.name != node && other.hostname == status->hostname;
    });
    return shared ? u"%1 (%2)"_s.arg(status->hostname, node) : status->hostname;
}

std::optional<QList<NodeRunning>> GatewayMonitor::running() const
{
    const QStringList nodes = runningNodes();
    if (nodes.isEmpty())
        return std::nullopt;
    // The store's own lists, shared: a lint reads them as they are now, and a change to one
    // after that copies it then (once, while that lint still holds it).
    QList<NodeRunning> lists;
    lists.reserve(nodes.size());
    const QHash<QString, QList<RunningGateway>> &running = m_store.running();
    for (const QString &node : nodes)
        lists.append({node, running.value(node)});
    return lists;
}

void GatewayMonitor::applySnapshot(const QString &node, const QList<GatewayStatus> &gateways)
{
    applyGatewayList(node, GatewayList::of(gateways));
}

void GatewayMonitor::applyGatewayList(const QString &node, GatewayList gateways)
{
    m_links.noteSnapshot(node);
    invalidateDiagnoses(); // the node's list is readable again
    const GatewayEventApplier::Outcome outcome
        = m_applier.applyGatewayList(node, std::move(gateways), now());
    if (outcome.seenChanged)
        Q_EMIT seenGatewaysChanged();
    Q_EMIT nodesChanged();
    Q_EMIT runningChanged();
}

void GatewayMonitor::applySnapshotFailure(const QString &node, const QString &error, bool overLimit)
{
    m_links.noteSnapshotFailure(node, error, overLimit);
    invalidateDiagnoses();
    m_applier.applySnapshotFailure(node);
    if (m_store.size() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT nodesChanged();
    Q_EMIT runningChanged();
}

void GatewayMonitor::applyProfileStatus(
    const QString &node, const QString &profile, const QString &sipIp)
{
    m_applier.applyProfileStatus(node, profile, sipIp);
}

void GatewayMonitor::applyEvent(const QString &node, const esl::Event &event)
{
    const GatewayEventApplier::Outcome outcome = m_applier.applyEvent(node, event, now());
    if (outcome.overLimit) {
        // A node that announces more gateways than any platform has is not believed further.
        const NodeStatus *status = m_links.status(node);
        if (!status || status->snapshotError.isEmpty()) {
            invalidateDiagnoses();
            m_links.flagUnreadable(node,
                tr("The node announced more than %1 gateways; the rest is ignored.")
                    .arg(MaxGatewaysPerNode),
                true);
        }
        return;
    }
    announce(node, outcome);
}

void GatewayMonitor::applyGatewayStatus(const QString &node, const GatewayStatus &status)
{
    announce(node, m_applier.applyGatewayStatus(node, status, now()));
}

void GatewayMonitor::noteLinkState(
    const QString &node, esl::Link::State state, const QString &detail)
{
    invalidateDiagnoses();
    m_links.noteLinkState(node, state, detail);
}

void GatewayMonitor::setConfigFindings(const QHash<QString, QList<lint::Finding>> &findings)
{
    const auto same = [](const QList<lint::Finding> &a, const QList<lint::Finding> &b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].ruleId != b[i].ruleId || a[i].node != b[i].node
                || a[i].message != b[i].message)
                return false;
        }
        return true;
    };
    const QHash<QString, QList<lint::Finding>> &current = m_store.configFindings();
    bool changed = findings.size() != current.size();
    for (auto it = findings.cbegin(); !changed && it != findings.cend(); ++it)
        changed = !same(it.value(), current.value(it.key()));
    if (!changed)
        return; // relint follows every change of the rows: no change, no repaint, no loop
    m_store.configFindings() = findings;
    allRowsChanged();
}

void GatewayMonitor::setSeenGateways(const QHash<QString, GatewayStore::SeenByName> &seen)
{
    m_store.seen() = seen;
}

void GatewayMonitor::forgetGateway(const QString &node, const QString &name)
{
    if (m_applier.forget(node, name))
        Q_EMIT seenGatewaysChanged();
}

QString GatewayMonitor::unreadableReason(const QString &node) const
{
    const NodeStatus *status = m_links.status(node);
    return status ? status->snapshotError : QString();
}

QHash<QString, int> GatewayMonitor::appliedVersions() const
{
    return m_store.applied();
}

void GatewayMonitor::setAppliedVersions(const QHash<QString, int> &versions)
{
    m_store.applied() = versions;
    Q_EMIT runningChanged();
}

void GatewayMonitor::recordApplied(const QString &node, const QString &gateway)
{
    if (!m_applier.recordApplied(node, gateway))
        return;
    Q_EMIT appliedVersionsChanged();
    Q_EMIT runningChanged();
}

const GatewayRecord *GatewayMonitor::record(const QString &node, const QString &name) const
{
    const int row = m_store.rowOf(node, name);
    return row < 0 ? nullptr : &m_store.at(row);
}

const GatewayRecord *GatewayMonitor::recordAt(int row) const
{
    return row >= 0 && row < m_store.size() ? &m_store.at(row) : nullptr;
}

Diagnosis GatewayMonitor::diagnosisAt(int row) const
{
    // Staleness moves with the clock alone: asked every time, never cached.
    return diagnosisAt(row, isStale(m_store.at(row).node));
}

Diagnosis GatewayMonitor::diagnosisAt(int row, bool nodeStale) const
{
    const GatewayRecord &r = m_store.at(row);
    if (r.diagnosis && r.diagnosisGeneration == m_generation && !nodeStale)
        return *r.diagnosis;
    Diagnosis d = diagnoseRow(r, nodeStale);
    if (!d.changesWithTime) {
        // Thousands of healthy rows say the same words: one text, not a copy in every row.
        m_diagnosisTexts.share(d.summary);
        m_diagnosisTexts.share(d.detail);
        r.diagnosis = d;
        r.diagnosisGeneration = m_generation;
    }
    return d;
}

Diagnosis GatewayMonitor::diagnoseRow(const GatewayRecord &r, bool stale) const
{
    if (stale) {
        const NodeStatus *node = m_links.status(r.node);
        const QDateTime last = node ? node->lastDataAt : QDateTime();
        const QString detail = node ? node->detail : QString();
        StaleWords &words = m_staleWords[r.node];
        if (words.generation != m_generation || words.lastDataAt != last || words.detail != detail
            || !(QDateTime::currentDateTimeUtc() < words.validUntil)) {
            Diagnosis d;
            d.health = Health::Unknown;
            d.summary = last.isValid() ? tr("No data since %1").arg(displayTimeOfDay(last))
                                       : tr("No data yet");
            d.detail = tr("The link to %1 is down or silent: %2").arg(r.node, detail);
            d.changesWithTime = true; // the time of day turns into a date at midnight
            words = {m_generation, last, detail,
                QDateTime(QDate::currentDate().addDays(1), QTime(0, 0)).toUTC(), d};
        }
        return words.diagnosis;
    }
    if (const QString unreadable = unreadableReason(r.node); !unreadable.isEmpty()) {
        Diagnosis d;
        d.health = Health::Unknown;
        d.summary = tr("Gateway list unreadable");
        d.detail = unreadable;
        return d;
    }
    const Trunk *trunk = trunkFor(r.name);
    const ProviderSpec *provider = trunk ? m_catalog.find(trunk->provider) : nullptr;
    if (r.presence != Presence::Running && r.stoppedByOperatorAt.isValid()) {
        // Taken out of service on purpose: not a failure, and not healthy either.
        Diagnosis d;
        d.health = Health::Degraded;
        d.summary = tr("Stopped by operator at %1").arg(displayTimeOfDay(r.stoppedByOperatorAt));
        d.detail = tr("Taken out of service from this console (killgw) at %1. FreeSWITCH runs it "
                      "again after a rescan of the profile %2: Return to service.")
                       .arg(displayTimeOfDay(r.stoppedByOperatorAt), r.profile);
        return d;
    }
    if (r.presence == Presence::NotRunning) {
        Diagnosis d;
        d.health = Health::Down;
        d.summary = tr("Not running");
        d.detail = tr("The Platform API serves the trunk %1 for the profile %2, but FreeSWITCH on "
                      "%3 does not run it. If FreeSWITCH started before the API answered, its "
                      "profiles have no gateways and never ask again: rescan the profile %2.")
                       .arg(r.name, r.profile, r.node);
        return d;
    }
    if (r.presence == Presence::Gone) {
        // Text only where it is shown: the time of day costs a time zone conversion.
        const QString time = r.goneAt.isValid() ? displayTimeOfDay(r.goneAt) : tr("unknown");
        Diagnosis d;
        if (m_store.trunksKnown() && !trunk) {
            d.health = Health::Degraded;
            d.summary = tr("Removed at %1").arg(time);
            d.detail = tr("FreeSWITCH deleted the gateway, and the Platform API no longer serves "
                          "it.");
        } else {
            d.health = Health::Down;
            d.summary = tr("Gone since %1").arg(time);
            d.detail = tr("FreeSWITCH deleted the gateway (killgw, a profile restart or a "
                          "shutdown) and has not added it again.");
        }
        return d;
    }
    Diagnosis d = diagnose(r, trunk, provider, now());
    const FindingRefs config = findingRefsOn(m_store.configFindings(), r.name, r.node);
    if (const lint::Finding *cause = likelyCause(config); cause && d.health != Health::Healthy) {
        d.summary = tr("Likely cause: %1").arg(cause->message);
        d.detail = tr("The saved trunk has an error that explains this: %1 %2")
                       .arg(cause->message, cause->why)
            + u"\n"_s + d.detail;
    } else if (!config.isEmpty()) {
        const bool drift = std::any_of(config.cbegin(), config.cend(),
            [](const lint::Finding *f) { return f->ruleId == u"XY-NOT-APPLIED"_s; });
        if (drift || cause) {
            d.summary += u" · "_s
                + (drift ? tr("saved change not applied") : tr("will fail when applied"));
            d.detail += u"\n"_s + (drift ? config.first()->message : cause->message);
            if (d.health == Health::Healthy)
                d.health = Health::Degraded;
        }
    }
    if (m_store.trunksKnown() && !trunk) {
        // Running, but nothing on the platform stands for it: a deleted trunk still registered.
        if (d.health == Health::Healthy)
            d.health = Health::Degraded;
        d.summary = tr("Not served by the Platform API") + u" · "_s + d.summary;
        // The command only from names that pass the grammar: a fix must be safe to paste.
        const SuggestedCommand kill = killGatewayCommand(r.profile, r.name);
        d.detail = (kill.ok() ? tr("FreeSWITCH runs this gateway, but the Platform API serves no "
                                   "trunk of this name (deleted?). It keeps registering and "
                                   "taking calls until it is removed: %1.")
                                    .arg(kill.line)
                              : tr("FreeSWITCH runs this gateway, but the Platform API serves no "
                                   "trunk of this name (deleted?). It keeps registering and "
                                   "taking calls until it is removed with killgw; its name is "
                                   "not one FreeSWITCH accepts, so no command is offered."))
            + u"\n"_s + d.detail;
    }
    return d;
}

Diagnosis GatewayMonitor::diagnosis(const QString &node, const QString &name) const
{
    const int row = m_store.rowOf(node, name);
    return row < 0 ? Diagnosis {} : diagnosisAt(row);
}

QString GatewayMonitor::stateShown(const GatewayRecord &r) const
{
    if (r.presence != Presence::Running && r.stoppedByOperatorAt.isValid())
        return tr("STOPPED");
    if (r.presence == Presence::NotRunning)
        return tr("NOT RUNNING");
    if (r.presence == Presence::Gone)
        return tr("GONE");
    return r.state;
}

int GatewayMonitor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_store.size();
}

int GatewayMonitor::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayMonitor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayRecord &r = m_store.at(index.row());
    switch (role) {
    case HealthRole:
        return int(diagnosisAt(index.row()).health);
    case StaleRole:
        return isStale(r.node);
    case NodeRole:
        return r.node;
    case NameRole:
        return r.name;
    case Qt::ToolTipRole:
        return diagnosisAt(index.row()).detail;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Node:
        return role == Qt::DisplayRole ? nodeLabel(r.node) : r.node;
    case Gateway:
        return r.name;
    case Profile:
        return r.profile;
    case State:
        return stateShown(r);
    case Ping:
        // The status and, for a gateway that pings, the last round trip FreeSWITCH measured.
        if (role == SortRole)
            return r.pingTimeMs;
        return r.pingTimeMs < 0 || r.presence != Presence::Running
            ? r.pingStatus
            : tr("%1 · %2 ms").arg(r.pingStatus, QLocale().toString(r.pingTimeMs, 'f', 2));
    case LastStatus:
        if (role == SortRole)
            return r.lastStatus;
        return r.lastStatus ? u"%1 %2"_s.arg(r.lastStatus).arg(r.lastPhrase) : QString();
    case Since:
        if (role == SortRole)
            return r.since;
        return displayDateTime(r.since);
    case Calls:
        // As `sofia status gateway` counts them (CallsIN/CallsOUT), from the last status read.
        if (role == SortRole)
            return r.callsIn + r.callsOut;
        return r.presence == Presence::Running ? u"%1 / %2"_s.arg(r.callsIn).arg(r.callsOut)
                                               : QString();
    case FailedCalls:
        if (role == SortRole)
            return r.failedCallsIn + r.failedCallsOut;
        return r.presence == Presence::Running
            ? u"%1 / %2"_s.arg(r.failedCallsIn).arg(r.failedCallsOut)
            : QString();
    case Summary:
        return diagnosisAt(index.row()).summary;
    default:
        return {};
    }
}

QVariant GatewayMonitor::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Node:
        return tr("Node");
    case Gateway:
        return tr("Gateway");
    case Profile:
        return tr("Profile");
    case State:
        return tr("State");
    case Ping:
        return tr("Ping");
    case LastStatus:
        return tr("Last SIP answer");
    case Since:
        return tr("Since");
    case Calls:
        return tr("Calls in / out");
    case FailedCalls:
        return tr("Failed in / out");
    case Summary:
        return tr("Diagnosis");
    default:
        return {};
    }
}

} // namespace xynap::session
