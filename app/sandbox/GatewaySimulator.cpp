#include "GatewaySimulator.h"

#include "coverage/AclEvaluator.h"
#include "coverage/AclParser.h"

#include "model/SipHost.h"
#include "model/Trunk.h"

#include <QHostAddress>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSim, "xynap.sandbox.gateways", QtInfoMsg)

namespace xynap::sandbox {

namespace {

// How the far end (or the local stack) answers this gateway, decided once from its config.
enum class Outcome {
    Registers, // 200 OK
    Rejects503, // 1&1 from IPv4, or no route from this profile
    Rejects403, // REGISTER to a provider that authenticates by IP
    Challenges904, // 401 loop: wrong From/To domain
    NeverAnswers, // registrar unreachable: TIMEOUT
    InvalidDigest, // challenge from an address the gateway does not know (capture 50)
    PingsUp,
    PingsIntermittent408,
    PingsDown503,
};

constexpr qint64 Second = 1000;
constexpr qint64 SipTimerF = 32 * Second;

QByteArray bytes(const QString &s)
{
    return s.toUtf8();
}

QString stripScheme(QString v)
{
    v = v.trimmed();
    if (v.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        v = v.mid(4);
    return v;
}

QString normalizedDomain(QString d)
{
    d = d.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

} // namespace

struct GatewaySimulator::Gateway {
    quint64 uid = 0;
    QString name;
    QString profileName;
    bool registers = false;
    QString username;
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
    std::vector<std::unique_ptr<Gateway>> gateways;
};

GatewaySimulator::GatewaySimulator(
    SimScheduler *scheduler, ProviderCatalog catalog, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
    , m_catalog(std::move(catalog))
{
}

GatewaySimulator::~GatewaySimulator()
{
    for (const auto &p : m_profiles) {
        for (const auto &gw : p->gateways) {
            if (gw->timer)
                m_scheduler->cancel(gw->timer);
        }
    }
}

void GatewaySimulator::setProfiles(
    const QList<SofiaProfile> &profiles, const QHash<QString, int> &calls)
{
    m_profiles.clear();
    for (const SofiaProfile &config : profiles) {
        auto p = std::make_unique<Profile>();
        p->config = config;
        p->calls = calls.value(config.name);
        m_profiles.push_back(std::move(p));
    }
}

void GatewaySimulator::startProfiles()
{
    for (const auto &p : m_profiles) {
        const QString name = p->config.name;
        if (!m_fetcher)
            continue;
        m_fetcher(name, [this, name](std::optional<GatewayDirectory> dir) {
            Profile *target = profile(name);
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

bool GatewaySimulator::hasProfile(const QString &name) const
{
    return profile(name) != nullptr;
}

GatewaySimulator::Profile *GatewaySimulator::profile(const QString &name)
{
    for (const auto &p : m_profiles) {
        if (p->config.name == name)
            return p.get();
    }
    return nullptr;
}

const GatewaySimulator::Profile *GatewaySimulator::profile(const QString &name) const
{
    return const_cast<GatewaySimulator *>(this)->profile(name);
}

const GatewaySimulator::Gateway *GatewaySimulator::findGateway(const QString &rawName) const
{
    // "profile::gateway" or just the name; the newest copy wins, like mod_sofia's name hash.
    QString profileName;
    QString name = rawName;
    const qsizetype sep = rawName.indexOf(u"::"_s);
    if (sep > 0) {
        profileName = rawName.left(sep);
        name = rawName.mid(sep + 2);
    }
    const Gateway *best = nullptr;
    for (const auto &p : m_profiles) {
        if (!profileName.isEmpty() && p->config.name != profileName)
            continue;
        for (const auto &gw : p->gateways) {
            if (gw->name == name && (!best || gw->uid > best->uid))
                best = gw.get();
        }
    }
    return best;
}

QStringList GatewaySimulator::gatewayNames(const QString &profileName) const
{
    QStringList names;
    if (const Profile *p = profile(profileName)) {
        for (const auto &gw : p->gateways)
            names.append(gw->name);
    }
    return names;
}

QString GatewaySimulator::gatewayState(const QString &name) const
{
    const Gateway *gw = findGateway(name);
    return gw ? QString::fromLatin1(gw->state) : QString();
}

QString GatewaySimulator::gatewayPingStatus(const QString &name) const
{
    const Gateway *gw = findGateway(name);
    return gw ? (gw->pingUp ? u"UP"_s : u"DOWN"_s) : QString();
}

int GatewaySimulator::calls(const QString &profileName) const
{
    int total = 0;
    for (const auto &p : m_profiles) {
        if (profileName.isEmpty() || p->config.name == profileName)
            total += p->calls;
    }
    return total;
}

void GatewaySimulator::loadGateways(Profile &p, const GatewayDirectory &dir)
{
    for (const GatewayDefinition &def : dir.gateways) {
        bool duplicate = false;
        for (const auto &gw : p.gateways)
            duplicate = duplicate || gw->name == def.name;
        if (duplicate) {
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
    gw->uid = m_nextGatewayId++;
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
    const bool copy = findGateway(gw->name) != nullptr;
    Gateway &ref = *gw;
    p.gateways.push_back(std::move(gw));
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
    const Profile *p = profile(gw.profileName);
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
        const SipHost cut = meant.unbracketedIpv6
            ? read
            : sipHostAsFreeSwitchReadsIt(gw.outboundProxy);
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

bool aclContains(const QList<AclList> &acl, const QString &listName, const QHostAddress &address)
{
    if (listName.isEmpty() || address.isNull())
        return false;
    // FreeSWITCH's decision, made by the same evaluator the coverage analysis uses: of the nodes
    // that contain the address the most specific decides, else the list's default. The lists
    // go through the same XML FreeSWITCH would read (aclConfigurationXml).
    const coverage::AclParseResult parsed
        = coverage::AclParser::parse(QString::fromUtf8(aclConfigurationXml(acl)));
    const coverage::AclList *list = parsed.find(listName);
    if (!list)
        return false;
    return coverage::AclEvaluator::decide(*list, address).first;
}

void GatewaySimulator::after(Gateway &gw, qint64 ms, std::function<void(Gateway &)> step)
{
    const quint64 uid = gw.uid;
    const QString profileName = gw.profileName;
    gw.timer = m_scheduler->schedule(ms, [this, uid, profileName, step = std::move(step)] {
        Profile *p = profile(profileName);
        if (!p)
            return;
        for (const auto &g : p->gateways) {
            if (g->uid == uid && !g->deleting) {
                g->timer = 0;
                step(*g);
                return;
            }
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
        up = false;
        status = 503;
        phrase = "Service Unavailable";
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
    if (up != gw.pingUp) {
        gw.pingUp = up;
        emitState(gw, gw.state, status, phrase);
    }
    gw.nextPingMs = m_scheduler->nowMs() + gw.pingSeconds * Second;
    after(gw, gw.pingSeconds * Second, [this](Gateway &g) { ping(g); });
}

QByteArray GatewaySimulator::killGateway(const QString &profileName, const QString &name)
{
    Profile *p = profile(profileName);
    if (!p)
        return bytes(u"Invalid Profile [%1]"_s.arg(profileName));
    for (const auto &gw : p->gateways) {
        if (gw->name == name && !gw->deleting) {
            deleteGateway(*p, name, true);
            return "+OK gateway marked for deletion.\n";
        }
    }
    return "-ERR no such gateway.\n";
}

void GatewaySimulator::deleteGateway(Profile &p, const QString &name, bool announceDown)
{
    for (const auto &owned : p.gateways) {
        Gateway &gw = *owned;
        if (gw.name != name || gw.deleting)
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
            Profile *owner = profile(profileName);
            if (!owner)
                return;
            auto &list = owner->gateways;
            for (auto it = list.begin(); it != list.end(); ++it) {
                if ((*it)->uid == uid) {
                    emitSimple("sofia::gateway_delete", **it, true);
                    list.erase(it);
                    return;
                }
            }
        });
    }
}

void GatewaySimulator::stopAll()
{
    // FreeSWITCH stopping: registered gateways go DOWN, then every gateway is deleted, at once.
    for (const auto &p : m_profiles) {
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
        p->gateways.clear();
    }
}

void GatewaySimulator::rescan(const QString &profileName, Reply reply)
{
    if (!profile(profileName)) {
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
        if (Profile *p = profile(profileName); p && dir)
            loadGateways(*p, *dir);
        reply("Reload XML [Success]\n+OK scan complete\n");
    });
}

void GatewaySimulator::restart(const QString &profileName, Reply reply)
{
    Profile *p = profile(profileName);
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
            if (Profile *target = profile(profileName); target && dir)
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

namespace {

QByteArray escapeXml(const QString &s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray profileUrl(const SofiaProfile &p)
{
    const QHostAddress a(p.sipIp);
    const QString host
        = a.protocol() == QAbstractSocket::IPv6Protocol ? u"[%1]"_s.arg(p.sipIp) : p.sipIp;
    return bytes(u"sip:mod_sofia@%1:%2"_s.arg(host).arg(p.sipPort));
}

QByteArray rightAligned(const QByteArray &text, int width)
{
    return text.size() >= width ? text : QByteArray(width - text.size(), ' ') + text;
}

QByteArray leftAligned(const QByteArray &text, int width)
{
    return text.size() >= width ? text : text + QByteArray(width - text.size(), ' ');
}

const QByteArray Rule(97, '=');

} // namespace

namespace {
struct GatewayView {
    QString to;
    QString from;
    QString contact;
    QString proxy;
};
} // namespace

static GatewayView viewOf(const SofiaProfile &p, const QString &name, const QString &username,
    const QString &proxy, const QString &fromDomain)
{
    const QString proxyHostPort = stripScheme(proxy);
    const QHostAddress ext(p.extSipIp.isEmpty() ? p.sipIp : p.extSipIp);
    const QString extHost = ext.protocol() == QAbstractSocket::IPv6Protocol
        ? u"[%1]"_s.arg(ext.toString())
        : ext.toString();
    GatewayView v;
    v.to = u"sip:%1@%2"_s.arg(
        username, stripScheme(fromDomain).isEmpty() ? proxyHostPort : stripScheme(fromDomain));
    v.from = u"<%1>"_s.arg(v.to);
    v.contact = u"<sip:gw+%1@%2:%3;transport=udp;gw=%1>"_s.arg(name, extHost).arg(p.sipPort);
    v.proxy = u"sip:%1"_s.arg(proxyHostPort);
    return v;
}

QByteArray GatewaySimulator::statusTable() const
{
    QByteArray out;
    const auto row = [&out](const QByteArray &name, const QByteArray &type, const QByteArray &data,
                         const QByteArray &state) {
        out += rightAligned(name, 25) + '\t' + rightAligned(type, 7) + '\t' + rightAligned(data, 42)
            + '\t' + state + '\n';
    };
    row("Name", "Type", "Data", "State");
    out += Rule + '\n';
    for (const auto &p : m_profiles) {
        row(bytes(p->config.name), "profile", profileUrl(p->config),
            "RUNNING (" + QByteArray::number(p->calls) + ')');
        for (const auto &gw : p->gateways) {
            const GatewayView v
                = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
            row(bytes(p->config.name + u"::"_s + gw->name), "gateway", bytes(v.to), gw->state);
        }
    }
    out += Rule + '\n';
    out += QByteArray::number(m_profiles.size()) + " profiles 0 aliases\n";
    return out;
}

QByteArray GatewaySimulator::xmlStatusProfile(const QString &name) const
{
    const Profile *p = profile(name);
    if (!p)
        return bytes(u"Invalid Profile [%1]"_s.arg(name));
    const SofiaProfile &c = p->config;
    const QString host = c.sipIp.contains(u':') ? u"[%1]"_s.arg(c.sipIp) : c.sipIp;
    QByteArray out("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<profile>\n  <profile-info>\n");
    const auto el = [&out](const char *tag, const QString &value) {
        out += "    <" + QByteArray(tag) + '>' + escapeXml(value) + "</" + tag + ">\n";
    };
    el("name", c.name);
    el("domain-name", u"N/A"_s);
    el("auto-nat", u"false"_s);
    el("db-name", u"sofia_reg_"_s + c.name);
    el("pres-hosts", {});
    el("dialplan", u"XML"_s);
    el("context", u"public"_s);
    el("challenge-realm", u"auto_from"_s);
    el("rtp-ip", c.sipIp);
    el("sip-ip", c.sipIp);
    el("url", u"sip:mod_sofia@%1:%2"_s.arg(host).arg(c.sipPort));
    el("bind-url", u"sip:mod_sofia@%1:%2;transport=udp,tcp"_s.arg(host).arg(c.sipPort));
    el("calls-in", QString::number(p->calls));
    el("calls-out", u"0"_s);
    el("failed-calls-in", u"0"_s);
    el("failed-calls-out", u"0"_s);
    el("registrations", u"0"_s);
    out += "  </profile-info>\n</profile>\n";
    return out;
}

QByteArray GatewaySimulator::xmlStatus() const
{
    QByteArray out("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<profiles>\n");
    for (const auto &p : m_profiles) {
        out += "<profile>\n<name>" + escapeXml(p->config.name) + "</name>\n<type>profile</type>\n"
            + "<data>" + profileUrl(p->config) + "</data>\n<state>RUNNING ("
            + QByteArray::number(p->calls) + ")</state>\n</profile>\n";
        for (const auto &gw : p->gateways) {
            const GatewayView v
                = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
            out += "<gateway>\n<name>" + escapeXml(gw->name) + "</name>\n<type>gateway</type>\n"
                + "<data>" + bytes(v.to) + "</data>\n<state>" + gw->state
                + "</state>\n</gateway>\n";
            if (gw->state == "FAILED" || gw->state == "FAIL_WAIT") {
                const qint64 left = qMax<qint64>(0, gw->retryAtMs - m_scheduler->nowMs()) / 1000;
                out += " (retry: " + QByteArray::number(left) + "s)";
            }
        }
        out += '\n';
    }
    out += "</profiles>\n";
    return out;
}

QByteArray GatewaySimulator::gatewayXml(const Gateway &gw, int indent) const
{
    const Profile *p = profile(gw.profileName);
    const GatewayView v = viewOf(p->config, gw.name, gw.username, gw.proxy, gw.fromDomain);
    const QByteArray pad(indent, ' ');
    const QByteArray inner(indent + 2, ' ');
    QByteArray out = pad + "<gateway>\n";
    const auto el = [&](const char *name, const QByteArray &value) {
        out += inner + '<' + name + '>' + value + "</" + name + ">\n";
    };
    const qint64 now = m_scheduler->nowMs();
    const qint64 epoch = m_scheduler->wallClock().toSecsSinceEpoch();
    el("name", escapeXml(gw.name));
    el("profile", escapeXml(gw.profileName));
    el("scheme", "Digest");
    el("realm", bytes(gw.realm)); // not escaped, as mod_sofia writes it
    el("username", bytes(gw.username));
    el("password", gw.password.isEmpty() ? "no" : "yes");
    el("from", escapeXml(v.from));
    el("contact", escapeXml(v.contact));
    el("exten", bytes(gw.username));
    el("to", bytes(v.to));
    el("proxy", bytes(v.proxy));
    el("context", gw.registers ? "default" : "public");
    el("expires", QByteArray::number(gw.expireSeconds));
    el("freq", QByteArray::number(gw.expireSeconds));
    const bool pings = gw.pingSeconds > 0;
    el("ping",
        pings ? QByteArray::number(epoch + qMax<qint64>(0, gw.nextPingMs - now) / 1000) : "0");
    el("pingfreq", QByteArray::number(gw.pingSeconds));
    el("pingmin", pings ? "1" : "0");
    el("pingcount", pings ? QByteArray::number(gw.pingUp ? 1 : 0) : "0");
    el("pingmax", pings ? "1" : "0");
    el("pingtime", pings && gw.pingCount > 0 ? "0.76" : "0.00");
    el("pinging", "0");
    el("state", gw.state);
    el("status", gw.pingUp ? "UP" : "DOWN");
    el("uptime-usec", QByteArray::number((now - gw.createdMs) * 1000));
    el("calls-in", QByteArray::number(gw.callsIn));
    el("calls-out", QByteArray::number(gw.callsOut));
    el("failed-calls-in", QByteArray::number(gw.failedCallsIn));
    el("failed-calls-out", QByteArray::number(gw.failedCallsOut));
    if (gw.state == "FAILED" || gw.state == "FAIL_WAIT" || gw.state == "TRYING") {
        const qint64 left = (gw.retryAtMs - now) / 1000;
        el("retry",
            gw.retryAtMs < 0 ? QByteArray("NEVER")
                             : QByteArray::number(qMax<qint64>(0, left)) + 's');
    }
    out += pad + "</gateway>\n";
    return out;
}

QByteArray GatewaySimulator::xmlStatusGateway(const QString &name) const
{
    QByteArray out("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n");
    if (!name.isEmpty()) {
        const Gateway *gw = findGateway(name);
        if (!gw)
            return "Invalid Gateway!\n";
        return out + gatewayXml(*gw, 2);
    }
    out += "<gateways>\n";
    for (const auto &p : m_profiles) {
        for (const auto &gw : p->gateways)
            out += gatewayXml(*gw, 2);
    }
    out += "</gateways>\n";
    return out;
}

QByteArray GatewaySimulator::statusGateway(const QString &name) const
{
    const Gateway *gw = findGateway(name);
    if (!gw)
        return "Invalid Gateway!\n";
    const Profile *p = profile(gw->profileName);
    const GatewayView v = viewOf(p->config, gw->name, gw->username, gw->proxy, gw->fromDomain);
    const bool pings = gw->pingSeconds > 0;
    QByteArray out = Rule + '\n';
    const auto line = [&out](const char *key, const QByteArray &value) {
        out += leftAligned(key, 8) + '\t' + value + '\n';
    };
    line("Name", bytes(gw->name));
    line("Profile", bytes(gw->profileName));
    line("Scheme", "Digest");
    line("Realm", bytes(gw->realm));
    line("Username", bytes(gw->username));
    line("Password", gw->password.isEmpty() ? "no" : "yes");
    line("From", bytes(v.from));
    line("Contact", bytes(v.contact));
    line("Exten", bytes(gw->username));
    line("To", bytes(v.to));
    line("Proxy", bytes(v.proxy));
    line("Context", gw->registers ? "default" : "public");
    line("Expires", QByteArray::number(gw->expireSeconds));
    line("Freq", QByteArray::number(gw->expireSeconds));
    line("Ping", pings ? QByteArray::number(m_scheduler->wallClock().toSecsSinceEpoch()) : "0");
    line("PingFreq", QByteArray::number(gw->pingSeconds));
    line("PingTime", pings && gw->pingCount > 0 ? "0.76" : "0.00");
    line("PingState",
        pings ? QByteArray(QByteArray("1/") + (gw->pingUp ? "1" : "0") + "/1")
              : QByteArray("0/0/0"));
    line("State", gw->state);
    line("Status", gw->pingUp ? "UP" : "DOWN");
    line("Uptime", QByteArray::number((m_scheduler->nowMs() - gw->createdMs) / 1000) + 's');
    line("CallsIN", QByteArray::number(gw->callsIn));
    line("CallsOUT", QByteArray::number(gw->callsOut));
    line("FailedCallsIN", QByteArray::number(gw->failedCallsIn));
    line("FailedCallsOUT", QByteArray::number(gw->failedCallsOut));
    out += Rule + '\n';
    return out;
}

} // namespace xynap::sandbox
