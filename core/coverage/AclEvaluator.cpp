#include "coverage/AclEvaluator.h"

using namespace Qt::StringLiterals;

namespace xynap::coverage {

namespace {

void walk(
    const AclList &list, const Subnet &block, const QList<int> &nodes, QList<AclDecision> &out)
{
    int best = -1;
    bool inside = false;
    for (const int n : nodes) {
        const Subnet &subnet = *list.nodes.at(n).subnet;
        if (Cidr::contains(subnet, block)) {
            if (best < 0 || subnet.second > list.nodes.at(best).subnet->second)
                best = n;
        } else if (Cidr::contains(block, subnet)) {
            inside = true;
        }
    }
    if (inside) {
        const auto [lower, upper] = Cidr::halves(block);
        QList<int> lowerNodes;
        QList<int> upperNodes;
        for (const int n : nodes) {
            if (Cidr::overlaps(*list.nodes.at(n).subnet, lower))
                lowerNodes.append(n);
            if (Cidr::overlaps(*list.nodes.at(n).subnet, upper))
                upperNodes.append(n);
        }
        walk(list, lower, lowerNodes, out);
        walk(list, upper, upperNodes, out);
        return;
    }
    AclDecision d;
    d.block = block;
    d.node = best;
    d.allowed
        = (best >= 0 ? list.nodes.at(best).type : list.effectiveDefault()) == AclPolicy::Allow;
    d.portRestricted = best >= 0 && list.nodes.at(best).portRestricted();
    out.append(d);
}

QList<AclDecision> merge(QList<AclDecision> decisions)
{
    bool changed = true;
    while (changed && decisions.size() > 1) {
        changed = false;
        for (qsizetype i = 0; i < decisions.size() && !changed; ++i) {
            const AclDecision &a = decisions.at(i);
            if (a.block.second == 0)
                continue;
            const Subnet parent = Cidr::parent(a.block);
            const auto [lower, upper] = Cidr::halves(parent);
            const Subnet sibling = a.block == lower ? upper : lower;
            for (qsizetype j = 0; j < decisions.size(); ++j) {
                const AclDecision &b = decisions.at(j);
                if (b.block == sibling && b.allowed == a.allowed && b.node == a.node
                    && b.portRestricted == a.portRestricted) {
                    AclDecision merged = a;
                    merged.block = parent;
                    const qsizetype first = std::min(i, j);
                    decisions.removeAt(std::max(i, j));
                    decisions[first] = merged;
                    changed = true;
                    break;
                }
            }
        }
    }
    return decisions;
}

} // namespace

AclEvaluator::AclEvaluator(const AclList &list)
    : m_list(list)
{
    for (int n = 0; n < m_list.nodes.size(); ++n) {
        if (m_list.nodes.at(n).subnet)
            m_nodes.add(*m_list.nodes.at(n).subnet, n);
        else
            ++m_domainNodes;
    }
}

AclCoverage AclEvaluator::evaluate(const AclList &list, const Subnet &range)
{
    return AclEvaluator(list).evaluate(range);
}

AclCoverage AclEvaluator::evaluate(const Subnet &range)
{
    AclCoverage result;
    result.listName = m_list.name;
    result.unresolvedDomainNodes = m_domainNodes;
    QList<AclDecision> decisions;
    walk(m_list, range, m_nodes.overlapping(range), decisions);
    result.decisions = merge(decisions);

    bool allAllowed = true;
    bool anyAllowed = false;
    for (const AclDecision &d : std::as_const(result.decisions)) {
        const bool fully = d.allowed && !d.portRestricted;
        allAllowed = allAllowed && fully;
        anyAllowed = anyAllowed || d.allowed;
        if (!d.allowed) {
            result.fixes.append(
                u"<node type=\"allow\" cidr=\""_s + Cidr::toString(d.block) + u"\"/>"_s);
        }
    }
    result.status = allAllowed ? AclStatus::Allowed
        : anyAllowed           ? AclStatus::PartlyAllowed
                               : AclStatus::Denied;
    return result;
}

std::pair<bool, int> AclEvaluator::decide(const AclList &list, const QHostAddress &address)
{
    const AclCoverage c = evaluate(list, Cidr::host(address));
    if (c.decisions.isEmpty())
        return {list.effectiveDefault() == AclPolicy::Allow, -1};
    return {c.decisions.first().allowed, c.decisions.first().node};
}

} // namespace xynap::coverage
