// CoverageAnalyzer, the ACL part: which provider ranges the sip-gateways list lets through, a
// list without default, an apply-inbound-acl naming a list that does not exist.
#include "coverage/CoverageAnalysis_p.h"

using namespace Qt::StringLiterals;

namespace xynap::coverage::analysis {

void Analysis::acl()
{
    const QList<AclList> &lists = *m_in.acl;
    auto find = [&lists](const QString &name) -> const AclList * {
        for (qsizetype i = lists.size() - 1; i >= 0; --i) {
            if (lists.at(i).name == name)
                return &lists.at(i);
        }
        return nullptr;
    };

    for (const AclList &list : lists) {
        if (list.defaultPolicy || find(list.name) != &list)
            continue;
        const bool matters = list.name == m_in.aclListName;
        add({u"XY-ACL-NO-DEFAULT"_s, matters ? FindingSeverity::Error : FindingSeverity::Warning,
            list.name,
            QCoreApplication::translate("xynap::coverage",
                "The ACL list '%1' has no default and therefore allows "
                "every address.")
                .arg(list.name),
            QCoreApplication::translate("xynap::coverage",
                "FreeSWITCH treats a list without default= as default "
                "allow: its allow nodes change "
                "nothing. The provider documentation requires "
                "sip-gateways with default deny."),
            {u"<list name=\""_s + list.name + u"\" default=\"deny\">"_s}, {}, {}});
        addFixes(m_out.aclFixes, {u"<list name=\""_s + list.name + u"\" default=\"deny\">"_s});
    }

    QStringList reportedProfiles;
    for (const SofiaProfile &profile : m_in.profiles) {
        const QString name = profile.applyInboundAcl.trimmed();
        if (name.isEmpty() || find(name) || isBuiltInAclList(name) || Cidr::parse(name))
            continue;
        add({u"XY-ACL-INBOUND-LIST-MISSING"_s, FindingSeverity::Error, profile.name,
            QCoreApplication::translate("xynap::coverage",
                "Profile %1 applies the inbound ACL '%2', which does not "
                "exist.")
                .arg(profile.name, name),
            QCoreApplication::translate("xynap::coverage",
                "FreeSWITCH then trusts no address on this profile: calls "
                "from Plusnet, which "
                "authenticates by source address only, are challenged and "
                "fail (403 with auth-calls=false)."),
            {}, {}, {}});
    }

    const AclList *list = find(m_in.aclListName);
    if (!list && isBuiltInAclList(m_in.aclListName))
        return; // FreeSWITCH's own list: nothing to check here
    if (!list) {
        QStringList fix {u"<list name=\""_s + m_in.aclListName + u"\" default=\"deny\">"_s};
        for (const CoverageTarget &target : m_in.targets) {
            if (!target.isProxy
                && std::any_of(target.services.begin(), target.services.end(),
                    [](const CoverageService &s) { return s.isSignalling(); }))
                fix.append(
                    u"  <node type=\"allow\" cidr=\""_s + Cidr::toString(target.range) + u"\"/>"_s);
        }
        fix.append(u"</list>"_s);
        add({u"XY-ACL-LIST-MISSING"_s, FindingSeverity::Error, m_in.aclListName,
            QCoreApplication::translate("xynap::coverage", "The ACL list '%1' does not exist.")
                .arg(m_in.aclListName),
            QCoreApplication::translate("xynap::coverage",
                "The provider documentation names the list sip-gateways "
                "(default deny) as the second "
                "protective layer behind UFW: only the providers' ranges "
                "may send SIP requests."),
            fix, {}, {}});
        addFixes(m_out.aclFixes, fix);
        for (int t = 0; t < m_in.targets.size(); ++t) {
            AclCoverage c;
            c.target = t;
            c.listName = m_in.aclListName;
            c.status = AclStatus::ListMissing;
            m_out.acl.append(c);
        }
        return;
    }

    AclEvaluator evaluator(*list);
    for (int t = 0; t < m_in.targets.size(); ++t) {
        const CoverageTarget &target = m_in.targets.at(t);
        if (std::none_of(target.services.begin(), target.services.end(),
                [](const CoverageService &s) { return s.isSignalling(); }))
            continue;
        AclCoverage c = evaluator.evaluate(target.range);
        c.target = t;
        m_out.acl.append(c);
    }
    for (const AclCoverage &c : std::as_const(m_out.acl)) {
        if (c.status == AclStatus::Allowed)
            continue;
        const CoverageTarget &target = m_in.targets.at(c.target);
        QStringList denied;
        QStringList restricted;
        for (const AclDecision &d : c.decisions) {
            if (!d.allowed)
                denied.append(Cidr::toHostOrCidr(d.block));
            else if (d.portRestricted)
                restricted.append(Cidr::toHostOrCidr(d.block) + u" ("_s
                    + list->nodes.at(d.node).ports.toUfwString() + u')');
        }
        if (target.isProxy) {
            // Already reported through the range that holds it?
            bool redundant = true;
            for (const AclDecision &d : c.decisions) {
                if (d.allowed && !d.portRestricted)
                    continue;
                bool inRange = false;
                for (const AclCoverage &other : std::as_const(m_out.acl)) {
                    if (m_in.targets.at(other.target).isProxy)
                        continue;
                    for (const AclDecision &o : other.decisions) {
                        if ((!o.allowed || o.portRestricted) && Cidr::contains(o.block, d.block))
                            inRange = true;
                    }
                }
                redundant = redundant && inRange;
            }
            if (redundant)
                continue;
        }
        CoverageFinding f;
        f.severity = FindingSeverity::Error;
        f.subject = target.label;
        f.provider = target.provider;
        f.fixes = c.fixes;
        const QString name = target.providerName.isEmpty() ? target.provider : target.providerName;
        f.why = target.providerRegisters
            ? QCoreApplication::translate("xynap::coverage",
                "FreeSWITCH's ACL is the second protective layer: a profile's apply-inbound-acl "
                "lets only listed addresses in without a challenge. %1 sends its inbound calls "
                "from these addresses; challenged, they fail.")
                  .arg(name)
            : QCoreApplication::translate("xynap::coverage",
                "FreeSWITCH's ACL is the second protective layer: a profile's apply-inbound-acl "
                "lets only listed addresses in without a challenge. %1 authenticates by source "
                "address only (no REGISTER), so its calls fail when its addresses are missing.")
                  .arg(name);
        if (c.status == AclStatus::Denied) {
            f.id = u"XY-ACL-RANGE-NOT-ALLOWED"_s;
            f.message = QCoreApplication::translate(
                "xynap::coverage", "The ACL list '%1' does not allow %2.")
                            .arg(c.listName, targetText(target));
        } else {
            f.id = u"XY-ACL-RANGE-PARTLY-ALLOWED"_s;
            QStringList parts;
            if (!denied.isEmpty())
                parts.append(QCoreApplication::translate("xynap::coverage", "not allowed: %1")
                                 .arg(denied.join(u", "_s)));
            if (!restricted.isEmpty())
                parts.append(
                    QCoreApplication::translate("xynap::coverage", "only from source ports: %1")
                        .arg(restricted.join(u", "_s)));
            f.message = QCoreApplication::translate(
                "xynap::coverage", "The ACL list '%1' allows %2 only in part; %3.")
                            .arg(c.listName, targetText(target), parts.join(u"; "_s));
        }
        addFixes(m_out.aclFixes, f.fixes);
        add(f);
    }
}

} // namespace xynap::coverage::analysis
