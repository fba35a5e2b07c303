#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/CoverageInput.h"
#include "coverage/UfwParseResult.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace xynap::session {

// What the coverage matrix is computed from: the targets, the Sofia profiles and the parsed
// sources (UFW, ACL) with the names they were read from and what the parsers could not read.
// A plain store; CoverageMatrixModel analyses it again whenever it changes.
class CoverageSources {
    Q_DECLARE_TR_FUNCTIONS(xynap::session::CoverageMatrixModel)

public:
    enum class SourceKind { Ufw, Acl };

    // The catalog's provider ranges, proxies and host addresses (CoverageTarget::fromCatalog),
    // plus every IP-literal proxy of the trunks that the catalog does not already name.
    static QList<coverage::CoverageTarget> targetsFor(const ProviderCatalog &catalog,
        const QList<SofiaProfile> &profiles, const QList<Trunk> &trunks = {});
    // acl.conf.xml (or xml_locate output) or anything ufw prints or reads.
    static SourceKind detectKind(QStringView text);
    // UfwParser::parse with every error naming `source`.
    static coverage::UfwParseResult parseUfw(QStringView text, const QString &source);
    // user.rules and user6.rules together, the errors naming the two files.
    static coverage::UfwParseResult parseUfwRuleFiles(QStringView userRules,
        const QString &userSource, QStringView user6Rules, const QString &user6Source);
    static coverage::AclParseResult parseAcl(QStringView xml, const QString &source);
    // GET /api/v1/firewall/ufw's reply ({"ipv6": bool, "rules": ["ufw allow …", …]}); nullopt
    // and `error` set when it holds no list of rules.
    static std::optional<coverage::UfwParseResult> parseUfwApiReply(
        const QJsonObject &reply, const QString &source, QString *error);

    void setTargets(const QList<coverage::CoverageTarget> &targets) { m_input.targets = targets; }
    void setProfiles(const QList<SofiaProfile> &profiles) { m_input.profiles = profiles; }
    // Replaces the UFW rules. A parse of /etc/default/ufw (format Defaults) is applied on top of
    // the rules already loaded instead (IPv6, default policy).
    void setUfw(const coverage::UfwParseResult &parsed, const QString &source);
    void clearUfw();
    void setAcl(const coverage::AclParseResult &parsed, const QString &source);
    void clearAcl();

    const coverage::CoverageInput &input() const { return m_input; }
    bool hasUfw() const { return m_input.ufw.has_value(); }
    bool hasAcl() const { return m_input.acl.has_value(); }
    QString ufwSource() const { return m_ufwSource; }
    QString aclSource() const { return m_aclSource; }
    // What the parsers could not read, each naming its source and line.
    QList<coverage::ParseIssue> parseErrors() const { return m_ufwErrors + m_aclErrors; }
    // "UFW: user.rules (11 rules)" / "UFW: not loaded"
    QString ufwSummary() const;
    QString aclSummary() const;

private:
    coverage::CoverageInput m_input;
    std::optional<coverage::UfwParseResult> m_ufwParsed;
    QString m_ufwSource;
    QString m_aclSource;
    QList<coverage::ParseIssue> m_ufwErrors;
    QList<coverage::ParseIssue> m_aclErrors;
};

} // namespace xynap::session
