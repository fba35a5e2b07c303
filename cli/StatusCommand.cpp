#include "cli/StatusCommand.h"

#include "model/SofiaNames.h"
#include "model/TextSafety.h"
#include "session/Diagnosis.h"
#include "session/GatewayFindings.h"
#include "session/HealthSummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::cli {

using session::GatewayMonitor;
using session::GatewayRecord;

namespace {
QString presenceName(session::Presence p)
{
    switch (p) {
    case session::Presence::Running:
        return u"running"_s;
    case session::Presence::Gone:
        return u"gone"_s;
    case session::Presence::NotRunning:
        return u"not_running"_s;
    }
    return {};
}

// A gateway that is not healthy as a finding of resources/schema/findings.schema.json.
QJsonObject gatewayFinding(
    const GatewayRecord &g, const session::Diagnosis &d, const QString &state)
{
    QString rule = u"XY-GATEWAY-UNKNOWN"_s;
    QString severity = u"unknown"_s;
    QJsonArray fixes;
    QJsonArray commands;
    if (d.health == session::Health::Degraded) {
        rule = u"XY-GATEWAY-DEGRADED"_s;
        severity = u"warning"_s;
    } else if (d.health == session::Health::Down) {
        severity = u"error"_s;
        rule = g.presence == session::Presence::NotRunning ? u"XY-NOT-RUNNING"_s
            : g.presence == session::Presence::Gone        ? u"XY-GATEWAY-GONE"_s
                                                           : u"XY-GATEWAY-DOWN"_s;
    }
    if (g.presence == session::Presence::NotRunning) {
        // Only from names that pass the grammar, quoted for the shell: safe to paste.
        const SuggestedCommand reload = reloadGatewayCommand(g.profile, g.name);
        if (reload.ok()) {
            fixes.append(reload.line);
            commands.append(commandJson(reload));
        }
    }
    QJsonObject finding {{u"rule"_s, rule}, {u"severity"_s, severity},
        {u"subject"_s, u"%1@%2"_s.arg(g.name, g.node)},
        {u"message"_s, u"%1: %2"_s.arg(state, d.summary)}, {u"why"_s, d.detail},
        {u"fixes"_s, fixes}, {u"gateway"_s, g.name}, {u"node"_s, g.node},
        {u"profile"_s, g.profile}};
    if (!commands.isEmpty())
        finding.insert(u"fix_commands"_s, commands);
    return finding;
}

// A lint finding of the trunk behind a running gateway, in the same schema.
QJsonObject configFinding(const GatewayRecord &g, const lint::Finding &f)
{
    return {{u"rule"_s, f.ruleId}, {u"severity"_s, lint::severityName(f.severity)},
        {u"subject"_s, u"%1@%2"_s.arg(g.name, g.node)}, {u"message"_s, f.message},
        {u"why"_s, f.why}, {u"fixes"_s, QJsonArray()}, {u"gateway"_s, g.name}, {u"node"_s, g.node},
        {u"profile"_s, g.profile}, {u"fields"_s, QJsonArray::fromStringList(f.fields)}};
}

// What the lint adds to a gateway's line: the likely cause of a failure, or a saved change that
// is not applied, or an error that will make it fail when applied.
QString configNote(const QList<lint::Finding> &own, bool healthy)
{
    const lint::Finding *cause = session::likelyCause(own);
    if (!healthy && cause)
        return u"likely cause: %1"_s.arg(cause->message);
    for (const lint::Finding &f : own) {
        if (f.ruleId == u"XY-NOT-APPLIED"_s)
            return u"saved change not applied (%1)"_s.arg(f.fields.join(u", "_s));
    }
    return cause ? u"will fail when applied: %1"_s.arg(cause->message) : QString();
}

QJsonObject nodeFinding(const QString &rule, const QString &nodeAndWhy)
{
    const qsizetype colon = nodeAndWhy.indexOf(u": "_s);
    return {{u"rule"_s, rule}, {u"severity"_s, u"unknown"_s},
        {u"subject"_s, colon < 0 ? nodeAndWhy : nodeAndWhy.left(colon)}, {u"message"_s, nodeAndWhy},
        {u"why"_s,
            u"what FreeSWITCH runs on this node is not known: its gateways are never taken as "
            "healthy"_s},
        {u"fixes"_s, QJsonArray()}};
}

// One JSON object on one line, as every command writes JSON (jsonText: no raw C1 control).
QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(jsonText(QJsonDocument(object), QJsonDocument::Compact));
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return u"?"_s;
    if (seconds < 120)
        return u"%1s"_s.arg(seconds);
    if (seconds < 7200)
        return u"%1m"_s.arg(seconds / 60);
    if (seconds < 172'800)
        return u"%1h%2m"_s.arg(seconds / 3600).arg(seconds / 60 % 60, 2, 10, QChar(u'0'));
    return u"%1d%2h"_s.arg(seconds / 86400).arg(seconds / 3600 % 24);
}
} // namespace

