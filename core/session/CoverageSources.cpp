#include "session/CoverageSources.h"

#include "coverage/AclParser.h"
#include "coverage/UfwParser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace xynap::session {

using namespace xynap::coverage;

QList<CoverageTarget> CoverageSources::targetsFor(
    const ProviderCatalog &catalog, const QList<SofiaProfile> &profiles, const QList<Trunk> &trunks)
{
    return CoverageTarget::forPlatform(catalog, profiles, trunks);
}

std::optional<UfwParseResult> CoverageSources::parseUfwApiReply(
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

CoverageSources::SourceKind CoverageSources::detectKind(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QChar(0xfeff)))
        t = t.mid(1).trimmed();
    if (t.startsWith(u'<') || t.contains(u"<network-lists") || t.contains(u"<configuration"))
        return SourceKind::Acl;
    return SourceKind::Ufw;
}

namespace {

// Every issue the parser could not place says which source it came from.
void nameSource(QList<ParseIssue> &issues, const QString &source)
{
    for (ParseIssue &issue : issues) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
}

} // namespace

UfwParseResult CoverageSources::parseUfw(QStringView text, const QString &source)
{
    UfwParseResult parsed = UfwParser::parse(text);
    nameSource(parsed.errors, source);
    return parsed;
}

UfwParseResult CoverageSources::parseUfwRuleFiles(QStringView userRules, const QString &userSource,
    QStringView user6Rules, const QString &user6Source)
{
    UfwParseResult parsed = UfwParser::parseRuleFiles(userRules, user6Rules);
    for (ParseIssue &issue : parsed.errors)
        issue.source = issue.source == u"user6.rules" ? user6Source : userSource;
    return parsed;
}

AclParseResult CoverageSources::parseAcl(QStringView xml, const QString &source)
{
    AclParseResult parsed = AclParser::parse(xml);
    nameSource(parsed.errors, source);
    return parsed;
}

void CoverageSources::setUfw(const UfwParseResult &parsed, const QString &source)
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
}

void CoverageSources::clearUfw()
{
    m_ufwParsed.reset();
    m_input.ufw.reset();
    m_ufwSource.clear();
    m_ufwErrors.clear();
}

void CoverageSources::setAcl(const AclParseResult &parsed, const QString &source)
{
    m_input.acl = parsed.lists;
    m_aclSource = source;
    m_aclErrors = parsed.errors;
    for (ParseIssue &issue : m_aclErrors) {
        if (issue.source.isEmpty())
            issue.source = source;
    }
}

void CoverageSources::clearAcl()
{
    m_input.acl.reset();
    m_aclSource.clear();
    m_aclErrors.clear();
}

QString CoverageSources::ufwSummary() const
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

QString CoverageSources::aclSummary() const
{
    if (!m_input.acl)
        return tr("ACL: not loaded");
    return tr("ACL: %1 (%n list(s))", nullptr, int(m_input.acl->size())).arg(m_aclSource);
}

} // namespace xynap::session
