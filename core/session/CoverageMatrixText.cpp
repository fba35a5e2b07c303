// CoverageMatrixModel, its words: what each cell means, why, and the exact fix lines.
#include "coverage/UfwRenderer.h"
#include "session/CoverageMatrixModel_p.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;
using namespace matrix;

QString CoverageMatrixModel::symbol(CellState state)
{
    switch (state) {
    case CellState::Covered:
        return u"✔"_s;
    case CellState::Partly:
        return u"◐"_s;
    case CellState::Shadowed:
        return u"⛔"_s;
    case CellState::NotCovered:
        return u"✖"_s;
    case CellState::NotNeeded:
        return u"–"_s;
    case CellState::Unknown:
        break;
    }
    return u"?"_s;
}

QString CoverageMatrixModel::stateText(CellState state)
{
    switch (state) {
    case CellState::Covered:
        return tr("covered");
    case CellState::Partly:
        return tr("partly");
    case CellState::Shadowed:
        return tr("shadowed by deny");
    case CellState::NotCovered:
        return tr("not covered");
    case CellState::NotNeeded:
        return tr("not needed");
    case CellState::Unknown:
        break;
    }
    return tr("not loaded");
}

QString CoverageMatrixModel::ruleDescription(int rule) const
{
    if (!m_input.ufw || rule < 0 || rule >= m_input.ufw->rules.size())
        return tr("the default policy");
    const UfwRule &r = m_input.ufw->rules.at(rule);
    const int number = r.number > 0 ? r.number : rule + 1;
    if (r.line > 0)
        return tr("rule %1 (line %2): %3")
            .arg(QString::number(number), QString::number(r.line), UfwRenderer::command(r));
    return tr("rule %1: %2").arg(QString::number(number), UfwRenderer::command(r));
}

QString CoverageMatrixModel::nodeDescription(const AclList &list, int node) const
{
    if (node < 0 || node >= list.nodes.size()) {
        return list.effectiveDefault() == AclPolicy::Allow ? tr("the list's default (allow)")
                                                           : tr("the list's default (deny)");
    }
    const AclNode &n = list.nodes.at(node);
    QString xml = u"<node type=\""_s + (n.type == AclPolicy::Allow ? u"allow"_s : u"deny"_s) + u'"';
    if (!n.domain.isEmpty())
        xml += u" domain=\""_s + n.domain + u'"';
    else
        xml += u" cidr=\""_s + n.written + u'"';
    if (n.portRestricted())
        xml += u" ports=\""_s + n.ports.toUfwString() + u'"';
    xml += u"/>"_s;
    return tr("line %1: %2").arg(QString::number(n.line), xml);
}

QString CoverageMatrixModel::targetTitle(int row) const
{
    const CoverageTarget &target = m_input.targets.at(row);
    const ProviderSpec *spec = m_catalog.find(target.provider);
    const QString provider = spec ? spec->name : target.provider;
    return provider.isEmpty() ? target.label : u"%1 (%2)"_s.arg(target.label, provider);
}

QString CoverageMatrixModel::ufwDetail(int row, const ServiceCoverage &sc) const
{
    Q_UNUSED(row);
    QStringList lines;
    if (sc.ipv6Disabled)
        lines.append(tr("UFW's IPv6 support is off (IPV6=no): it drops all IPv6 traffic, whatever "
                        "the rules say."));
    if (sc.allowedByDefault)
        lines.append(tr("Let through because UFW is inactive or its default incoming policy is "
                        "allow — not by a rule."));
    if (!sc.coveringRules.isEmpty()) {
        lines.append(tr("Allowed by:"));
        for (const int rule : sc.coveringRules)
            lines.append(u"  "_s + ruleDescription(rule));
    } else if (!sc.allowedByDefault) {
        lines.append(tr("No rule allows it."));
    }
    if (sc.rateLimited)
        lines.append(tr("A limit rule allows part of it: ufw blocks a source that opens 6 or more "
                        "connections within 30 seconds."));
    if (sc.gaps.isEmpty()) {
        lines.append(tr("Gaps: none."));
    } else {
        lines.append(tr("Gaps (not let through):"));
        const QString policy
            = ufwActionName(m_input.ufw ? m_input.ufw->defaultIncoming : UfwAction::Deny);
        for (const UfwGap &gap : sc.gaps) {
            QString why;
            if (sc.ipv6Disabled)
                why = tr("IPv6 is off");
            else if (gap.shadowedRule >= 0 && gap.blockingRule >= 0)
                why = tr("%1 matches first and hides %2")
                          .arg(
                              ruleDescription(gap.blockingRule), ruleDescription(gap.shadowedRule));
            else if (gap.blockingRule >= 0)
                why = tr("decided by %1").arg(ruleDescription(gap.blockingRule));
            else
                why = tr("no rule matches: the default policy (%1) decides").arg(policy);
            lines.append(u"  "_s + gapText(gap, sc.service) + u" — "_s + why);
        }
    }
    return lines.join(u'\n');
}

