#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/CoverageInput.h"
#include "coverage/CoverageReport.h"
#include "coverage/UfwParseResult.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace xynap::session {

// "Firewall and ACL coverage" as a table: one row per provider range or trunk address, one
// column per service (SIP UDP 5060, SIP TLS 5061, RTP, WSS 7443) and one for the ACL list the
// providers must be in. Holds the parsed sources (UFW, ACL), re-runs CoverageAnalyzer whenever
// one changes and explains every cell: the deciding rules, the gaps, the fixes and which part of
// the block is covered. Pure (no widgets, no I/O), so the GUI and `xynapctl coverage` share it.
class CoverageMatrixModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CoverageMatrixModel)

public:
    enum Column { Target, Provider, SipUdp, SipTls, Rtp, Wss, Acl, ColumnCount };
    enum Role {
        StateRole = Qt::UserRole + 1, // CellState as int
        SymbolRole, // "✔", "◐", "⛔", "✖", "–", "?"
        StateTextRole, // "covered", … (translated)
        TargetRole, // index into input().targets
        ServiceRole, // "sip-udp", …, "acl"; empty for Target and Provider
    };
    // Colour, symbol AND text: never colour alone.
    enum class CellState { Covered, Partly, Shadowed, NotCovered, NotNeeded, Unknown };
    Q_ENUM(CellState)

    enum class SourceKind { Ufw, Acl };

    // One part of a block in the range bar: [start, end) as fractions of the block.
    struct Segment {
        double start = 0;
        double end = 1;
        CellState state = CellState::Covered;
        QString label; // "92.197.177.0/25 (5060/udp)"
    };

    explicit CoverageMatrixModel(ProviderCatalog catalog, QObject *parent = nullptr);

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

    void setCatalog(const ProviderCatalog &catalog) { m_catalog = catalog; }
    void setTargets(const QList<coverage::CoverageTarget> &targets);
    void setProfiles(const QList<SofiaProfile> &profiles);
    // Replaces the UFW rules. A parse of /etc/default/ufw (format Defaults) is applied on top of
    // the rules already loaded instead (IPv6, default policy).
    void setUfw(const coverage::UfwParseResult &parsed, const QString &source);
    void clearUfw();
    void setAcl(const coverage::AclParseResult &parsed, const QString &source);
    void clearAcl();

    const coverage::CoverageInput &input() const { return m_input; }
    const coverage::CoverageReport &report() const { return m_report; }
    bool hasUfw() const { return m_input.ufw.has_value(); }
    bool hasAcl() const { return m_input.acl.has_value(); }
    QString ufwSource() const { return m_ufwSource; }
    QString aclSource() const { return m_aclSource; }
    // What the parsers could not read, each naming its source and line.
    QList<coverage::ParseIssue> parseErrors() const { return m_ufwErrors + m_aclErrors; }
    // "UFW: user.rules (11 rules)" / "UFW: not loaded"
    QString ufwSummary() const;
    QString aclSummary() const;

    CellState state(int row, int column) const;
    // The column of the row's worst state (for a click on the target itself).
    int worstColumn(int row) const;
    // The deciding rules or ACL nodes and the gaps of a cell, as plain text.
    QString detail(int row, int column) const;
    QStringList fixes(int row, int column) const;
    // Which parts of the block the cell's rules or nodes let through, in address order and
    // covering [0, 1); empty for the Target and Provider columns.
    QList<Segment> segments(int row, int column) const;
    // Copyable fix lines for every warning and error: ufw commands, then ACL nodes, with comments.
    QString suggestedFix() const;
    // Findings that count: warnings and errors.
    int count(coverage::FindingSeverity severity) const;

    static QString symbol(CellState state);
    static QString stateText(CellState state);
    static QString serviceId(int column); // "sip-udp", …, "acl"; empty for others
    QString ruleDescription(int rule) const; // "rule 3: ufw allow …"

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
    const coverage::AclList *aclList() const;
    QString nodeDescription(const coverage::AclList &list, int node) const;
    QString targetTitle(int row) const;
    QString ufwDetail(int row, const coverage::ServiceCoverage &sc) const;
    QString aclDetail(int row, const coverage::AclCoverage &ac) const;

    ProviderCatalog m_catalog;
    coverage::CoverageInput m_input;
    coverage::CoverageReport m_report;
    std::optional<coverage::UfwParseResult> m_ufwParsed;
    QString m_ufwSource;
    QString m_aclSource;
    QList<coverage::ParseIssue> m_ufwErrors;
    QList<coverage::ParseIssue> m_aclErrors;
};

} // namespace xynap::session
