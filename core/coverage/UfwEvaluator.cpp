#include "coverage/UfwEvaluator.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

int slotOf(AddressFamily family)
{
    return family == AddressFamily::IPv6 ? 1 : 0;
}

// Merges blocks that together make up their parent block, until none do.
QList<Subnet> mergeSiblings(QList<Subnet> blocks)
{
    bool changed = true;
    while (changed && blocks.size() > 1) {
        changed = false;
        for (qsizetype i = 0; i < blocks.size() && !changed; ++i) {
            if (blocks.at(i).second == 0)
                continue;
            const Subnet parent = Cidr::parent(blocks.at(i));
            const auto [lower, upper] = Cidr::halves(parent);
            const Subnet sibling = blocks.at(i) == lower ? upper : lower;
            const qsizetype j = blocks.indexOf(sibling);
            if (j < 0)
                continue;
            const qsizetype first = std::min(i, j);
            blocks.removeAt(std::max(i, j));
            blocks[first] = parent;
            changed = true;
        }
    }
    return blocks;
}

} // namespace

UfwEvaluator::UfwEvaluator(const UfwConfiguration &ufw, const QList<QHostAddress> &localAddresses)
    : m_ufw(ufw)
{
    m_rules.reserve(ufw.rules.size());
    for (const UfwRule &rule : ufw.rules) {
        Compiled c;
        c.allows = rule.allows();
        c.limit = rule.action == UfwAction::Limit;
        c.protocol = rule.protocol;
        c.ports = rule.destinationPorts;
        c.source = rule.source;
        c.v4 = rule.appliesTo(AddressFamily::IPv4);
        c.v6 = rule.appliesTo(AddressFamily::IPv6);
        bool destinationIsUs = true;
        if (rule.destination && !localAddresses.isEmpty()) {
            destinationIsUs = std::any_of(
                localAddresses.begin(), localAddresses.end(), [&](const QHostAddress &a) {
                    return Cidr::contains(*rule.destination, Cidr::host(a));
                });
        }
        c.usable = rule.direction == UfwDirection::In && !rule.routed && rule.portsKnown
            && rule.sourcePorts.isAny() && rule.protocol != UfwProtocol::Other && destinationIsUs;
        m_rules.append(c);
    }
    for (int i = 0; i < m_rules.size(); ++i) {
        const Compiled &c = m_rules.at(i);
        if (!c.usable)
            continue;
        if (c.source) {
            m_sources.add(*c.source, i);
            continue;
        }
        if (c.v4)
            m_anySource[0].append(i);
        if (c.v6)
            m_anySource[1].append(i);
    }
}

QList<int> UfwEvaluator::candidates(const Subnet &range)
{
    QList<int> out = m_anySource[slotOf(Cidr::family(range))];
    QList<int> sourced = m_sources.overlapping(range);
    if (out.isEmpty())
        return sourced;
    out += sourced;
    std::sort(out.begin(), out.end());
    return out;
}

bool UfwEvaluator::matches(int rule, const CoverageService &service, const PortSet &ports) const
{
    const Compiled &c = m_rules.at(rule);
    return c.usable && (c.protocol == UfwProtocol::Any || c.protocol == service.protocol)
        && c.ports.intersects(ports);
}

void UfwEvaluator::walk(const Subnet &block, const PortSet &ports, const QList<int> &candidates,
    qsizetype from, const CoverageService &service, QList<Piece> &out) const
{
    for (qsizetype i = from; i < candidates.size(); ++i) {
        const int r = candidates.at(i);
        const Compiled &c = m_rules.at(r);
        if (!matches(r, service, ports))
            continue;
        if (c.source && !Cidr::overlaps(*c.source, block))
            continue;
        const PortSet hit = ports.intersected(c.ports);
        if (!c.source || Cidr::contains(*c.source, block)) {
            if (hit != ports)
                walk(block, ports.subtracted(hit), candidates, i + 1, service, out);
            out.append({block, hit, r});
            return;
        }
        // The rule holds only part of the block: decide each half on its own, with the rules
        // from here on that overlap it.
        const auto [lower, upper] = Cidr::halves(block);
        QList<int> lowerCandidates;
        QList<int> upperCandidates;
        for (qsizetype j = i; j < candidates.size(); ++j) {
            const Compiled &o = m_rules.at(candidates.at(j));
            if (!o.source || Cidr::overlaps(*o.source, lower))
                lowerCandidates.append(candidates.at(j));
            if (!o.source || Cidr::overlaps(*o.source, upper))
                upperCandidates.append(candidates.at(j));
        }
        walk(lower, ports, lowerCandidates, 0, service, out);
        walk(upper, ports, upperCandidates, 0, service, out);
        return;
    }
    out.append({block, ports, -1});
}

