#include "session/GatewayEventApplier.h"

#include "session/Diagnosis.h"

#include <algorithm>
#include <array>
#include <vector>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {

bool isHealthy(const QString &state, const QString &ping)
{
    return healthOf(state, ping) == Health::Healthy;
}

// The headers applyEvent() reads, found in one pass over the event: a table of their names by
// length, instead of a scan of every header per name.
struct EventHeaders {
    enum Slot {
        Subclass,
        Gateway,
        ProfileName,
        State,
        PingStatus,
        Status,
        Phrase,
        NetworkIp,
        NetworkPort,
        SlotCount
    };
    std::array<QByteArrayView, SlotCount> values {}; // null: not in the event

    explicit EventHeaders(const esl::Headers &headers)
    {
        struct Name {
            QByteArrayView name;
            Slot slot;
        };
        static constexpr std::array<Name, SlotCount> names {{
            {"Event-Subclass", Subclass},
            {"Gateway", Gateway},
            {"profile-name", ProfileName},
            {"State", State},
            {"Ping-Status", PingStatus},
            {"Status", Status},
            {"Phrase", Phrase},
            {"Register-Network-IP", NetworkIp},
            {"Register-Network-Port", NetworkPort},
        }};
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QByteArrayView name = headers.nameAt(i);
            for (const Name &n : names) {
                // As FreeSWITCH (and Headers::view) match: case-insensitive, the first wins.
                if (n.name.size() == name.size() && values[n.slot].isNull()
                    && (name == n.name || name.compare(n.name, Qt::CaseInsensitive) == 0)) {
                    values[n.slot] = headers.valueAt(i);
                    // A decoded value is never empty-but-null: keep presence visible.
                    if (values[n.slot].isNull())
                        values[n.slot] = QByteArrayView("", 0);
                    break;
                }
            }
        }
    }
    QByteArrayView operator[](Slot slot) const { return values[slot]; }
};

// Whether `text` already holds the UTF-8 bytes `utf8` (ASCII only; anything else is made anew).
bool sameText(QStringView text, QByteArrayView utf8)
{
    if (text.size() != utf8.size())
        return false;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (uchar(utf8[i]) >= 0x80 || text.at(i).unicode() != char16_t(uchar(utf8[i])))
            return false;
    }
    return true;
}

// A field from an event's bytes, made into text only when they differ from what it holds (a
// state, a ping status or a phrase mostly repeats).
void assignText(QString &field, QByteArrayView utf8)
{
    if (!sameText(field, utf8))
        field = QString::fromUtf8(utf8);
}

void appendTransition(GatewayRecord &r, Transition t)
{
    r.transitions.append(std::move(t));
    if (r.transitions.size() > GatewayRecord::MaxTransitions)
        r.transitions.removeFirst();
}

// The last raw event of a row, for the detail pane, made readable only when the pane asks
// (GatewayRecord::lastRawEvent()). A hostile or broken node cannot make a row hold megabytes:
// what exceeds a bound is cut.
void keepRawEvent(GatewayRecord &r, const esl::Event &e)
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
        // Into the buffers the row already holds: no allocation. (Sharing the event's text
        // instead measured slower: the decoder, which reuses one event, then allocates anew for
        // every event, and the row's old text is freed.)
        if (!r.lastEvent)
            r.lastEvent = std::make_unique<esl::Event>();
        r.lastEvent->headers.assign(h);
        if (e.body.isEmpty())
            r.lastEvent->body.resize(0);
        else
            r.lastEvent->body = e.body;
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
    r.lastEvent = std::make_unique<esl::Event>(std::move(kept));
}

} // namespace

GatewayEventApplier::GatewayEventApplier(GatewayStore &store)
    : m_store(store)
{
}

