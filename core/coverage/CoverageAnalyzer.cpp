#include "coverage/CoverageAnalyzer.h"

#include "coverage/AclEvaluator.h"
#include "coverage/CoverageAnalysis_p.h"
#include "coverage/UfwEvaluator.h"
#include "coverage/UfwRenderer.h"

#include <QCoreApplication>
#include <QSet>
#include <map>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

using namespace analysis;

void Analysis::ufw()
{
    const UfwConfiguration &ufw = *m_in.ufw;
    if (!ufw.active) {
        add({u"XY-UFW-INACTIVE"_s, FindingSeverity::Error, u"ufw"_s,
            QCoreApplication::translate("xynap::coverage",
                "UFW is inactive: the firewall filters nothing, SIP is "
                "open to every address."),
            QCoreApplication::translate("xynap::coverage",
                "The provider documentation allows SIP only from the "
                "providers' address ranges; "
                "without the firewall scanners reach FreeSWITCH directly."),
            {u"ufw enable"_s}, {}, {}});
        for (int t = 0; t < m_in.targets.size(); ++t) {
            for (const CoverageService &service : m_in.targets.at(t).services) {
                ServiceCoverage sc;
                sc.target = t;
                sc.service = service;
                sc.status = CoverageStatus::Covered;
                sc.allowedByDefault = true;
                m_out.services.append(sc);
            }
        }
        return;
    }

    UfwEvaluator evaluator(ufw, m_in.localAddresses);
    bool ipv6Targets = false;
    QStringList ipv6Providers; // names from the catalog, for the why
    for (int t = 0; t < m_in.targets.size(); ++t) {
        const CoverageTarget &target = m_in.targets.at(t);
        const bool v6 = Cidr::family(target.range) == AddressFamily::IPv6;
        ipv6Targets = ipv6Targets || v6;
        if (v6 && !target.providerName.isEmpty() && !ipv6Providers.contains(target.providerName))
            ipv6Providers.append(target.providerName);
        const QList<ServiceCoverage> results = evaluator.evaluate(target.range, target.services);
        for (qsizetype s = 0; s < results.size(); ++s) {
            const CoverageService &service = target.services.at(s);
            ServiceCoverage sc = results.at(s);
            sc.target = t;
            if (v6 && !ufw.ipv6Enabled) {
                // ufw-init drops all IPv6 when IPV6=no; the rules only say what would allow it.
                sc.ipv6Disabled = true;
                sc.status = CoverageStatus::NotCovered;
                sc.allowedByDefault = false;
                const QStringList ruleFixes = sc.fixes;
                sc.fixes = QStringList {u"sed -i 's/^IPV6=.*/IPV6=yes/' /etc/default/ufw"_s,
                               u"ufw reload"_s}
                    + ruleFixes;
                sc.gaps = {{target.range, service.ports, -1, -1}};
            }
            m_out.services.append(sc);
        }
    }
    for (const ServiceCoverage &sc : std::as_const(m_out.services))
        serviceFinding(sc);

    if (ufw.defaultIncoming == UfwAction::Allow) {
        add({u"XY-UFW-DEFAULT-ALLOW"_s, FindingSeverity::Error, u"ufw"_s,
            QCoreApplication::translate("xynap::coverage",
                "UFW's default incoming policy is allow: every port that "
                "no rule denies is open to everyone."),
            QCoreApplication::translate("xynap::coverage",
                "The provider documentation allows SIP only from the "
                "providers' address ranges; "
                "with a default of allow the allow rules change nothing "
                "and SIP is open to scanners."),
            {u"ufw default deny incoming"_s}, {}, {}});
    }

    QList<int> ipv6Rules;
    for (int i = 0; i < ufw.rules.size(); ++i) {
        if (ufw.rules.at(i).family == AddressFamily::IPv6)
            ipv6Rules.append(i);
    }
    if (!ufw.ipv6Enabled && !ipv6Rules.isEmpty()) {
        add({u"XY-UFW-IPV6-RULES-IGNORED"_s,
            ipv6Targets ? FindingSeverity::Error : FindingSeverity::Warning, u"ufw"_s,
            QCoreApplication::translate("xynap::coverage",
                "UFW's IPv6 support is off (IPV6=no): %n IPv6 rule(s) are "
                "not loaded and all IPv6 traffic is dropped.",
                nullptr, int(ipv6Rules.size())),
            ipv6Providers.isEmpty()
                ? QCoreApplication::translate("xynap::coverage",
                    "With IPV6=no ufw-init sets every ip6tables chain to DROP and reads no "
                    "user6.rules.")
                : QCoreApplication::translate("xynap::coverage",
                    "%1 must reach the switch over IPv6. With "
                    "IPV6=no ufw-init sets every ip6tables chain to DROP and reads no "
                    "user6.rules.")
                      .arg(ipv6Providers.join(u", "_s)),
            {u"sed -i 's/^IPV6=.*/IPV6=yes/' /etc/default/ufw"_s, u"ufw reload"_s}, ipv6Rules, {}});
    }

    openings(evaluator);
    rtpRanges(evaluator);
}

