// Rules from the provider catalog (resources/providers/*.json): what Plusnet and 1&1 require.
#include "lint/Rules.h"
#include "model/SipHost.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

constexpr auto V4 = QAbstractSocket::IPv4Protocol;
constexpr auto V6 = QAbstractSocket::IPv6Protocol;

QString familyName(AddressFamily f)
{
    return f == AddressFamily::IPv6 ? u"IPv6"_s : u"IPv4"_s;
}

// The profile the provider documents, if it exists and suits the provider's family.
const SofiaProfile *documentedProfile(const TrunkContext &ctx)
{
    const SofiaProfile *p = ctx.profilesByName.value(ctx.provider->profile);
    return p && p->name != ctx.trunk.profile ? p : nullptr;
}

void offerProfileMove(const TrunkContext &ctx, Finding &f)
{
    if (const SofiaProfile *p = documentedProfile(ctx)) {
        Trunk fixed = ctx.trunk;
        fixed.profile = p->name;
        f.fixedTrunk = fixed;
        f.fixLabel = tr("Move the trunk to the profile %1").arg(p->name);
    }
}

// 1&1: the realm goes into the gateway's from-domain; any other domain in From/To gets 401.
class RealmRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::RealmRule)

public:
    QString id() const override { return u"XY-REALM"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.provider || !ctx.provider->registers || ctx.provider->realm.isEmpty())
            return;
        const QString expected = ctx.provider->realm;
        const QString realm = ctx.trunk.realm;
        if (realm == expected)
            return;
        const bool cosmetic = normalizedDomain(realm) == expected;
        Finding f = makeFinding(
            id(), cosmetic ? Severity::Warning : Severity::Error, ctx.trunk, {u"realm"_s});
        f.message = realm.isEmpty() ? tr("The realm of a %1 trunk must be %2; it is empty.")
                                          .arg(ctx.provider->name, expected)
                                    : tr("The realm of a %1 trunk must be exactly %2, not \"%3\".")
                                          .arg(ctx.provider->name, expected, realm);
        f.why = tr(
            "The Platform API puts the realm into the gateway's from-domain, so From and To carry "
            "the wrong domain and %1 answers 401 Unauthorized although username and password are "
            "right (FreeSWITCH reports it as 904 \"Operation has no matching challenge\").")
                    .arg(ctx.provider->name);
        if (ctx.trunk.proxy.trimmed().isEmpty())
            f.why
                += u' ' + tr("With the proxy empty, FreeSWITCH even uses the realm as the proxy.");
        Trunk fixed = ctx.trunk;
        fixed.realm = expected;
        f.fixedTrunk = fixed;
        f.fixLabel = tr("Set the realm to %1").arg(expected);
        out.append(f);
    }
};

// A provider reachable over one address family only (1&1: IPv6; Plusnet: IPv4).
class AddressFamilyRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::AddressFamilyRule)

public:
    QString id() const override { return u"XY-ADDRESS-FAMILY"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.provider || ctx.provider->family == AddressFamily::Any || !ctx.profile)
            return;
        const bool wantV6 = ctx.provider->family == AddressFamily::IPv6;
        const auto family = wantV6 ? V6 : V4;
        const SofiaProfile &p = *ctx.profile;
        QStringList problems;
        if (wantV6 ? !p.bindsIpv6() : !p.bindsIpv4())
            problems.append(tr("the profile %1 binds %2 (sip-ip)").arg(p.name, p.sipIp));
        if (!p.extSipIp.isEmpty() && !isFamily(p.extSipIp, family))
            problems.append(tr("its ext-sip-ip is %1").arg(p.extSipIp));
        if (!problems.isEmpty()) {
            Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"profile"_s});
            f.message = tr("%1 must run over %2, but %3.")
                            .arg(ctx.provider->name, familyName(ctx.provider->family),
                                problems.join(u", "_s));
            // The provider's name from the catalog; why it wants IPv6 is in its notes (Help).
            f.why = wantV6 ? tr("%1 accepts the trunk over IPv6 only (see the provider notes): "
                                "the profile, its ext-sip-ip and ext-rtp-ip and the outbound "
                                "proxy must all be IPv6.")
                                 .arg(ctx.provider->name)
                           : tr("The provider accepts only IPv4: a profile that cannot send over "
                                "IPv4 never reaches it.");
            offerProfileMove(ctx, f);
            out.append(f);
        }
        const SipHost outbound = parseSipHost(ctx.trunk.outboundProxy);
        if (outbound.ipLiteral && outbound.address.protocol() != family) {
            Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"outbound_proxy"_s});
            f.message = tr("The outbound proxy %1 is not an %2 address, but %3 runs over %2 only.")
                            .arg(ctx.trunk.outboundProxy, familyName(ctx.provider->family),
                                ctx.provider->name);
            f.why = wantV6 ? tr("1&1 answers IPv4 with 503 Service Unavailable; calls routed "
                                "through an IPv4 outbound proxy fail.")
                           : tr("Calls are routed through the outbound proxy: one of the wrong "
                                "address family cannot be reached from this profile.");
            if (!ctx.provider->outboundProxy.isEmpty()) {
                Trunk fixed = ctx.trunk;
                fixed.outboundProxy = ctx.provider->outboundProxy;
                f.fixedTrunk = fixed;
                f.fixLabel
                    = tr("Use the documented outbound proxy %1").arg(ctx.provider->outboundProxy);
            }
            out.append(f);
        }
    }
};

