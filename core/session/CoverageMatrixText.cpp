#include "session/CoverageMatrixText.h"

#include "coverage/UfwRenderer.h"
#include "model/SipHost.h"

#include <QStringList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

using Column = CoverageMatrix::Column;

QString CoverageMatrixText::symbol(CellState state)
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

QString CoverageMatrixText::stateText(CellState state)
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

QString CoverageMatrixText::columnTitle(const CoverageMatrix &matrix, int column)
{
    switch (column) {
    case Column::Target:
        return tr("Range / address");
    case Column::Provider:
        return tr("Provider");
    case Column::SipUdp:
        return tr("SIP UDP 5060");
    case Column::SipTls:
        return tr("SIP TLS 5061");
    case Column::Rtp:
        return tr("RTP");
    case Column::Wss:
        return tr("WSS 7443");
    case Column::Acl:
        return tr("ACL %1").arg(matrix.input().aclListName);
    default:
        return {};
    }
}

QString CoverageMatrixText::columnToolTip(int column)
{
    switch (column) {
    case Column::SipUdp:
        return tr("UFW: SIP over UDP to port 5060");
    case Column::SipTls:
        return tr("UFW: SIP over TLS (TCP) to port 5061");
    case Column::Rtp:
        return tr("UFW: media (UDP) to the RTP ports of the provider's Sofia profile");
    case Column::Wss:
        return tr("UFW: WebRTC (secure WebSocket, TCP) to port 7443");
    case Column::Acl:
        return tr("FreeSWITCH: does the network list let this block in (apply-inbound-acl)?");
    default:
        return {};
    }
}

QString CoverageMatrixText::gapText(const UfwGap &gap, const CoverageService &service)
{
    return Cidr::toHostOrCidr(gap.block) + u" ("_s + gap.ports.toUfwString() + u'/'
        + service.protocolName() + u')';
}

QString CoverageMatrixText::ruleDescription(const CoverageMatrix &matrix, int rule)
{
    const auto &ufw = matrix.input().ufw;
    if (!ufw || rule < 0 || rule >= ufw->rules.size())
        return tr("the default policy");
    const UfwRule &r = ufw->rules.at(rule);
    const int number = r.number > 0 ? r.number : rule + 1;
    if (r.line > 0)
        return tr("rule %1 (line %2): %3")
            .arg(QString::number(number), QString::number(r.line), UfwRenderer::command(r));
    return tr("rule %1: %2").arg(QString::number(number), UfwRenderer::command(r));
}

QString CoverageMatrixText::nodeDescription(const AclList &list, int node)
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

QString CoverageMatrixText::targetTitle(const CoverageMatrix &matrix, int row)
{
    const CoverageTarget &target = matrix.input().targets.at(row);
    const QString provider = matrix.providerName(row);
    return provider.isEmpty() ? target.label : u"%1 (%2)"_s.arg(target.label, provider);
}

QString CoverageMatrixText::ufwDetail(const CoverageMatrix &matrix, const ServiceCoverage &sc)
{
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
            lines.append(u"  "_s + ruleDescription(matrix, rule));
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
        const auto &ufw = matrix.input().ufw;
        const QString policy = ufwActionName(ufw ? ufw->defaultIncoming : UfwAction::Deny);
        for (const UfwGap &gap : sc.gaps) {
            QString why;
            if (sc.ipv6Disabled)
                why = tr("IPv6 is off");
            else if (gap.shadowedRule >= 0 && gap.blockingRule >= 0)
                why = tr("%1 matches first and hides %2")
                          .arg(ruleDescription(matrix, gap.blockingRule),
                              ruleDescription(matrix, gap.shadowedRule));
            else if (gap.blockingRule >= 0)
                why = tr("decided by %1").arg(ruleDescription(matrix, gap.blockingRule));
            else
                why = tr("no rule matches: the default policy (%1) decides").arg(policy);
            lines.append(u"  "_s + gapText(gap, sc.service) + u" — "_s + why);
        }
    }
    return lines.join(u'\n');
}

QString CoverageMatrixText::aclDetail(const CoverageMatrix &matrix, const AclCoverage &ac)
{
    QStringList lines;
    const AclList *list = matrix.aclList();
    if (ac.status == AclStatus::ListMissing || !list) {
        lines.append(tr("The ACL list '%1' does not exist, so FreeSWITCH does not let this block "
                        "in without a challenge.")
                         .arg(matrix.input().aclListName));
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

QString CoverageMatrixText::detail(const CoverageMatrix &matrix, int row, int column)
{
    if (!matrix.hasRow(row))
        return {};
    const CoverageInput &input = matrix.input();
    const CoverageTarget &target = input.targets.at(row);
    QStringList lines;
    if (!CoverageMatrix::isCell(column)) {
        lines.append(targetTitle(matrix, row));
        lines.append(target.isProxy
                ? tr("A single address the provider's trunk uses.")
                : tr("An address range of the provider (%n address(es)).", nullptr,
                    int(std::min<double>(
                        std::ldexp(
                            1.0, Cidr::maxPrefix(Cidr::family(target.range)) - target.range.second),
                        1e9))));
        for (int c = Column::SipUdp; c < Column::ColumnCount; ++c) {
            const CellState s = matrix.state(row, c);
            lines.append(
                u"  "_s + columnTitle(matrix, c) + u": "_s + symbol(s) + u' ' + stateText(s));
        }
        return lines.join(u'\n');
    }
    const CellState s = matrix.state(row, column);
    const CoverageService *service
        = CoverageMatrix::serviceOf(target, CoverageMatrix::serviceId(column));
    const QString what
        = column != Column::Acl && service ? service->display() : columnTitle(matrix, column);
    lines.append(u"%1 — %2"_s.arg(targetTitle(matrix, row), what));
    lines.append(symbol(s) + u' ' + stateText(s));
    if (s == CellState::NotNeeded) {
        lines.append(column == Column::Acl
                ? tr("The provider sends no SIP from this block; the ACL does not matter for it.")
                : tr("The provider does not use this service from this block; no rule is needed."));
        return lines.join(u'\n');
    }
    if (column == Column::Acl) {
        const AclCoverage *ac = matrix.report().aclFor(row);
        if (!input.acl || !ac) {
            lines.append(
                tr("No ACL loaded: open acl.conf.xml, paste it, or load it from FreeSWITCH."));
            return lines.join(u'\n');
        }
        lines.append(aclDetail(matrix, *ac));
    } else {
        const ServiceCoverage *sc = matrix.report().service(row, CoverageMatrix::serviceId(column));
        if (!input.ufw || !sc) {
            lines.append(tr(
                "No UFW rules loaded: open a file, paste them, or load them from the platform."));
            return lines.join(u'\n');
        }
        lines.append(ufwDetail(matrix, *sc));
    }
    const QStringList fix = matrix.fixes(row, column);
    if (!fix.isEmpty()) {
        lines.append(tr("Fix:"));
        for (const QString &f : fix)
            lines.append(u"  "_s + f);
    }
    return lines.join(u'\n');
}

QString CoverageMatrixText::suggestedFix(const CoverageMatrix &matrix)
{
    QStringList ufw;
    QStringList acl;
    for (const CoverageFinding &f : matrix.report().findings) {
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
                       .arg(matrix.input().aclListName));
        out += acl;
    }
    return out.join(u'\n') + u'\n';
}

} // namespace xynap::session
