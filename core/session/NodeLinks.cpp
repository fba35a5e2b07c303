#include "session/NodeLinks.h"

#include "esl/SofiaStatus.h"
#include "model/SofiaNames.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace xynap::session {

NodeLinks::NodeLinks(QObject *parent)
    : QObject(parent)
{
    m_staleTimer.setInterval(1000);
    connect(&m_staleTimer, &Timer::timeout, this, &NodeLinks::refreshStaleness);
    m_staleTimer.start();
}

NodeLinks::~NodeLinks() = default;

void NodeLinks::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_staleTimer.setClock(m_clock);
    m_staleTimer.start();
    for (NodeData &n : m_nodes) {
        if (n.link)
            n.link->setClock(m_clock);
    }
}

NodeLinks::NodeData &NodeLinks::nodeData(const QString &node)
{
    NodeData &n = m_nodes[node];
    n.status.name = node;
    return n;
}

esl::Link *NodeLinks::addNode(const QString &name, const QString &host, quint16 port,
    const QString &password, esl::Link::Options options)
{
    auto *link = new esl::Link(name, host, port, password, options, this);
    link->setClock(m_clock);
    link->setTurnBudget(&m_turnBudget);
    nodeData(name).link = link;
    connect(link, &esl::Link::stateChanged, this,
        [this, name](
            esl::Link::State state, const QString &detail) { noteLinkState(name, state, detail); });
    connect(link, &esl::Link::snapshotTaken, this, [this, name] { Q_EMIT snapshotTaken(name); });
    connect(
        link, &esl::Link::snapshotFailed, this, [this, name](const QString &error, bool overLimit) {
            Q_EMIT snapshotFailed(name, error, overLimit);
        });
    connect(
        link, &esl::Link::profileStatusReceived, this, [this, name](const esl::ProfileStatus &p) {
            Q_EMIT profileStatusReceived(name, p.name, p.sipIp);
        });
    connect(link, &esl::Link::hostnameReported, this,
        [this, name](const QString &hostname) { noteHostname(name, hostname); });
    // A node that answers the probe is current, though silent: FreeSWITCH sends HEARTBEAT every
    // 20 s, the staleness bound itself, so a quiet node could turn stale for a moment whenever a
    // heartbeat came late.
    connect(
        link, &esl::Link::probeAnswered, this, [this, name] { heardFrom(m_nodes[name].status); });
    connect(link, &esl::Link::eventReceived, this, [this, name](const esl::Event &e) {
        NodeStatus &status = m_nodes[name].status;
        if (status.hostname.isEmpty())
            noteHostname(name, QString::fromUtf8(e.view("FreeSWITCH-Hostname")));
        heardFrom(status);
        Q_EMIT eventReceived(name, e);
    });
    link->start();
    return link;
}

esl::Link *NodeLinks::link(const QString &node) const
{
    return m_nodes.value(node).link;
}

QList<NodeStatus> NodeLinks::nodes() const
{
    QList<NodeStatus> list;
    for (const NodeData &n : m_nodes)
        list.append(n.status);
    std::sort(list.begin(), list.end(),
        [](const NodeStatus &a, const NodeStatus &b) { return a.name < b.name; });
    return list;
}

const NodeStatus *NodeLinks::status(const QString &node) const
{
    const auto it = m_nodes.constFind(node);
    return it == m_nodes.cend() ? nullptr : &it->status;
}

void NodeLinks::heardFrom(NodeStatus &status)
{
    status.lastDataAt = m_clock->now();
    // Staleness is the 1 s timer's job; news only ends it for a node that was stale.
    if (status.stale)
        refreshStaleness();
}

bool NodeLinks::isStale(const QString &node) const
{
    const auto it = m_nodes.constFind(node);
    if (it == m_nodes.cend())
        return false; // fed directly (tests, benchmarks): never marked
    const NodeStatus &s = it->status;
    if (s.state != esl::Link::State::Up || !s.lastDataAt.isValid())
        return true;
    return s.lastDataAt.msecsTo(m_clock->now()) > m_staleAfterMs;
}

void NodeLinks::refreshStaleness()
{
    QStringList changed;
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const bool stale = isStale(it.key());
        if (stale != it->status.stale) {
            it->status.stale = stale;
            changed.append(it.key());
        }
    }
    if (!changed.isEmpty()) {
        Q_EMIT stalenessChanged(changed);
        Q_EMIT nodesChanged();
    }
}

void NodeLinks::noteLinkState(const QString &node, esl::Link::State state, const QString &detail)
{
    NodeData &n = nodeData(node);
    n.status.state = state;
    n.status.detail = detail;
    if (state != esl::Link::State::Up)
        n.status.gatewaysKnown = false;
    refreshStaleness();
    Q_EMIT nodesChanged();
}

void NodeLinks::noteHostname(const QString &node, const QString &hostname)
{
    if (!esl::Link::isValidHostname(hostname))
        return;
    NodeStatus &status = nodeData(node).status;
    if (status.hostname == hostname)
        return;
    status.hostname = hostname;
    Q_EMIT nodesChanged();
}

void NodeLinks::noteSnapshot(const QString &node)
{
    // Nodes fed directly (tests, benchmarks) have no link and no status to keep.
    const auto it = m_nodes.find(node);
    if (it == m_nodes.end())
        return;
    it->status.lastDataAt = m_clock->now();
    it->status.snapshotError.clear();
    it->status.overLimit = false;
    it->status.gatewaysKnown = true;
    refreshStaleness();
}

void NodeLinks::noteSnapshotFailure(const QString &node, const QString &error, bool overLimit)
{
    NodeStatus &status = nodeData(node).status;
    status.lastDataAt = m_clock->now();
    status.snapshotError = error;
    status.overLimit = overLimit;
    status.gatewaysKnown = false;
}

bool NodeLinks::flagUnreadable(const QString &node, const QString &error, bool overLimit)
{
    NodeStatus &status = nodeData(node).status;
    if (!status.snapshotError.isEmpty())
        return false;
    status.snapshotError = error;
    status.overLimit = overLimit;
    Q_EMIT nodesChanged();
    return true;
}

void NodeLinks::queryGateway(
    const QString &node, const QString &profile, const QString &gateway, int delayMs)
{
    if (!isValidSofiaName(gateway) || (!profile.isEmpty() && !isValidSofiaName(profile)))
        return;
    // One query per gateway at a time, however many events ask for it.
    const QString k = node + QChar(0x1f) + gateway;
    if (m_queries.contains(k))
        return;
    m_queries.insert(k);
    const QString target = (profile.isEmpty() ? QString() : profile + u"::"_s) + gateway;
    // Real time on any clock: it waits for FreeSWITCH, not for the operator.
    QTimer::singleShot(delayMs, this, [this, node, target, k] {
        esl::Link *l = m_nodes.value(node).link;
        if (!l) {
            m_queries.remove(k);
            return;
        }
        l->api(u"sofia xmlstatus gateway "_s + target, [this, node, k](const esl::CommandReply &r) {
            m_queries.remove(k);
            if (!r.ok())
                return;
            for (const GatewayStatus &g :
                esl::parseGatewayXmlStatus(r.body, MaxGatewaysPerNode, esl::Fields::Read).gateways)
                Q_EMIT gatewayStatusReceived(node, g);
        });
    });
}

} // namespace xynap::session
