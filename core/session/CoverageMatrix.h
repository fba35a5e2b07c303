#pragma once

#include "coverage/CoverageInput.h"
#include "coverage/CoverageReport.h"
#include "model/ProviderSpec.h"

#include <QList>
#include <QMetaObject>
#include <QString>
#include <QStringList>

namespace xynap::session {

// The coverage matrix as a value: one row per provider range or trunk address (the input's
// targets), one column per service and one for the ACL list, and the state of every cell, read
// from CoverageAnalyzer's report. No Qt model and no words: CoverageMatrixModel shows it,
// CoverageMatrixText explains it, CoverageMatrixGeometry lays it out in the range bar.
class CoverageMatrix {
    Q_GADGET

public:
    enum Column { Target, Provider, SipUdp, SipTls, Rtp, Wss, Acl, ColumnCount };
    // Colour, symbol AND text: never colour alone.
    enum class CellState { Covered, Partly, Shadowed, NotCovered, NotNeeded, Unknown };
    Q_ENUM(CellState)

    // One part of a block in the range bar: [start, end) as fractions of the block.
    struct Segment {
        double start = 0;
        double end = 1;
        CellState state = CellState::Covered;
        QString label; // "92.197.177.0/25 (5060/udp)"
    };

    CoverageMatrix() = default;
    // A report already computed for `input`.
    CoverageMatrix(
        ProviderCatalog catalog, coverage::CoverageInput input, coverage::CoverageReport report);
    // Runs CoverageAnalyzer over `input`.
    static CoverageMatrix analyse(ProviderCatalog catalog, coverage::CoverageInput input);

    const ProviderCatalog &catalog() const { return m_catalog; }
    const coverage::CoverageInput &input() const { return m_input; }
    const coverage::CoverageReport &report() const { return m_report; }

    int rowCount() const { return int(m_input.targets.size()); }
    bool hasRow(int row) const { return row >= 0 && row < m_input.targets.size(); }
    // The catalog's name of the row's provider, else its id.
    QString providerName(int row) const;

    CellState state(int row, int column) const;
    // The column of the row's worst state (for a click on the target itself).
    int worstColumn(int row) const;
    // The fix lines of a cell; of the whole row for the Target and Provider columns.
    QStringList fixes(int row, int column) const;
    // Findings that count: warnings and errors.
    int count(coverage::FindingSeverity severity) const;
    // The ACL list the providers must be in, the last of that name; nullptr when not loaded.
    const coverage::AclList *aclList() const;

    static QString serviceId(int column); // "sip-udp", …, "acl"; empty for others
    static bool isCell(int column) { return column >= SipUdp && column < ColumnCount; }
    // Which state a mixed block shows: the worst part wins.
    static int rank(CellState state);
    static const coverage::CoverageService *serviceOf(
        const coverage::CoverageTarget &target, const QString &id);
    static bool hasSignalling(const coverage::CoverageTarget &target);

private:
    ProviderCatalog m_catalog;
    coverage::CoverageInput m_input;
    coverage::CoverageReport m_report;
};

} // namespace xynap::session
