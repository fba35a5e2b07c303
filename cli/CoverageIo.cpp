#include "cli/CoverageIo.h"

#include "cli/Cli.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "model/FileRead.h"
#include "model/TextSafety.h"
#include "session/CoverageMatrixModel.h"
#include "session/CoverageSources.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace xynap::cli {

using namespace xynap::coverage;
using session::CoverageMatrixModel;
using session::CoverageSources;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("xynap::cli::CoverageCommand", text);
}

int complain(QTextStream &err, int code, const QString &message)
{
    // Parse errors quote the file ("unknown action …"): never raw to the terminal.
    err << u"xynapctl: "_s << terminalSafe(message) << u'\n';
    err.flush();
    return code;
}

// The whole file as text, or nullopt after naming the file (and the line) on `err`.
std::optional<QString> readText(const QString &path, QTextStream &err)
{
    // Regular files only, at most MaxInputFileBytes: not /dev/zero, not a FIFO.
    const FileReadResult read = readInputFile(path);
    if (!read.ok()) {
        complain(err, DataError, read.error);
        return std::nullopt;
    }
    const QByteArray &data = read.data;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder(lines.at(i));
        if (decoder.hasError() || lines.at(i).contains('\0')) {
            complain(err, DataError,
                u"%1:%2: %3"_s.arg(path, QString::number(i + 1), tr("not UTF-8 text")));
            return std::nullopt;
        }
    }
    return QString::fromUtf8(data);
}

} // namespace

bool reportParseIssues(const QList<ParseIssue> &issues, QTextStream &err)
{
    for (const ParseIssue &issue : issues)
        complain(err, DataError,
            u"%1:%2: %3"_s.arg(issue.source, QString::number(issue.line), issue.message));
    return !issues.isEmpty();
}

