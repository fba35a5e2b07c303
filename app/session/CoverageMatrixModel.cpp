#include "CoverageMatrixModel.h"

#include "coverage/AclParser.h"
#include "coverage/CoverageAnalyzer.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "model/SipHost.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

namespace {

// Which state a mixed block shows: the worst part wins.
int rank(CoverageMatrixModel::CellState state)
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

// Parts that may overlap, laid over a block whose other parts are `rest`: every elementary
// interval shows the worst part over it, neighbours in the same state are merged.
QList<CoverageMatrixModel::Segment> flatten(
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

QString gapText(const UfwGap &gap, const CoverageService &service)
{
    return Cidr::toHostOrCidr(gap.block) + u" ("_s + gap.ports.toUfwString() + u'/'
        + service.protocolName() + u')';
}

bool hasSignalling(const CoverageTarget &target)
{
    return std::any_of(target.services.begin(), target.services.end(),
        [](const CoverageService &s) { return s.isSignalling(); });
}

const CoverageService *serviceOf(const CoverageTarget &target, const QString &id)
{
    for (const CoverageService &s : target.services) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

} // namespace

CoverageMatrixModel::CoverageMatrixModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(ProviderCatalog::builtIn())
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
    for (const QJsonValue &v : reply.value(u"rules"_s).toArray()) {
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

QString CoverageMatrixModel::symbol(CellState state)
{
    switch (state) {
    case CellState::Covered:
        return u"✔"_s;
    case CellState::Partly:
        return u"◐"_s;
    case CellState::Shadowed:
        return u"⛔"_s;
    case CellState::NotCovered:
        return u"✖"_s;
    case CellState::NotNeeded:
        return u"–"_s;
    case CellState::Unknown:
        break;
    }
    return u"?"_s;
}

QString CoverageMatrixModel::stateText(CellState state)
{
    switch (state) {
    case CellState::Covered:
        return tr("covered");
    case CellState::Partly:
        return tr("partly");
    case CellState::Shadowed:
        return tr("shadowed by deny");
    case CellState::NotCovered:
        return tr("not covered");
    case CellState::NotNeeded:
        return tr("not needed");
    case CellState::Unknown:
        break;
    }
    return tr("not loaded");
}

QString CoverageMatrixModel::ruleDescription(int rule) const
{
    if (!m_input.ufw || rule < 0 || rule >= m_input.ufw->rules.size())
        return tr("the default policy");
    const UfwRule &r = m_input.ufw->rules.at(rule);
    const int number = r.number > 0 ? r.number : rule + 1;
    if (r.line > 0)
        return tr("rule %1 (line %2): %3")
            .arg(QString::number(number), QString::number(r.line), UfwRenderer::command(r));
    return tr("rule %1: %2").arg(QString::number(number), UfwRenderer::command(r));
}

QString CoverageMatrixModel::nodeDescription(const AclList &list, int node) const
{
    if (node < 0 || node >= list.nodes.size()) {
        return list.effectiveDefault() == AclPolicy::Allow ? tr("the list's default (allow)")
                                                           : tr("the list's default (deny)");
    }
    const AclNode &n = list.nodes.at(node);
    QString xml = u"<node type=\""_s + (n.type == AclPolicy::Allow ? u"allow"_s : u"deny"_s) + u'"';
    if (!n.domain.isEmpty())
        xml += u" domain=\""_s + n.domain + u'"';
    else
        xml += u" cidr=\""_s + n.written + u'"';
    if (n.portRestricted())
        xml += u" ports=\""_s + n.ports.toUfwString() + u'"';
    xml += u"/>"_s;
    return tr("line %1: %2").arg(QString::number(n.line), xml);
}

QString CoverageMatrixModel::targetTitle(int row) const
{
    const CoverageTarget &target = m_input.targets.at(row);
    const ProviderSpec *spec = m_catalog.find(target.provider);
    const QString provider = spec ? spec->name : target.provider;
    return provider.isEmpty() ? target.label : u"%1 (%2)"_s.arg(target.label, provider);
}

QString CoverageMatrixModel::ufwDetail(int row, const ServiceCoverage &sc) const
{
    Q_UNUSED(row);
    QStringList lines;
    if (sc.ipv6Disabled)
        lines.append(tr("UFW's IPv6 support is off (IPV6=no): it drops all IPv6 traffic, whatever "
                        "the rules say."));
    if (sc.allowedByDefault)
        lines.append(tr("Let through because UFW is inactive or its default incoming policy is "
                        "allow — not by a rule."));
    if (!sc.coveringRules.isEmpty()) {
        lines.append(tr("Allowed by:"));
        for (const int rule : sc.coveringRules)
            lines.append(u"  "_s + ruleDescription(rule));
    } else if (!sc.allowedByDefault) {
        lines.append(tr("No rule allows it."));
    }
    if (sc.rateLimited)
        lines.append(tr("A limit rule allows part of it: ufw blocks a source that opens 6 or more "
                        "connections within 30 seconds."));
    if (sc.gaps.isEmpty()) {
        lines.append(tr("Gaps: none."));
    } else {
        lines.append(tr("Gaps (not let through):"));
        const QString policy
            = ufwActionName(m_input.ufw ? m_input.ufw->defaultIncoming : UfwAction::Deny);
        for (const UfwGap &gap : sc.gaps) {
            QString why;
            if (sc.ipv6Disabled)
                why = tr("IPv6 is off");
            else if (gap.shadowedRule >= 0 && gap.blockingRule >= 0)
                why = tr("%1 matches first and hides %2")
                          .arg(
                              ruleDescription(gap.blockingRule), ruleDescription(gap.shadowedRule));
            else if (gap.blockingRule >= 0)
                why = tr("decided by %1").arg(ruleDescription(gap.blockingRule));
            else
                why = tr("no rule matches: the default policy (%1) decides").arg(policy);
            lines.append(u"  "_s + gapText(gap, sc.service) + u" — "_s + why);
        }
    }
    return lines.join(u'\n');
}

QString CoverageMatrixModel::aclDetail(int row, const AclCoverage &ac) const
{
    Q_UNUSED(row);
    QStringList lines;
    const AclList *list = aclList();
    if (ac.status == AclStatus::ListMissing || !list) {
        lines.append(tr("The ACL list '%1' does not exist, so FreeSWITCH does not let this block "
                        "in without a challenge.")
                         .arg(m_input.aclListName));
        return lines.join(u'\n');
    }
    lines.append(list->effectiveDefault() == AclPolicy::Allow
            ? tr("List '%1' (line %2, default allow), decided per block:")
                  .arg(list->name, QString::number(list->line))
            : tr("List '%1' (line %2, default deny), decided per block:")
                  .arg(list->name, QString::number(list->line)));
    for (const AclDecision &d : ac.decisions) {
        QString text = d.allowed ? tr("allowed by %1").arg(nodeDescription(*list, d.node))
                                 : tr("denied by %1").arg(nodeDescription(*list, d.node));
        if (d.portRestricted)
            text += u" — "_s
                + tr("only from source ports %1").arg(list->nodes.at(d.node).ports.toUfwString());
        lines.append(u"  "_s + Cidr::toHostOrCidr(d.block) + u": "_s + text);
    }
    if (ac.unresolvedDomainNodes > 0)
        lines.append(
            tr("%n domain= node(s) not evaluated: their addresses come from the directory.",
                nullptr, ac.unresolvedDomainNodes));
    return lines.join(u'\n');
}

QString CoverageMatrixModel::detail(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size())
        return {};
    const CoverageTarget &target = m_input.targets.at(row);
    QStringList lines;
    if (column < SipUdp || column >= ColumnCount) {
        lines.append(targetTitle(row));
        lines.append(target.isProxy
                ? tr("A single address the provider's trunk uses.")
                : tr("An address range of the provider (%n address(es)).", nullptr,
                    int(std::min<double>(
                        std::ldexp(
                            1.0, Cidr::maxPrefix(Cidr::family(target.range)) - target.range.second),
                        1e9))));
        for (int c = SipUdp; c < ColumnCount; ++c) {
            const CellState s = state(row, c);
            lines.append(u"  "_s + headerData(c, Qt::Horizontal).toString() + u": "_s + symbol(s)
                + u' ' + stateText(s));
        }
        return lines.join(u'\n');
    }
    const CellState s = state(row, column);
    const QString what = column == Acl
        ? headerData(Acl, Qt::Horizontal).toString()
        : (serviceOf(target, serviceId(column)) ? serviceOf(target, serviceId(column))->display()
                                                : headerData(column, Qt::Horizontal).toString());
    lines.append(u"%1 — %2"_s.arg(targetTitle(row), what));
    lines.append(symbol(s) + u' ' + stateText(s));
    if (s == CellState::NotNeeded) {
        lines.append(column == Acl
                ? tr("The provider sends no SIP from this block; the ACL does not matter for it.")
                : tr("The provider does not use this service from this block; no rule is needed."));
        return lines.join(u'\n');
    }
    if (column == Acl) {
        const AclCoverage *ac = m_report.aclFor(row);
        if (!m_input.acl || !ac) {
            lines.append(
                tr("No ACL loaded: open acl.conf.xml, paste it, or load it from FreeSWITCH."));
            return lines.join(u'\n');
        }
        lines.append(aclDetail(row, *ac));
    } else {
        const ServiceCoverage *sc = m_report.service(row, serviceId(column));
        if (!m_input.ufw || !sc) {
            lines.append(tr(
                "No UFW rules loaded: open a file, paste them, or load them from the platform."));
            return lines.join(u'\n');
        }
        lines.append(ufwDetail(row, *sc));
    }
    const QStringList fix = fixes(row, column);
    if (!fix.isEmpty()) {
        lines.append(tr("Fix:"));
        for (const QString &f : fix)
            lines.append(u"  "_s + f);
    }
    return lines.join(u'\n');
}

QStringList CoverageMatrixModel::fixes(int row, int column) const
{
    if (row < 0 || row >= m_input.targets.size())
        return {};
    if (column < SipUdp || column >= ColumnCount) {
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

QString CoverageMatrixModel::suggestedFix() const
{
    QStringList ufw;
    QStringList acl;
    for (const CoverageFinding &f : m_report.findings) {
        if (f.severity == FindingSeverity::Info)
            continue;
        for (const QString &fix : f.fixes) {
            QStringList &to = fix.trimmed().startsWith(u'<') ? acl : ufw;
            if (!to.contains(fix))
                to.append(fix);
        }
    }
    if (ufw.isEmpty() && acl.isEmpty())
        return tr("# Nothing to fix: no warnings and no errors.");
    QStringList out;
    if (!ufw.isEmpty()) {
        out.append(tr("# UFW: run on the switch as root, then check with `ufw status numbered`."));
        out.append(tr("# The console never changes a firewall."));
        out += ufw;
    }
    if (!acl.isEmpty()) {
        if (!out.isEmpty())
            out.append(QString());
        out.append(tr("<!-- FreeSWITCH ACL: add to list \"%1\" in autoload_configs/acl.conf.xml, "
                      "then run `reloadacl`. -->")
                       .arg(m_input.aclListName));
        out += acl;
    }
    return out.join(u'\n') + u'\n';
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
