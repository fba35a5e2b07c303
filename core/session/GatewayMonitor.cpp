// GatewayMonitor, part one: what the node links (NodeLinks) report, the trunks, the rows,
// snapshots and which version each node loaded. (Part two, GatewayMonitorEvents.cpp: events;
// part three, GatewayMonitorModel.cpp: the table model and each row's diagnosis.)
#include "session/GatewayMonitor.h"

#include "esl/Codec.h"
#include "model/SofiaNames.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::session {

GatewayMonitor::GatewayMonitor(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(ProviderCatalog::builtIn())
{
    // A node's state is part of every diagnosis of its rows.
    connect(&m_links, &NodeLinks::nodesChanged, this, [this] {
        invalidateDiagnoses();
        Q_EMIT nodesChanged();
    });
    connect(&m_links, &NodeLinks::stalenessChanged, this, &GatewayMonitor::allRowsChanged);
    connect(&m_links, &NodeLinks::snapshotTaken, this, &GatewayMonitor::applySnapshot);
    connect(&m_links, &NodeLinks::snapshotFailed, this, &GatewayMonitor::applySnapshotFailure);
    connect(&m_links, &NodeLinks::profileStatusReceived, this, &GatewayMonitor::applyProfileStatus);
    connect(&m_links, &NodeLinks::eventReceived, this, &GatewayMonitor::onEvent);
    connect(&m_links, &NodeLinks::gatewayStatusReceived, this, &GatewayMonitor::applyGatewayStatus);
}

GatewayMonitor::~GatewayMonitor() = default;

void GatewayMonitor::setClock(Clock *clock)
{
    m_links.setClock(clock);
    invalidateDiagnoses();
}

esl::Link *GatewayMonitor::addNode(const QString &name, const QString &host, quint16 port,
    const QString &password, esl::Link::Options options)
{
    return m_links.addNode(name, host, port, password, options);
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
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

namespace {

bool isHealthy(const QString &state, const QString &ping)
{
    return healthOf(state, ping) == Health::Healthy;
}
} // namespace

void GatewayMonitor::setTrunks(const QList<Trunk> &trunks)
{
    m_trunks.clear();
    for (const Trunk &t : trunks)
        m_trunks.insert(t.gatewayName, t);
    // A gateway first seen already running: which saved version FreeSWITCH loaded is not known
    // (xmlstatus does not report every field), so nothing is recorded — the lint says "cannot
    // tell" instead of taking today's trunk for granted.
    m_trunksKnown = true;
    invalidateDiagnoses();
    for (const QString &node : std::as_const(m_snapshotNodes))
        reconcile(node);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT runningChanged();
}

void GatewayMonitor::reconcile(const QString &node)
{
    if (!m_trunksKnown || !m_snapshotNodes.contains(node))
        return;
    // Served but not run: a row that says so. Not run and no longer served: nothing to show.
    QList<QString> missing;
    for (auto it = m_trunks.cbegin(); it != m_trunks.cend(); ++it) {
        if (rowOf(node, it.key()) < 0)
            missing.append(it.key());
    }
    std::sort(missing.begin(), missing.end());
    if (!missing.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(missing.size()) - 1);
        for (const QString &name : std::as_const(missing)) {
            GatewayRecord r;
            r.node = node;
            r.name = name;
            r.profile = m_trunks.value(name).profile;
            r.presence = Presence::NotRunning;
            r.since = now();
            ++m_rowsPerNode[node];
            m_index.insert(key(node, name), int(m_rows.size()));
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    QList<int> unserved;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        const GatewayRecord &r = m_rows[size_t(row)];
        if (r.node == node && r.presence == Presence::NotRunning && !m_trunks.contains(r.name))
            unserved.append(row);
    }
    removeRecords(unserved);
}

const Trunk *GatewayMonitor::trunkFor(const QString &gatewayName) const
{
    auto it = m_trunks.constFind(gatewayName);
    return it == m_trunks.cend() ? nullptr : &it.value();
}

int GatewayMonitor::rowOf(const QString &node, const QString &name) const
{
    return m_index.value(key(node, name), -1);
}

int GatewayMonitor::ensureRow(const QString &node, const QString &name)
{
    const int existing = rowOf(node, name);
    if (existing >= 0)
        return existing;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    GatewayRecord r;
    r.node = node;
    r.name = name;
    m_rows.push_back(std::move(r));
    m_index.insert(key(node, name), row);
    ++m_rowsPerNode[node];
    endInsertRows();
    return row;
}

void GatewayMonitor::removeRecords(QList<int> rows)
{
    // Batched: each run of neighbouring rows is one removal, and the index is rebuilt once from
    // the first removed row on (removing rows one by one re-indexed the rest each time).
    if (rows.isEmpty())
        return;
    std::sort(rows.begin(), rows.end(), std::greater<>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    qsizetype i = 0;
    while (i < rows.size()) {
        const int high = rows.at(i);
        int low = high;
        while (i + 1 < rows.size() && rows.at(i + 1) == low - 1)
            low = rows.at(++i);
        ++i;
        beginRemoveRows({}, low, high);
        for (int row = low; row <= high; ++row) {
            --m_rowsPerNode[m_rows[size_t(row)].node];
            m_index.remove(key(m_rows[size_t(row)].node, m_rows[size_t(row)].name));
        }
        m_rows.erase(m_rows.begin() + low, m_rows.begin() + high + 1);
        endRemoveRows();
    }
    for (size_t row = size_t(rows.last()); row < m_rows.size(); ++row)
        m_index[key(m_rows[row].node, m_rows[row].name)] = int(row);
}

void GatewayMonitor::rowChanged(int row)
{
    m_rows[size_t(row)].diagnosis.reset();
    // Node, gateway and profile do not change with an event: a proxy sorted by name need not
    // re-sort.
    Q_EMIT dataChanged(index(row, State), index(row, ColumnCount - 1));
    Q_EMIT gatewayChanged(m_rows[row].node, m_rows[row].name);
}

QStringList GatewayMonitor::runningNodes() const
{
    // A node whose link is down or whose data went stale says nothing about today.
    QStringList nodes;
    for (const QString &node : m_snapshotNodes) {
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
    const int row = rowOf(node, name);
    if (row < 0)
        return;
    m_rows[size_t(row)].stoppedByOperatorAt = stopped ? now() : QDateTime();
    rowChanged(row);
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

std::optional<QList<GatewayStatus>> GatewayMonitor::running() const
{
    const QStringList nodes = runningNodes();
    if (nodes.isEmpty())
        return std::nullopt;
    QList<GatewayStatus> list;
    list.reserve(m_running.size());
    for (const Running &running : m_running) {
        if (!nodes.contains(running.node))
            continue;
        GatewayStatus g = running.status;
        g.node = running.node;
        const int row = rowOf(running.node, g.name);
        if (row >= 0 && !m_rows[size_t(row)].state.isEmpty())
            g.state = m_rows[size_t(row)].state; // the live state, not the snapshot's
        list.append(g);
    }
    return list;
}

void GatewayMonitor::applySnapshot(const QString &node, const QList<GatewayStatus> &gateways)
{
    const QDateTime now = this->now();
    m_links.noteSnapshot(node);
    invalidateDiagnoses(); // the node's list is readable again
    QSet<QString> seen;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value().node == node)
            it = m_running.erase(it);
        else
            ++it;
    }
    m_snapshotNodes.insert(node);
    // New gateways are inserted in one batch: views and proxies handle one insertion.
    QList<const GatewayStatus *> added;
    for (const GatewayStatus &g : gateways) {
        if (rowOf(node, g.name) < 0 && !seen.contains(g.name))
            added.append(&g);
        seen.insert(g.name);
    }
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const GatewayStatus *g : std::as_const(added)) {
            GatewayRecord r;
            r.node = node;
            r.name = g->name;
            ++m_rowsPerNode[node];
            m_index.insert(key(node, g->name), int(m_rows.size()));
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    for (const GatewayStatus &g : gateways) {
        m_running.insert(key(node, g.name), {node, g});
        const int row = rowOf(node, g.name);
        GatewayRecord &r = m_rows[size_t(row)];
        const bool wasKnown = !r.state.isEmpty() && r.presence == Presence::Running;
        const bool healthyBefore = isHealthy(r.state, r.pingStatus);
        r.presence = Presence::Running;
        r.goneAt = {};
        r.stoppedByOperatorAt = {};
        r.profile = g.profile;
        r.state = g.state;
        r.pingStatus = g.pingStatus;
        r.profileSipIp = m_profileSipIp.value(key(node, g.profile));
        const bool healthyNow = isHealthy(r.state, r.pingStatus);
        // FreeSWITCH says how long a gateway has been up (uptime-usec, 0 while it is down); for
        // a failing one the snapshot cannot say since when.
        const qint64 uptimeUsec = g.fields.value(u"uptime-usec"_s).toLongLong();
        if (healthyNow && uptimeUsec > 0 && g.pingStatus == u"UP"_s) {
            r.since = now.addMSecs(-uptimeUsec / 1000);
            r.sinceExact = true;
        } else if (!wasKnown || healthyBefore != healthyNow || !r.since.isValid()) {
            r.since = now;
            r.sinceExact = false;
        }
        r.callsIn = g.callsIn;
        r.callsOut = g.callsOut;
        r.failedCallsIn = g.failedCallsIn;
        r.failedCallsOut = g.failedCallsOut;
        const QString retry = g.fields.value(u"retry"_s);
        bool ok = false;
        const int retrySeconds = QString(retry).remove(u's').toInt(&ok);
        r.retrySeconds = ok ? retrySeconds : -1;
        r.retryKnownAt = now;
        r.pingTimeMs = g.pingTimeMs();
        rowChanged(row);
    }
    // Rows the node no longer runs: a served trunk stays as "not running"; a gateway deleted
    // before (Gone) stays gone while the console cannot tell whether it should run; the rest
    // goes, the node having said so.
    QList<int> toRemove;
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        GatewayRecord &r = m_rows[size_t(row)];
        if (r.node != node || seen.contains(r.name))
            continue;
        if (m_trunksKnown && m_trunks.contains(r.name)) {
            if (r.presence != Presence::NotRunning) {
                r.presence = Presence::NotRunning;
                r.since = now;
                rowChanged(row);
            }
        } else if (m_trunksKnown || r.presence != Presence::Gone) {
            if (m_trunksKnown) {
                toRemove.append(row);
            } else {
                r.presence = Presence::Gone;
                r.goneAt = now;
                rowChanged(row);
            }
        }
    }
    removeRecords(toRemove);
    rememberVanished(node, seen);
    reconcile(node);
    Q_EMIT nodesChanged();
    Q_EMIT runningChanged();
}

void GatewayMonitor::rememberVanished(const QString &node, const QSet<QString> &running)
{
    const QDateTime now = this->now();
    const QString prefix = node + QChar(0x1f);
    bool changed = false;
    QList<std::pair<QString, QDateTime>> vanished;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (!it.key().startsWith(prefix)) {
            ++it;
            continue;
        }
        const QString name = it.key().mid(prefix.size());
        if (running.contains(name)) {
            it.value() = now;
            changed = true;
            ++it;
        } else if (m_trunksKnown && !m_trunks.contains(name)) {
            it = m_seen.erase(it); // no longer served: its going was expected
            changed = true;
        } else {
            if (rowOf(node, name) < 0)
                vanished.append({name, it.value()});
            ++it;
        }
    }
    for (const QString &name : running) {
        if (!m_seen.contains(key(node, name))) {
            m_seen.insert(key(node, name), now);
            changed = true;
        }
    }
    if (!vanished.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(vanished.size()) - 1);
        for (const auto &[name, lastSeen] : std::as_const(vanished)) {
            GatewayRecord r;
            r.node = node;
            r.name = name;
            r.presence = Presence::Gone;
            r.goneAt = lastSeen; // at the latest: it ran then and does not now
            r.since = lastSeen;
            r.sinceExact = false;
            ++m_rowsPerNode[node];
            m_index.insert(key(node, name), int(m_rows.size()));
            m_rows.push_back(std::move(r));
        }
        endInsertRows();
    }
    if (changed)
        Q_EMIT seenGatewaysChanged();
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
    bool changed = findings.size() != m_configFindings.size();
    for (auto it = findings.cbegin(); !changed && it != findings.cend(); ++it)
        changed = !same(it.value(), m_configFindings.value(it.key()));
    if (!changed)
        return; // relint follows every change of the rows: no change, no repaint, no loop
    m_configFindings = findings;
    allRowsChanged();
}

