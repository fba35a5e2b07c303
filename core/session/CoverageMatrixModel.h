#pragma once

#include "session/CoverageMatrix.h"
#include "session/CoverageSources.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::session {

// "Firewall and ACL coverage" as a table: one row per provider range or trunk address, one
// column per service (SIP UDP 5060, SIP TLS 5061, RTP, WSS 7443) and one for the ACL list the
// providers must be in. A thin Qt model over the jobs it joins: CoverageSources holds the parsed
// sources, CoverageMatrix is the analysis of them (re-run whenever a source changes),
// CoverageMatrixText explains every cell, CoverageMatrixGeometry lays it out for the range bar.
// Pure (no widgets, no I/O), so the GUI and `xynapctl coverage` share it.
class CoverageMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageMatrixModel)

public:
    // The matrix's columns.
    enum Column {
        Target = CoverageMatrix::Target,
        Provider = CoverageMatrix::Provider,
        SipUdp = CoverageMatrix::SipUdp,
        SipTls = CoverageMatrix::SipTls,
        Rtp = CoverageMatrix::Rtp,
        Wss = CoverageMatrix::Wss,
        Acl = CoverageMatrix::Acl,
        ColumnCount = CoverageMatrix::ColumnCount,
    };
    enum Role {
        StateRole = Qt::UserRole + 1, // CellState as int
        SymbolRole, // "✔", "◐", "⛔", "✖", "–", "?"
        StateTextRole, // "covered", … (translated)
        TargetRole, // index into input().targets
        ServiceRole, // "sip-udp", …, "acl"; empty for Target and Provider
    };
    using CellState = CoverageMatrix::CellState;
    using Segment = CoverageMatrix::Segment;
    using SourceKind = CoverageSources::SourceKind;

    explicit CoverageMatrixModel(ProviderCatalog catalog, QObject *parent = nullptr);

    void setCatalog(const ProviderCatalog &catalog);
    void setTargets(const QList<coverage::CoverageTarget> &targets);
    void setProfiles(const QList<SofiaProfile> &profiles);
    // CoverageSources::setUfw, then a new analysis.
    void setUfw(const coverage::UfwParseResult &parsed, const QString &source);
    void clearUfw();
    void setAcl(const coverage::AclParseResult &parsed, const QString &source);
    void clearAcl();

    const CoverageSources &sources() const { return m_sources; }
    const CoverageMatrix &matrix() const { return m_matrix; }

    const coverage::CoverageInput &input() const { return m_matrix.input(); }
    const coverage::CoverageReport &report() const { return m_matrix.report(); }
    bool hasUfw() const { return m_sources.hasUfw(); }
    bool hasAcl() const { return m_sources.hasAcl(); }
    QString ufwSource() const { return m_sources.ufwSource(); }
    QString aclSource() const { return m_sources.aclSource(); }
    QList<coverage::ParseIssue> parseErrors() const { return m_sources.parseErrors(); }
    QString ufwSummary() const { return m_sources.ufwSummary(); }
    QString aclSummary() const { return m_sources.aclSummary(); }

    CellState state(int row, int column) const { return m_matrix.state(row, column); }
    int worstColumn(int row) const { return m_matrix.worstColumn(row); }
    int count(coverage::FindingSeverity severity) const { return m_matrix.count(severity); }
    QStringList fixes(int row, int column) const { return m_matrix.fixes(row, column); }
    QString detail(int row, int column) const;
    QList<Segment> segments(int row, int column) const;
    QString suggestedFix() const;

    static QString symbol(CellState state);
    static QString stateText(CellState state);
    static QString serviceId(int column) { return CoverageMatrix::serviceId(column); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After every analysis (also when a source was cleared).
    void analysed();

private:
    void analyse();

    ProviderCatalog m_catalog;
    CoverageSources m_sources;
    CoverageMatrix m_matrix;
};

} // namespace xynap::session
