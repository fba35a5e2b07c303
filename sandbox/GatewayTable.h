#pragma once

#include "model/SofiaProfile.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

namespace xynap::sandbox {

namespace sim {

using namespace Qt::StringLiterals;

inline QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

// A proxy or domain parameter without its "sip:".
inline QString stripScheme(QString v)
{
    v = v.trimmed();
    if (v.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        v = v.mid(4);
    return v;
}

} // namespace sim

// How the far end (or the local stack) answers a gateway, decided once from its config by
// GatewaySimulator.
enum class GatewayOutcome {
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

// One simulated gateway: its configuration as mod_sofia read it and where its state machine is.
struct SimGateway {
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
    GatewayOutcome outcome = GatewayOutcome::Registers;

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

// One Sofia profile and its gateways.
struct SimProfile {
    SofiaProfile config;
    int calls = 0;
    bool running = true;
    std::vector<std::unique_ptr<SimGateway>> gateways; // in the order they were added
    // The same gateways by name and by uid: a fleet's 50,000 gateways are looked up on every
    // timer and every add, never scanned for.
    QMultiHash<QString, SimGateway *> byName;
    QHash<quint64, SimGateway *> byUid;

    void add(std::unique_ptr<SimGateway> gw);
    void remove(quint64 uid);
    void clear();
};

// The profiles and their gateways, as mod_sofia holds them: the store GatewaySimulator moves
// and GatewayStatusWriter prints. No timers, no events.
class GatewayTable {
public:
    using Profiles = std::vector<std::unique_ptr<SimProfile>>;

    // Drops every profile and gateway.
    void setProfiles(const QList<SofiaProfile> &profiles, const QHash<QString, int> &calls);
    const Profiles &profiles() const { return m_profiles; }

    SimProfile *profile(const QString &name);
    const SimProfile *profile(const QString &name) const;
    // The gateway `uid` of profile `profileName`, nullptr once it is gone.
    SimGateway *gateway(const QString &profileName, quint64 uid);
    // "profile::gateway" or just the name; the newest copy wins, like mod_sofia's name hash.
    const SimGateway *find(const QString &name) const;
    // A uid no gateway had before.
    quint64 nextUid() { return m_nextUid++; }

    QStringList gatewayNames(const QString &profileName) const;
    // The calls of one profile, of all with an empty name.
    int calls(const QString &profileName = {}) const;

private:
    Profiles m_profiles;
    quint64 m_nextUid = 1;
};

} // namespace xynap::sandbox