void GatewayEventApplier::setTrunks(const QList<Trunk> &trunks, const QDateTime &now)
{
    // A gateway first seen already running: which saved version FreeSWITCH loaded is not known
    // (xmlstatus does not report every field), so nothing is recorded — the lint says "cannot
    // tell" instead of taking today's trunk for granted.
    m_store.setTrunks(trunks);
    // The gateways last seen on a node not read yet (read from a file, each name a text of its
    // own) take the trunks' names; a node's snapshot gives its entries the rows' names.
    const QHash<QString, qsizetype> &served = m_store.trunksByName();
    for (auto node = m_store.seen().begin(); node != m_store.seen().end(); ++node) {
        if (m_store.snapshotNodes().contains(node.key()))
            continue;
        GatewayStore::SeenByName shared;
        shared.reserve(node->size());
        for (auto it = node->cbegin(); it != node->cend(); ++it) {
            const auto trunk = served.constFind(it.key());
            shared.insert(trunk != served.cend() ? trunk.key() : it.key(), it.value());
        }
        *node = std::move(shared);
    }
    const QSet<QString> nodes = m_store.snapshotNodes();
    for (const QString &node : nodes)
        reconcile(node, now);
}

void GatewayEventApplier::shareTexts(GatewayStatus &g) const
{
    const QHash<QString, qsizetype> &served = m_store.trunksByName();
    const auto trunk = served.constFind(g.name);
    if (trunk == served.cend())
        return;
    g.name = trunk.key();
    if (const QString &username = m_store.trunks().at(trunk.value()).username;
        username == g.username)
        g.username = username;
}

void GatewayEventApplier::reconcile(const QString &node, const QDateTime &now)
{
    if (!m_store.trunksKnown() || !m_store.snapshotNodes().contains(node))
        return;
    // Served but not run: a row that says so. Not run and no longer served: nothing to show.
    const QHash<QString, qsizetype> &trunks = m_store.trunksByName();
    QList<QString> missing;
    for (auto it = trunks.cbegin(); it != trunks.cend(); ++it) {
        if (m_store.rowOf(node, it.key()) < 0)
            missing.append(it.key());
    }
    std::sort(missing.begin(), missing.end());
    m_store.append(missing.size(), [&](qsizetype i, GatewayRecord &r) {
        r.node = node;
        r.name = missing.at(i);
        r.profile = m_store.trunkFor(r.name)->profile;
        r.presence = Presence::NotRunning;
        r.since = now;
    });
    QList<int> unserved;
    for (int row = m_store.size() - 1; row >= 0; --row) {
        const GatewayRecord &r = m_store.at(row);
        if (r.node == node && r.presence == Presence::NotRunning && !trunks.contains(r.name))
            unserved.append(row);
    }
    m_store.remove(unserved);
}

GatewayEventApplier::Outcome GatewayEventApplier::applySnapshot(
    const QString &node, const QList<GatewayStatus> &gateways, const QDateTime &now)
{
    return applyGatewayList(node, GatewayList::of(gateways), now);
}