QString UfwEvaluator::insertPosition(int rule) const
{
    const int number = m_ufw.rules.at(rule).number;
    return QString::number(number > 0 ? number : rule + 1);
}

ServiceCoverage UfwEvaluator::evaluate(const Subnet &range, const CoverageService &service)
{
    return evaluate(range, service, candidates(range));
}

QList<ServiceCoverage> UfwEvaluator::evaluate(
    const Subnet &range, const QList<CoverageService> &services)
{
    const QList<int> cands = candidates(range);
    QList<ServiceCoverage> out;
    for (const CoverageService &service : services)
        out.append(evaluate(range, service, cands));
    return out;
}

ServiceCoverage UfwEvaluator::evaluate(
    const Subnet &range, const CoverageService &service, const QList<int> &cands) const
{
    ServiceCoverage result;
    result.service = service;
    QList<Piece> pieces;
    walk(range, service.ports, cands, 0, service, pieces);

    bool anyAllowed = false;
    bool anyShadowed = false;
    QList<UfwGap> gaps;
    for (const Piece &piece : std::as_const(pieces)) {
        if (piece.rule >= 0 && m_rules.at(piece.rule).allows) {
            anyAllowed = true;
            if (!result.coveringRules.contains(piece.rule))
                result.coveringRules.append(piece.rule);
            result.rateLimited = result.rateLimited || m_rules.at(piece.rule).limit;
            continue;
        }
        if (piece.rule < 0 && m_ufw.defaultIncoming == UfwAction::Allow) {
            anyAllowed = true;
            result.allowedByDefault = true;
            continue;
        }
        UfwGap gap {piece.block, piece.ports, piece.rule, -1};
        if (piece.rule >= 0) {
            for (const int later : cands) {
                if (later <= piece.rule || !m_rules.at(later).allows
                    || !matches(later, service, piece.ports))
                    continue;
                const std::optional<Subnet> &source = m_rules.at(later).source;
                if (!source || Cidr::overlaps(*source, piece.block)) {
                    gap.shadowedRule = later;
                    anyShadowed = true;
                    break;
                }
            }
        }
        gaps.append(gap);
    }
    std::sort(result.coveringRules.begin(), result.coveringRules.end());

    if (gaps.isEmpty())
        result.status = CoverageStatus::Covered;
    else if (anyShadowed)
        result.status = CoverageStatus::ShadowedByDeny;
    else if (anyAllowed)
        result.status = CoverageStatus::PartlyCovered;
    else
        result.status = CoverageStatus::NotCovered;

    // Merge the gaps per (ports, blocking rule) so the fixes name as few blocks as possible.
    while (!gaps.isEmpty()) {
        const UfwGap first = gaps.first();
        QList<Subnet> blocks;
        int shadowed = -1;
        for (qsizetype i = 0; i < gaps.size();) {
            if (gaps.at(i).ports == first.ports && gaps.at(i).blockingRule == first.blockingRule) {
                blocks.append(gaps.at(i).block);
                if (shadowed < 0)
                    shadowed = gaps.at(i).shadowedRule;
                gaps.removeAt(i);
            } else {
                ++i;
            }
        }
        for (const Subnet &block : mergeSiblings(blocks))
            result.gaps.append({block, first.ports, first.blockingRule, shadowed});
    }
    for (const UfwGap &gap : std::as_const(result.gaps)) {
        // Behind a deny the new rule must come before it; otherwise appending is enough.
        const QString verb = gap.blockingRule >= 0
            ? u"ufw insert "_s + insertPosition(gap.blockingRule) + u" allow"_s
            : u"ufw allow"_s;
        result.fixes.append(verb + u" from "_s + Cidr::toHostOrCidr(gap.block) + u" to any port "_s
            + gap.ports.toUfwString() + u" proto "_s + service.protocolName());
    }
    return result;
}

} // namespace xynap::coverage
