#pragma once

#include "coverage/CoverageInput.h"
#include "coverage/CoverageReport.h"

namespace xynap::coverage {

// "Is every provider range allowed on every port and protocol it needs, by which rule, and what
// else is open that should not be?" over UFW and FreeSWITCH's ACL. Pure: no I/O, no clock.
//
// Per target and service: Covered / PartlyCovered / ShadowedByDeny / NotCovered with the
// deciding rules and the gaps; per target: the ACL decision. Global findings (stable ids):
//   XY-UFW-RANGE-NOT-COVERED, XY-UFW-RANGE-PARTLY-COVERED, XY-UFW-RANGE-SHADOWED   (error)
//   XY-ACL-RANGE-NOT-ALLOWED, XY-ACL-RANGE-PARTLY-ALLOWED                         (error)
//   XY-ACL-LIST-MISSING, XY-ACL-INBOUND-LIST-MISSING                              (error)
//   XY-ACL-NO-DEFAULT            (error for the list that matters, warning for others)
//   XY-UFW-SIP-OPEN-TO-ANY, XY-UFW-INACTIVE, XY-UFW-DEFAULT-ALLOW                 (error)
//   XY-UFW-IPV6-RULES-IGNORED    (error if a provider needs IPv6, else warning)
//   XY-UFW-RTP-RANGE-TOO-NARROW  (warning)
//   XY-UFW-RTP-OPEN-TO-ANY, XY-UFW-WSS-OPEN-TO-ANY, XY-UFW-RTP-RANGE-UNUSED (info: documented)
// Gaps of a proxy address that a range of the same service already reports are not repeated.
class CoverageAnalyzer final {
public:
    CoverageAnalyzer() = delete;

    static CoverageReport analyze(const CoverageInput &input);
};

} // namespace xynap::coverage
