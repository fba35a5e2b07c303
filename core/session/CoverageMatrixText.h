#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/CoverageReport.h"
#include "session/CoverageMatrix.h"

#include <QCoreApplication>
#include <QString>

namespace xynap::session {

// The coverage matrix in words: the headers, what each cell means and why — the deciding UFW
// rules or ACL nodes, the gaps — and the exact fix lines. Functions over a CoverageMatrix.
class CoverageMatrixText {
    Q_DECLARE_TR_FUNCTIONS(xynap::session::CoverageMatrixModel)

public:
    using CellState = CoverageMatrix::CellState;

    CoverageMatrixText() = delete;

    static QString symbol(CellState state); // "✔", "◐", "⛔", "✖", "–", "?"
    static QString stateText(CellState state); // "covered", … (translated)
    // "SIP UDP 5060", …, "ACL <list>"; empty for a column that does not exist.
    static QString columnTitle(const CoverageMatrix &matrix, int column);
    // What a service column checks.
    static QString columnToolTip(int column);
    // "rule 3: ufw allow …"
    static QString ruleDescription(const CoverageMatrix &matrix, int rule);
    // "line 12: <node type="allow" cidr="…"/>", or the list's default.
    static QString nodeDescription(const coverage::AclList &list, int node);
    // "92.197.177.0/24 (Plusnet)"
    static QString targetTitle(const CoverageMatrix &matrix, int row);
    // The deciding rules or ACL nodes and the gaps of a cell, as plain text.
    static QString detail(const CoverageMatrix &matrix, int row, int column);
    // Copyable fix lines for every warning and error: ufw commands, then ACL nodes, with comments.
    static QString suggestedFix(const CoverageMatrix &matrix);
    // "92.197.177.0/25 (5060/udp)"
    static QString gapText(const coverage::UfwGap &gap, const coverage::CoverageService &service);

private:
    static QString ufwDetail(const CoverageMatrix &matrix, const coverage::ServiceCoverage &sc);
    static QString aclDetail(const CoverageMatrix &matrix, const coverage::AclCoverage &ac);
};

} // namespace xynap::session