void Analysis::serviceFinding(const ServiceCoverage &sc)
{
    if (sc.status == CoverageStatus::Covered)
        return;
    const UfwConfiguration &ufw = *m_in.ufw;
    const CoverageTarget &target = m_in.targets.at(sc.target);
    if (target.isProxy) {
        // A proxy inside a range that already reports the same gap adds nothing.
        bool redundant = !sc.gaps.isEmpty();
        for (const UfwGap &gap : sc.gaps) {
            bool inRange = false;
            for (const ServiceCoverage &other : std::as_const(m_out.services)) {
                if (other.service.id != sc.service.id || m_in.targets.at(other.target).isProxy)
                    continue;
                if (gapContained(gap, other.gaps)) {
                    inRange = true;
                    break;
                }
            }
            redundant = redundant && inRange;
        }
        if (redundant)
            return;
    }

    CoverageFinding f;
    f.severity = FindingSeverity::Error;
    f.subject = target.label + u' ' + sc.service.id;
    f.provider = target.provider;
    f.fixes = sc.fixes;
    const QString service = sc.service.display();
    const QString where = targetText(target);
    f.why = sc.service.id == u"rtp" ? QCoreApplication::translate("xynap::coverage",
                "Media arrives on FreeSWITCH's RTP ports; when UFW "
                "drops it the call connects but stays silent.")
                                    : QCoreApplication::translate("xynap::coverage",
                                        "The provider sends its SIP requests from these "
                                        "addresses; UFW drops what no rule allows, "
                                        "so inbound calls (and for a registering trunk the "
                                        "registration) fail. "
                                        "The provider documentation allows exactly these "
                                        "ranges.");
    QStringList gaps;
    for (const UfwGap &gap : sc.gaps)
        gaps.append(gapText(gap, sc.service));

    const UfwGap *shadowed = nullptr;
    for (const UfwGap &gap : sc.gaps) {
        if (gap.shadowedRule >= 0 && sc.status == CoverageStatus::ShadowedByDeny) {
            shadowed = &gap;
            break;
        }
    }
    if (sc.ipv6Disabled) {
        f.id = u"XY-UFW-RANGE-NOT-COVERED"_s;
        f.message = QCoreApplication::translate("xynap::coverage",
            "UFW does not allow %1 from %2: its IPv6 support "
            "is off (IPV6=no), so it drops all IPv6 traffic.")
                        .arg(service, where);
        f.rules = sc.coveringRules;
    } else if (shadowed) {
        f.id = u"XY-UFW-RANGE-SHADOWED"_s;
        f.message
            = QCoreApplication::translate("xynap::coverage",
                "UFW rule %1 (%2) matches %3 from %4 before rule "
                "%5 (%6) can allow it.")
                  .arg(ruleName(ufw, shadowed->blockingRule), ruleText(ufw, shadowed->blockingRule),
                      service, where, ruleName(ufw, shadowed->shadowedRule),
                      ruleText(ufw, shadowed->shadowedRule));
        f.why = QCoreApplication::translate("xynap::coverage",
            "ufw applies the first rule that matches: a deny or "
            "reject placed before an allow wins, "
            "and the allow never takes effect.");
        f.rules = {shadowed->blockingRule, shadowed->shadowedRule};
    } else if (sc.status == CoverageStatus::PartlyCovered) {
        f.id = u"XY-UFW-RANGE-PARTLY-COVERED"_s;
        f.message = QCoreApplication::translate("xynap::coverage",
            "UFW allows %1 from %2 only in part; not allowed: "
            "%3.")
                        .arg(service, where, gaps.join(u", "_s));
        f.rules = sc.coveringRules;
    } else {
        f.id = u"XY-UFW-RANGE-NOT-COVERED"_s;
        f.message = QCoreApplication::translate("xynap::coverage", "UFW does not allow %1 from %2.")
                        .arg(service, where);
        for (const UfwGap &gap : sc.gaps) {
            if (gap.blockingRule >= 0 && !f.rules.contains(gap.blockingRule))
                f.rules.append(gap.blockingRule);
        }
    }
    addFixes(m_out.ufwFixes, f.fixes);
    add(f);
}

