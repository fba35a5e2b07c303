#include "session/Diagnosis.h"

#include "model/SipHost.h"
#include "session/GatewayRecord.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("xynap::session", text);
}

bool failedSinceHealthy(const GatewayRecord &g)
{
    if (g.transitions.isEmpty())
        return true; // no history: nothing says this is a first attempt
    for (auto it = g.transitions.crbegin(); it != g.transitions.crend(); ++it) {
        if (it->state == u"REGED"_s || it->state == u"NOREG"_s || it->state == u"GONE"_s)
            return false; // healthy since, or a new gateway since (killgw + rescan)
        if (it->state == u"FAILED"_s || it->state == u"FAIL_WAIT"_s || it->state == u"TIMEOUT"_s)
            return true;
    }
    return false; // added and trying for the first time
}

QString retryText(const GatewayRecord &g, const Trunk *trunk, const QDateTime &now)
{
    qint64 left = -1;
    if (g.retrySeconds >= 0 && g.retryKnownAt.isValid())
        left = g.retrySeconds - g.retryKnownAt.secsTo(now);
    else if (trunk && g.since.isValid())
        left = trunk->retrySeconds - g.since.secsTo(now);
    if (left < 0)
        return {};
    return u" "_s + tr("Next attempt in %1 s.").arg(left);
}
} // namespace

QString healthName(Health health)
{
    switch (health) {
    case Health::Healthy:
        return tr("healthy");
    case Health::Degraded:
        return tr("degraded");
    case Health::Down:
        return tr("down");
    case Health::Unknown:
        return tr("unknown");
    }
    return {};
}

