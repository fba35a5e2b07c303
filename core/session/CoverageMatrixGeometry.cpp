#include "session/CoverageMatrixGeometry.h"

#include "model/SipHost.h"
#include "session/CoverageMatrixText.h"

#include <QHostAddress>
#include <QStringList>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

namespace {

// Where an address lies in a block, as a fraction of the block (the address bits after the
// block's prefix; 52 of them are more than a bar can show).
double positionIn(const Subnet &range, const QHostAddress &address)
{
    std::array<quint8, 16> bytes {};
    int bits = 32;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        const quint32 a = address.toIPv4Address();
        bytes = {quint8(a >> 24), quint8(a >> 16), quint8(a >> 8), quint8(a)};
    } else {
        const Q_IPV6ADDR a = address.toIPv6Address();
        for (int i = 0; i < 16; ++i)
            bytes[size_t(i)] = a[i];
        bits = 128;
    }
    double fraction = 0;
    double scale = 0.5;
    for (int bit = range.second; bit < bits && bit < range.second + 52; ++bit) {
        if ((bytes[size_t(bit / 8)] >> (7 - bit % 8)) & 1)
            fraction += scale;
        scale /= 2;
    }
    return fraction;
}

double sizeIn(const Subnet &range, const Subnet &block)
{
    return std::ldexp(1.0, range.second - block.second);
}

} // namespace

QList<CoverageMatrixGeometry::Segment> CoverageMatrixGeometry::flatten(
    const QList<Segment> &parts, CellState rest)
{
    QList<double> cuts {0.0, 1.0};
    for (const auto &p : parts)
        cuts += {std::clamp(p.start, 0.0, 1.0), std::clamp(p.end, 0.0, 1.0)};
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<Segment> out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const double a = cuts.at(i);
        const double b = cuts.at(i + 1);
        Segment s {a, b, rest, {}};
        QStringList labels;
        bool covered = false;
        for (const auto &p : parts) {
            if (p.start <= a && p.end >= b) {
                if (!covered || CoverageMatrix::rank(p.state) > CoverageMatrix::rank(s.state))
                    s.state = p.state;
                covered = true;
                if (!p.label.isEmpty() && !labels.contains(p.label))
                    labels.append(p.label);
            }
        }
        s.label = labels.join(u", "_s);
        if (!out.isEmpty() && out.last().state == s.state && out.last().label == s.label)
            out.last().end = b;
        else
            out.append(s);
    }
    return out;
}

QList<CoverageMatrixGeometry::Segment> CoverageMatrixGeometry::segments(
    const CoverageMatrix &matrix, int row, int column)
{
    if (!matrix.hasRow(row) || !CoverageMatrix::isCell(column))
        return {};
    const CellState s = matrix.state(row, column);
    if (s == CellState::NotNeeded || s == CellState::Unknown)
        return {{0.0, 1.0, s, {}}};
    const CoverageTarget &target = matrix.input().targets.at(row);
    QList<Segment> parts;
    if (column == CoverageMatrix::Acl) {
        const AclCoverage *ac = matrix.report().aclFor(row);
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
    const ServiceCoverage *sc = matrix.report().service(row, CoverageMatrix::serviceId(column));
    if (!sc)
        return {{0.0, 1.0, CellState::Unknown, {}}};
    if (sc->ipv6Disabled)
        return {{0.0, 1.0, CellState::NotCovered, target.label}};
    for (const UfwGap &gap : sc->gaps) {
        const double start = positionIn(target.range, gap.block.first);
        const CellState state = gap.shadowedRule >= 0  ? CellState::Shadowed
            : gap.ports.containsAll(sc->service.ports) ? CellState::NotCovered
                                                       : CellState::Partly;
        parts.append({start, start + sizeIn(target.range, gap.block), state,
            CoverageMatrixText::gapText(gap, sc->service)});
    }
    return flatten(parts, CellState::Covered);
}

} // namespace xynap::session