void Analysis::openings(const UfwEvaluator &evaluator)
{
    const UfwConfiguration &ufw = *m_in.ufw;

    // SIP from anywhere.
    PortSet sipPorts = PortSet::fromRanges({{5060, 5061}});
    for (const SofiaProfile &profile : m_in.profiles) {
        if (profile.sipPort > 0)
            sipPorts = sipPorts.united(PortSet::single(profile.sipPort));
        if (profile.tlsSipPort > 0)
            sipPorts = sipPorts.united(PortSet::single(profile.tlsSipPort));
    }
    std::map<int, QStringList> sipByRule;
    for (const UfwProtocol protocol : {UfwProtocol::Udp, UfwProtocol::Tcp}) {
        for (const Opening &o : openingsToAnyone(ufw, evaluator, protocol, sipPorts)) {
            const QString text
                = o.ports.toUfwString() + (protocol == UfwProtocol::Udp ? u"/udp"_s : u"/tcp"_s);
            if (!sipByRule[o.rule].contains(text))
                sipByRule[o.rule].append(text);
        }
    }
    for (const auto &[rule, ports] : sipByRule) {
        add({u"XY-UFW-SIP-OPEN-TO-ANY"_s, FindingSeverity::Error, ruleText(ufw, rule),
            QCoreApplication::translate(
                "xynap::coverage", "UFW rule %1 (%2) opens SIP port %3 to every address.")
                .arg(ruleName(ufw, rule), ruleText(ufw, rule), ports.join(u", "_s)),
            QCoreApplication::translate("xynap::coverage",
                "Only the providers' address ranges may reach SIP "
                "(provider documentation). "
                "An open SIP port is found by scanners within minutes; "
                "registration attempts, "
                "password guessing and toll fraud follow."),
            {deleteCommand(ufw.rules.at(rule))}, {rule}, {}});
    }

    // WebRTC from anywhere: documented as intended.
    PortSet wssPorts = PortSet::single(7443);
    for (const SofiaProfile &profile : m_in.profiles) {
        const qsizetype colon = profile.wssBinding.lastIndexOf(u':');
        bool ok = false;
        const int port = colon >= 0 ? profile.wssBinding.mid(colon + 1).toInt(&ok) : 0;
        if (ok && port > 0)
            wssPorts = wssPorts.united(PortSet::single(port));
    }
    for (const Opening &o : openingsToAnyone(ufw, evaluator, UfwProtocol::Tcp, wssPorts)) {
        add({u"XY-UFW-WSS-OPEN-TO-ANY"_s, FindingSeverity::Info, ruleText(ufw, o.rule),
            QCoreApplication::translate("xynap::coverage",
                "UFW rule %1 (%2) opens the WebRTC port %3/tcp to every "
                "address, as documented.")
                .arg(ruleName(ufw, o.rule), ruleText(ufw, o.rule), o.ports.toUfwString()),
            QCoreApplication::translate("xynap::coverage",
                "Browsers connect from anywhere; the provider "
                "documentation keeps this port open on purpose "
                "because it is secured by TLS through Traefik."),
            {}, {o.rule}, {}});
    }

    // RTP from anywhere: documented as intended.
    PortSet rtpPorts;
    for (const SofiaProfile &profile : m_in.profiles) {
        if (profile.rtpStartPort > 0 && profile.rtpEndPort >= profile.rtpStartPort)
            rtpPorts = rtpPorts.united(PortSet::range(profile.rtpStartPort, profile.rtpEndPort));
    }
    for (const CoverageTarget &target : m_in.targets) {
        for (const CoverageService &service : target.services) {
            if (service.id == u"rtp")
                rtpPorts = rtpPorts.united(service.ports);
        }
    }
    // Port ranges opened to everyone count as media too (the documentation's 10000:10060).
    const QList<Opening> udpOpen
        = openingsToAnyone(ufw, evaluator, UfwProtocol::Udp, PortSet::any());
    for (const Opening &o : udpOpen) {
        if (o.ports.portCount() > 1)
            rtpPorts = rtpPorts.united(o.ports.subtracted(sipPorts));
    }
    rtpPorts = rtpPorts.subtracted(sipPorts);
    QList<int> rtpRules;
    PortSet rtpOpen;
    for (const Opening &o : udpOpen) {
        const PortSet hit = o.ports.intersected(rtpPorts);
        if (hit.isEmpty())
            continue;
        rtpRules.append(o.rule);
        rtpOpen = rtpOpen.united(hit);
    }
    if (!rtpRules.isEmpty()) {
        QStringList names;
        for (const int rule : std::as_const(rtpRules))
            names.append(ruleName(ufw, rule));
        add({u"XY-UFW-RTP-OPEN-TO-ANY"_s, FindingSeverity::Info, u"ufw"_s,
            QCoreApplication::translate("xynap::coverage",
                "UFW opens the RTP ports %1/udp to every address (rules "
                "%2), as documented.")
                .arg(rtpOpen.toUfwString(), names.join(u", "_s)),
            QCoreApplication::translate("xynap::coverage",
                "Media comes from addresses and ports negotiated per "
                "call, so the provider documentation "
                "opens the RTP ports to all; FreeSWITCH only accepts "
                "media for calls it set up."),
            {}, rtpRules, {}});
    }
}

