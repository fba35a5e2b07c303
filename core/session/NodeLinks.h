#pragma once

#include "esl/Link.h"
#include "esl/TurnBudget.h"
#include "model/Clock.h"
#include "model/GatewayStatus.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace xynap::session {

// One FreeSWITCH node as the monitor sees it: its link, and whether what it said is current.
struct NodeStatus {
    QString name;
    esl::Link::State state = esl::Link::State::Down;
    QString detail;
    QDateTime lastDataAt;
    bool stale = true;
    // Connected, but its gateway list could not be read: what it runs is unknown.
    QString snapshotError;
    // With snapshotError: the node exceeded a bound of the console (too many gateways, a reply
    // too long) — an error of its own (xynapctl's exit code LimitExceeded), never healthy.
    bool overLimit = false;
    bool gatewaysKnown = false; // a snapshot was read since the last (re)connect
    // The host name FreeSWITCH reports (`api hostname`, FreeSWITCH-Hostname of its events);
    // empty until it said one. Kept while the node is out of contact.
    QString hostname;
};

// The feed of the gateway monitor: a link to every FreeSWITCH node, when each last said
// anything, and whether that is too long ago (stale). Hands on what the nodes report; what it
// means for each gateway is GatewayMonitor's job. Time comes from the Clock, so tests move it.
class NodeLinks final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NodeLinks)

public:
    explicit NodeLinks(QObject *parent = nullptr);
    ~NodeLinks() override;

    // Adds a node and starts its link.
    esl::Link *addNode(const QString &name, const QString &host, quint16 port,
        const QString &password, esl::Link::Options options = {});
    esl::Link *link(const QString &node) const;

    // The clock of staleness and of every link; must outlive them (nullptr: the system clock).
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }
    void setStaleAfterMs(int ms) { m_staleAfterMs = ms; }

    QList<NodeStatus> nodes() const; // by name
    // Known here: linked, or reported on by noteLinkState() / noteSnapshotFailure(). A node the
    // monitor is fed directly (tests, benchmarks) is not.
    bool contains(const QString &node) const { return m_nodes.contains(node); }
    const NodeStatus *status(const QString &node) const;
    bool isStale(const QString &node) const;
    // Re-evaluates staleness now (also runs every second on the clock).
    void refreshStaleness();

    // What the monitor learns by other ways than the links' own signals.
    void noteLinkState(const QString &node, esl::Link::State state, const QString &detail);
    void noteSnapshot(const QString &node);
    void noteHostname(const QString &node, const QString &hostname);
    void noteSnapshotFailure(const QString &node, const QString &error, bool overLimit = false);
    // Marks the node's gateway list unreadable unless it is already; true if it was not.
    bool flagUnreadable(const QString &node, const QString &error, bool overLimit = false);

    // Asks the node for one gateway's `sofia xmlstatus gateway [PROFILE::]NAME` after `delayMs`
    // (real time: it waits for FreeSWITCH), once at a time per gateway however often asked.
    void queryGateway(
        const QString &node, const QString &profile, const QString &gateway, int delayMs);

Q_SIGNALS:
    void nodesChanged();
    // These nodes turned stale or fresh.
    void stalenessChanged(const QStringList &nodes);
    // The node's gateway list was read: link(node)->takeGateways() gives it, while this is
    // emitted.
    void snapshotTaken(const QString &node);
    void snapshotFailed(const QString &node, const QString &error, bool overLimit);
    void profileStatusReceived(const QString &node, const QString &profile, const QString &sipIp);
    void eventReceived(const QString &node, const xynap::esl::Event &event);
    void gatewayStatusReceived(const QString &node, const xynap::GatewayStatus &status);

private:
    // Two frames at 60 Hz: with a turn's paint and NOC refresh still under 100 ms; at 16 ms
    // the lists took 0.1-0.2 s longer to show, for no shorter block (bench_gui_scale).
    static constexpr int TurnBudgetMs = 32;
    struct NodeData {
        NodeStatus status;
        esl::Link *link = nullptr;
    };
    NodeData &nodeData(const QString &node);
    // The node said something (an event, an answer to the probe): its word is current now.
    void heardFrom(NodeStatus &status);

    QHash<QString, NodeData> m_nodes;
    QSet<QString> m_queries; // node + '\x1f' + gateway with a status query queued
    Clock *m_clock = Clock::system();
    // The nodes' connections share one turn of the event loop: 50 gateway lists answered at
    // once are handled over several turns, the window painting and taking input in between.
    esl::TurnBudget m_turnBudget {TurnBudgetMs};
    int m_staleAfterMs = 20'000; // the liveness rule of esl::Link::Options: 10 s + 10 s
    Timer m_staleTimer;
};

} // namespace xynap::session