void GatewayMonitor::setSeenGateways(const QHash<QString, QDateTime> &seen)
{
    m_seen = seen;
}

void GatewayMonitor::forgetGateway(const QString &node, const QString &name)
{
    if (m_seen.remove(key(node, name)) > 0)
        Q_EMIT seenGatewaysChanged();
    const int row = rowOf(node, name);
    if (row >= 0 && m_rows[size_t(row)].presence == Presence::Gone)
        removeRecords({row});
}

void GatewayMonitor::applySnapshotFailure(const QString &node, const QString &error, bool overLimit)
{
    m_links.noteSnapshotFailure(node, error, overLimit);
    invalidateDiagnoses();
    // What runs there is unknown now: it speaks for nothing in running().
    m_snapshotNodes.remove(node);
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value().node == node)
            it = m_running.erase(it);
        else
            ++it;
    }
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT nodesChanged();
    Q_EMIT runningChanged();
}

void GatewayMonitor::applyProfileStatus(
    const QString &node, const QString &profile, const QString &sipIp)
{
    m_profileSipIp.insert(key(node, profile), sipIp);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        GatewayRecord &r = m_rows[row];
        if (r.node == node && r.profile == profile && r.profileSipIp != sipIp) {
            r.profileSipIp = sipIp;
            rowChanged(int(row));
        }
    }
}

QString GatewayMonitor::unreadableReason(const QString &node) const
{
    const NodeStatus *status = m_links.status(node);
    return status ? status->snapshotError : QString();
}

QHash<QString, int> GatewayMonitor::appliedVersions() const
{
    return m_applied;
}

void GatewayMonitor::setAppliedVersions(const QHash<QString, int> &versions)
{
    m_applied = versions;
    Q_EMIT runningChanged();
}

void GatewayMonitor::recordApplied(const QString &node, const QString &gateway)
{
    const Trunk *t = trunkFor(gateway);
    if (!t)
        return;
    m_applied.insert(key(node, gateway), t->version);
    Q_EMIT appliedVersionsChanged();
    Q_EMIT runningChanged();
}

} // namespace xynap::session
