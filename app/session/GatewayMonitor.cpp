#include "GatewayMonitor.h"

#include "esl/EslCodec.h"

#include <QLocale>
#include <QSet>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace xynap::session {

GatewayMonitor::GatewayMonitor(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(ProviderCatalog::builtIn())
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_staleTimer.setInterval(1000);
    connect(&m_staleTimer, &QTimer::timeout, this, &GatewayMonitor::refreshStaleness);
    m_staleTimer.start();
}

GatewayMonitor::~GatewayMonitor() = default;

void GatewayMonitor::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    for (NodeData &n : m_nodes) {
        if (n.link)
            n.link->setClock(m_clock);
    }
}

esl::Link *GatewayMonitor::addNode(const QString &name, const QString &host, quint16 port,
    const QString &password, esl::Link::Options options)
{
    auto *link = new esl::Link(name, host, port, password, options, this);
    link->setClock(m_clock);
    NodeData &node = m_nodes[name];
    node.status.name = name;
    node.link = link;
    connect(link, &esl::Link::stateChanged, this,
        [this, name](
            esl::Link::State state, const QString &detail) { noteLinkState(name, state, detail); });
    connect(link, &esl::Link::snapshotTaken, this,
        [this, name](const QList<GatewayStatus> &gateways) { applySnapshot(name, gateways); });
    connect(link, &esl::Link::eventReceived, this, [this, name](const esl::Event &e) {
        m_nodes[name].status.lastDataAt = m_clock();
        refreshStaleness();
        applyEvent(name, e);
        // A gateway that does not register reports no state after gateway_add (NOREG emits
        // events only when its ping flips): ask for it.
        // FAIL_WAIT: the wait grows after 403/904; the switch knows how long, so ask it.
        const bool failWait
            = e.subclass() == "sofia::gateway_state" && e.value("State") == "FAIL_WAIT";
        if (e.subclass() == "sofia::gateway_add" || failWait) {
            // gateway_state carries no profile: take it from the record (name alone otherwise).
            QString profile = QString::fromUtf8(e.value("profile-name"));
            if (const GatewayRecord *r = record(name, QString::fromUtf8(e.value("Gateway")));
                profile.isEmpty() && r)
                profile = r->profile;
            const QString gateway = (profile.isEmpty() ? QString() : profile + u"::"_s)
                + QString::fromUtf8(e.value("Gateway"));
            QTimer::singleShot(failWait ? 0 : 1000, this, [this, name, gateway] {
                esl::Link *l = m_nodes.value(name).link;
                if (!l)
                    return;
                l->api(
                    u"sofia xmlstatus gateway "_s + gateway, [this, name](const esl::ApiResult &r) {
                        if (!r.ok)
                            return;
                        for (const GatewayStatus &g : esl::parseGatewayXmlStatus(r.body).gateways)
                            applyGatewayStatus(name, g);
                    });
            });
        }
    });
    link->start();
    return link;
}

esl::Link *GatewayMonitor::link(const QString &node) const
{
    return m_nodes.value(node).link;
}

void GatewayMonitor::setTrunks(const QList<Trunk> &trunks)
{
    m_trunks.clear();
    for (const Trunk &t : trunks)
        m_trunks.insert(t.gatewayName, t);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
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
    endInsertRows();
    return row;
}

void GatewayMonitor::removeRow(int row)
{
    beginRemoveRows({}, row, row);
    m_index.remove(key(m_rows[row].node, m_rows[row].name));
    m_rows.erase(m_rows.begin() + row);
    for (int i = row; i < int(m_rows.size()); ++i)
        m_index[key(m_rows[i].node, m_rows[i].name)] = i;
    endRemoveRows();
}

