#include "cli/LintCommand.h"

#include "cli/CoverageIo.h"
#include "model/FileRead.h"
#include "model/TextSafety.h"
#include "platform/PlatformApi.h"
#include "session/CoverageSources.h"
#include "session/SofiaActions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {
// Reads {"trunks": [...], "profiles": [...]}: an export, a scenario file or the API's list.
int readLintFile(const QString &path, session::SnapshotBuilder &snapshot, Io io)
{
    const FileReadResult file = readInputFile(path);
    if (!file.ok())
        return complain(io, DataError, file.error);
    const QByteArray &data = file.data;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return complain(io, DataError,
            u"%1:%2: %3"_s.arg(path)
                .arg(data.left(error.offset).count('\n') + 1)
                .arg(error.errorString()));
    const QJsonArray trunks
        = doc.isArray() ? doc.array() : doc.object().value(u"trunks"_s).toArray();
    for (qsizetype i = 0; i < trunks.size(); ++i) {
        const TrunkParseResult r = trunkFromJson(trunks.at(i).toObject());
        if (!r.ok())
            return complain(io, DataError,
                u"%1: trunks[%2].%3: %4"_s.arg(path).arg(i).arg(
                    r.errors.first().field, r.errors.first().message));
        Trunk t = r.trunk;
        if (t.id == 0)
            t.id = int(i) + 1;
        snapshot.addTrunk(t);
    }
    for (const auto &p : doc.object().value(u"profiles"_s).toArray())
        snapshot.addProfile(profileFromJson(p.toObject()));
    return Ok;
}
} // namespace

LintCommand::LintCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
    , m_run(m_target, io, this)
    , m_snapshot(m_target.catalog)
{
}

void LintCommand::start()
{
    if (!m_options.ufw.isEmpty() || !m_options.ufw6.isEmpty()) {
        QString source;
        const auto ufw = readUfwFiles(m_options.ufw, m_options.ufw6, err(), &source);
        if (!ufw || reportParseIssues(ufw->errors, err())) {
            finish(DataError);
            return;
        }
        m_snapshot.setFirewall(ufw);
    }
    if (!m_options.file.isEmpty()) {
        if (const int rc = readLintFile(m_options.file, m_snapshot, m_io); rc != Ok) {
            finish(rc);
            return;
        }
    } else if (m_target.apiUrl.isEmpty()) {
        finish(complain(Usage, u"lint what? give --file FILE, or --api URL / --profile NAME"_s));
        return;
    } else if (m_target.token.isEmpty()) {
        finish(complain(NoPermission,
            u"no API token: store one with `xynapctl token set --profile NAME`, or set XYNAP_TOKEN"_s));
        return;
    }
    auto *client = new platform::ApiClient(this);
    configure(*client, m_target);
    const bool fromApi = m_options.file.isEmpty();
    if (fromApi) {
        ++m_pending;
        connect(platform::PlatformApi(client).trunks(), &platform::ApiJob::finished, this,
            [this](const platform::ApiResult &r) {
                if (!r.ok()) {
                    m_code = std::max(m_code, complain(exitFor(r), platform::operatorMessage(r)));
                } else {
                    const platform::TrunkListResult read = platform::trunksFromReply(r);
                    m_snapshot.setTrunks(read.trunks);
                    if (!read.ok())
                        m_code = std::max<int>(m_code,
                            complain(DataError,
                                u"the Platform API sent trunks that cannot be read: %1"_s.arg(
                                    read.error)));
                }
                step();
            });
        ++m_pending;
        connect(platform::PlatformApi(client).profiles(), &platform::ApiJob::finished, this,
            [this](const platform::ApiResult &r) {
                if (!r.ok())
                    m_code = std::max(m_code, complain(exitFor(r), platform::operatorMessage(r)));
                else
                    for (const auto &p : r.json.object().value(u"profiles"_s).toArray())
                        m_snapshot.addProfile(profileFromJson(p.toObject()));
                step();
            });
        if (!m_snapshot.hasFirewall()) {
            ++m_pending;
            connect(platform::PlatformApi(client).ufw(), &platform::ApiJob::finished, this,
                [this](const platform::ApiResult &r) {
                    QString error = r.ok() ? QString() : platform::operatorMessage(r);
                    const auto ufw = r.ok() ? session::CoverageSources::parseUfwApiReply(
                                         r.json.object(), u"Platform API"_s, &error)
                                            : std::nullopt;
                    if (ufw && !reportParseIssues(ufw->errors, err()))
                        m_snapshot.setFirewall(ufw);
                    else
                        complain(Ok, u"firewall not checked: %1"_s.arg(error));
                    step();
                });
        }
    }
    if (!m_target.esl.isEmpty()) {
        // What FreeSWITCH runs, for the drift rules, and the live ACL from the first node.
        ++m_pending;
        connect(&m_run, &MonitorRun::ready, this, [this] {
            for (const QString &f : m_run.failures())
                complain(Ok, u"what FreeSWITCH runs not checked: %1"_s.arg(f));
            fetchAcl();
            step();
        });
        m_run.start();
    } else if (m_options.acl.isEmpty() && fromApi) {
        complain(Ok,
            u"ACL not checked: no Event Socket (give --esl HOST:PORT, --acl FILE or a "
            "profile with an Event Socket)"_s);
        complain(Ok, u"what FreeSWITCH runs not checked: no Event Socket"_s);
    }
    if (!m_options.acl.isEmpty()) {
        QString source;
        const auto acl = readAcl(m_options.acl, {}, err(), &source);
        if (!acl || reportParseIssues(acl->errors, err())) {
            finish(DataError);
            return;
        }
        m_snapshot.setAcl(acl);
    }
    ++m_pending;
    QMetaObject::invokeMethod(this, &LintCommand::step, Qt::QueuedConnection);
}