GatewayEventApplier::Outcome GatewayEventApplier::applyGatewayList(
    const QString &node, GatewayList gateways, const QDateTime &now)
{
    // What runs, by the rows' own names (the seen gateways keep them, shared).
    QSet<QString> seen;
    m_store.forgetRunningOn(node);
    m_store.reserveRunning(node, gateways.size());
    m_store.snapshotNodes().insert(node);
    const auto entry = [&gateways](qsizetype i) -> ListedGateway & {
        return gateways.block(i / GatewayList::BlockSize)[i % GatewayList::BlockSize];
    };
    // New gateways are inserted in one batch: views and proxies handle one insertion. By their
    // entries in the list, whose blocks are full but the last.
    QList<qsizetype> added;
    seen.reserve(gateways.size());
    if (m_store.rowsOn(node) == 0)
        added.reserve(gateways.size()); // a node seen the first time: all of them
    const QHash<QString, qsizetype> &trunks = m_store.trunksByName();
    for (qsizetype i = 0; i < gateways.size(); ++i) {
        const QString &name = entry(i).running.name;
        if (seen.contains(name))
            continue;
        if (const int row = m_store.rowOf(node, name); row >= 0) {
            seen.insert(m_store.at(row).name);
            continue;
        }
        // The new row's name and the seen one are the same text; a served gateway's is its
        // trunk's (one text for a name on every node, not one per node).
        const auto trunk = trunks.constFind(name);
        seen.insert(trunk != trunks.cend() ? trunk.key() : name);
        added.append(i);
    }
    const QHash<QString, QString> &sipIps = m_store.profileSipIp();
    // A row takes what its entry says, and what runs there; the entry is used up then.
    const auto apply = [&](int row, ListedGateway &g) {
        GatewayRecord &r = m_store.at(row);
        const bool wasKnown = !r.state.isEmpty() && r.presence == Presence::Running;
        const bool healthyBefore = isHealthy(r.state, r.pingStatus);
        r.presence = Presence::Running;
        r.goneAt = {};
        r.stoppedByOperatorAt = {};
        r.profile = g.running.profile;
        r.state = g.running.state;
        r.pingStatus = g.pingStatus;
        r.profileSipIp = sipIps.value(GatewayStore::key(node, g.running.profile));
        const bool healthyNow = isHealthy(r.state, r.pingStatus);
        // FreeSWITCH says how long a gateway has been up (uptime-usec, 0 while it is down); for
        // a failing one the snapshot cannot say since when.
        if (healthyNow && g.uptimeUsec > 0 && g.pingStatus == u"UP"_s) {
            r.since = now.addMSecs(-g.uptimeUsec / 1000);
            r.sinceExact = true;
        } else if (!wasKnown || healthyBefore != healthyNow || !r.since.isValid()) {
            r.since = now;
            r.sinceExact = false;
        }
        r.callsIn = g.callsIn;
        r.callsOut = g.callsOut;
        r.failedCallsIn = g.failedCallsIn;
        r.failedCallsOut = g.failedCallsOut;
        r.retrySeconds = g.retrySeconds;
        r.retryKnownAt = now;
        r.pingTimeMs = g.pingTimeMs;
        if (const Trunk *trunk = m_store.trunkFor(r.name);
            trunk && trunk->username == g.running.username)
            g.running.username = trunk->username; // one text, not one per node
        m_store.setRunning(row, std::move(g.running));
    };
    // The new rows are made with all their entry says, and each block is given back once none
    // of its entries is left: the list never lies beside all the rows made of it.
    std::vector<bool> usedUp(size_t(gateways.size()), false);
    std::vector<qsizetype> left(size_t(gateways.blockCount()));
    for (qsizetype b = 0; b < gateways.blockCount(); ++b)
        left[size_t(b)] = gateways.block(b).size();
    const auto useUp = [&](qsizetype i) {
        usedUp[size_t(i)] = true;
        const qsizetype b = i / GatewayList::BlockSize;
        if (--left[size_t(b)] == 0)
            gateways.release(b);
    };
    const int firstNew = m_store.size();
    m_store.append(added.size(), [&](qsizetype n, GatewayRecord &r) {
        const qsizetype i = added.at(n);
        ListedGateway &g = entry(i);
        const auto trunk = trunks.constFind(g.running.name);
        r.node = node;
        r.name = trunk != trunks.cend() ? trunk.key() : g.running.name;
        apply(firstNew + int(n), g);
        useUp(i);
    });
    added = {};
    // Views hear of the new rows' contents as of every other row's.
    for (int row = firstNew; row < m_store.size(); ++row)
        m_store.changed(row);
    // The gateways that had a row (and a name listed twice: the last says).
    for (qsizetype i = 0; i < gateways.size(); ++i) {
        if (usedUp[size_t(i)])
            continue;
        ListedGateway &g = entry(i);
        const int row = m_store.rowOf(node, g.running.name);
        apply(row, g);
        m_store.changed(row);
        useUp(i);
    }
    // Rows the node no longer runs: a served trunk stays as "not running"; a gateway deleted
    // before (Gone) stays gone while the console cannot tell whether it should run; the rest
    // goes, the node having said so.
    const bool trunksKnown = m_store.trunksKnown();
    QList<int> toRemove;
    for (int row = m_store.size() - 1; row >= 0; --row) {
        GatewayRecord &r = m_store.at(row);
        if (r.node != node || seen.contains(r.name))
            continue;
        if (trunksKnown && m_store.trunksByName().contains(r.name)) {
            if (r.presence != Presence::NotRunning) {
                r.presence = Presence::NotRunning;
                r.since = now;
                m_store.changed(row);
            }
        } else if (trunksKnown || r.presence != Presence::Gone) {
            if (trunksKnown) {
                toRemove.append(row);
            } else {
                r.presence = Presence::Gone;
                r.goneAt = now;
                m_store.changed(row);
            }
        }
    }
    m_store.remove(toRemove);
    Outcome outcome;
    outcome.seenChanged = rememberVanished(node, seen, now);
    reconcile(node, now);
    outcome.runningChanged = true;
    return outcome;
}