void GatewayMonitor::rowChanged(int row)
{
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
        const auto it = m_nodes.constFind(node);
        const bool fedDirectly = it == m_nodes.cend(); // tests, benchmarks
        if (fedDirectly || (it->status.state == esl::Link::State::Up && !isStale(node)))
            nodes.append(node);
    }
    nodes.sort();
    return nodes;
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
    const QDateTime now = m_clock();
    m_nodes[node].status.lastDataAt = now;
    refreshStaleness();
    QSet<QString> seen;
    for (auto it = m_running.begin(); it != m_running.end();) {
        if (it.value().node == node)
            it = m_running.erase(it);
        else
            ++it;
    }
    m_snapshotNodes.insert(node);
    for (const GatewayStatus &g : gateways) {
        m_running.insert(key(node, g.name), {node, g});
        seen.insert(g.name);
        const int row = ensureRow(node, g.name);
        GatewayRecord &r = m_rows[row];
        r.profile = g.profile;
        if (r.state != g.state) {
            r.state = g.state;
            r.since = now; // the snapshot cannot say how long; events will from now on
        }
        r.pingStatus = g.pingStatus;
        r.callsIn = g.callsIn;
        r.callsOut = g.callsOut;
        r.failedCallsIn = g.failedCallsIn;
        r.failedCallsOut = g.failedCallsOut;
        const QString retry = g.fields.value(u"retry"_s);
        bool ok = false;
        const int retrySeconds = QString(retry).remove(u's').toInt(&ok);
        r.retrySeconds = ok ? retrySeconds : -1;
        r.retryKnownAt = now;
        rowChanged(row);
    }
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (m_rows[row].node == node && !seen.contains(m_rows[row].name))
            removeRow(row);
    }
    Q_EMIT nodesChanged();
    Q_EMIT runningChanged();
}

void GatewayMonitor::applyGatewayStatus(const QString &node, const GatewayStatus &g)
{
    const int row = rowOf(node, g.name);
    if (row < 0)
        return; // deleted in the meantime
    m_running.insert(key(node, g.name), {node, g});
    GatewayRecord &r = m_rows[row];
    // Answers and events arrive in order on one socket: this answer is the newest news.
    bool ok = false;
    const int retry = QString(g.fields.value(u"retry"_s)).remove(u's').toInt(&ok);
    r.retrySeconds = ok ? retry : -1;
    r.retryKnownAt = m_clock();
    if (r.state != g.state)
        r.since = m_clock();
    r.state = g.state;
    r.pingStatus = g.pingStatus;
    r.profile = g.profile;
    rowChanged(row);
    Q_EMIT runningChanged();
}

void GatewayMonitor::applyEvent(const QString &node, const esl::Event &e)
{
    const QByteArray subclass = e.subclass();
    if (subclass.isEmpty())
        return; // HEARTBEAT, BACKGROUND_JOB: liveness only
    const QString name = QString::fromUtf8(e.value("Gateway"));
    if (name.isEmpty())
        return;
    QDateTime at = m_clock();
    const qint64 usec = e.value("Event-Date-Timestamp").toLongLong();
    if (usec > 0)
        at = QDateTime::fromMSecsSinceEpoch(usec / 1000, Qt::UTC);

    if (subclass == "sofia::gateway_delete") {
        const int row = rowOf(node, name);
        if (row >= 0)
            removeRow(row);
        m_running.remove(key(node, name));
        Q_EMIT gatewayDeleted(node, name);
        Q_EMIT runningChanged();
        return;
    }
    const int row = ensureRow(node, name);
    GatewayRecord &r = m_rows[row];
    r.lastEvent = e; // formatted only when the detail pane shows it
    if (subclass == "sofia::gateway_add") {
        r.profile = QString::fromUtf8(e.value("profile-name"));
        r.state.clear();
        r.invalidDigest = false;
        r.since = at;
        rowChanged(row);
        // Running again, configuration not yet read: its profile is known, the rest follows
        // from the next status answer.
        if (!m_running.contains(key(node, name))) {
            GatewayStatus added;
            added.name = name;
            added.profile = r.profile;
            m_running.insert(key(node, name), {node, added});
        }
        Q_EMIT gatewayAdded(node, name);
        Q_EMIT runningChanged();
        return;
    }
    if (subclass == "sofia::gateway_invalid_digest_req") {
        r.invalidDigest = true;
        rowChanged(row);
        return;
    }
    if (subclass != "sofia::gateway_state")
        return;
    const QString state = QString::fromUtf8(e.value("State"));
    if (state != r.state)
        r.since = at;
    r.state = state;
    r.pingStatus = QString::fromUtf8(e.value("Ping-Status"));
    if (e.headers.contains("Status")) {
        r.lastStatus = e.value("Status").toInt();
        r.lastPhrase = QString::fromUtf8(e.value("Phrase")).trimmed();
    } else if (state == u"REGED"_s || state == u"TRYING"_s) {
        // keep the last code for the history; a success clears the alarm below
    }
    if (state == u"REGED"_s) {
        r.invalidDigest = false;
        r.lastStatus = r.lastStatus == 0 ? 200 : r.lastStatus;
    }
    if (e.headers.contains("Register-Network-IP"))
        r.registerAddress = QString::fromUtf8(e.value("Register-Network-IP")) + u':'
            + QString::fromUtf8(e.value("Register-Network-Port"));
    r.retrySeconds = -1;
    r.transitions.append({at, state, r.pingStatus, e.headers.contains("Status") ? r.lastStatus : 0,
        QString::fromUtf8(e.value("Phrase")).trimmed()});
    if (r.transitions.size() > GatewayRecord::MaxTransitions)
        r.transitions.removeFirst();
    rowChanged(row);
}

