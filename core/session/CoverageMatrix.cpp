#include "session/CoverageMatrix.h"

#include "coverage/CoverageAnalyzer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

CoverageMatrix::CoverageMatrix(
    ProviderCatalog catalog, coverage::CoverageInput input, coverage::CoverageReport report)
    : m_catalog(std::move(catalog))
    , m_input(std::move(input))
    , m_report(std::move(report))
{
}

CoverageMatrix CoverageMatrix::analyse(ProviderCatalog catalog, coverage::CoverageInput input)
{
    CoverageReport report = CoverageAnalyzer::analyze(input);
    return {std::move(catalog), std::move(input), std::move(report)};
}

QString CoverageMatrix::providerName(int row) const
{
    const CoverageTarget &target = m_input.targets.at(row);
    const ProviderSpec *spec = m_catalog.find(target.provider);
    return spec ? spec->name : target.provider;
}

const AclList *CoverageMatrix::aclList() const
{
    if (!m_input.acl)
        return nullptr;
    for (qsizetype i = m_input.acl->size() - 1; i >= 0; --i) {
        if (m_input.acl->at(i).name == m_input.aclListName)
            return &m_input.acl->at(i);
    }
    return nullptr;
}

QString CoverageMatrix::serviceId(int column)
{
    switch (column) {
    case SipUdp:
        return u"sip-udp"_s;
    case SipTls:
        return u"sip-tls"_s;
    case Rtp:
        return u"rtp"_s;
    case Wss:
        return u"wss"_s;
    case Acl:
        return u"acl"_s;
    default:
        return {};
    }
}

int CoverageMatrix::rank(CellState state)
{
    switch (state) {
    case CellState::NotNeeded:
        return 0;
    case CellState::Covered:
        return 1;
    case CellState::Unknown:
        return 2;
    case CellState::Partly:
        return 3;
    case CellState::Shadowed:
        return 4;
    case CellState::NotCovered:
        return 5;
    }
    return 0;
}

bool CoverageMatrix::hasSignalling(const CoverageTarget &target)
{
    return std::any_of(target.services.begin(), target.services.end(),
        [](const CoverageService &s) { return s.isSignalling(); });
}

const CoverageService *CoverageMatrix::serviceOf(const CoverageTarget &target, const QString &id)
{
    for (const CoverageService &s : target.services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

CoverageMatrix::CellState CoverageMatrix::state(int row, int column) const
{
    if (!hasRow(row))
        return CellState::Unknown;
    if (!isCell(column))
        return state(row, worstColumn(row));
    const CoverageTarget &target = m_input.targets.at(row);
    if (column == Acl) {
        if (!hasSignalling(target))
            return CellState::NotNeeded;
        const AclCoverage *ac = m_report.aclFor(row);
        if (!m_input.acl || !ac)
            return CellState::Unknown;
        switch (ac->status) {
        case AclStatus::Allowed:
            return CellState::Covered;
        case AclStatus::PartlyAllowed:
            return CellState::Partly;
        case AclStatus::Denied:
            return std::any_of(ac->decisions.begin(), ac->decisions.end(),
                       [](const AclDecision &d) { return !d.allowed && d.node >= 0; })
                ? CellState::Shadowed
                : CellState::NotCovered;
        case AclStatus::ListMissing:
            return CellState::NotCovered;
        }
        return CellState::Unknown;
    }
    if (!serviceOf(target, serviceId(column)))
        return CellState::NotNeeded;
    const ServiceCoverage *sc = m_report.service(row, serviceId(column));
    if (!m_input.ufw || !sc)
        return CellState::Unknown;
    switch (sc->status) {
    case CoverageStatus::Covered:
        return CellState::Covered;
    case CoverageStatus::PartlyCovered:
        return CellState::Partly;
    case CoverageStatus::ShadowedByDeny:
        return CellState::Shadowed;
    case CoverageStatus::NotCovered:
        return CellState::NotCovered;
    }
    return CellState::Unknown;
}

int CoverageMatrix::worstColumn(int row) const
{
    int worst = SipUdp;
    int worstRank = -1;
    for (int c = SipUdp; c < ColumnCount; ++c) {
        const int r = rank(state(row, c));
        if (r > worstRank) {
            worst = c;
            worstRank = r;
        }
    }
    return worst;
}

QStringList CoverageMatrix::fixes(int row, int column) const
{
    if (!hasRow(row))
        return {};
    if (!isCell(column)) {
        QStringList all;
        for (int c = SipUdp; c < ColumnCount; ++c) {
            for (const QString &f : fixes(row, c)) {
                if (!all.contains(f))
                    all.append(f);
            }
        }
        return all;
    }
    if (column == Acl) {
        const AclCoverage *ac = m_report.aclFor(row);
        return ac && m_input.acl ? ac->fixes : QStringList();
    }
    const ServiceCoverage *sc = m_report.service(row, serviceId(column));
    return sc && m_input.ufw ? sc->fixes : QStringList();
}

int CoverageMatrix::count(FindingSeverity severity) const
{
    return int(std::count_if(m_report.findings.begin(), m_report.findings.end(),
        [severity](const CoverageFinding &f) { return f.severity == severity; }));
}

} // namespace xynap::session
