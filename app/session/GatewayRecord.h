#pragma once

#include "esl/EslMessage.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace xynap::session {

struct Transition {
    QDateTime at;
    QString state;
    QString pingStatus;
    int status = 0;
    QString phrase;
};

// What the console knows of one gateway on one FreeSWITCH node.
struct GatewayRecord {
    QString node;
    QString name;
    QString profile;
    QString state;
    QString pingStatus;
    int lastStatus = 0;
    QString lastPhrase;
    QDateTime since; // when the current state began
    QString registerAddress; // Register-Network-IP:port
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    int retrySeconds = -1; // from the snapshot's <retry>, -1 if unknown
    QDateTime retryKnownAt;
    bool invalidDigest = false; // sofia::gateway_invalid_digest_req seen
    QList<Transition> transitions; // newest last, at most MaxTransitions
    esl::Event lastEvent; // the last raw event, as received

    QString lastRawEvent() const
    {
        QString raw;
        for (const auto &[h, v] : lastEvent.headers.items())
            raw += QString::fromUtf8(h) + QStringLiteral(": ") + QString::fromUtf8(v)
                + QLatin1Char('\n');
        return raw;
    }

    static constexpr int MaxTransitions = 50;
};

enum class Health { Healthy, Degraded, Down, Unknown };

struct Diagnosis {
    Health health = Health::Unknown;
    QString summary; // one line for tables and tiles
    QString detail; // the why, for the detail pane
};

} // namespace xynap::session