void GatewayMonitor::noteLinkState(
    const QString &node, esl::Link::State state, const QString &detail)
{
    NodeData &n = m_nodes[node];
    n.status.name = node;
    n.status.state = state;
    n.status.detail = detail;
    refreshStaleness();
    Q_EMIT nodesChanged();
}

bool GatewayMonitor::isStale(const QString &node) const
{
    auto it = m_nodes.constFind(node);
    if (it == m_nodes.cend())
        return false; // fed directly (tests, benchmarks): never marked
    const NodeStatus &s = it->status;
    if (s.state != esl::Link::State::Up || !s.lastDataAt.isValid())
        return true;
    return s.lastDataAt.msecsTo(m_clock()) > m_staleAfterMs;
}

void GatewayMonitor::refreshStaleness()
{
    bool changed = false;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const bool stale = isStale(it.key());
        if (stale != it->status.stale) {
            it->status.stale = stale;
            changed = true;
        }
    }
    if (changed) {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        Q_EMIT nodesChanged();
    }
}

QList<GatewayMonitor::NodeStatus> GatewayMonitor::nodes() const
{
    QList<NodeStatus> list;
    for (const NodeData &n : m_nodes)
        list.append(n.status);
    std::sort(list.begin(), list.end(),
        [](const NodeStatus &a, const NodeStatus &b) { return a.name < b.name; });
    return list;
}

const GatewayRecord *GatewayMonitor::record(const QString &node, const QString &name) const
{
    const int row = rowOf(node, name);
    return row < 0 ? nullptr : &m_rows[row];
}

const GatewayRecord *GatewayMonitor::recordAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[row] : nullptr;
}

Diagnosis GatewayMonitor::diagnosisAt(int row) const
{
    const GatewayRecord &r = m_rows[row];
    if (isStale(r.node)) {
        const QDateTime last = m_nodes.value(r.node).status.lastDataAt;
        Diagnosis d;
        d.health = Health::Unknown;
        d.summary = last.isValid()
            ? tr("No data since %1")
                  .arg(QLocale().toString(last.toLocalTime().time(), u"HH:mm:ss"_s))
            : tr("No data yet");
        d.detail = tr("The link to %1 is down or silent: %2")
                       .arg(r.node, m_nodes.value(r.node).status.detail);
        return d;
    }
    const Trunk *trunk = trunkFor(r.name);
    const ProviderSpec *provider = trunk ? m_catalog.find(trunk->provider) : nullptr;
    return diagnose(r, trunk, provider, m_clock());
}

Diagnosis GatewayMonitor::diagnosis(const QString &node, const QString &name) const
{
    const int row = rowOf(node, name);
    return row < 0 ? Diagnosis {} : diagnosisAt(row);
}

int GatewayMonitor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GatewayMonitor::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayMonitor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayRecord &r = m_rows[index.row()];
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
        return r.node;
    case Gateway:
        return r.name;
    case Profile:
        return r.profile;
    case State:
        return r.state;
    case Ping:
        return r.pingStatus;
    case LastStatus:
        if (role == SortRole)
            return r.lastStatus;
        return r.lastStatus ? u"%1 %2"_s.arg(r.lastStatus).arg(r.lastPhrase) : QString();
    case Since:
        if (role == SortRole)
            return r.since;
        return r.since.isValid() ? QLocale().toString(r.since.toLocalTime(), QLocale::ShortFormat)
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
    case Summary:
        return tr("Diagnosis");
    default:
        return {};
    }
}

} // namespace xynap::session