Diagnosis diagnose(
    const GatewayRecord &g, const Trunk *trunk, const ProviderSpec *provider, const QDateTime &now)
{
    Diagnosis d;
    const bool registers = trunk ? trunk->registerEnabled : g.state != u"NOREG"_s;
    const QString providerName = provider ? provider->name : tr("The provider");
    const QString state = g.state;

    if (state == u"REGED"_s) {
        d.health = Health::Healthy;
        d.summary = tr("Registered");
        d.detail = tr("The provider accepted the registration.");
        return d;
    }
    if (state == u"NOREG"_s) {
        if (registers) {
            d.health = Health::Down;
            d.summary = tr("Not registering");
            d.detail = tr("The saved trunk registers, but FreeSWITCH runs the gateway without "
                          "REGISTER: the change was saved but not applied (killgw + rescan).");
            return d;
        }
        if (g.pingStatus == u"DOWN"_s) {
            d.health = Health::Down;
            if (g.lastStatus == 408 && trunk && !trunk->outboundProxy.trimmed().isEmpty()) {
                d.summary = tr("Pings time out (408)");
                d.detail = tr("%1 does not answer OPTIONS pings in time, although the outbound "
                              "proxy %2 is set: the provider or the path to it does not answer "
                              "(firewall, routing, an outage at %1).")
                               .arg(providerName, trunk->outboundProxy.trimmed());
            } else if (g.lastStatus == 408) {
                d.summary = tr("Pings time out (408)");
                d.detail = tr(
                    "%1 does not answer OPTIONS pings in time. Without a fixed outbound proxy, DNS "
                    "round robin sends requests to different servers: set the outbound proxy%2.")
                               .arg(providerName,
                                   provider && !provider->outboundProxy.isEmpty()
                                       ? u" "_s + provider->outboundProxy
                                       : QString());
            } else if (g.lastStatus == 503) {
                d.summary = tr("Pings fail (503)");
                d.detail
                    = tr("503 Service Unavailable to the OPTIONS pings: either %1 answered so, "
                         "or nothing answered and FreeSWITCH's own SIP stack reported it (no "
                         "listener, no route). FreeSWITCH's ping report does not say which: "
                         "check the provider's status and the path to it.")
                          .arg(providerName);
            } else {
                d.summary = g.lastStatus
                    ? tr("Pings fail (%1 %2)").arg(g.lastStatus).arg(g.lastPhrase)
                    : tr("Pings fail");
                d.detail = tr("%1 does not answer OPTIONS pings: no calls will pass until it does.")
                               .arg(providerName);
            }
            return d;
        }
        d.health = Health::Healthy;
        d.summary = tr("IP authentication (NOREG)");
        d.detail = tr("NOREG is the healthy state of a trunk authenticated by IP address: no "
                      "REGISTER takes place.");
        return d;
    }
    // A registering gateway is down from its first failure until it is REGED again: a retry in
    // TRYING is down. FreeSWITCH reports status DOWN for a first attempt too, so where the console
    // has not seen the attempt start (a snapshot only), FreeSWITCH's DOWN stands.
    const bool retrying = (state == u"TRYING"_s || state == u"REGISTER"_s || state == u"UNREGED"_s)
        && g.pingStatus == u"DOWN"_s && failedSinceHealthy(g);
    const bool localAnswer = g.lastStatusFrom == GatewayRecord::AnswerFrom::Local;
    if (state == u"FAILED"_s || state == u"FAIL_WAIT"_s || state == u"TIMEOUT"_s || retrying) {
        d.health = Health::Down;
        const QString retry = retryText(g, trunk, now);
        d.changesWithTime = true;
        if (g.lastStatus == 503 && localAnswer) {
            d.summary = tr("No answer from %1 (503 from FreeSWITCH itself)").arg(providerName);
            d.detail = tr("Nothing answered the REGISTER: FreeSWITCH's own SIP stack reported 503 "
                          "after the network refused the packet (no listener, ICMP port "
                          "unreachable). %1 said nothing: check the proxy's address and port, "
                          "the routing and the firewalls on the way.")
                           .arg(providerName)
                + retry;
        } else if (g.lastStatus == 503 && provider && provider->family == AddressFamily::IPv6) {
            // Which family the REGISTER left over is a fact FreeSWITCH reports: the registrar
            // address of the event (IPv6 in brackets), else the profile's own sip-ip.
            int family = g.registerFamily;
            if (family == 0 && !g.profileSipIp.isEmpty())
                family = g.profileSipIp.contains(u':') ? 6 : 4;
            if (family == 4) {
                d.summary = tr("%1 answers 503: IPv4 in use").arg(providerName);
                d.detail = tr("%1 rejects registrations over IPv4 with 503 Service Unavailable. "
                              "The trunk must use a profile that binds IPv6, with IPv6 ext-sip-ip "
                              "and ext-rtp-ip and an IPv6 outbound proxy.")
                               .arg(providerName)
                    + retry;
            } else if (family == 6) {
                d.summary = tr("%1 answers 503 over IPv6").arg(providerName);
                d.detail = tr("The REGISTER left over IPv6, so this is not the IPv4 block: %1 is "
                              "unavailable or refuses this address. Check that the ext-sip-ip "
                              "is the address enabled at %1, and the provider's status.")
                               .arg(providerName)
                    + retry;
            } else {
                d.summary = tr("%1 answers 503").arg(providerName);
                d.detail = tr("503 Service Unavailable. %1 answers so to registrations over IPv4; "
                              "over which family this REGISTER left is not known yet (FreeSWITCH "
                              "reports it with the next attempt).")
                               .arg(providerName)
                    + retry;
            }
        } else if (g.lastStatus == 904 || g.lastStatus == 401 || g.lastStatus == 403) {
            const QString expected
                = provider && !provider->realm.isEmpty() ? provider->realm : QString();
            d.summary = g.lastStatus == 403 ? tr("Credentials rejected (403)")
                                            : tr("%1 keeps answering 401").arg(providerName);
            if (!expected.isEmpty() && trunk && trunk->realm != expected)
                d.detail = tr("%1 keeps answering 401 Unauthorized (FreeSWITCH reports it as %2): "
                              "the realm must be %3, it is \"%4\".")
                               .arg(providerName)
                               .arg(g.lastStatus)
                               .arg(expected, trunk->realm);
            else if (!expected.isEmpty())
                d.detail = tr("%1 rejects the credentials (FreeSWITCH reports %2): check username "
                              "and password; the realm must be %3.")
                               .arg(providerName)
                               .arg(g.lastStatus)
                               .arg(expected);
            else
                d.detail = tr("The provider rejects the credentials (%1): check username, password "
                              "and realm.")
                               .arg(g.lastStatus);
            d.detail += retry;
        } else if (g.invalidDigest) {
            d.summary = tr("Challenge from an unknown address");
            d.detail = tr("The registrar's challenge came from an address the gateway does not "
                          "know (an IPv6 literal proxy without gw-auth-acl), so FreeSWITCH never "
                          "answers it. Set gw-auth-acl or use the host name as proxy.")
                + retry;
        } else if (g.lastStatus == 0 && state != u"TIMEOUT"_s && trunk && provider
            && !provider->realm.isEmpty() && trunk->realm != provider->realm) {
            // Connected after the failure: the code is not known yet, the configuration is.
            d.summary = tr("Registration failing (cause not reported yet)");
            d.detail = tr("FreeSWITCH has not reported the SIP answer since the console "
                          "connected; the next attempt will. The saved realm is \"%2\" where %3 "
                          "requires %1 and answers 401 Unauthorized to any other domain "
                          "(FreeSWITCH reports it as 904).")
                           .arg(provider->realm, trunk->realm, providerName)
                + retry;
        } else if (state == u"TIMEOUT"_s || g.lastStatus == 408) {
            d.summary = tr("Registrar does not answer");
            d.detail = tr("No answer to REGISTER.");
            if (trunk && parseSipHost(trunk->proxy).unbracketedIpv6)
                d.detail += u" "_s
                    + tr("The proxy is an IPv6 address without brackets: FreeSWITCH cuts it at the "
                         "last colon.");
            d.detail += retry;
        } else if (g.lastStatus == 0) {
            d.summary = tr("Registration failing (cause not reported yet)");
            d.detail = tr("FreeSWITCH has not reported the SIP answer since the console "
                          "connected (its status list carries none); the next attempt will.")
                + retry;
        } else {
            d.summary = tr("Registration failed (%1 %2)").arg(g.lastStatus).arg(g.lastPhrase);
            d.detail = tr("The provider refused the registration.") + retry;
        }
        if (state == u"FAIL_WAIT"_s)
            d.summary += u" · "_s + tr("waiting to retry");
        else if (retrying)
            d.summary += u" · "_s + tr("retrying");
        return d;
    }
    if (state == u"TRYING"_s || state == u"REGISTER"_s || state == u"UNREGED"_s) {
        d.health = Health::Degraded;
        d.summary = tr("Registering…");
        d.detail = tr("A REGISTER is under way.");
        return d;
    }
    if (state == u"DOWN"_s) {
        d.health = Health::Down;
        d.summary = tr("Being removed");
        d.detail = tr("The gateway was killed (killgw) and is being deleted.");
        return d;
    }
    d.health = Health::Unknown;
    d.summary = state.isEmpty() ? tr("No state yet") : state;
    return d;
}

} // namespace xynap::session

namespace xynap::session {
Health healthOf(const QString &state, const QString &pingStatus)
{
    if (state == u"REGED"_s || (state == u"NOREG"_s && pingStatus != u"DOWN"_s))
        return Health::Healthy;
    if (state == u"TRYING"_s || state == u"REGISTER"_s || state == u"UNREGED"_s)
        return pingStatus == u"DOWN"_s ? Health::Down : Health::Degraded;
    if (state.isEmpty())
        return Health::Unknown;
    return Health::Down;
}
} // namespace xynap::session