void LintCommand::fetchAcl()
{
    if (!m_options.acl.isEmpty() || m_target.esl.isEmpty())
        return;
    ++m_pending;
    session::SofiaActions(&m_run.monitor())
        .fetchAcl(m_target.esl.first().toString(),
            [this](bool ok, const QByteArray &xml, const QString &error) {
                QString source;
                const auto acl
                    = ok ? readAcl({}, QString::fromUtf8(xml), err(), &source) : std::nullopt;
                if (!ok)
                    complain(Ok, u"ACL not checked: %1"_s.arg(error));
                else if (!acl || reportParseIssues(acl->errors, err()))
                    complain(Ok, u"ACL not checked: FreeSWITCH's answer could not be read"_s);
                else
                    m_snapshot.setAcl(acl);
                step();
            });
}

void LintCommand::step()
{
    if (--m_pending > 0 || isFinished())
        return;
    report();
}

void LintCommand::report()
{
    if (m_code != Ok) {
        finish(m_code); // unreadable or missing trunks are never "0 errors"
        return;
    }
    if (!m_target.esl.isEmpty()) {
        const session::GatewayMonitor &monitor = m_run.monitor();
        for (const session::GatewayMonitor::NodeStatus &n : monitor.nodes()) {
            if (n.overLimit)
                m_code = std::max<int>(
                    m_code, complain(LimitExceeded, u"%1: %2"_s.arg(n.name, n.snapshotError)));
        }
        if (m_code != Ok) {
            finish(m_code); // a node past a bound is never "0 errors"
            return;
        }
        // MonitorRun keeps the applied versions.
        if (!m_snapshot.setRunning(monitor))
            complain(
                Ok, u"what FreeSWITCH runs not checked: no node's gateway list could be read"_s);
    }
    const QList<lint::Finding> findings = lint::LintEngine().run(m_snapshot.snapshot());
    printFindings(findings, m_options.json, out(), m_io.colour);
    finish(lint::exitCodeFor(findings));
}

namespace {
QJsonArray findingFixes(const QStringList &lines, const QString &label)
{
    if (!lines.isEmpty())
        return QJsonArray::fromStringList(lines);
    return label.isEmpty() ? QJsonArray() : QJsonArray {label};
}
} // namespace

