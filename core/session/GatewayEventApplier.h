#pragma once

#include "esl/Message.h"
#include "model/GatewayStatus.h"
#include "model/Trunk.h"
#include "session/GatewayStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace xynap::session {

// What the nodes say, applied to a GatewayStore: the snapshot after each (re)connect, gateway
// events, one gateway's status answer, a profile's status, the trunks the Platform API serves.
// Each record it changes is reported through GatewayStore::changed() as it goes; what the caller
// must announce beyond the rows comes back as an Outcome. Time is handed in (the console's clock
// when it learnt the news: a node whose clock is off must not make a gateway "down for 15182
// min").
//
// Events are the bulk: applyEvent() reads the headers it needs in one pass over the event
// (a table of the names it knows), finds the row by the gateway's name as the event spells it,
// keeps the raw event in the row's own buffers (formatted only when a view asks:
// GatewayRecord::lastRawEvent()), and makes text of a state, ping status, phrase or address only
// when it differs from what the row holds.
class GatewayEventApplier final {
public:
    struct [[nodiscard]] Outcome {
        bool runningChanged = false; // what runs (for running() and the lint)
        bool seenChanged = false; // GatewayStore::seen()
        bool appliedChanged = false; // GatewayStore::applied()
        bool added = false; // the gateway `gateway` was added (sofia::gateway_add)
        bool deleted = false; // the gateway `gateway` was deleted (sofia::gateway_delete)
        bool overLimit = false; // a node announced more gateways than MaxGatewaysPerNode
        QString gateway;
    };

    explicit GatewayEventApplier(GatewayStore &store);

    void setTrunks(const QList<Trunk> &trunks, const QDateTime &now);
    // A node's list, as read (taken: each block is given back once applied).
    Outcome applyGatewayList(const QString &node, GatewayList gateways, const QDateTime &now);
    Outcome applySnapshot(
        const QString &node, const QList<GatewayStatus> &gateways, const QDateTime &now);
    void applySnapshotFailure(const QString &node);
    void applyProfileStatus(const QString &node, const QString &profile, const QString &sipIp);
    Outcome applyEvent(const QString &node, const esl::Event &event, const QDateTime &now);
    // One gateway's `sofia xmlstatus gateway NAME`; runningChanged only when something the
    // lint reads of it changed (not its state, ping or retry: events bring those).
    Outcome applyGatewayStatus(
        const QString &node, const GatewayStatus &status, const QDateTime &now);
    // A gateway as a node's list is read: a served one's name, and its user name where it is the
    // trunk's, become the trunk's own texts (one text on every node, not one per node, and none
    // made and dropped at the next snapshot).
    void shareTexts(GatewayStatus &g) const;
    // Whether the gateway was remembered as running.
    bool forget(const QString &node, const QString &name);
    void markStoppedByOperator(
        const QString &node, const QString &name, bool stopped, const QDateTime &now);
    // Records that the node loaded today's trunk; false when there is no trunk of that name.
    bool recordApplied(const QString &node, const QString &gateway);

private:
    void reconcile(const QString &node, const QDateTime &now);
    bool rememberVanished(const QString &node, const QSet<QString> &running, const QDateTime &now);
    GatewayStore &m_store;
};

} // namespace xynap::session