namespace {

// Stable names for --json, whatever the language.
QString stateName(CoverageMatrixModel::CellState state)
{
    using S = CoverageMatrixModel::CellState;
    switch (state) {
    case S::Covered:
        return u"covered"_s;
    case S::Partly:
        return u"partly"_s;
    case S::Shadowed:
        return u"shadowed-by-deny"_s;
    case S::NotCovered:
        return u"not-covered"_s;
    case S::NotNeeded:
        return u"not-needed"_s;
    case S::Unknown:
        break;
    }
    return u"not-loaded"_s;
}

QString pad(const QString &text, qsizetype width)
{
    return text + QString(std::max<qsizetype>(0, width - text.size()) + 2, u' ');
}

int exitCode(const CoverageMatrixModel &model)
{
    if (model.count(FindingSeverity::Error) > 0)
        return Critical;
    if (model.count(FindingSeverity::Warning) > 0)
        return Warning;
    return Ok;
}

int ruleNumber(const CoverageInput &input, int rule)
{
    if (!input.ufw || rule < 0 || rule >= input.ufw->rules.size())
        return 0;
    const int number = input.ufw->rules.at(rule).number;
    return number > 0 ? number : rule + 1;
}

QJsonArray ruleNumbers(const CoverageInput &input, const QList<int> &rules)
{
    QJsonArray out;
    for (const int rule : rules)
        out.append(ruleNumber(input, rule));
    return out;
}

void printJson(const CoverageMatrixModel &model, QTextStream &out)
{
    const CoverageInput &input = model.input();
    const CoverageReport &report = model.report();
    const AclList *list = nullptr;
    if (input.acl) {
        for (const AclList &l : *input.acl) {
            if (l.name == input.aclListName)
                list = &l;
        }
    }
    QJsonArray targets;
    for (int row = 0; row < input.targets.size(); ++row) {
        const CoverageTarget &target = input.targets.at(row);
        QJsonObject t {{u"label"_s, target.label}, {u"provider"_s, target.provider},
            {u"range"_s, Cidr::toString(target.range)}, {u"proxy"_s, target.isProxy}};
        QJsonObject cells;
        for (int c = CoverageMatrixModel::SipUdp; c < CoverageMatrixModel::ColumnCount; ++c) {
            const QString id = CoverageMatrixModel::serviceId(c);
            const auto state = model.state(row, c);
            QJsonObject cell {{u"state"_s, stateName(state)}};
            if (c == CoverageMatrixModel::Acl) {
                if (const AclCoverage *ac = report.aclFor(row); ac && input.acl) {
                    cell.insert(u"status"_s, aclStatusName(ac->status));
                    cell.insert(u"list"_s, ac->listName);
                    QJsonArray decisions;
                    for (const AclDecision &d : ac->decisions) {
                        QJsonObject o {
                            {u"block"_s, Cidr::toString(d.block)}, {u"allowed"_s, d.allowed}};
                        if (list && d.node >= 0 && d.node < list->nodes.size())
                            o.insert(u"node_line"_s, list->nodes.at(d.node).line);
                        else
                            o.insert(u"node_line"_s, QJsonValue());
                        if (d.portRestricted)
                            o.insert(u"port_restricted"_s, true);
                        decisions.append(o);
                    }
                    cell.insert(u"decisions"_s, decisions);
                    cell.insert(u"fixes"_s, QJsonArray::fromStringList(ac->fixes));
                }
            } else if (const ServiceCoverage *sc = report.service(row, id); sc && input.ufw) {
                cell.insert(u"status"_s, coverageStatusName(sc->status));
                cell.insert(u"ports"_s, sc->service.ports.toUfwString());
                cell.insert(u"protocol"_s, sc->service.protocolName());
                cell.insert(u"rules"_s, ruleNumbers(input, sc->coveringRules));
                QJsonArray gaps;
                for (const UfwGap &g : sc->gaps) {
                    QJsonObject o {
                        {u"block"_s, Cidr::toString(g.block)}, {u"ports"_s, g.ports.toUfwString()}};
                    o.insert(u"blocking_rule"_s,
                        g.blockingRule >= 0 ? QJsonValue(ruleNumber(input, g.blockingRule))
                                            : QJsonValue());
                    if (g.shadowedRule >= 0)
                        o.insert(u"shadowed_rule"_s, ruleNumber(input, g.shadowedRule));
                    gaps.append(o);
                }
                cell.insert(u"gaps"_s, gaps);
                cell.insert(u"fixes"_s, QJsonArray::fromStringList(sc->fixes));
                if (sc->allowedByDefault)
                    cell.insert(u"allowed_by_default"_s, true);
                if (sc->rateLimited)
                    cell.insert(u"rate_limited"_s, true);
                if (sc->ipv6Disabled)
                    cell.insert(u"ipv6_disabled"_s, true);
            }
            cells.insert(id, cell);
        }
        t.insert(u"coverage"_s, cells);
        targets.append(t);
    }
    QJsonArray findings;
    for (const CoverageFinding &f : report.findings) {
        findings.append(
            // The keys of resources/schema/findings.schema.json, then the UFW rule numbers.
            QJsonObject {{u"rule"_s, f.id}, {u"severity"_s, findingSeverityName(f.severity)},
                {u"subject"_s, f.subject}, {u"message"_s, f.message}, {u"why"_s, f.why},
                {u"fixes"_s, QJsonArray::fromStringList(f.fixes)},
                {u"ufw_rules"_s, ruleNumbers(input, f.rules)}});
    }
    QJsonObject sources;
    sources.insert(u"ufw"_s, model.hasUfw() ? QJsonValue(model.ufwSource()) : QJsonValue());
    sources.insert(u"acl"_s, model.hasAcl() ? QJsonValue(model.aclSource()) : QJsonValue());
    const QJsonObject root {{u"sources"_s, sources}, {u"targets"_s, targets},
        {u"findings"_s, findings},
        {u"fixes"_s,
            QJsonObject {{u"ufw"_s, QJsonArray::fromStringList(report.ufwFixes)},
                {u"acl"_s, QJsonArray::fromStringList(report.aclFixes)}}},
        {u"exit_code"_s, exitCode(model)}};
    out << jsonOutput(QJsonDocument(root));
}

void printText(const CoverageMatrixModel &model, QTextStream &out, bool colour)
{
    out << model.ufwSummary() << u'\n' << model.aclSummary() << u"\n\n"_s;

    QList<qsizetype> widths(CoverageMatrixModel::ColumnCount, 0);
    for (int c = 0; c < CoverageMatrixModel::ColumnCount; ++c) {
        widths[c] = model.headerData(c, Qt::Horizontal).toString().size();
        for (int row = 0; row < model.rowCount(); ++row)
            widths[c] = std::max(widths[c], model.index(row, c).data().toString().size());
    }
    const auto printRow = [&out, &widths](const auto &cell) {
        QString line;
        for (int c = 0; c < CoverageMatrixModel::ColumnCount; ++c)
            line += pad(terminalSafe(cell(c)), widths[c]);
        out << QStringView(line).trimmed() << u'\n';
    };
    printRow([&model](int c) { return model.headerData(c, Qt::Horizontal).toString(); });
    for (int row = 0; row < model.rowCount(); ++row)
        printRow([&model, row](int c) { return model.index(row, c).data().toString(); });

    const QList<CoverageFinding> &findings = model.report().findings;
    if (!findings.isEmpty())
        out << u'\n';
    for (const CoverageFinding &f : findings) {
        out << paintSeverity(findingSeverityName(f.severity).toUpper(), colour) << u"  "_s << f.id
            << u"  "_s << terminalSafe(f.subject) << u'\n';
        out << u"  "_s << terminalSafe(f.message) << u'\n';
        out << u"  "_s << tr("why:") << u' ' << terminalSafe(f.why) << u'\n';
        for (const QString &fix : f.fixes)
            out << u"  "_s << tr("fix:") << u' ' << terminalSafe(fix) << u'\n';
    }
    if (model.count(FindingSeverity::Error) + model.count(FindingSeverity::Warning) > 0)
        out << u'\n' << tr("Suggested fix (the console changes nothing):") << u'\n'
            << model.suggestedFix();
    out << u'\n'
        << tr("%1 error(s), %2 warning(s), %3 finding(s) in all")
               .arg(model.count(FindingSeverity::Error))
               .arg(model.count(FindingSeverity::Warning))
               .arg(findings.size())
        << u'\n';
}

} // namespace

