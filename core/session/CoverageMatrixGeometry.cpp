// CoverageMatrixModel, its geometry: the segments of a provider range the range bar draws.
#include "coverage/UfwRenderer.h"
#include "session/CoverageMatrixModel_p.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;
using namespace matrix;

QList<CoverageMatrixModel::Segment> CoverageMatrixModel::segments(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size() || column < SipUdp || column >= ColumnCount)
        return {};
    const CellState s = state(row, column);
    if (s == CellState::NotNeeded || s == CellState::Unknown)
        return {{0.0, 1.0, s, {}}};
    const CoverageTarget &target = m_input.targets.at(row);
    QList<Segment> parts;
    if (column == Acl) {
        const AclCoverage *ac = m_report.aclFor(row);
        if (!ac || ac->status == AclStatus::ListMissing)
            return {{0.0, 1.0, CellState::NotCovered, {}}};
        for (const AclDecision &d : ac->decisions) {
            const double start = positionIn(target.range, d.block.first);
            const CellState state = d.allowed
                ? (d.portRestricted ? CellState::Partly : CellState::Covered)
                : (d.node >= 0 ? CellState::Shadowed : CellState::NotCovered);
            parts.append(
                {start, start + sizeIn(target.range, d.block), state, Cidr::toHostOrCidr(d.block)});
        }
        return flatten(parts, CellState::NotCovered);
    }
    const ServiceCoverage *sc = m_report.service(row, serviceId(column));
    if (!sc)
        return {{0.0, 1.0, CellState::Unknown, {}}};
    if (sc->ipv6Disabled)
        return {{0.0, 1.0, CellState::NotCovered, target.label}};
    for (const UfwGap &gap : sc->gaps) {
        const double start = positionIn(target.range, gap.block.first);
        const CellState state = gap.shadowedRule >= 0  ? CellState::Shadowed
            : gap.ports.containsAll(sc->service.ports) ? CellState::NotCovered
                                                       : CellState::Partly;
        parts.append(
            {start, start + sizeIn(target.range, gap.block), state, gapText(gap, sc->service)});
    }
    return flatten(parts, CellState::Covered);
}

} // namespace xynap::session