bool GatewayEventApplier::rememberVanished(
    const QString &node, const QSet<QString> &running, const QDateTime &now)
{
    // The node's entries made anew: what runs now (by the rows' names), then what ran before and
    // does not now, unless the Platform API no longer serves it (its going was expected).
    GatewayStore::SeenByName &before = m_store.seen()[node];
    GatewayStore::SeenByName after;
    after.reserve(running.size());
    bool changed = false;
    for (const QString &name : running) {
        after.insert(name, now);
        changed = true;
    }
    QList<QString> vanished;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const QString &name = it.key();
        if (running.contains(name))
            continue;
        if (m_store.trunksKnown() && !m_store.trunksByName().contains(name)) {
            changed = true;
            continue;
        }
        after.insert(name, it.value());
        if (m_store.rowOf(node, name) < 0)
            vanished.append(name);
    }
    before = std::move(after);
    m_store.append(vanished.size(), [&](qsizetype i, GatewayRecord &r) {
        r.node = node;
        r.name = vanished.at(i);
        r.presence = Presence::Gone;
        r.goneAt = before.value(r.name); // at the latest: it ran then and does not now
        r.since = r.goneAt;
        r.sinceExact = false;
    });
    if (before.isEmpty())
        m_store.seen().remove(node);
    return changed;
}

void GatewayEventApplier::applySnapshotFailure(const QString &node)
{
    // What runs there is unknown now: it speaks for nothing in running().
    m_store.snapshotNodes().remove(node);
    m_store.forgetRunningOn(node);
}

void GatewayEventApplier::applyProfileStatus(
    const QString &node, const QString &profile, const QString &sipIp)
{
    m_store.profileSipIp().insert(GatewayStore::key(node, profile), sipIp);
    for (int row = 0; row < m_store.size(); ++row) {
        GatewayRecord &r = m_store.at(row);
        if (r.node == node && r.profile == profile && r.profileSipIp != sipIp) {
            r.profileSipIp = sipIp;
            m_store.changed(row);
        }
    }
}

namespace {

// What the lint reads of a running gateway (lint::DriftRule, and the "not served" rule its name):
// a status answer that changes none of it changes nothing the lint would say.
bool sameForLint(const RunningGateway &a, const GatewayStatus &g)
{
    const QStringList &names = GatewayFields::readNames();
    const auto registers
        = [](const QString &state) { return state.isEmpty() ? 0 : (state == u"NOREG"_s ? 1 : 2); };
    if (a.name != g.name || a.profile != g.profile || a.realm != g.realm || a.username != g.username
        || a.proxy != g.proxy || registers(a.state) != registers(g.state))
        return false;
    return std::all_of(names.cbegin(), names.cbegin() + RunningGateway::LintFields,
        [&](const QString &f) { return a.fields.value(f) == g.fields.value(f); });
}

} // namespace