void printFindings(const QList<lint::Finding> &findings, bool json, QTextStream &out, bool colour)
{
    if (json) {
        // The keys of resources/schema/findings.schema.json first, then lint's own.
        QJsonArray list;
        for (const lint::Finding &f : findings) {
            QJsonObject o {{u"rule"_s, f.ruleId}, {u"severity"_s, lint::severityName(f.severity)},
                {u"subject"_s, f.subject}, {u"message"_s, f.message}, {u"why"_s, f.why},
                {u"fixes"_s, findingFixes(f.fixLines, f.fixLabel)}, {u"gateway"_s, f.gatewayName},
                {u"trunk_id"_s, f.trunkId}, {u"fields"_s, QJsonArray::fromStringList(f.fields)},
                {u"node"_s, f.node}};
            if (!f.fixLabel.isEmpty())
                o.insert(u"fix"_s, f.fixLabel);
            if (!f.fixCommands.isEmpty()) {
                QJsonArray commands;
                for (const SuggestedCommand &c : f.fixCommands)
                    commands.append(commandJson(c));
                o.insert(u"fix_commands"_s, commands);
            }
            if (f.fixedTrunk)
                o.insert(u"fixed_trunk"_s, trunkToJson(*f.fixedTrunk));
            list.append(o);
        }
        out << jsonOutput(QJsonDocument(
            QJsonObject {{u"findings"_s, list}, {u"exit_code"_s, lint::exitCodeFor(findings)}}));
        return;
    }
    for (const lint::Finding &f : findings) {
        // Names and values in the texts come from the API and FreeSWITCH: never raw.
        out << paintSeverity(lint::severityName(f.severity).toUpper(), colour) << u"  "_s
            << f.ruleId << u"  "_s
            << terminalSafe(f.gatewayName.isEmpty() ? f.subject : f.gatewayName);
        if (!f.fields.isEmpty())
            out << u" ("_s << terminalSafe(f.fields.join(u", "_s)) << u')';
        out << u"\n  "_s << terminalSafe(f.message) << u"\n  why: "_s << terminalSafe(f.why)
            << u'\n';
        if (!f.fixLines.isEmpty()) {
            out << u"  fix:\n"_s;
            for (const QString &line : f.fixLines)
                out << u"    "_s << terminalSafe(line) << u'\n';
        } else if (!f.fixLabel.isEmpty()) {
            out << u"  fix: "_s << terminalSafe(f.fixLabel) << u'\n';
        }
    }
    int errors = 0, warnings = 0;
    for (const lint::Finding &f : findings) {
        errors += f.severity == lint::Severity::Error;
        warnings += f.severity == lint::Severity::Warning;
    }
    out << u"%1 error(s), %2 warning(s), %3 finding(s) in all\n"_s.arg(errors).arg(warnings).arg(
        findings.size());
}

CommandHelp LintCommand::help()
{
    return {u"lint"_s, u"[--file FILE] [--ufw FILE] [--ufw6 FILE] [--acl FILE] [--json]"_s,
        u"misconfigurations of the trunks, the firewall and the ACL"_s,
        u"The trunks from the API (or --file), the firewall from the API (or --ufw), the "
        "ACL from the first Event Socket node (or --acl) and, with an Event Socket, what "
        "FreeSWITCH runs. What cannot be loaded is said and left out, never counted as "
        "clean. Severity words are coloured on a terminal (not with NO_COLOR).\n\n"
        "Exit 0 clean, 1 warnings, 2 errors; 65 when a file or a reply cannot be read."_s};
}

Secrets LintCommand::secrets(const QCommandLineParser &)
{
    return {true, true};
}

int LintCommand::execute(const Invocation &in)
{
    const QCommandLineParser &parser = in.parser;
    return LintCommand(in.target, in.io,
        {parser.value(u"file"_s), parser.value(u"ufw"_s), parser.value(u"ufw6"_s),
            parser.value(u"acl"_s), parser.isSet(u"json"_s)})
        .run(in.deadline(ApiDeadlineMs));
}

} // namespace xynap::cli