void Analysis::rtpRanges(const UfwEvaluator &evaluator)
{
    if (m_in.profiles.isEmpty())
        return;
    const UfwConfiguration &ufw = *m_in.ufw;

    // Every UDP port some rule opens for someone.
    QList<PortRange> openedRanges;
    for (int i = 0; i < ufw.rules.size(); ++i) {
        const UfwRule &rule = ufw.rules.at(i);
        if (evaluator.isUsable(i) && rule.allows() && rule.carries(UfwProtocol::Udp))
            openedRanges += rule.destinationPorts.ranges();
    }
    const PortSet opened = PortSet::fromRanges(openedRanges);
    PortSet profilePorts;
    QStringList reported;
    for (const SofiaProfile &profile : m_in.profiles) {
        if (profile.rtpStartPort <= 0 || profile.rtpEndPort < profile.rtpStartPort)
            continue;
        const PortSet rtp = PortSet::range(profile.rtpStartPort, profile.rtpEndPort);
        profilePorts = profilePorts.united(rtp);
        const PortSet missing = rtp.subtracted(opened);
        if (missing.isEmpty() || reported.contains(rtp.toUfwString()))
            continue;
        reported.append(rtp.toUfwString());
        const PortSet open = rtp.intersected(opened);
        add({u"XY-UFW-RTP-RANGE-TOO-NARROW"_s, FindingSeverity::Warning, profile.name,
            QCoreApplication::translate("xynap::coverage",
                "Profile %1 uses RTP ports %2, but UFW opens only %3 of "
                "them.")
                .arg(profile.name, rtp.toUfwString(),
                    open.isEmpty() ? QCoreApplication::translate("xynap::coverage", "none")
                                   : open.toUfwString()),
            QCoreApplication::translate("xynap::coverage",
                "FreeSWITCH picks each call's port anywhere in "
                "rtp-start-port..rtp-end-port; a call that "
                "gets a port UFW drops connects without audio until "
                "FreeSWITCH sends first."),
            {u"ufw allow "_s + missing.toUfwString() + u"/udp"_s}, {}, {}});
    }

    // Port ranges opened to everyone that no profile uses for RTP.
    PortSet used = profilePorts.united(PortSet::fromRanges({{5060, 5061}, {7443, 7443}}));
    for (const Opening &o : openingsToAnyone(ufw, evaluator, UfwProtocol::Udp, PortSet::any())) {
        if (o.ports.portCount() <= 1 || o.ports.isAny() || o.ports.intersects(used))
            continue;
        add({u"XY-UFW-RTP-RANGE-UNUSED"_s, FindingSeverity::Info, ruleText(ufw, o.rule),
            QCoreApplication::translate("xynap::coverage",
                "UFW rule %1 (%2) opens %3/udp to every address, but no "
                "profile uses these ports for RTP "
                "(the profiles use %4).")
                .arg(ruleName(ufw, o.rule), ruleText(ufw, o.rule), o.ports.toUfwString(),
                    profilePorts.toUfwString()),
            QCoreApplication::translate("xynap::coverage",
                "An open range nobody listens on does no harm by itself, "
                "but it shows that the firewall "
                "and FreeSWITCH's RTP port range have drifted apart."),
            {deleteCommand(ufw.rules.at(o.rule))}, {o.rule}, {}});
    }
}

CoverageReport CoverageAnalyzer::analyze(const CoverageInput &input)
{
    CoverageReport report;
    Analysis analysis(input, report);
    if (input.ufw)
        analysis.ufw();
    if (input.acl)
        analysis.acl();
    return report;
}

} // namespace xynap::coverage