QString CoverageMatrixModel::aclDetail(int row, const AclCoverage &ac) const
{
    Q_UNUSED(row);
    QStringList lines;
    const AclList *list = aclList();
    if (ac.status == AclStatus::ListMissing || !list) {
        lines.append(tr("The ACL list '%1' does not exist, so FreeSWITCH does not let this block "
                        "in without a challenge.")
                         .arg(m_input.aclListName));
        return lines.join(u'\n');
    }
    lines.append(list->effectiveDefault() == AclPolicy::Allow
            ? tr("List '%1' (line %2, default allow), decided per block:")
                  .arg(list->name, QString::number(list->line))
            : tr("List '%1' (line %2, default deny), decided per block:")
                  .arg(list->name, QString::number(list->line)));
    for (const AclDecision &d : ac.decisions) {
        QString text = d.allowed ? tr("allowed by %1").arg(nodeDescription(*list, d.node))
                                 : tr("denied by %1").arg(nodeDescription(*list, d.node));
        if (d.portRestricted)
            text += u" — "_s
                + tr("only from source ports %1").arg(list->nodes.at(d.node).ports.toUfwString());
        lines.append(u"  "_s + Cidr::toHostOrCidr(d.block) + u": "_s + text);
    }
    if (ac.unresolvedDomainNodes > 0)
        lines.append(
            tr("%n domain= node(s) not evaluated: their addresses come from the directory.",
                nullptr, ac.unresolvedDomainNodes));
    return lines.join(u'\n');
}

QString CoverageMatrixModel::detail(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size())
        return {};
    const CoverageTarget &target = m_input.targets.at(row);
    QStringList lines;
    if (column < SipUdp || column >= ColumnCount) {
        lines.append(targetTitle(row));
        lines.append(target.isProxy
                ? tr("A single address the provider's trunk uses.")
                : tr("An address range of the provider (%n address(es)).", nullptr,
                    int(std::min<double>(
                        std::ldexp(
                            1.0, Cidr::maxPrefix(Cidr::family(target.range)) - target.range.second),
                        1e9))));
        for (int c = SipUdp; c < ColumnCount; ++c) {
            const CellState s = state(row, c);
            lines.append(u"  "_s + headerData(c, Qt::Horizontal).toString() + u": "_s + symbol(s)
                + u' ' + stateText(s));
        }
        return lines.join(u'\n');
    }
    const CellState s = state(row, column);
    const QString what = column == Acl
        ? headerData(Acl, Qt::Horizontal).toString()
        : (serviceOf(target, serviceId(column)) ? serviceOf(target, serviceId(column))->display()
                                                : headerData(column, Qt::Horizontal).toString());
    lines.append(u"%1 — %2"_s.arg(targetTitle(row), what));
    lines.append(symbol(s) + u' ' + stateText(s));
    if (s == CellState::NotNeeded) {
        lines.append(column == Acl
                ? tr("The provider sends no SIP from this block; the ACL does not matter for it.")
                : tr("The provider does not use this service from this block; no rule is needed."));
        return lines.join(u'\n');
    }
    if (column == Acl) {
        const AclCoverage *ac = m_report.aclFor(row);
        if (!m_input.acl || !ac) {
            lines.append(
                tr("No ACL loaded: open acl.conf.xml, paste it, or load it from FreeSWITCH."));
            return lines.join(u'\n');
        }
        lines.append(aclDetail(row, *ac));
    } else {
        const ServiceCoverage *sc = m_report.service(row, serviceId(column));
        if (!m_input.ufw || !sc) {
            lines.append(tr(
                "No UFW rules loaded: open a file, paste them, or load them from the platform."));
            return lines.join(u'\n');
        }
        lines.append(ufwDetail(row, *sc));
    }
    const QStringList fix = fixes(row, column);
    if (!fix.isEmpty()) {
        lines.append(tr("Fix:"));
        for (const QString &f : fix)
            lines.append(u"  "_s + f);
    }
    return lines.join(u'\n');
}

QStringList CoverageMatrixModel::fixes(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size())
        return {};
    if (column < SipUdp || column >= ColumnCount) {
        QStringList all;
        for (int c = SipUdp; c < ColumnCount; ++c) {
            for (const QString &f : fixes(row, c)) {
                if (!all.contains(f))
                    all.append(f);
            }
        }
        return all;
    }
    if (column == Acl) {
        const AclCoverage *ac = m_report.aclFor(row);
        return ac && m_input.acl ? ac->fixes : QStringList();
    }
    const ServiceCoverage *sc = m_report.service(row, serviceId(column));
    return sc && m_input.ufw ? sc->fixes : QStringList();
}

QString CoverageMatrixModel::suggestedFix() const
{
    QStringList ufw;
    QStringList acl;
    for (const CoverageFinding &f : m_report.findings) {
        if (f.severity == FindingSeverity::Info)
            continue;
        for (const QString &fix : f.fixes) {
            QStringList &to = fix.trimmed().startsWith(u'<') ? acl : ufw;
            if (!to.contains(fix))
                to.append(fix);
        }
    }
    if (ufw.isEmpty() && acl.isEmpty())
        return tr("# Nothing to fix: no warnings and no errors.");
    QStringList out;
    if (!ufw.isEmpty()) {
        out.append(tr("# UFW: run on the switch as root, then check with `ufw status numbered`."));
        out.append(tr("# The console never changes a firewall."));
        out += ufw;
    }
    if (!acl.isEmpty()) {
        if (!out.isEmpty())
            out.append(QString());
        out.append(tr("<!-- FreeSWITCH ACL: add to list \"%1\" in autoload_configs/acl.conf.xml, "
                      "then run `reloadacl`. -->")
                       .arg(m_input.aclListName));
        out += acl;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace xynap::session
