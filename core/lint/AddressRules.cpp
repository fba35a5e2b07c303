// Rules about how proxy values are written.
#include "lint/Rules.h"
#include "model/FieldLabels.h"
#include "model/SipHost.h"

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

struct ProxyField {
    const char *json;
    QString Trunk::*member;
};

const ProxyField ProxyFields[] = {
    {"proxy", &Trunk::proxy},
    {"outbound_proxy", &Trunk::outboundProxy},
    {"register_proxy", &Trunk::registerProxy},
};

// An IPv6 literal without brackets: FreeSWITCH pastes the value into a sip: URI and cuts the
// host at the last colon (RFC 3261 IPv6reference).
class Ipv6BracketsRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::Ipv6BracketsRule)

public:
    QString id() const override { return u"XY-IPV6-BRACKETS"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        for (const ProxyField &field : ProxyFields) {
            const QString value = ctx.trunk.*field.member;
            const SipHost meant = parseSipHost(value);
            if (!meant.unbracketedIpv6)
                continue;
            const SipHost cut = sipHostAsFreeSwitchReadsIt(value);
            Finding f
                = makeFinding(id(), Severity::Error, ctx.trunk, {QString::fromLatin1(field.json)});
            f.message = tr("The IPv6 address in %1 must be in square brackets.")
                            .arg(trunkFieldLabel(QString::fromLatin1(field.json)));
            f.why = tr("FreeSWITCH puts the value into a sip: URI, where an IPv6 address without "
                       "brackets is cut at the last colon: it would send to host %1, port %2, and "
                       "never reach the provider.")
                        .arg(cut.host)
                        .arg(cut.port);
            Trunk fixed = ctx.trunk;
            fixed.*field.member = u"["_s + meant.host + u"]"_s;
            f.fixedTrunk = fixed;
            f.fixLabel = tr("Write it as %1").arg(fixed.*field.member);
            out.append(f);
        }
    }
};

// A port that is not a number or out of range, or brackets that do not close.
class MalformedHostRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::MalformedHostRule)

public:
    QString id() const override { return u"XY-HOST-MALFORMED"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        for (const ProxyField &field : ProxyFields) {
            const QString value = ctx.trunk.*field.member;
            if (value.trimmed().isEmpty())
                continue;
            const SipHost h = parseSipHost(value);
            if (h.isValid() && h.port >= 0 && !h.host.contains(u' ') && value.trimmed() == value)
                continue;
            Finding f
                = makeFinding(id(), Severity::Error, ctx.trunk, {QString::fromLatin1(field.json)});
            f.message = tr("%1 is not a valid host[:port]: \"%2\"")
                            .arg(trunkFieldLabel(QString::fromLatin1(field.json)), value);
            f.why = tr("FreeSWITCH cannot build a SIP URI from it; the gateway does not reach its "
                       "provider.");
            if (value.trimmed() != value && parseSipHost(value.trimmed()).isValid()) {
                Trunk fixed = ctx.trunk;
                fixed.*field.member = value.trimmed();
                f.fixedTrunk = fixed;
                f.fixLabel = tr("Remove the surrounding spaces");
            }
            out.append(f);
        }
    }
};

} // namespace

void addAddressRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<Ipv6BracketsRule>());
    rules.push_back(std::make_unique<MalformedHostRule>());
}

} // namespace xynap::lint
