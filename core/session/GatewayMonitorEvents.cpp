// GatewayMonitor, part two: what FreeSWITCH says — events and status answers. (Part one,
// GatewayMonitor.cpp: nodes, trunks, rows and snapshots; part three, GatewayMonitorModel.cpp: the
// table model and the diagnosis of each row. The links and staleness: NodeLinks.)
#include "session/GatewayMonitor.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
bool healthyState(const QString &state, const QString &ping)
{
    return healthOf(state, ping) == Health::Healthy;
}
} // namespace

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
    r.retryKnownAt = now();
    r.pingTimeMs = g.pingTimeMs();
    if (healthyState(r.state, r.pingStatus) != healthyState(g.state, g.pingStatus)
        || !r.since.isValid())
        r.since = now();
    r.state = g.state;
    r.pingStatus = g.pingStatus;
    r.profile = g.profile;
    r.presence = Presence::Running;
    r.profileSipIp = m_profileSipIp.value(key(node, g.profile));
    rowChanged(row);
    Q_EMIT runningChanged();
}

void GatewayMonitor::applyEvent(const QString &node, const esl::Event &e)
{
    // Views into the event, never copies: this runs for every event of every node.
    const QByteArrayView subclass = e.view("Event-Subclass");
    if (subclass.isEmpty())
        return; // HEARTBEAT, BACKGROUND_JOB: liveness only
    const QString name = QString::fromUtf8(e.view("Gateway"));
    if (name.isEmpty())
        return;
    // When the console learnt it, on its own clock: a node whose clock is off must not make a
    // gateway "down for 15182 min" (FreeSWITCH's Event-Date-Timestamp is its clock, not ours).
    const QDateTime at = now();

    if (subclass == "sofia::gateway_delete") {
        // Never a silent disappearance: the row stays, "gone since", until FreeSWITCH adds the
        // gateway again or a fresh snapshot shows it is meant to be gone.
        const int row = rowOf(node, name);
        m_running.remove(key(node, name));
        if (row >= 0) {
            GatewayRecord &r = m_rows[size_t(row)];
            keepRawEvent(r, e);
            if (r.presence == Presence::Running) {
                r.presence = Presence::Gone;
                r.goneAt = at;
                if (healthyState(r.state, r.pingStatus))
                    r.since = at;
                r.transitions.append({at, u"GONE"_s, r.pingStatus, 0, {}});
                if (r.transitions.size() > GatewayRecord::MaxTransitions)
                    r.transitions.removeFirst();
            }
            rowChanged(row);
        }
        Q_EMIT gatewayDeleted(node, name);
        Q_EMIT runningChanged();
        return;
    }
    int row = rowOf(node, name); // one lookup per event: this runs for every event
    if (row < 0 && m_rowsPerNode.value(node) >= MaxGatewaysPerNode) {
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
    if (row < 0)
        row = ensureRow(node, name);
    GatewayRecord &r = m_rows[row];
    keepRawEvent(r, e); // formatted only when the detail pane shows it
    if (subclass == "sofia::gateway_add") {
        const bool wasRunning = r.presence == Presence::Running && !r.state.isEmpty();
        r.presence = Presence::Running;
        r.goneAt = {};
        r.stoppedByOperatorAt = {};
        r.profile = QString::fromUtf8(e.view("profile-name"));
        r.profileSipIp = m_profileSipIp.value(key(node, r.profile));
        r.state.clear();
        r.invalidDigest = false;
        if (!wasRunning)
            r.since = at;
        // FreeSWITCH just read the gateway from the Platform API: it runs today's trunk.
        if (const Trunk *t = trunkFor(name)) {
            m_applied.insert(key(node, name), t->version);
            Q_EMIT appliedVersionsChanged();
        }
        rowChanged(row);
        // Running again, configuration not yet read: its profile is known, the rest follows
        // from the next status answer.
        if (!m_running.contains(key(node, name))) {
            GatewayStatus added;
            added.name = name;
            added.profile = r.profile;
            m_running.insert(key(node, name), {node, added});
        }
        m_seen.insert(key(node, name), at);
        Q_EMIT seenGatewaysChanged();
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
    const QString state = QString::fromUtf8(e.view("State"));
    const QString ping = QString::fromUtf8(e.view("Ping-Status"));
    if (healthyState(state, ping) != healthyState(r.state, r.pingStatus) || !r.since.isValid()) {
        r.since = at;
        r.sinceExact = true;
    }
    r.presence = Presence::Running;
    r.state = state;
    r.pingStatus = ping;
    const bool hasStatus = e.headers.contains("Status");
    const QString phrase = QString::fromUtf8(e.view("Phrase")).trimmed();
    if (hasStatus) {
        r.lastStatus = e.view("Status").toInt();
        r.lastPhrase = phrase;
        r.lastStatusAt = at;
        // Where the answer came from: port 0, or no address at all on a REGISTER's failure (seen
        // on FreeSWITCH 1.10.12 after ICMP port unreachable), means FreeSWITCH's own stack.
        const QByteArrayView port = e.view("Register-Network-Port");
        if (!port.isNull())
            r.lastStatusFrom
                = port == "0" ? GatewayRecord::AnswerFrom::Local : GatewayRecord::AnswerFrom::Peer;
        else
            r.lastStatusFrom = state == u"NOREG"_s ? GatewayRecord::AnswerFrom::Unknown
                                                   : GatewayRecord::AnswerFrom::Local;
    }
    if (state == u"REGED"_s) {
        r.invalidDigest = false;
        if (r.lastStatus == 0) {
            r.lastStatus = 200;
            r.lastStatusAt = at;
        }
    }
    if (const QByteArrayView ipView = e.view("Register-Network-IP"); !ipView.isNull()) {
        const QString ip = QString::fromUtf8(ipView);
        r.registerAddress = ip + u':' + QString::fromUtf8(e.view("Register-Network-Port"));
        r.registerFamily = ip.startsWith(u'[') || ip.contains(u':') ? 6
            : ip.count(u'.') == 3                                   ? 4
                                                                    : 0;
    }
    r.retrySeconds = -1;
    r.transitions.append({at, state, r.pingStatus, hasStatus ? r.lastStatus : 0, phrase});
    if (r.transitions.size() > GatewayRecord::MaxTransitions)
        r.transitions.removeFirst();
    rowChanged(row);
}

void GatewayMonitor::keepRawEvent(GatewayRecord &r, const esl::Event &e)
{
    const esl::Headers &h = e.headers;
    bool withinBounds = h.size() <= GatewayRecord::MaxRawEventHeaders
        && e.body.size() <= GatewayRecord::MaxRawEventBody;
    // Nothing needs cutting when the whole text is that short; otherwise look at each header,
    // without decoding it (decoding only shortens).
    if (withinBounds && h.textSize() > GatewayRecord::MaxRawHeaderValue) {
        for (qsizetype i = 0; withinBounds && i < h.size(); ++i) {
            withinBounds = h.nameAt(i).size() <= GatewayRecord::MaxRawHeaderValue
                && h.valueSizeBound(i) <= GatewayRecord::MaxRawHeaderValue;
        }
    }
    if (withinBounds) {
        // The usual event: copied into the buffers the row already holds, no allocation.
        r.lastEvent.headers.assign(h);
        if (e.body.isEmpty())
            r.lastEvent.body.resize(0);
        else
            r.lastEvent.body = e.body;
        return;
    }
    esl::Event kept;
    for (qsizetype i = 0; i < qMin(h.size(), qsizetype(GatewayRecord::MaxRawEventHeaders)); ++i) {
        kept.headers.append(h.nameAt(i).first(qMin(
                                h.nameAt(i).size(), qsizetype(GatewayRecord::MaxRawHeaderValue))),
            h.valueAt(i).first(
                qMin(h.valueAt(i).size(), qsizetype(GatewayRecord::MaxRawHeaderValue))));
    }
    kept.body = e.body.left(GatewayRecord::MaxRawEventBody);
    r.lastEvent = std::move(kept);
}

void GatewayMonitor::noteLinkState(
    const QString &node, esl::Link::State state, const QString &detail)
{
    invalidateDiagnoses();
    m_links.noteLinkState(node, state, detail);
}

} // namespace xynap::session