std::optional<UfwParseResult> readUfwFiles(
    const QString &ufwFile, const QString &ufw6File, QTextStream &err, QString *source)
{
    std::optional<QString> v4;
    std::optional<QString> v6;
    if (!ufwFile.isEmpty() && !(v4 = readText(ufwFile, err)))
        return std::nullopt;
    if (!ufw6File.isEmpty() && !(v6 = readText(ufw6File, err)))
        return std::nullopt;
    // An empty file is no firewall without rules (ufw writes its chains even then): a wrong
    // path or a truncated copy, never "no rules".
    for (const auto &[file, text] : {std::pair {ufwFile, v4}, std::pair {ufw6File, v6}}) {
        if (text && text->trimmed().isEmpty()) {
            complain(err, DataError,
                u"%1: %2"_s.arg(file,
                    tr("the file is empty: no ufw rules to read (ufw writes its "
                       "chains even when there are no rules)")));
            return std::nullopt;
        }
    }
    // A rules file given alone is checked as the IPv4 file it is given as: user6.rules as --ufw
    // is an error at its line 1, not IPv6 rules read as IPv4.
    if (!v6 && v4 && UfwParser::detectFormat(*v4) == UfwFormat::UserRules) {
        *source = ufwFile;
        return CoverageSources::parseUfwRuleFiles(*v4, ufwFile, {}, {});
    }
    if (v6) {
        *source = ufwFile.isEmpty() ? ufw6File : ufwFile + u" + "_s + ufw6File;
        return CoverageSources::parseUfwRuleFiles(v4.value_or(QString()), ufwFile, *v6, ufw6File);
    }
    *source = ufwFile;
    return CoverageSources::parseUfw(*v4, ufwFile);
}

std::optional<AclParseResult> readAcl(
    const QString &aclFile, const QString &aclXmlFromEsl, QTextStream &err, QString *source)
{
    std::optional<QString> xml;
    *source = aclFile;
    if (!aclFile.isEmpty()) {
        if (!(xml = readText(aclFile, err)))
            return std::nullopt;
    } else {
        xml = aclXmlFromEsl;
        *source = tr("Event Socket (xml_locate)");
    }
    if (xml->trimmed().startsWith(u"-ERR")) {
        complain(err, DataError, u"%1:1: %2"_s.arg(*source, xml->trimmed()));
        return std::nullopt;
    }
    return CoverageSources::parseAcl(*xml, *source);
}

int runCoverageCommand(const ProviderCatalog &catalog, const QString &ufwFile,
    const QString &ufw6File, const QString &aclFile, const QString &aclXmlFromEsl, bool json,
    QTextStream &out, QTextStream &err, bool colour)
{
    if (ufwFile.isEmpty() && ufw6File.isEmpty() && aclFile.isEmpty() && aclXmlFromEsl.isEmpty())
        return complain(err, Usage,
            tr("coverage: give a UFW file, a user6.rules file or an ACL file (acl.conf.xml)"));

    CoverageInputs inputs;
    if (!ufwFile.isEmpty() || !ufw6File.isEmpty()) {
        inputs.ufw = readUfwFiles(ufwFile, ufw6File, err, &inputs.ufwSource);
        if (!inputs.ufw)
            return DataError;
    }
    if (!aclFile.isEmpty() || !aclXmlFromEsl.isEmpty()) {
        inputs.acl = readAcl(aclFile, aclXmlFromEsl, err, &inputs.aclSource);
        if (!inputs.acl)
            return DataError;
    }
    return reportCoverage(catalog, inputs, json, out, err, colour);
}

int reportCoverage(const ProviderCatalog &catalog, const CoverageInputs &inputs, bool json,
    QTextStream &out, QTextStream &err, bool colour)
{
    CoverageMatrixModel model(catalog);
    model.setTargets(CoverageSources::targetsFor(catalog, {}));

    bool broken = false;
    if (inputs.ufw) {
        broken = reportParseIssues(inputs.ufw->errors, err) || broken;
        model.setUfw(*inputs.ufw, inputs.ufwSource);
    }
    if (inputs.acl) {
        broken = reportParseIssues(inputs.acl->errors, err) || broken;
        model.setAcl(*inputs.acl, inputs.aclSource);
    }
    if (broken)
        return DataError;

    if (json)
        printJson(model, out);
    else
        printText(model, out, colour);
    out.flush();
    return exitCode(model);
}

} // namespace xynap::cli