StatusCommand::StatusCommand(Target target, Io io, bool json, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_json(json)
    , m_run(m_target, io, this)
{
}

void StatusCommand::start()
{
    if (m_target.esl.isEmpty()) {
        finish(complain(Usage, u"no Event Socket: give --esl HOST:PORT or --profile NAME"_s));
        return;
    }
    connect(&m_run, &MonitorRun::ready, this, &StatusCommand::report);
    m_run.start();
}

void StatusCommand::report()
{
    const GatewayMonitor &monitor = m_run.monitor();
    // The lint first, while no diagnosis is made: its copy of what runs is gone before the
    // diagnoses fill the rows (the peak of a fleet's status is one of them, not both).
    const auto lintFindings = session::gatewayFindings(monitor, m_target.catalog);
    const session::HealthSummary summary = session::summarize(monitor, m_run.trunksError());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int code = m_run.failureExit();
    for (const QString &f : m_run.failures())
        complain(Ok, f);
    if (!m_run.trunksError().isEmpty())
        complain(
            Ok, u"trunks not known (NOT RUNNING cannot be told): %1"_s.arg(m_run.trunksError()));
    for (const QString &n : summary.unreadableNodes) {
        complain(Ok, n);
        code = std::max<int>(code, DataError);
    }
    if (!summary.overLimitNodes.isEmpty())
        code = std::max<int>(code, LimitExceeded);

    struct Row {
        const GatewayRecord *record;
        session::Diagnosis diagnosis;
        QString state;
    };
    QList<Row> rows;
    for (int row = 0; row < monitor.rowCount(); ++row)
        rows.append({monitor.recordAt(row), monitor.diagnosisAt(row),
            monitor.data(monitor.index(row, GatewayMonitor::State)).toString()});
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.record->node, a.record->profile, a.record->name)
            < std::tie(b.record->node, b.record->profile, b.record->name);
    });

    if (m_json) {
        // Written one gateway at a time: a node with 100,000 gateways must not be held as one
        // JSON document besides the monitor (the whole object, parsed, is the same).
        QTextStream &o = out();
        o << u"{\n\"nodes\": ["_s;
        bool firstNode = true;
        for (const GatewayMonitor::NodeStatus &n : monitor.nodes()) {
            QJsonObject node {{u"node"_s, n.name},
                {u"connected"_s, n.state == esl::Link::State::Up},
                {u"gateways_known"_s, n.gatewaysKnown}};
            if (n.state != esl::Link::State::Up)
                node.insert(u"error"_s, n.detail);
            else if (!n.snapshotError.isEmpty())
                node.insert(u"error"_s, n.snapshotError);
            if (n.overLimit)
                node.insert(u"over_limit"_s, true);
            QString head = jsonLine(node);
            head.chop(1); // the closing brace: "gateways" follows
            o << (firstNode ? u"\n"_s : u",\n"_s) << head << u",\"gateways\": ["_s;
            firstNode = false;
            bool firstGateway = true;
            for (const Row &r : std::as_const(rows)) {
                if (r.record->node != n.name)
                    continue;
                const GatewayRecord &g = *r.record;
                QJsonObject gw {{u"gateway"_s, g.name}, {u"profile"_s, g.profile},
                    {u"presence"_s, presenceName(g.presence)}, {u"state"_s, g.state},
                    {u"ping_status"_s, g.pingStatus},
                    // ms, FreeSWITCH's <pingtime> of the last answered ping; null: not pinged
                    {u"ping_ms"_s,
                        g.pingTimeMs >= 0 && g.presence == session::Presence::Running
                            ? QJsonValue(std::round(g.pingTimeMs * 100) / 100)
                            : QJsonValue()},
                    {u"health"_s, session::healthName(r.diagnosis.health)},
                    {u"diagnosis"_s, r.diagnosis.summary}, {u"detail"_s, r.diagnosis.detail},
                    {u"calls_in"_s, g.callsIn}, {u"calls_out"_s, g.callsOut}};
                QJsonArray own;
                const QList<lint::Finding> mine = session::findingsOn(lintFindings, g.name, g.node);
                for (const lint::Finding &f : mine) {
                    if (f.ruleId != u"XY-NOT-RUNNING"_s)
                        own.append(configFinding(g, f));
                }
                gw.insert(u"findings"_s, own);
                const QString note
                    = configNote(mine, r.diagnosis.health == session::Health::Healthy);
                gw.insert(u"config_note"_s, note.isEmpty() ? QJsonValue() : QJsonValue(note));
                gw.insert(
                    u"last_sip_code"_s, g.lastStatus ? QJsonValue(g.lastStatus) : QJsonValue());
                gw.insert(
                    u"last_sip_phrase"_s, g.lastStatus ? QJsonValue(g.lastPhrase) : QJsonValue());
                if (g.since.isValid()) {
                    gw.insert(u"since"_s, g.since.toUTC().toString(Qt::ISODate));
                    gw.insert(u"seconds_in_state"_s, g.since.secsTo(now));
                    // false: at least that long (the console saw it so first, FreeSWITCH
                    // does not say since when)
                    gw.insert(u"since_exact"_s, g.sinceExact);
                }
                o << (firstGateway ? u"\n"_s : u",\n"_s) << jsonLine(gw);
                firstGateway = false;
            }
            o << u"\n]}"_s;
        }
        const QString tail
            = jsonLine(QJsonObject {{u"health"_s, session::healthName(summary.overall())},
                {u"trunks_known"_s, monitor.trunksKnown()}});
        o << u"\n],\n"_s << QStringView(tail).sliced(1, tail.size() - 2) << u",\n\"findings\": ["_s;
        // Everything that is not healthy, in the findings schema lint and coverage share.
        bool firstFinding = true;
        const auto finding = [&o, &firstFinding](const QJsonObject &f) {
            o << (firstFinding ? u"\n"_s : u",\n"_s) << jsonLine(f);
            firstFinding = false;
        };
        for (const QString &n : summary.unreachableNodes)
            finding(nodeFinding(u"XY-NODE-UNREACHABLE"_s, n));
        for (const QString &n : summary.unreadableNodes)
            finding(nodeFinding(u"XY-NODE-UNREADABLE"_s, n));
        if (!summary.trunksProblem.isEmpty())
            finding(QJsonObject {{u"rule"_s, u"XY-TRUNKS-UNKNOWN"_s}, {u"severity"_s, u"unknown"_s},
                {u"subject"_s, u"Platform API"_s}, {u"message"_s, summary.trunksProblem},
                {u"why"_s,
                    u"without the trunks the API serves, a gateway that should run but does "
                    "not cannot be told"_s},
                {u"fixes"_s, QJsonArray()}});
        for (const Row &r : std::as_const(rows))
            if (r.diagnosis.health != session::Health::Healthy)
                finding(gatewayFinding(*r.record, r.diagnosis, r.state));
        for (const Row &r : std::as_const(rows)) {
            for (const lint::Finding &f :
                session::findingsOn(lintFindings, r.record->name, r.record->node)) {
                if (f.ruleId != u"XY-NOT-RUNNING"_s)
                    finding(configFinding(*r.record, f));
            }
        }
        o << u"\n]\n}\n"_s;
    } else {
        out() << u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(u"NODE"_s, -16)
                     .arg(u"PROFILE"_s, -14)
                     .arg(u"GATEWAY"_s, -12)
                     .arg(u"STATE"_s, -11)
                     .arg(u"PING"_s, -4)
                     .arg(u"LAST SIP"_s, -24)
                     .arg(u"FOR"_s, -6)
                     .arg(u"DIAGNOSIS"_s);
        for (const Row &r : std::as_const(rows)) {
            const GatewayRecord &g = *r.record;
            const QString sip = g.lastStatus ? u"%1 %2"_s.arg(g.lastStatus).arg(g.lastPhrase)
                                             : u"not reported yet"_s;
            out() << u"%1  %2  %3  %4  %5  %6  %7  %8\n"_s.arg(terminalSafe(g.node), -16)
                         .arg(terminalSafe(g.profile), -14)
                         .arg(terminalSafe(g.name), -12)
                         .arg(terminalSafe(r.state), -11)
                         .arg(terminalSafe(g.pingStatus), -4)
                         .arg(terminalSafe(sip), -24)
                         .arg(g.since.isValid() ? (g.sinceExact ? QString() : u">"_s)
                                     + duration(g.since.secsTo(now))
                                                : u"?"_s,
                             -6)
                         .arg(terminalSafe(r.diagnosis.summary));
            const QString note = configNote(session::findingsOn(lintFindings, g.name, g.node),
                r.diagnosis.health == session::Health::Healthy);
            if (!note.isEmpty())
                out() << u"    "_s << terminalSafe(note) << u'\n';
        }
        out() << u"health: %1 — %2\n"_s.arg(
            paintSeverity(session::healthName(summary.overall()), m_io.colour),
            terminalSafe(summary.line()));
    }
    finish(code);
}

CommandHelp StatusCommand::help()
{
    return {u"status"_s, u"[--json]"_s, u"gateway states from every Event Socket"_s,
        u"Every gateway on every node: state, ping, the last SIP answer FreeSWITCH reported, "
        "how long it has been so (> when the console only knows since when it saw it), and "
        "the diagnosis. Trunks the API serves that a node does not run are listed as NOT "
        "RUNNING. --json adds presence, health and the findings (every gateway that is not "
        "healthy, in the findings schema).\n\n"
        "Exit 0 when every node was read; 65 when a gateway list cannot be read; 69 when a "
        "node cannot be reached; 77 for a refused Event Socket password."_s};
}

Secrets StatusCommand::secrets(const QCommandLineParser &)
{
    return {true, true};
}

int StatusCommand::execute(const Invocation &in)
{
    return StatusCommand(in.target, in.io, in.parser.isSet(u"json"_s))
        .run(in.deadline(EslDeadlineMs));
}

} // namespace xynap::cli
