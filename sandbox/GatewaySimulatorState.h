#pragma once

#include <QHash>
#include <QMultiHash>

// What GatewaySimulator.cpp (the state machines) and GatewaySimulatorStatus.cpp (what `sofia
// status` and `sofia xmlstatus` print) share: a gateway's and a profile's simulated state.
// Private to the sandbox.
#include "sandbox/GatewaySimulator.h"

#include <QByteArray>
#include <QString>

namespace xynap::sandbox {

namespace sim {

using namespace Qt::StringLiterals;

// How the far end (or the local stack) answers this gateway, decided once from its config.
enum class Outcome {
    Registers, // 200 OK
    Rejects503, // 1&1 from IPv4, or no route from this profile
    Rejects403, // REGISTER to a provider that authenticates by IP
    Challenges904, // 401 loop: wrong From/To domain
    NeverAnswers, // registrar unreachable: TIMEOUT
    Silent, // the provider receives and never answers: 408 from FreeSWITCH's own stack
    Unreachable, // nothing listens (ICMP port unreachable): 503 from FreeSWITCH's own stack
    InvalidDigest, // challenge from an address the gateway does not know (capture 50)
    PingsUp,
    PingsIntermittent408,
    PingsDown503,
};

inline constexpr qint64 Second = 1000;
inline constexpr qint64 SipTimerF = 32 * Second;

inline QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

inline QString stripScheme(QString v)
{
    v = v.trimmed();
    if (v.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        v = v.mid(4);
    return v;
}

inline QString normalizedDomain(QString d)
{
    d = d.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

} // namespace sim

using sim::Outcome;

struct GatewaySimulator::Gateway {
    quint64 uid = 0;
    QString name;
    QString profileName;
    bool registers = false;
    QString username;
    QString extension; // <exten>: the `extension` parameter, else the username
    QString password;
    QString realm;
    QString fromDomain;
    QString proxy;
    QString registerProxy;
    QString outboundProxy;
    QString gwAuthAcl;
    int expireSeconds = 3600;
    int retrySeconds = 30;
    int pingSeconds = 0;
    Outcome outcome = Outcome::Registers;

    QByteArray state;
    bool pingUp = false;
    qint64 createdMs = 0;
    qint64 retryAtMs = -1;
    qint64 nextPingMs = -1;
    QString networkIp;
    int networkPort = 0;
    bool sentRegister = false;
    bool deleting = false;
    int failures = 0;
    int pingCount = 0;
    bool pingAnswered = false; // <pingcount> counts answered pings; 0 until one is answered
    quint64 timer = 0;
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
};

struct GatewaySimulator::Profile {
    SofiaProfile config;
    int calls = 0;
    bool running = true;
    std::vector<std::unique_ptr<Gateway>> gateways; // in the order they were added
    // The same gateways by name and by uid: a fleet's 50,000 gateways are looked up on every
    // timer and every add, never scanned for.
    QMultiHash<QString, Gateway *> byName;
    QHash<quint64, Gateway *> byUid;

    void add(std::unique_ptr<Gateway> gw)
    {
        byName.insert(gw->name, gw.get());
        byUid.insert(gw->uid, gw.get());
        gateways.push_back(std::move(gw));
    }
    void remove(quint64 uid)
    {
        Gateway *gw = byUid.take(uid);
        if (!gw)
            return;
        byName.remove(gw->name, gw);
        std::erase_if(gateways, [gw](const std::unique_ptr<Gateway> &g) { return g.get() == gw; });
    }
    void clear()
    {
        byName.clear();
        byUid.clear();
        gateways.clear();
    }
};

} // namespace xynap::sandbox