GatewayEventApplier::Outcome GatewayEventApplier::applyGatewayStatus(
    const QString &node, const GatewayStatus &g, const QDateTime &now)
{
    Outcome outcome;
    const int row = m_store.rowOf(node, g.name);
    if (row < 0)
        return outcome; // deleted in the meantime
    const RunningGateway *before = m_store.runningOf(row);
    outcome.runningChanged = !before || !sameForLint(*before, g);
    m_store.setRunning(row, RunningGateway::of(g));
    GatewayRecord &r = m_store.at(row);
    // Answers and events arrive in order on one socket: this answer is the newest news.
    bool ok = false;
    const int retry = QString(g.fields.value(u"retry"_s)).remove(u's').toInt(&ok);
    r.retrySeconds = ok ? retry : -1;
    r.retryKnownAt = now;
    r.pingTimeMs = g.pingTimeMs();
    r.callsIn = g.callsIn; // as `sofia status gateway` counts them, newest first
    r.callsOut = g.callsOut;
    r.failedCallsIn = g.failedCallsIn;
    r.failedCallsOut = g.failedCallsOut;
    if (isHealthy(r.state, r.pingStatus) != isHealthy(g.state, g.pingStatus) || !r.since.isValid())
        r.since = now;
    r.state = g.state;
    r.pingStatus = g.pingStatus;
    r.profile = g.profile;
    r.presence = Presence::Running;
    r.profileSipIp = m_store.profileSipIp().value(GatewayStore::key(node, g.profile));
    m_store.changed(row);
    return outcome;
}

