// Rules from mod_sofia's gateway parsing (reference §3, §7, §8): what FreeSWITCH silently
// skips, rewrites or doubles.
#include "lint/Rules.h"
#include "model/FieldLabels.h"
#include "model/SipHost.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

class RegisterCredentialsRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::RegisterCredentialsRule)

public:
    QString id() const override { return u"XY-REGISTER-CREDENTIALS"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        if (!t.registerEnabled)
            return;
        QStringList missing;
        if (t.username.trimmed().isEmpty())
            missing.append(u"username"_s);
        if (!t.passwordSet && t.password.isEmpty())
            missing.append(u"password"_s);
        if (missing.isEmpty())
            return;
        Finding f = makeFinding(id(), Severity::Error, t, missing);
        f.message = missing.size() == 2
            ? tr("Register is on, but neither a username nor a password "
                 "is set.")
            : missing.first() == u"username"_s ? tr("Register is on, but no username is set.")
                                               : tr("Register is on, but no password is set.");
        f.why = tr("FreeSWITCH silently skips a registering gateway without username and password: "
                   "the trunk simply does not exist, and nothing is logged.");
        out.append(f);
    }
};

class RealmOrProxyRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::RealmOrProxyRule)

public:
    QString id() const override { return u"XY-NO-PROXY"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        if (!t.proxy.trimmed().isEmpty() || !t.realm.trimmed().isEmpty())
            return;
        Finding f = makeFinding(id(), Severity::Error, t, {u"proxy"_s, u"realm"_s});
        f.message = tr("Proxy and realm are both empty.");
        f.why = tr("FreeSWITCH then uses the gateway name as the realm and the proxy, which is no "
                   "SIP server.");
        if (ctx.provider && !ctx.provider->proxy.isEmpty()) {
            Trunk fixed = t;
            fixed.proxy = ctx.provider->proxy;
            f.fixedTrunk = fixed;
            f.fixLabel = tr("Set the proxy to %1").arg(ctx.provider->proxy);
        }
        out.append(f);
    }
};

// ping < 5 disables pinging; retry < 5 becomes 30; expire < 5 becomes 3600 — silently.
class TimerRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::TimerRule)

public:
    QString id() const override { return u"XY-TIMER-MINIMUM"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        struct Timer {
            const char *json;
            int Trunk::*member;
            int rewrittenTo;
        };
        const Timer timers[] = {{"ping_seconds", &Trunk::pingSeconds, 0},
            {"retry_seconds", &Trunk::retrySeconds, 30},
            {"expire_seconds", &Trunk::expireSeconds, 3600}};
        for (const Timer &timer : timers) {
            const int value = t.*timer.member;
            if (value >= 5 || (value == 0 && timer.rewrittenTo == 0))
                continue;
            const QString field = QString::fromLatin1(timer.json);
            Finding f = makeFinding(id(), Severity::Warning, t, {field});
            f.message
                = tr("%1 is %n second(s); FreeSWITCH needs at least 5 seconds.", nullptr, value)
                      .arg(trunkFieldLabel(field));
            f.why = timer.rewrittenTo == 0
                ? tr("A ping interval below 5 seconds silently turns pinging off.")
                : tr("FreeSWITCH silently uses %1 seconds instead.").arg(timer.rewrittenTo);
            Trunk fixed = t;
            fixed.*timer.member = timer.rewrittenTo == 0 ? 30 : timer.rewrittenTo;
            f.fixedTrunk = fixed;
            f.fixLabel
                = tr("Set %1 to %2 seconds").arg(trunkFieldLabel(field)).arg(fixed.*timer.member);
            out.append(f);
        }
    }
};

class GatewayNameRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::GatewayNameRule)

public:
    QString id() const override { return u"XY-GATEWAY-NAME"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        if (isValidGatewayName(t.gatewayName))
            return;
        Finding f = makeFinding(id(), Severity::Error, t, {u"gateway_name"_s});
        f.message = tr("The gateway name \"%1\" is not allowed.").arg(t.gatewayName);
        f.why = tr("FreeSWITCH accepts only letters, digits, '_', '.' and '-' in gateway names and "
                   "drops any other gateway.");
        // ASCII, as FreeSWITCH's \w: a non-ASCII letter is replaced too.
        static const QRegularExpression bad(u"[^A-Za-z0-9_.\\-]+"_s);
        QString name = t.gatewayName.trimmed();
        name.replace(bad, u"-"_s);
        if (isValidGatewayName(name)) {
            Trunk fixed = t;
            fixed.gatewayName = name;
            f.fixedTrunk = fixed;
            f.fixLabel = tr("Rename it %1").arg(name);
        }
        out.append(f);
    }
};

