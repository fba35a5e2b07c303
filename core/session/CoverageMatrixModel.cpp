#include "session/CoverageMatrixModel.h"

#include "session/CoverageMatrixGeometry.h"
#include "session/CoverageMatrixText.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

CoverageMatrixModel::CoverageMatrixModel(ProviderCatalog catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::move(catalog))
    , m_matrix(m_catalog, {}, {})
{
}

void CoverageMatrixModel::setCatalog(const ProviderCatalog &catalog)
{
    // The provider names change, the analysis does not.
    m_catalog = catalog;
    m_matrix = CoverageMatrix(m_catalog, m_matrix.input(), m_matrix.report());
}

void CoverageMatrixModel::setTargets(const QList<CoverageTarget> &targets)
{
    m_sources.setTargets(targets);
    analyse();
}

void CoverageMatrixModel::setProfiles(const QList<SofiaProfile> &profiles)
{
    m_sources.setProfiles(profiles);
    analyse();
}

void CoverageMatrixModel::setUfw(const UfwParseResult &parsed, const QString &source)
{
    m_sources.setUfw(parsed, source);
    analyse();
}

void CoverageMatrixModel::clearUfw()
{
    m_sources.clearUfw();
    analyse();
}

void CoverageMatrixModel::setAcl(const AclParseResult &parsed, const QString &source)
{
    m_sources.setAcl(parsed, source);
    analyse();
}

void CoverageMatrixModel::clearAcl()
{
    m_sources.clearAcl();
    analyse();
}

void CoverageMatrixModel::analyse()
{
    beginResetModel();
    m_matrix = CoverageMatrix::analyse(m_catalog, m_sources.input());
    endResetModel();
    Q_EMIT analysed();
}

QString CoverageMatrixModel::detail(int row, int column) const
{
    return CoverageMatrixText::detail(m_matrix, row, column);
}

QList<CoverageMatrixModel::Segment> CoverageMatrixModel::segments(int row, int column) const
{
    return CoverageMatrixGeometry::segments(m_matrix, row, column);
}

QString CoverageMatrixModel::suggestedFix() const
{
    return CoverageMatrixText::suggestedFix(m_matrix);
}

QString CoverageMatrixModel::symbol(CellState state)
{
    return CoverageMatrixText::symbol(state);
}

QString CoverageMatrixModel::stateText(CellState state)
{
    return CoverageMatrixText::stateText(state);
}

int CoverageMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_matrix.rowCount();
}

int CoverageMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == Target)
            return m_matrix.input().targets.at(row).label;
        if (column == Provider)
            return m_matrix.providerName(row);
        return QString(symbol(state(row, column)) + u' ' + stateText(state(row, column)));
    case Qt::ToolTipRole:
        return detail(row, column);
    case Qt::TextAlignmentRole:
        return column >= SipUdp ? QVariant(Qt::AlignCenter)
                                : QVariant(Qt::AlignVCenter | Qt::AlignLeft);
    case StateRole:
        return int(state(row, column));
    case SymbolRole:
        return symbol(state(row, column));
    case StateTextRole:
        return stateText(state(row, column));
    case TargetRole:
        return row;
    case ServiceRole:
        return serviceId(column);
    default:
        return {};
    }
}

QVariant CoverageMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && m_matrix.hasRow(section))
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        const QString title = CoverageMatrixText::columnTitle(m_matrix, section);
        return title.isEmpty() ? QVariant() : QVariant(title);
    }
    if (role == Qt::ToolTipRole) {
        const QString tip = CoverageMatrixText::columnToolTip(section);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    return {};
}

} // namespace xynap::session
