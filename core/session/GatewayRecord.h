#pragma once

#include "esl/Message.h"
#include "model/GatewayStatus.h"
#include "session/Diagnosis.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace xynap::session {

struct Transition {
    QDateTime at;
    QString state;
    QString pingStatus;
    int status = 0;
    QString phrase;
};

// Whether FreeSWITCH runs the gateway, as far as the console knows.
enum class Presence : quint8 {
    Running, // in the last snapshot or added since
    Gone, // deleted (killgw, profile restart, shutdown) and not added again
    NotRunning, // served by the Platform API, but the node's snapshot does not have it
};

// What the console knows of one gateway on one FreeSWITCH node. One per gateway per node
// (250,000 at 50 x 5,000): the members go by size, so that no padding lies between them
// (384 B; 424 B in the order they were added).
struct GatewayRecord {
    QString node;
    QString name;
    QString profile;
    QString state;
    QString pingStatus;
    int lastStatus = 0;
    // Where the node's list of what runs (GatewayStore::runningOf) holds this gateway's
    // configuration, while the node's list is known and the gateway runs there; -1 otherwise.
    int runningIndex = -1;
    QString lastPhrase;
    QDateTime goneAt; // when FreeSWITCH deleted it (Presence::Gone)
    // When an operator of this console took it out of service (killgw); null otherwise. Until
    // FreeSWITCH runs it again, it is "stopped by operator", not a failure.
    QDateTime stoppedByOperatorAt;
    // When the gateway last turned healthy or unhealthy: a retry cycle (FAILED, FAIL_WAIT,
    // UNREGED, TRYING, FAILED …) does not reset it, so "down for 40 min" stays visible.
    QDateTime since;
    QDateTime lastStatusAt; // when lastStatus was reported
    QString registerAddress; // Register-Network-IP:port
    // The profile's sip-ip as `sofia xmlstatus profile` reported it (empty: not known).
    QString profileSipIp;
    // The address family the last REGISTER or ping left over, from Register-Network-IP
    // (IPv6 in brackets); 0 unknown, 4 or 6.
    int registerFamily = 0;
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    int retrySeconds = -1; // from the snapshot's <retry>, -1 if unknown
    // The round trip of the last answered OPTIONS ping as FreeSWITCH measured it (<pingtime>,
    // milliseconds), as of the last `sofia xmlstatus gateway`; -1: not pinged or not known.
    double pingTimeMs = -1;
    QDateTime retryKnownAt;
    QList<Transition> transitions; // newest last, at most MaxTransitions
    // The last raw event, as received; made with the first (a row of a one-shot command, or
    // of a gateway that never sent one, holds a pointer, not 96 bytes).
    std::unique_ptr<esl::Event> lastEvent;
    // GatewayMonitor's last diagnosis of this row, while `diagnosisGeneration` is the monitor's
    // (every view asks for every row several times a second; an event of this row, new trunks,
    // findings or node states start anew).
    mutable std::optional<Diagnosis> diagnosis;
    mutable quint64 diagnosisGeneration = 0;
    // The one-byte members, together at the end.
    Presence presence = Presence::Running;
    // False when `since` is only when the console first saw the gateway failing (a snapshot
    // cannot say since when): "at least since".
    bool sinceExact = false;
    // Who produced lastStatus. FreeSWITCH reports Register-Network-Port 0 when its own SIP stack
    // made the answer up (a timeout, an ICMP port unreachable): then no provider said anything.
    // Ping reports carry no address, so there it is not known.
    enum class AnswerFrom : quint8 { Unknown, Peer, Local };
    AnswerFrom lastStatusFrom = AnswerFrom::Unknown;
    bool invalidDigest = false; // sofia::gateway_invalid_digest_req seen

    QString lastRawEvent() const
    {
        QString raw;
        if (!lastEvent)
            return raw;
        const esl::Headers &h = lastEvent->headers;
        for (qsizetype i = 0; i < h.size(); ++i)
            raw += QString::fromUtf8(h.nameAt(i)) + QStringLiteral(": ")
                + QString::fromUtf8(h.valueAt(i)) + QLatin1Char('\n');
        return raw;
    }

    static constexpr int MaxTransitions = 50;
    // What is kept of the last raw event: a hostile or broken node cannot make a row hold
    // megabytes.
    static constexpr int MaxRawEventBody = 4096;
    static constexpr int MaxRawEventHeaders = 64;
    static constexpr int MaxRawHeaderValue = 1024;
};

} // namespace xynap::session
