#pragma once

#include "session/CoverageMatrix.h"

#include <QList>

namespace xynap::session {

// The coverage matrix laid out for the range bar: which parts of a provider's block a cell's
// rules or nodes let through, as fractions of the block.
class CoverageMatrixGeometry {
public:
    using Segment = CoverageMatrix::Segment;
    using CellState = CoverageMatrix::CellState;

    CoverageMatrixGeometry() = delete;

    // In address order and covering [0, 1); empty for the Target and Provider columns.
    static QList<Segment> segments(const CoverageMatrix &matrix, int row, int column);
    // Parts that may overlap, laid over a block whose other parts are `rest`: every elementary
    // interval shows the worst part over it, neighbours in the same state are merged.
    static QList<Segment> flatten(const QList<Segment> &parts, CellState rest);
};

} // namespace xynap::session