GatewayEventApplier::Outcome GatewayEventApplier::applyEvent(
    const QString &node, const esl::Event &e, const QDateTime &now)
{
    Outcome outcome;
    const EventHeaders h(e.headers);
    const QByteArrayView subclass = h[EventHeaders::Subclass];
    if (subclass.isEmpty())
        return outcome; // HEARTBEAT, BACKGROUND_JOB: liveness only
    const QByteArrayView gateway = h[EventHeaders::Gateway];
    if (gateway.isEmpty())
        return outcome;
    const QDateTime &at = now;

    if (subclass == "sofia::gateway_delete") {
        // Never a silent disappearance: the row stays, "gone since", until FreeSWITCH adds the
        // gateway again or a fresh snapshot shows it is meant to be gone.
        const QString name = QString::fromUtf8(gateway);
        const int row = m_store.rowOf(node, name);
        if (row >= 0) {
            m_store.clearRunning(row);
            GatewayRecord &r = m_store.at(row);
            keepRawEvent(r, e);
            if (r.presence == Presence::Running) {
                r.presence = Presence::Gone;
                r.goneAt = at;
                if (isHealthy(r.state, r.pingStatus))
                    r.since = at;
                appendTransition(r, {at, u"GONE"_s, r.pingStatus, 0, {}});
            }
            m_store.changed(row);
        }
        outcome.deleted = true;
        outcome.gateway = name;
        outcome.runningChanged = true;
        return outcome;
    }
    int row = m_store.rowOfUtf8(node, gateway); // one lookup per event, no text made
    if (row < 0 && m_store.rowsOn(node) >= MaxGatewaysPerNode) {
        // A node that announces more gateways than any platform has is not believed further.
        outcome.overLimit = true;
        return outcome;
    }
    if (row < 0)
        row = m_store.ensure(node, QString::fromUtf8(gateway));
    GatewayRecord &r = m_store.at(row);
    keepRawEvent(r, e); // formatted only when the detail pane shows it
    if (subclass == "sofia::gateway_add") {
        const QString &name = r.name;
        const bool wasRunning = r.presence == Presence::Running && !r.state.isEmpty();
        r.presence = Presence::Running;
        r.goneAt = {};
        r.stoppedByOperatorAt = {};
        r.profile = QString::fromUtf8(h[EventHeaders::ProfileName]);
        r.profileSipIp = m_store.profileSipIp().value(GatewayStore::key(node, r.profile));
        r.state.clear();
        r.invalidDigest = false;
        if (!wasRunning)
            r.since = at;
        // FreeSWITCH just read the gateway from the Platform API: it runs today's trunk.
        if (const Trunk *t = m_store.trunkFor(name)) {
            m_store.applied().insert(GatewayStore::key(node, name), t->version);
            outcome.appliedChanged = true;
        }
        m_store.changed(row);
        // Running again, configuration not yet read: its profile is known, the rest follows
        // from the next status answer.
        if (const RunningGateway *known = m_store.runningOf(row)) {
            if (known->profile != r.profile)
                m_store.mutableRunning(row)->profile = r.profile;
        } else {
            RunningGateway added;
            added.profile = r.profile;
            m_store.setRunning(row, std::move(added));
        }
        m_store.seen()[node].insert(r.name, at);
        outcome.seenChanged = true;
        outcome.added = true;
        outcome.gateway = r.name;
        outcome.runningChanged = true;
        return outcome;
    }
    if (subclass == "sofia::gateway_invalid_digest_req") {
        r.invalidDigest = true;
        m_store.changed(row);
        return outcome;
    }
    if (subclass != "sofia::gateway_state")
        return outcome;
    const bool healthyBefore = isHealthy(r.state, r.pingStatus);
    assignText(r.state, h[EventHeaders::State]);
    assignText(r.pingStatus, h[EventHeaders::PingStatus]);
    const QString &state = r.state;
    if (isHealthy(state, r.pingStatus) != healthyBefore || !r.since.isValid()) {
        r.since = at;
        r.sinceExact = true;
    }
    r.presence = Presence::Running;
    const bool hasStatus = !h[EventHeaders::Status].isNull();
    const QByteArrayView phraseBytes = h[EventHeaders::Phrase].trimmed();
    QString phrase;
    if (hasStatus) {
        assignText(r.lastPhrase, phraseBytes);
        phrase = r.lastPhrase;
        r.lastStatus = h[EventHeaders::Status].toInt();
        r.lastStatusAt = at;
        // Where the answer came from: port 0, or no address at all on a REGISTER's failure (seen
        // on FreeSWITCH 1.10.12 after ICMP port unreachable), means FreeSWITCH's own stack.
        const QByteArrayView port = h[EventHeaders::NetworkPort];
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
    if (const QByteArrayView ipView = h[EventHeaders::NetworkIp]; !ipView.isNull()) {
        // The same address as last time (the usual case) is not made into text again.
        const QByteArrayView portView = h[EventHeaders::NetworkPort];
        const qsizetype ipLength = r.registerAddress.size() - portView.size() - 1;
        const QStringView kept(r.registerAddress);
        const bool same = ipLength >= 0 && sameText(kept.left(ipLength), ipView)
            && kept.at(ipLength) == u':' && sameText(kept.mid(ipLength + 1), portView);
        if (!same) {
            const QString ip = QString::fromUtf8(ipView);
            r.registerAddress = ip + u':' + QString::fromUtf8(portView);
            r.registerFamily = ip.startsWith(u'[') || ip.contains(u':') ? 6
                : ip.count(u'.') == 3                                   ? 4
                                                                        : 0;
        }
    }
    if (!hasStatus)
        phrase = QString::fromUtf8(phraseBytes);
    r.retrySeconds = -1;
    appendTransition(r, {at, state, r.pingStatus, hasStatus ? r.lastStatus : 0, phrase});
    m_store.changed(row);
    return outcome;
}

bool GatewayEventApplier::forget(const QString &node, const QString &name)
{
    bool wasSeen = false;
    if (const auto names = m_store.seen().find(node); names != m_store.seen().end()) {
        wasSeen = names->remove(name);
        if (names->isEmpty())
            m_store.seen().erase(names);
    }
    const int row = m_store.rowOf(node, name);
    if (row >= 0 && m_store.at(row).presence == Presence::Gone)
        m_store.remove({row});
    return wasSeen;
}

void GatewayEventApplier::markStoppedByOperator(
    const QString &node, const QString &name, bool stopped, const QDateTime &now)
{
    const int row = m_store.rowOf(node, name);
    if (row < 0)
        return;
    m_store.at(row).stoppedByOperatorAt = stopped ? now : QDateTime();
    m_store.changed(row);
}

bool GatewayEventApplier::recordApplied(const QString &node, const QString &gateway)
{
    const Trunk *t = m_store.trunkFor(gateway);
    if (!t)
        return false;
    m_store.applied().insert(GatewayStore::key(node, gateway), t->version);
    return true;
}

} // namespace xynap::session
