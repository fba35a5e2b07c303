#include "sandbox/GatewaySimulator.h"

#include "model/SipHost.h"
#include "model/Trunk.h"

#include <QHostAddress>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "xynap.sandbox.gateways", QtInfoMsg)

namespace xynap::sandbox {

using namespace sim;

namespace {

using Outcome = GatewayOutcome;

constexpr qint64 Second = 1000;
constexpr qint64 SipTimerF = 32 * Second;

QString normalizedDomain(QString d)
{
    d = d.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

} // namespace

GatewaySimulator::GatewaySimulator(
    SimScheduler *scheduler, ProviderCatalog catalog, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_catalog(std::move(catalog))
{
}

GatewaySimulator::~GatewaySimulator()
{
    for (const auto &p : m_table.profiles()) {
        for (const auto &gw : p->gateways) {
            if (gw->timer)
                m_scheduler->cancel(gw->timer);
        }
    }
}

void GatewaySimulator::startProfiles()
{
    for (const auto &p : m_table.profiles()) {
        const QString name = p->config.name;
        if (!m_fetcher)
            continue;
        m_fetcher(name, [this, name](std::optional<GatewayDirectory> dir) {
            Profile *target = m_table.profile(name);
            if (!target)
                return;
            if (!dir) {
                qCInfo(lcSim) << "profile" << name
                              << "started without gateways: the Platform API did not answer";
                return;
            }
            loadGateways(*target, *dir);
        });
    }
}

QString GatewaySimulator::gatewayState(const QString &name) const
{
    const Gateway *gw = m_table.find(name);
    return gw ? QString::fromLatin1(gw->state) : QString();
}

QString GatewaySimulator::gatewayPingStatus(const QString &name) const
{
    const Gateway *gw = m_table.find(name);
    return gw ? (gw->pingUp ? u"UP"_s : u"DOWN"_s) : QString();
}

void GatewaySimulator::loadGateways(Profile &p, const GatewayDirectory &dir)
{
    for (const GatewayDefinition &def : dir.gateways) {
        if (p.byName.contains(def.name)) {
            qCInfo(lcSim) << "Ignoring duplicate gateway" << def.name << "on" << p.config.name;
            continue;
        }
        addGateway(p, def);
    }
}

void GatewaySimulator::addGateway(Profile &p, const GatewayDefinition &def)
{
    if (!isValidGatewayName(def.name)) {
        qCWarning(lcSim) << "invalid gateway name" << def.name << "skipped";
        return;
    }
    auto gw = std::make_unique<Gateway>();
    gw->uid = m_table.nextUid();
    gw->name = def.name;
    gw->profileName = p.config.name;
    gw->registers = def.param(u"register"_s).compare(u"true"_s, Qt::CaseInsensitive) == 0;
    gw->username = def.param(u"username"_s);
    gw->password = def.param(u"password"_s);
    // mod_sofia silently skips a registering gateway without credentials.
    if (gw->registers && (gw->username.isEmpty() || gw->password.isEmpty()))
        return;
    if (gw->username.isEmpty())
        gw->username = u"FreeSWITCH"_s;
    gw->extension = def.param(u"extension"_s);
    if (gw->extension.isEmpty())
        gw->extension = gw->username; // as mod_sofia reports <exten>
    gw->proxy = def.param(u"proxy"_s);
    gw->realm = def.param(u"realm"_s);
    if (gw->realm.isEmpty())
        gw->realm = gw->proxy.isEmpty() ? gw->name : gw->proxy;
    if (gw->proxy.isEmpty())
        gw->proxy = gw->realm;
    gw->fromDomain = def.param(u"from-domain"_s);
    if (gw->fromDomain.isEmpty())
        gw->fromDomain = gw->realm;
    gw->registerProxy = def.param(u"register-proxy"_s);
    gw->outboundProxy = def.param(u"outbound-proxy"_s);
    gw->gwAuthAcl = def.param(u"gw-auth-acl"_s);
    const auto seconds = [&def](const QString &key, int fallback) {
        bool ok = false;
        const int v = def.param(key).toInt(&ok);
        return ok ? v : fallback;
    };
    gw->expireSeconds = seconds(u"expire-seconds"_s, 3600);
    if (gw->expireSeconds < 5)
        gw->expireSeconds = 3600;
    gw->retrySeconds = seconds(u"retry-seconds"_s, 30);
    if (gw->retrySeconds < 5)
        gw->retrySeconds = 30;
    gw->pingSeconds = seconds(u"ping"_s, 0);
    if (gw->pingSeconds < 5)
        gw->pingSeconds = 0;
    gw->createdMs = m_scheduler->nowMs();
    gw->state = gw->registers ? QByteArray("UNREGED") : QByteArray("NOREG");
    gw->pingUp = !gw->registers;
    plan(*gw);

    // A second copy of a name that runs on another profile is created silently (reference §8).
    const bool copy = m_table.find(gw->name) != nullptr;
    Gateway &ref = *gw;
    p.add(std::move(gw));
    if (!copy)
        emitSimple("sofia::gateway_add", ref, false);
    if (ref.registers) {
        after(ref, Second / 2, [this](Gateway &g) { registerAttempt(g); });
    } else if (ref.pingSeconds > 0) {
        ref.nextPingMs = m_scheduler->nowMs() + ref.pingSeconds * Second;
        after(ref, ref.pingSeconds * Second, [this](Gateway &g) { ping(g); });
    }
}

void GatewaySimulator::plan(Gateway &gw)
{
    const Profile *p = m_table.profile(gw.profileName);
    const QString target = gw.registerProxy.isEmpty() ? gw.proxy : gw.registerProxy;
    const SipHost meant = parseSipHost(target);
    const SipHost read = sipHostAsFreeSwitchReadsIt(target);
    const int port = read.port > 0 ? read.port : 5060;

    const auto fail = [&gw](Outcome registering, Outcome pinging) {
        gw.outcome = gw.registers ? registering : pinging;
    };

    // An outbound proxy FreeSWITCH cannot read routes every request of the gateway nowhere.
    const SipHost outbound = parseSipHost(gw.outboundProxy);
    if (meant.unbracketedIpv6 || outbound.unbracketedIpv6) {
        // The host is cut at the last colon: no such host, the registrar is never reached.
        const SipHost cut
            = meant.unbracketedIpv6 ? read : sipHostAsFreeSwitchReadsIt(gw.outboundProxy);
        gw.networkIp = cut.host;
        gw.networkPort = cut.port > 0 ? cut.port : 5060;
        fail(Outcome::NeverAnswers, Outcome::PingsDown503);
        return;
    }

    const ProviderSpec *provider = m_catalog.ownerOf(meant.host);
    QHostAddress address = meant.address;
    if (!meant.ipLiteral) {
        const QStringList candidates
            = provider ? provider->hosts.value(normalizedDomain(meant.host)) : QStringList();
        QHostAddress v4, v6;
        for (const QString &c : candidates) {
            QHostAddress a(c);
            if (a.protocol() == QAbstractSocket::IPv6Protocol && v6.isNull())
                v6 = a;
            else if (a.protocol() == QAbstractSocket::IPv4Protocol && v4.isNull())
                v4 = a;
        }
        // getaddrinfo on a profile's socket: the family the profile binds decides.
        const bool v6First = p && p->config.bindsIpv6();
        address = v6First && !v6.isNull() ? v6 : (!v4.isNull() ? v4 : v6);
    }
    if (address.isNull()) {
        gw.networkIp = meant.host;
        gw.networkPort = port;
        fail(Outcome::NeverAnswers, Outcome::PingsDown503);
        return;
    }
    const bool isV6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    gw.networkIp = isV6 ? u"[%1]"_s.arg(address.toString()) : address.toString();
    gw.networkPort = port;

    // A profile sends only from the family it binds; sofia-sip reports that as 503 locally.
    const bool routable = p && (isV6 ? p->config.bindsIpv6() : p->config.bindsIpv4());
    if (!routable) {
        fail(Outcome::Rejects503, Outcome::PingsDown503);
        return;
    }
    if (!provider) {
        gw.outcome = gw.registers ? Outcome::Registers : Outcome::PingsUp;
        return;
    }

    if (m_providersSilent.contains(provider->id)) {
        gw.outcome = Outcome::Silent;
        return;
    }
    if (m_providersClosed.contains(provider->id)) {
        gw.outcome = Outcome::Unreachable;
        return;
    }
    if (gw.registers && m_providersUnavailable.contains(provider->id)) {
        gw.outcome = Outcome::Rejects503; // the provider's outage, whatever the family
        return;
    }
    if (gw.registers) {
        const bool providerWantsV6 = provider->family == AddressFamily::IPv6;
        QHostAddress ext(p->config.extSipIp);
        const bool extIsV4 = ext.protocol() == QAbstractSocket::IPv4Protocol;
        if (providerWantsV6 && (!isV6 || extIsV4)) {
            gw.outcome = Outcome::Rejects503; // 1&1 rejects IPv4 with 503
        } else if (!provider->registers) {
            gw.outcome = Outcome::Rejects403; // IP authentication: no REGISTER accepted
        } else if (meant.bracketed && isV6 && !aclContains(m_acl, gw.gwAuthAcl, address)) {
            gw.outcome = Outcome::InvalidDigest;
        } else if (!provider->realm.isEmpty()
            && normalizedDomain(stripScheme(gw.fromDomain)) != provider->realm) {
            gw.outcome = Outcome::Challenges904;
        } else {
            gw.outcome = Outcome::Registers;
        }
        return;
    }
    const bool providerWantsV4 = provider->family == AddressFamily::IPv4;
    if (providerWantsV4 && isV6)
        gw.outcome = Outcome::PingsDown503;
    else if (provider->outboundProxyMandatory && gw.outboundProxy.trimmed().isEmpty())
        gw.outcome = Outcome::PingsIntermittent408;
    else
        gw.outcome = Outcome::PingsUp;
}

void GatewaySimulator::after(Gateway &gw, qint64 ms, std::function<void(Gateway &)> step)
{
    const quint64 uid = gw.uid;
    const QString profileName = gw.profileName;
    gw.timer = m_scheduler->schedule(ms, [this, uid, profileName, step = std::move(step)] {
        Gateway *g = m_table.gateway(profileName, uid);
        if (g && !g->deleting) {
            g->timer = 0;
            step(*g);
        }
    });
}

void GatewaySimulator::registerAttempt(Gateway &gw)
{
    gw.state = "TRYING";
    emitState(gw, gw.state);
    gw.sentRegister = true;
    switch (gw.outcome) {
    case Outcome::Registers:
        gw.state = "REGISTER";
        emitState(gw, gw.state, 200, "OK");
        after(gw, Second, [this](Gateway &g) {
            g.state = "REGED";
            g.pingUp = true;
            g.failures = 0;
            g.retryAtMs = -1;
            emitState(g, g.state);
            const qint64 refresh = qMax<qint64>(5, g.expireSeconds * 3 / 4) * Second;
            after(g, refresh, [this](Gateway &r) { reRegister(r); });
        });
        break;
    case Outcome::Rejects503:
        failRegistration(gw, 503, "Service Unavailable", false);
        break;
    case Outcome::Rejects403:
        failRegistration(gw, 403, "Forbidden", true);
        break;
    case Outcome::Challenges904:
        if (gw.failures > 0)
            emitState(gw, gw.state, 100, "Request Authorized by Cache");
        failRegistration(gw, 904, "Operation has no matching challenge ", true);
        break;
    case Outcome::Silent:
        // Retransmitted until timer F; then sofia-sip answers itself: 408, port 0.
        gw.retryAtMs = m_scheduler->nowMs() + SipTimerF;
        after(gw, SipTimerF, [this](Gateway &g) {
            g.networkPort = 0;
            failRegistration(g, 408, "Request Timeout", false);
        });
        break;
    case Outcome::Unreachable:
        // ICMP port unreachable at once; sofia-sip answers itself: 503, port 0.
        gw.networkPort = 0;
        after(gw, Second / 10,
            [this](Gateway &g) { failRegistration(g, 503, "Service Unavailable", false); });
        break;
    case Outcome::InvalidDigest: {
        esl::Event e;
        e.headers.append("Event-Subclass", "sofia::gateway_invalid_digest_req");
        e.headers.append("Gateway", bytes(gw.name));
        e.headers.append("profile-name", bytes(gw.profileName));
        e.headers.append("realm", bytes(u"\"%1\""_s.arg(gw.realm)));
        Q_EMIT eventFired(e);
        [[fallthrough]];
    }
    case Outcome::NeverAnswers:
        gw.retryAtMs = m_scheduler->nowMs() + SipTimerF;
        after(gw, SipTimerF, [this](Gateway &g) {
            g.networkPort = 0; // a local timeout reports port 0
            g.state = "TIMEOUT";
            emitState(g, g.state);
            after(g, Second, [this](Gateway &f) { failRegistration(f, 0, {}, false); });
        });
        break;
    default:
        break;
    }
}

void GatewaySimulator::reRegister(Gateway &gw)
{
    gw.state = "REGISTER";
    emitState(gw, gw.state, 200, "OK");
    after(gw, Second / 8, [this](Gateway &g) {
        g.state = "REGED";
        emitState(g, g.state);
        const qint64 refresh = qMax<qint64>(5, g.expireSeconds * 3 / 4) * Second;
        after(g, refresh, [this](Gateway &r) { reRegister(r); });
    });
}

void GatewaySimulator::failRegistration(
    Gateway &gw, int status, const QByteArray &phrase, bool backoffGrows)
{
    ++gw.failures;
    gw.state = "FAILED";
    emitState(gw, gw.state, status, phrase);
    const qint64 wait = gw.retrySeconds * Second * (backoffGrows ? gw.failures : 1);
    gw.retryAtMs = m_scheduler->nowMs() + Second + wait;
    after(gw, Second, [this, wait](Gateway &g) {
        g.state = "FAIL_WAIT";
        g.pingUp = false;
        emitState(g, g.state);
        after(g, wait, [this](Gateway &u) {
            u.state = "UNREGED";
            emitState(u, u.state);
            after(u, Second, [this](Gateway &t) { registerAttempt(t); });
        });
    });
}

void GatewaySimulator::ping(Gateway &gw)
{
    ++gw.pingCount;
    bool up = true;
    int status = 200;
    QByteArray phrase = "OK";
    switch (gw.outcome) {
    case Outcome::PingsDown503:
    case Outcome::Unreachable:
        up = false;
        status = 503;
        phrase = "Service Unavailable";
        break;
    case Outcome::Silent:
        up = false;
        status = 408;
        phrase = "Request Timeout";
        break;
    case Outcome::PingsIntermittent408:
        // DNS round robin: the answer comes back from another server every few pings.
        if (gw.pingCount % 3 == 1) {
            up = false;
            status = 408;
            phrase = "Request Timeout";
        }
        break;
    default:
        break;
    }
    gw.pingAnswered = up;
    if (up != gw.pingUp) {
        gw.pingUp = up;
        emitState(gw, gw.state, status, phrase);
    }
    gw.nextPingMs = m_scheduler->nowMs() + gw.pingSeconds * Second;
    after(gw, gw.pingSeconds * Second, [this](Gateway &g) { ping(g); });
}

QByteArray GatewaySimulator::killGateway(const QString &profileName, const QString &name)
{
    Profile *p = m_table.profile(profileName);
    if (!p)
        return bytes(u"Invalid Profile [%1]"_s.arg(profileName));
    for (auto it = p->byName.constFind(name); it != p->byName.cend() && it.key() == name; ++it) {
        if (!(*it)->deleting) {
            deleteGateway(*p, name, true);
            return "+OK gateway marked for deletion.\n";
        }
    }
    return "-ERR no such gateway.\n";
}

void GatewaySimulator::deleteGateway(Profile &p, const QString &name, bool announceDown)
{
    const QList<Gateway *> named = p.byName.values(name);
    for (Gateway *owned : named) {
        Gateway &gw = *owned;
        if (gw.deleting)
            continue;
        if (gw.timer)
            m_scheduler->cancel(gw.timer);
        gw.timer = 0;
        if (announceDown && gw.sentRegister) {
            gw.state = "DOWN";
            gw.pingUp = false;
            emitState(gw, gw.state);
        }
        gw.deleting = true;
        const quint64 uid = gw.uid;
        const QString profileName = p.config.name;
        m_scheduler->schedule(Second, [this, uid, profileName] {
            Profile *owner = m_table.profile(profileName);
            if (!owner)
                return;
            if (const Gateway *gone = owner->byUid.value(uid)) {
                emitSimple("sofia::gateway_delete", *gone, true);
                owner->remove(uid);
            }
        });
    }
}

void GatewaySimulator::stopAll()
{
    // FreeSWITCH stopping: registered gateways go DOWN, then every gateway is deleted, at once.
    for (const auto &p : m_table.profiles()) {
        for (const auto &gw : p->gateways) {
            if (gw->timer)
                m_scheduler->cancel(gw->timer);
            gw->timer = 0;
            if (gw->sentRegister && !gw->deleting) {
                gw->state = "DOWN";
                gw->pingUp = false;
                emitState(*gw, gw->state);
            }
            emitSimple("sofia::gateway_delete", *gw, true);
        }
        p->clear();
    }
}

void GatewaySimulator::rescan(const QString &profileName, const Reply &reply)
{
    if (!m_table.profile(profileName)) {
        reply(bytes(u"Invalid Profile [%1]"_s.arg(profileName)));
        return;
    }
    if (m_rescanNeverAnswers)
        return; // hangs, as a rescan stuck on an xml_curl fetch does
    if (!m_fetcher) {
        reply("Reload XML [Success]\n+OK scan complete\n");
        return;
    }
    m_fetcher(profileName, [this, profileName, reply](std::optional<GatewayDirectory> dir) {
        if (Profile *p = m_table.profile(profileName); p && dir)
            loadGateways(*p, *dir);
        reply("Reload XML [Success]\n+OK scan complete\n");
    });
}

void GatewaySimulator::restart(const QString &profileName, const Reply &reply)
{
    Profile *p = m_table.profile(profileName);
    if (!p) {
        reply(bytes(u"Invalid Profile [%1]"_s.arg(profileName)));
        return;
    }
    // A restart tears the profile down: every call on it is dropped.
    p->calls = 0;
    QStringList names;
    for (const auto &gw : p->gateways)
        names.append(gw->name);
    for (const QString &name : std::as_const(names))
        deleteGateway(*p, name, true);
    reply(bytes(u"Reload XML [Success]\nrestarting: %1\n"_s.arg(profileName)));
    m_scheduler->schedule(2 * Second, [this, profileName] {
        if (!m_fetcher)
            return;
        m_fetcher(profileName, [this, profileName](std::optional<GatewayDirectory> dir) {
            if (Profile *target = m_table.profile(profileName); target && dir)
                loadGateways(*target, *dir);
        });
    });
}

void GatewaySimulator::emitState(
    const Gateway &gw, const QByteArray &state, int status, const QByteArray &phrase)
{
    esl::Event e;
    e.headers.append("Event-Subclass", "sofia::gateway_state");
    e.headers.append("Gateway", bytes(gw.name));
    e.headers.append("State", state);
    e.headers.append("Ping-Status", gw.pingUp ? "UP" : "DOWN");
    if (gw.sentRegister) {
        e.headers.append("Register-Network-IP", bytes(gw.networkIp));
        e.headers.append("Register-Network-Port", QByteArray::number(gw.networkPort));
    }
    if (status != 0) {
        e.headers.append("Phrase", phrase);
        e.headers.append("Status", QByteArray::number(status));
    }
    Q_EMIT eventFired(e);
}

void GatewaySimulator::emitSimple(const QByteArray &subclass, const Gateway &gw, bool profileFirst)
{
    esl::Event e;
    e.headers.append("Event-Subclass", subclass);
    if (profileFirst)
        e.headers.append("profile-name", bytes(gw.profileName));
    e.headers.append("Gateway", bytes(gw.name));
    if (!profileFirst)
        e.headers.append("profile-name", bytes(gw.profileName));
    Q_EMIT eventFired(e);
}

} // namespace xynap::sandbox
