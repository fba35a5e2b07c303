#include "coverage/CoverageReport.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::coverage {

bool CoverageReport::hasErrors() const
{
    return std::any_of(findings.begin(), findings.end(),
        [](const CoverageFinding &f) { return f.severity == FindingSeverity::Error; });
}

const ServiceCoverage *CoverageReport::service(int target, const QString &serviceId) const
{
    for (const ServiceCoverage &s : services) {
        if (s.target == target && s.service.id == serviceId)
            return &s;
    }
    return nullptr;
}

const AclCoverage *CoverageReport::aclFor(int target) const
{
    for (const AclCoverage &a : acl) {
        if (a.target == target)
            return &a;
    }
    return nullptr;
}

QList<CoverageFinding> CoverageReport::findingsWithId(const QString &id) const
{
    QList<CoverageFinding> out;
    for (const CoverageFinding &f : findings) {
        if (f.id == id)
            out.append(f);
    }
    return out;
}

QString coverageStatusName(CoverageStatus status)
{
    switch (status) {
    case CoverageStatus::Covered:
        return u"covered"_s;
    case CoverageStatus::PartlyCovered:
        return u"partly-covered"_s;
    case CoverageStatus::ShadowedByDeny:
        return u"shadowed-by-deny"_s;
    case CoverageStatus::NotCovered:
        return u"not-covered"_s;
    }
    return u"not-covered"_s;
}

QString aclStatusName(AclStatus status)
{
    switch (status) {
    case AclStatus::Allowed:
        return u"allowed"_s;
    case AclStatus::PartlyAllowed:
        return u"partly-allowed"_s;
    case AclStatus::Denied:
        return u"denied"_s;
    case AclStatus::ListMissing:
        return u"list-missing"_s;
    }
    return u"denied"_s;
}

} // namespace xynap::coverage