// ext-rtp-ip goes into the SDP of every call; FreeSWITCH never checks its family.
class RtpFamilyRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::RtpFamilyRule)

public:
    QString id() const override { return u"XY-RTP-FAMILY"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.provider || ctx.provider->family == AddressFamily::Any || !ctx.profile)
            return;
        const auto family = ctx.provider->family == AddressFamily::IPv6 ? V6 : V4;
        const QString rtp = ctx.profile->extRtpIp;
        if (rtp.isEmpty() || isFamily(rtp, family))
            return;
        Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"profile"_s});
        f.message = tr("The profile %1 announces media on %2 (ext-rtp-ip), but %3 needs %4.")
                        .arg(ctx.profile->name, rtp, ctx.provider->name,
                            familyName(ctx.provider->family));
        f.why = tr("Calls connect, but nobody hears anything: the provider cannot send audio to an "
                   "address of the other IP version.");
        offerProfileMove(ctx, f);
        out.append(f);
    }
};

// Plusnet: sip.plusnet.de is DNS round robin; without a fixed outbound proxy INVITE and ACK
// may reach different servers.
class OutboundProxyRequiredRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::OutboundProxyRequiredRule)

public:
    QString id() const override { return u"XY-OUTBOUND-PROXY-REQUIRED"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.provider || !ctx.provider->outboundProxyMandatory
            || !ctx.trunk.outboundProxy.trimmed().isEmpty())
            return;
        Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"outbound_proxy"_s});
        f.message = tr("A %1 trunk needs the outbound proxy %2.")
                        .arg(ctx.provider->name, ctx.provider->outboundProxy);
        f.why = tr("%1 is DNS round robin: without a fixed outbound proxy INVITE and ACK may land "
                   "on different SIP servers, and calls fail with 408 Request Timeout.")
                    .arg(ctx.provider->proxy);
        Trunk fixed = ctx.trunk;
        fixed.outboundProxy = ctx.provider->outboundProxy;
        f.fixedTrunk = fixed;
        f.fixLabel = tr("Set the outbound proxy to %1").arg(ctx.provider->outboundProxy);
        out.append(f);
    }
};

// IP authentication: no REGISTER; and the profile must send from the address the provider
// has enabled.
class IpAuthRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::IpAuthRule)

public:
    QString id() const override { return u"XY-IP-AUTH"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.provider || ctx.provider->registers)
            return;
        if (ctx.trunk.registerEnabled) {
            Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"register"_s});
            f.message = tr("%1 authenticates by IP address: register must be off.")
                            .arg(ctx.provider->name);
            f.why = tr("%1 does not accept REGISTER; the gateway would keep failing. NOREG is the "
                       "healthy state of an IP-authenticated trunk.")
                        .arg(ctx.provider->name);
            Trunk fixed = ctx.trunk;
            fixed.registerEnabled = false;
            f.fixedTrunk = fixed;
            f.fixLabel = tr("Turn register off");
            out.append(f);
        }
        if (ctx.profile && !ctx.provider->enabledSourceAddresses.isEmpty()) {
            const QString source
                = ctx.profile->extSipIp.isEmpty() ? ctx.profile->sipIp : ctx.profile->extSipIp;
            if (!ctx.provider->enabledSourceAddresses.contains(source)) {
                Finding f = makeFinding(id(), Severity::Error, ctx.trunk, {u"profile"_s});
                f.message = tr("The profile %1 sends from %2, but %3 has only %4 enabled.")
                                .arg(ctx.profile->name, source, ctx.provider->name,
                                    ctx.provider->enabledSourceAddresses.join(u", "_s));
                f.why = tr("%1 authenticates exclusively by the source address; calls from any "
                           "other address are rejected.")
                            .arg(ctx.provider->name);
                offerProfileMove(ctx, f);
                out.append(f);
            }
        }
    }
};

} // namespace

void addProviderRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<RealmRule>());
    rules.push_back(std::make_unique<AddressFamilyRule>());
    rules.push_back(std::make_unique<RtpFamilyRule>());
    rules.push_back(std::make_unique<OutboundProxyRequiredRule>());
    rules.push_back(std::make_unique<IpAuthRule>());
}

} // namespace xynap::lint
