#include "session/CoverageMatrixModel.h"

#include "coverage/AclParser.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "model/SipHost.h"
#include "session/CoverageMatrixModel_p.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

using namespace matrix;

CoverageMatrixModel::CoverageMatrixModel(ProviderCatalog catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::move(catalog))
{
}

QList<CoverageTarget> CoverageMatrixModel::targetsFor(
    const ProviderCatalog &catalog, const QList<SofiaProfile> &profiles, const QList<Trunk> &trunks)
{
    return CoverageTarget::forPlatform(catalog, profiles, trunks);
}

std::optional<UfwParseResult> CoverageMatrixModel::parseUfwApiReply(
    const QJsonObject &reply, const QString &source, QString *error)
{
    if (!reply.value(u"rules"_s).isArray()) {
        *error = tr("the Platform API sent no list of rules.");
        return std::nullopt;
    }
    QStringList lines;
    QList<ParseIssue> notText;
    for (const auto &v : reply.value(u"rules"_s).toArray()) {
        if (!v.isString())
            notText.append({int(lines.size() + 1),
                tr("the Platform API sent a rule that is not text"), source});
        lines.append(v.toString());
    }
    UfwParseResult parsed = parseUfw(lines.join(u'\n'), source);
    parsed.errors += notText;
    if (reply.value(u"ipv6"_s).isBool())
        parsed.ipv6Enabled = reply.value(u"ipv6"_s).toBool();
    return parsed;
}

CoverageMatrixModel::SourceKind CoverageMatrixModel::detectKind(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QChar(0xfeff)))
        t = t.mid(1).trimmed();
    if (t.startsWith(u'<') || t.contains(u"<network-lists") || t.contains(u"<configuration"))
        return SourceKind::Acl;
    return SourceKind::Ufw;
}

UfwParseResult CoverageMatrixModel::parseUfw(QStringView text, const QString &source)
{
    UfwParseResult parsed = UfwParser::parse(text);
    for (ParseIssue &issue : parsed.errors) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
    return parsed;
}

UfwParseResult CoverageMatrixModel::parseUfwRuleFiles(QStringView userRules,
    const QString &userSource, QStringView user6Rules, const QString &user6Source)
{
    UfwParseResult parsed = UfwParser::parseRuleFiles(userRules, user6Rules);
    for (ParseIssue &issue : parsed.errors)
        issue.source = issue.source == u"user6.rules" ? user6Source : userSource;
    return parsed;
}

AclParseResult CoverageMatrixModel::parseAcl(QStringView xml, const QString &source)
{
    AclParseResult parsed = AclParser::parse(xml);
    for (ParseIssue &issue : parsed.errors) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
    return parsed;
}

void CoverageMatrixModel::setTargets(const QList<CoverageTarget> &targets)
{
    m_input.targets = targets;
    analyse();
}

void CoverageMatrixModel::setProfiles(const QList<SofiaProfile> &profiles)
{
    m_input.profiles = profiles;
    analyse();
}

void CoverageMatrixModel::setUfw(const UfwParseResult &parsed, const QString &source)
{
    QList<ParseIssue> errors = parsed.errors;
    for (ParseIssue &issue : errors) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
    if (parsed.format == UfwFormat::Defaults && m_ufwParsed) {
        if (parsed.ipv6Enabled)
            m_ufwParsed->ipv6Enabled = parsed.ipv6Enabled;
        if (parsed.defaultIncoming)
            m_ufwParsed->defaultIncoming = parsed.defaultIncoming;
        m_ufwSource += u" + "_s + source;
        m_ufwErrors += errors;
    } else {
        m_ufwParsed = parsed;
        m_ufwSource = source;
        m_ufwErrors = errors;
    }
    m_input.ufw = UfwConfiguration::from(*m_ufwParsed);
    analyse();
}

void CoverageMatrixModel::clearUfw()
{
    m_ufwParsed.reset();
    m_input.ufw.reset();
    m_ufwSource.clear();
    m_ufwErrors.clear();
    analyse();
}

void CoverageMatrixModel::setAcl(const AclParseResult &parsed, const QString &source)
{
    m_input.acl = parsed.lists;
    m_aclSource = source;
    m_aclErrors = parsed.errors;
    for (ParseIssue &issue : m_aclErrors) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
    analyse();
}

void CoverageMatrixModel::clearAcl()
{
    m_input.acl.reset();
    m_aclSource.clear();
    m_aclErrors.clear();
    analyse();
}

void CoverageMatrixModel::analyse()
{
    beginResetModel();
    m_report = CoverageAnalyzer::analyze(m_input);
    endResetModel();
    Q_EMIT analysed();
}

QString CoverageMatrixModel::ufwSummary() const
{
    if (!m_input.ufw)
        return tr("UFW: not loaded");
    QString text
        = tr("UFW: %1 (%n rule(s))", nullptr, int(m_input.ufw->rules.size())).arg(m_ufwSource);
    if (!m_input.ufw->active)
        text += u"; "_s + tr("inactive");
    if (!m_input.ufw->ipv6Enabled)
        text += u"; "_s + tr("IPv6 off");
    return text;
}

QString CoverageMatrixModel::aclSummary() const
{
    if (!m_input.acl)
        return tr("ACL: not loaded");
    return tr("ACL: %1 (%n list(s))", nullptr, int(m_input.acl->size())).arg(m_aclSource);
}

const AclList *CoverageMatrixModel::aclList() const
{
    if (!m_input.acl)
        return nullptr;
    for (qsizetype i = m_input.acl->size() - 1; i >= 0; --i) {
        if (m_input.acl->at(i).name == m_input.aclListName)
            return &m_input.acl->at(i);
    }
    return nullptr;
}

QString CoverageMatrixModel::serviceId(int column)
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

CoverageMatrixModel::CellState CoverageMatrixModel::state(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size())
        return CellState::Unknown;
    if (column < SipUdp || column >= ColumnCount)
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

int CoverageMatrixModel::worstColumn(int row) const
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

int CoverageMatrixModel::count(FindingSeverity severity) const
{
    return int(std::count_if(m_report.findings.begin(), m_report.findings.end(),
        [severity](const CoverageFinding &f) { return f.severity == severity; }));
}

int CoverageMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_input.targets.size());
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
    const CoverageTarget &target = m_input.targets.at(row);
    switch (role) {
    case Qt::DisplayRole:
        if (column == Target)
            return target.label;
        if (column == Provider) {
            const ProviderSpec *spec = m_catalog.find(target.provider);
            return spec ? spec->name : target.provider;
        }
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
        if (role == Qt::DisplayRole && section >= 0 && section < m_input.targets.size())
            return section + 1;
        return {};
    }
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Target:
            return tr("Range / address");
        case Provider:
            return tr("Provider");
        case SipUdp:
            return tr("SIP UDP 5060");
        case SipTls:
            return tr("SIP TLS 5061");
        case Rtp:
            return tr("RTP");
        case Wss:
            return tr("WSS 7443");
        case Acl:
            return tr("ACL %1").arg(m_input.aclListName);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SipUdp:
            return tr("UFW: SIP over UDP to port 5060");
        case SipTls:
            return tr("UFW: SIP over TLS (TCP) to port 5061");
        case Rtp:
            return tr("UFW: media (UDP) to the RTP ports of the provider's Sofia profile");
        case Wss:
            return tr("UFW: WebRTC (secure WebSocket, TCP) to port 7443");
        case Acl:
            return tr("FreeSWITCH: does the network list let this block in (apply-inbound-acl)?");
        default:
            return {};
        }
    }
    return {};
}

} // namespace xynap::session
