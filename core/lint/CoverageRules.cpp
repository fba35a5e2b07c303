// Firewall and ACL: can the providers' ranges reach the switch at all? The analysis is
// CoverageAnalyzer's; this rule hands its findings to the lint panel and `xynapctl lint`.
#include "coverage/CoverageAnalyzer.h"
#include "coverage/CoverageTarget.h"
#include "lint/Rules.h"

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

Severity severityOf(coverage::FindingSeverity s)
{
    switch (s) {
    case coverage::FindingSeverity::Error:
        return Severity::Error;
    case coverage::FindingSeverity::Warning:
        return Severity::Warning;
    case coverage::FindingSeverity::Info:
        break;
    }
    return Severity::Info;
}

class CoverageRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::CoverageRule)

public:
    QString id() const override { return u"XY-COVERAGE"_s; }
    void checkSnapshot(const Snapshot &snapshot, QList<Finding> &out) const override
    {
        if (!snapshot.ufw && !snapshot.acl)
            return;
        coverage::CoverageInput input;
        input.targets = coverage::CoverageTarget::forPlatform(
            snapshot.catalog, snapshot.profiles, snapshot.trunks);
        input.ufw = snapshot.ufw;
        input.acl = snapshot.acl;
        input.profiles = snapshot.profiles;
        const coverage::CoverageReport report = coverage::CoverageAnalyzer::analyze(input);
        for (const coverage::CoverageFinding &c : report.findings) {
            // Notes about documented choices (RTP open to all) stay on the Coverage page.
            if (c.severity == coverage::FindingSeverity::Info)
                continue;
            Finding f;
            f.ruleId = c.id;
            f.severity = severityOf(c.severity);
            f.subject = c.subject;
            f.provider = c.provider;
            f.message = c.message;
            f.why = c.why;
            f.fixLines = c.fixes;
            if (!c.fixes.isEmpty())
                f.fixLabel = c.id.startsWith(u"XY-ACL-"_s)
                    ? tr("Add to acl.conf.xml: %1").arg(c.fixes.join(u"  "_s))
                    : tr("Run on the switch: %1").arg(c.fixes.join(u"; "_s));
            out.append(f);
        }
    }
};

} // namespace

void addCoverageRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<CoverageRule>());
}

} // namespace xynap::lint
