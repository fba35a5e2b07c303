#pragma once

// What the parts of CoverageMatrixModel share (the model, its texts, its range-bar geometry).
// Private to app/session.
#include "coverage/CoverageAnalyzer.h"
#include "model/SipHost.h"
#include "session/CoverageMatrixModel.h"

#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

namespace xynap::session::matrix {

using namespace Qt::StringLiterals;
using namespace xynap::coverage;

// Which state a mixed block shows: the worst part wins.
inline int rank(CoverageMatrixModel::CellState state)
{
    using S = CoverageMatrixModel::CellState;
    switch (state) {
    case S::NotNeeded:
        return 0;
    case S::Covered:
        return 1;
    case S::Unknown:
        return 2;
    case S::Partly:
        return 3;
    case S::Shadowed:
        return 4;
    case S::NotCovered:
        return 5;
    }
    return 0;
}

// Where an address lies in a block, as a fraction of the block (the address bits after the
// block's prefix; 52 of them are more than a bar can show).
inline double positionIn(const Subnet &range, const QHostAddress &address)
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

inline double sizeIn(const Subnet &range, const Subnet &block)
{
    return std::ldexp(1.0, range.second - block.second);
}

// Parts that may overlap, laid over a block whose other parts are `rest`: every elementary
// interval shows the worst part over it, neighbours in the same state are merged.
inline QList<CoverageMatrixModel::Segment> flatten(
    const QList<CoverageMatrixModel::Segment> &parts, CoverageMatrixModel::CellState rest)
{
    QList<double> cuts {0.0, 1.0};
    for (const auto &p : parts)
        cuts += {std::clamp(p.start, 0.0, 1.0), std::clamp(p.end, 0.0, 1.0)};
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    QList<CoverageMatrixModel::Segment> out;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        const double a = cuts.at(i);
        const double b = cuts.at(i + 1);
        CoverageMatrixModel::Segment s {a, b, rest, {}};
        QStringList labels;
        bool covered = false;
        for (const auto &p : parts) {
            if (p.start <= a && p.end >= b) {
                if (!covered || rank(p.state) > rank(s.state))
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

inline QString gapText(const UfwGap &gap, const CoverageService &service)
{
    return Cidr::toHostOrCidr(gap.block) + u" ("_s + gap.ports.toUfwString() + u'/'
        + service.protocolName() + u')';
}

inline bool hasSignalling(const CoverageTarget &target)
{
    return std::any_of(target.services.begin(), target.services.end(),
        [](const CoverageService &s) { return s.isSignalling(); });
}

inline const CoverageService *serviceOf(const CoverageTarget &target, const QString &id)
{
    for (const CoverageService &s : target.services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace xynap::session::matrix