// The same name on two profiles: FreeSWITCH runs two copies that overwrite each other's state.
class DuplicateGatewayRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::DuplicateGatewayRule)

public:
    QString id() const override { return u"XY-DUPLICATE-GATEWAY"_s; }
    void checkSnapshot(const Snapshot &s, QList<Finding> &out) const override
    {
        // The first trunk of each name, and a list only for a name used again (a list per name
        // was 4 MB of a fleet's lint).
        QHash<QString, const Trunk *> first;
        first.reserve(s.trunks.size());
        QHash<QString, QList<const Trunk *>> byName;
        for (const Trunk &t : s.trunks) {
            const auto known = first.constFind(t.gatewayName);
            if (known == first.cend()) {
                first.insert(t.gatewayName, &t);
                continue;
            }
            QList<const Trunk *> &same = byName[t.gatewayName];
            if (same.isEmpty())
                same.append(known.value());
            same.append(&t);
        }
        for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
            QStringList profiles;
            for (const Trunk *t : it.value())
                profiles.append(t->profile);
            for (const Trunk *t : it.value()) {
                Finding f = makeFinding(id(), Severity::Error, *t, {u"gateway_name"_s});
                f.message = tr("The gateway name %1 is used %2 times (profiles %3).")
                                .arg(it.key())
                                .arg(it.value().size())
                                .arg(profiles.join(u", "_s));
                f.why = tr("FreeSWITCH creates every copy; they register and ping side by side and "
                           "overwrite each other's state, so `sofia status` may show the gateway "
                           "on the wrong profile.");
                out.append(f);
            }
        }
    }
};

// An IPv6 literal as proxy of a registering trunk: the challenge comes from ::1-style addresses
// FreeSWITCH compares with the bracketed form, finds no credentials and never answers.
class Ipv6LiteralAuthAclRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::Ipv6LiteralAuthAclRule)

public:
    QString id() const override { return u"XY-GW-AUTH-ACL"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        const Trunk &t = ctx.trunk;
        if (!t.registerEnabled || !t.gwAuthAcl.trimmed().isEmpty())
            return;
        const SipHost target = parseSipHost(t.registerProxy.isEmpty() ? t.proxy : t.registerProxy);
        if (!target.bracketed || !target.isIpv6())
            return;
        Finding f = makeFinding(id(), Severity::Error, t,
            {u"gw_auth_acl"_s, t.registerProxy.isEmpty() ? u"proxy"_s : u"register_proxy"_s});
        f.message = tr("A registering trunk with an IPv6 address as proxy needs gw-auth-acl.");
        f.why = tr("FreeSWITCH only answers a challenge that comes from the proxy's address; with "
                   "an IPv6 literal the comparison fails, it fires gateway_invalid_digest_req and "
                   "the registration times out. gw-auth-acl naming a list that contains the "
                   "provider lets it answer; a host name such as %1 avoids the problem.")
                    .arg(ctx.provider && !ctx.provider->proxy.isEmpty() ? ctx.provider->proxy
                                                                        : u"sip.1und1.de"_s);
        Trunk fixed = t;
        fixed.gwAuthAcl = u"sip-gateways"_s;
        f.fixedTrunk = fixed;
        f.fixLabel = tr("Set gw-auth-acl to sip-gateways");
        out.append(f);
    }
};

} // namespace

void addGatewayRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<RegisterCredentialsRule>());
    rules.push_back(std::make_unique<RealmOrProxyRule>());
    rules.push_back(std::make_unique<TimerRule>());
    rules.push_back(std::make_unique<GatewayNameRule>());
    rules.push_back(std::make_unique<DuplicateGatewayRule>());
    rules.push_back(std::make_unique<Ipv6LiteralAuthAclRule>());
}

} // namespace xynap::lint
