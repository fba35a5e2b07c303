#include "cli/CheckCommand.h"

#include "cli/Metrics.h"
#include "model/FileRead.h"
#include "model/TextSafety.h"
#include "session/GatewayFindings.h"
#include "session/HealthSummary.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {
// The summary of the gateways the filter keeps (all without a filter): the same verdict per
// gateway as the console's, counted over fewer rows.
session::HealthSummary filtered(const CheckData &data, const QStringList &gateways)
{
    session::HealthSummary s = data.summary;
    if (gateways.isEmpty())
        return s;
    s.total = s.healthy = s.degraded = s.down = s.unknown = s.notRunning = s.gone = 0;
    s.problems.clear();
    for (const CheckData::Gateway &g : data.gateways)
        if (gateways.contains(g.name))
            s.add({g.node, g.name, g.state, g.health, g.summary}, g.presence);
    s.sortProblems();
    return s;
}

QString perfThresholds(
    const std::optional<Threshold> &warning, const std::optional<Threshold> &critical)
{
    return u"%1;%2"_s.arg(
        warning ? warning->text() : QString(), critical ? critical->text() : QString());
}
} // namespace

CheckCommand::CheckCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
{
}

void CheckCommand::unknown(const QString &why)
{
    out() << u"XYNAP GATEWAYS UNKNOWN - "_s << pluginSafe(why) << u'\n';
    finish(Unknown);
}

void CheckCommand::start()
{
    m_elapsed.start();
    if (!m_options.from.isEmpty()) {
        fetch();
        return;
    }
    if (m_target.esl.isEmpty()) {
        unknown(u"no Event Socket given (--esl HOST:PORT or --profile)"_s);
        return;
    }
    if (!m_options.nodes.isEmpty()) {
        // Only the nodes asked for: another node's timeout must not hold this check up.
        QList<platform::EslEndpoint> kept;
        for (const platform::EslEndpoint &e : std::as_const(m_target.esl))
            if (m_options.nodes.contains(e.toString()))
                kept.append(e);
        QStringList known;
        for (const platform::EslEndpoint &e : std::as_const(m_target.esl))
            known.append(e.toString());
        for (const QString &n : std::as_const(m_options.nodes))
            if (!known.contains(n)) {
                unknown(u"--node %1 matches no Event Socket of this check (%2)"_s.arg(
                    n, known.join(u", "_s)));
                return;
            }
        m_target.esl = kept;
    }
    m_run = std::make_unique<MonitorRun>(m_target, m_io, this);
    connect(m_run.get(), &MonitorRun::ready, this, &CheckCommand::report);
    m_run->start();
}

void CheckCommand::deadlinePassed(int deadlineMs)
{
    unknown(u"no complete answer within %1 s"_s.arg(deadlineMs / 1000));
}

int CheckCommand::verdict(const session::HealthSummary &s, const Options &options)
{
    if (options.critical.alerts(s.down))
        return Critical;
    if (s.overall() == session::Health::Unknown || s.unknown > 0)
        return Unknown;
    if (options.warning.alerts(s.down + s.degraded))
        return Warning;
    return Ok;
}

QString CheckCommand::pingPerfdata() const
{
    // The round trip of each pinging gateway's last answered OPTIONS ping, in ms, as
    // FreeSWITCH measured it: 'ping_NAME'=0.76ms;;;0 (NAME@NODE when several nodes run it).
    if (!m_run)
        return {}; // check --from: serve's exposition carries the round trip, not this line
    const session::GatewayMonitor &monitor = m_run->monitor();
    QList<const session::GatewayRecord *> pinging;
    double maxMs = 0;
    for (int row = 0; row < monitor.rowCount(); ++row) {
        const session::GatewayRecord *r = monitor.recordAt(row);
        if ((!m_options.gateways.isEmpty() && !m_options.gateways.contains(r->name))
            || r->pingTimeMs < 0 || r->presence != session::Presence::Running
            || monitor.isStale(r->node))
            continue;
        pinging.append(r);
        maxMs = std::max(maxMs, r->pingTimeMs);
    }
    if (pinging.size() > m_options.maxPingLabels) {
        // The slowest round trip stands for them all, and how many it stands for.
        return u" 'ping_max'=%1ms;;;0 ping_gateways=%2;;;0"_s.arg(maxMs, 0, 'f', 2)
            .arg(pinging.size());
    }
    // How many nodes run each name: counted only for the labels printed.
    QHash<QString, int> nodesOf;
    for (int row = 0; row < monitor.rowCount(); ++row)
        ++nodesOf[monitor.recordAt(row)->name];
    QString out;
    for (const session::GatewayRecord *r : std::as_const(pinging)) {
        QString label = u"ping_"_s + r->name;
        if (nodesOf.value(r->name) > 1)
            label += u'@' + r->node;
        // A label is quoted, a quote in it doubled; '=' never appears (names and endpoints).
        label = u"'%1'"_s.arg(label.replace(u'\'', u"''"_s).remove(u'='));
        out += u" %1=%2ms;;;0"_s.arg(label).arg(r->pingTimeMs, 0, 'f', 2);
    }
    return out;
}

void CheckCommand::report()
{
    const session::GatewayMonitor &monitor = m_run->monitor();
    CheckData data;
    // The lint first, while no diagnosis is made: its copy of what runs is gone before the
    // diagnoses fill the rows (the peak of a fleet's check is one of them, not both).
    const auto findings = m_options.configCheck
        ? session::gatewayFindings(monitor, m_target.catalog)
        : QHash<QString, QList<lint::Finding>> {};
    // Nodes that never connected and unreadable lists are unknown, whatever the others say.
    data.summary = session::summarize(monitor, m_run->trunksError());
    for (const platform::EslEndpoint &e : std::as_const(m_target.esl))
        data.nodes.append(e.toString());
    // The summary counts every gateway. Beyond it, without --gateway a gateway matters only for
    // what the lint says of it: a fleet's check keeps those few, not 50,000 rows of its own.
    const bool everyGateway = !m_options.gateways.isEmpty();
    if (everyGateway)
        data.gateways.reserve(monitor.rowCount()); // not grown by doubling, old and new at once
    for (int row = 0; row < monitor.rowCount(); ++row) {
        const session::GatewayRecord *r = monitor.recordAt(row);
        QList<lint::Finding> own = session::findingsOn(findings, r->name, r->node);
        if (!everyGateway && own.isEmpty())
            continue;
        const session::Diagnosis d = monitor.diagnosisAt(row);
        data.gateways.append({r->node, r->name, d.health, r->presence,
            monitor.data(monitor.index(row, session::GatewayMonitor::State)).toString(), d.summary,
            std::move(own)});
    }
    reportData(std::move(data));
}

void CheckCommand::reportData(CheckData data)
{
    const session::HealthSummary s = filtered(data, m_options.gateways);
    int code = verdict(s, m_options);
    QString line = s.line();
    // What the lint knows: a failing gateway's likely cause, and a saved change not applied or a
    // trunk error on a gateway that runs well (it will fail when applied) — at least WARNING.
    int configProblems = 0;
    if (m_options.configCheck) {
        QStringList notes;
        for (const CheckData::Gateway &g : std::as_const(data.gateways)) {
            if (!m_options.gateways.isEmpty() && !m_options.gateways.contains(g.name))
                continue;
            const QList<lint::Finding> &own = g.findings;
            const bool healthy = g.health == session::Health::Healthy;
            const lint::Finding *cause = healthy ? nullptr : session::likelyCause(own);
            for (const lint::Finding &f : own) {
                if (f.ruleId == u"XY-NOT-RUNNING"_s)
                    continue; // counted as down already
                ++configProblems;
                if (&f == cause)
                    notes.append(u"%1@%2 likely cause: %3"_s.arg(g.name, g.node, f.message));
                else if (f.ruleId == u"XY-NOT-APPLIED"_s)
                    notes.append(u"%1@%2 saved change not applied (%3)"_s.arg(
                        g.name, g.node, f.fields.join(u", "_s)));
                else
                    notes.append(
                        u"%1@%2 will fail when applied: %3"_s.arg(g.name, g.node, f.message));
            }
        }
        if (!notes.isEmpty()) {
            line += u"; "_s + notes.join(u"; "_s);
            if (code == Ok)
                code = Warning;
        }
    }
    if (!m_options.gateways.isEmpty()) {
        QStringList missing;
        for (const QString &g : std::as_const(m_options.gateways)) {
            bool found = false;
            for (const CheckData::Gateway &row : std::as_const(data.gateways))
                found = found || row.name == g;
            if (!found)
                missing.append(g);
        }
        if (!missing.isEmpty()) {
            line = u"--gateway %1 matches no gateway; "_s.arg(missing.join(u", "_s)) + line;
            if (code != Critical)
                code = Unknown;
        }
    }
    const QString label = code == Critical ? u"CRITICAL"_s
        : code == Unknown                  ? u"UNKNOWN"_s
        : code == Warning                  ? u"WARNING"_s
                                           : u"OK"_s;
    // Names and texts from FreeSWITCH and the API: one line, no '|' (it starts the perfdata).
    // Perfdata: label=value[UOM];warn;crit;min;max — counts have no unit, the time is in s,
    // each pinging gateway's round trip in ms.
    out() << u"XYNAP GATEWAYS %1 - "_s.arg(label) << pluginSafe(line)
          << u" | healthy=%1;;;0;%2 degraded=%3;;;0;%2 down=%4;%5;0;%2 not_healthy=%6;%7;0;%2 "
             "not_running=%8;;;0;%2 unknown=%9;;;0;%2"_s.arg(s.healthy)
                 .arg(s.total)
                 .arg(s.degraded)
                 .arg(s.down)
                 .arg(perfThresholds(std::nullopt, m_options.critical))
                 .arg(s.down + s.degraded)
                 .arg(perfThresholds(m_options.warning, std::nullopt))
                 .arg(s.notRunning)
                 .arg(s.unknown)
          << pingPerfdata()
          << u" nodes_unreachable=%1;;;0;%2 config_findings=%3;;;0 time=%4s;;;0\n"_s
                 .arg(s.unreachableNodes.size() + s.unreadableNodes.size())
                 .arg(data.nodes.size())
                 .arg(configProblems)
                 .arg(double(m_elapsed.elapsed()) / 1000.0, 0, 'f', 3);
    finish(code);
}

namespace {
std::optional<session::Health> healthFromWord(const QString &w)
{
    if (w == u"healthy"_s)
        return session::Health::Healthy;
    if (w == u"degraded"_s)
        return session::Health::Degraded;
    if (w == u"down"_s)
        return session::Health::Down;
    if (w == u"unknown"_s)
        return session::Health::Unknown;
    return std::nullopt;
}

std::optional<session::Presence> presenceFromWord(const QString &w)
{
    if (w == u"running"_s)
        return session::Presence::Running;
    if (w == u"not_running"_s)
        return session::Presence::NotRunning;
    if (w == u"gone"_s)
        return session::Presence::Gone;
    return std::nullopt;
}

std::optional<lint::Severity> severityFromWord(const QString &w)
{
    for (lint::Severity s : {lint::Severity::Info, lint::Severity::Warning, lint::Severity::Error})
        if (lint::severityName(s) == w)
            return s;
    return std::nullopt;
}
} // namespace

std::optional<CheckData> CheckCommand::fromExposition(const QByteArray &text, QString *error)
{
    const metrics::ParseResult parsed = metrics::parse(text);
    if (!parsed.ok()) {
        *error = u"the metrics cannot be read: %1"_s.arg(parsed.error);
        return std::nullopt;
    }
    CheckData data;
    QHash<QString, QList<lint::Finding>> findings; // by node + '\x1f' + gateway
    bool nodeSeen = false;
    for (const metrics::Sample &m : parsed.samples) {
        if (m.name == u"xynap_gateway_finding_info"_s) {
            const auto severity = severityFromWord(m.labels.value(u"severity"_s));
            if (!severity) {
                *error = u"a finding with the severity \"%1\""_s.arg(
                    metrics::textLabel(m.labels.value(u"severity"_s)));
                return std::nullopt;
            }
            lint::Finding f;
            f.ruleId = m.labels.value(u"rule"_s);
            f.severity = *severity;
            f.gatewayName = m.labels.value(u"gateway"_s);
            f.node = m.labels.value(u"node"_s);
            f.fields = m.labels.value(u"fields"_s).split(u',', Qt::SkipEmptyParts);
            f.message = m.labels.value(u"message"_s);
            findings[f.node + QChar(0x1f) + f.gatewayName].append(f);
        }
    }
    for (const metrics::Sample &m : parsed.samples) {
        if (m.name == u"xynap_gateway_diagnosis_info"_s) {
            const auto health = healthFromWord(m.labels.value(u"health"_s));
            const auto presence = presenceFromWord(m.labels.value(u"presence"_s));
            if (!health || !presence) {
                *error = u"a gateway with the health \"%1\" and presence \"%2\""_s.arg(
                    metrics::textLabel(m.labels.value(u"health"_s)),
                    metrics::textLabel(m.labels.value(u"presence"_s)));
                return std::nullopt;
            }
            CheckData::Gateway g {m.labels.value(u"node"_s), m.labels.value(u"gateway"_s), *health,
                *presence, m.labels.value(u"state"_s), m.labels.value(u"summary"_s), {}};
            g.findings = findings.value(g.node + QChar(0x1f) + g.name);
            data.summary.add({g.node, g.name, g.state, g.health, g.summary}, g.presence);
            data.gateways.append(std::move(g));
        } else if (m.name == u"xynap_node_up"_s) {
            nodeSeen = true;
            data.nodes.append(m.labels.value(u"node"_s));
        } else if (m.name == u"xynap_node_problem_info"_s) {
            const QString what
                = u"%1: %2"_s.arg(m.labels.value(u"node"_s), m.labels.value(u"reason"_s));
            const QString kind = m.labels.value(u"kind"_s);
            if (kind == u"unreachable"_s) {
                data.summary.unreachableNodes.append(what);
            } else {
                data.summary.unreadableNodes.append(what);
                if (kind == u"over_limit"_s)
                    data.summary.overLimitNodes.append(what);
            }
        } else if (m.name == u"xynap_trunks_problem_info"_s) {
            data.summary.trunksProblem = m.labels.value(u"reason"_s);
        }
    }
    if (!nodeSeen) {
        *error = u"no xynap_node_up in the metrics: not an exposition of xynapctl serve"_s;
        return std::nullopt;
    }
    data.summary.sortProblems();
    return data;
}

void CheckCommand::fetch()
{
    const QUrl url = m_options.from;
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s)) {
        finish(complain(Usage,
            u"--from: \"%1\" is not an http(s) URL"_s.arg(url.toString(QUrl::RemoveUserInfo))));
        return;
    }
    QNetworkRequest request(url);
    // As serve reads them: a token file for Bearer, USER:PASSWORD for Basic.
    for (const auto &[file, basic] :
        {std::pair {m_options.bearerTokenFile, false}, std::pair {m_options.basicAuthFile, true}}) {
        if (file.isEmpty())
            continue;
        const FileReadResult read = readInputFile(file, qint64(64) * 1024);
        QByteArray line = read.data.left(
            read.data.indexOf('\n') < 0 ? read.data.size() : read.data.indexOf('\n'));
        if (line.endsWith('\r'))
            line.chop(1);
        if (!read.ok() || line.isEmpty()) {
            finish(
                complain(DataError, read.ok() ? u"%1: empty first line"_s.arg(file) : read.error));
            return;
        }
        request.setRawHeader("Authorization",
            basic ? QByteArray("Basic " + line.toBase64()) : QByteArray("Bearer " + line));
    }
    if (!m_target.caFile.isEmpty()) {
        // A serve with a certificate of the operator's own CA (--ca-file), as for the API.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(
            tls.caCertificates() + QSslCertificate::fromPath(m_target.caFile, QSsl::Pem));
        request.setSslConfiguration(tls);
    }
    // A redirect is not followed, as the Platform API client follows none: the credentials go
    // to the URL the operator named and nowhere else.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    auto *manager = new QNetworkAccessManager(this);
    QNetworkReply *reply = manager->get(request);
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64) {
        if (received > metrics::MaxExpositionBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const QString where = url.toString(QUrl::RemoveUserInfo);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            unknown(u"%1: more than %2 MB of metrics"_s.arg(where).arg(
                metrics::MaxExpositionBytes / (qint64(1024) * 1024)));
            return;
        }
        if (status >= 300 && status < 400) {
            unknown(u"%1: the serve answered with a redirect (HTTP %2), which is not followed; "
                    "give --from the serve's own URL"_s.arg(where)
                        .arg(status));
            return;
        }
        if (status == 401 || status == 403) {
            unknown(u"%1: the serve refused the credentials (HTTP %2)"_s.arg(where).arg(status));
            return;
        }
        if (reply->error() != QNetworkReply::NoError) {
            unknown(u"%1: %2"_s.arg(where, reply->errorString()));
            return;
        }
        QString error;
        auto data = fromExposition(reply->readAll(), &error);
        if (!data) {
            unknown(u"%1: %2"_s.arg(where, error));
            return;
        }
        if (!m_options.nodes.isEmpty()) {
            for (const QString &n : std::as_const(m_options.nodes))
                if (!data->nodes.contains(n)) {
                    unknown(u"--node %1 matches no Event Socket of this check (%2)"_s.arg(
                        n, data->nodes.join(u", "_s)));
                    return;
                }
            // Only the nodes asked for, as a check that connects itself would see them.
            CheckData kept;
            kept.nodes = m_options.nodes;
            kept.summary.trunksProblem = data->summary.trunksProblem;
            const auto ofKept = [this](const QString &entry) {
                for (const QString &n : std::as_const(m_options.nodes))
                    if (entry.startsWith(n + u": "_s))
                        return true;
                return false;
            };
            for (QStringList *list : {&data->summary.unreachableNodes,
                     &data->summary.unreadableNodes, &data->summary.overLimitNodes})
                list->removeIf([&ofKept](const QString &e) { return !ofKept(e); });
            kept.summary.unreachableNodes = data->summary.unreachableNodes;
            kept.summary.unreadableNodes = data->summary.unreadableNodes;
            kept.summary.overLimitNodes = data->summary.overLimitNodes;
            for (const CheckData::Gateway &g : std::as_const(data->gateways))
                if (m_options.nodes.contains(g.node)) {
                    kept.summary.add({g.node, g.name, g.state, g.health, g.summary}, g.presence);
                    kept.gateways.append(g);
                }
            kept.summary.sortProblems();
            data = std::move(kept);
        }
        if (!m_options.configCheck)
            for (CheckData::Gateway &g : data->gateways)
                g.findings.clear();
        reportData(std::move(*data));
    });
}

CommandHelp CheckCommand::help()
{
    return {u"check"_s,
        u"[--gateway NAME]... [--node HOST:PORT]... [-w RANGE] [-c RANGE] [-t SECONDS] "
        "[--no-config-check] [--from URL [--auth-file FILE]]"_s,
        u"monitoring-plugin check of the gateways (0/1/2/3)"_s,
        u"One status line with performance data, as monitoring-plugins want it:\n"
        "XYNAP GATEWAYS STATE - what is wrong first | perfdata\n\n"
        "CRITICAL (2): more gateways down than --critical allows (a gateway down, gone, or "
        "served by the API but not running). UNKNOWN (3): a node that cannot be reached, a "
        "gateway list that cannot be read, trunks that cannot be loaded, stale data, no "
        "gateway at all, a --gateway or --node that matches nothing, or no answer within "
        "the deadline -- unless something is CRITICAL. WARNING (1): more gateways down or "
        "degraded (registering, not served by the API) than --warning allows, or (unless "
        "--no-config-check) a saved change FreeSWITCH does not run yet or a trunk with a lint "
        "error (it will fail when applied). OK (0): otherwise. A failing gateway whose trunk "
        "has a lint error is shown with that error as its likely cause.\n\n"
        "RANGE as the monitoring-plugins guidelines define it: N alerts outside 0..N, N: "
        "below N, ~:N above N, M:N outside M..N, @M:N inside M..N. The defaults (-w 0 -c 0) "
        "make one gateway down CRITICAL and one degraded WARNING; -w 0 -c 1 tolerates one "
        "gateway down as a WARNING.\n\n"
        "Perfdata: healthy, degraded, down (with the critical range), not_healthy (with the "
        "warning range), not_running, unknown (of the gateways checked), one 'ping_NAME' per "
        "pinging gateway (the last answered OPTIONS ping, ms) — with more than 100 of them "
        "'ping_max' and 'ping_gateways' instead (--gateway picks the ones to graph) —, "
        "nodes_unreachable (of the nodes), config_findings and time (seconds)."_s};
}

Secrets CheckCommand::secrets(const QCommandLineParser &parser)
{
    // check --from reads a running serve: no secrets of the platform are needed.
    const bool fromServe = parser.isSet(u"from"_s);
    return {!fromServe, !fromServe};
}

int CheckCommand::execute(const Invocation &in)
{
    const QCommandLineParser &parser = in.parser;
    Options options;
    options.gateways = parser.values(u"gateway"_s);
    options.nodes = parser.values(u"node"_s);
    options.configCheck = !parser.isSet(u"no-config-check"_s);
    options.from = QUrl(parser.value(u"from"_s));
    options.bearerTokenFile = parser.value(u"auth-file"_s);
    options.basicAuthFile = parser.value(u"basic-auth-file"_s);
    for (const QString &name : {u"warning"_s, u"critical"_s}) {
        if (!parser.isSet(name))
            continue;
        const auto range = Threshold::parse(parser.value(name));
        if (!range)
            return cli::complain(in.io, Usage,
                u"--%1: \"%2\" is not a range (N, N:, ~:N, M:N or @M:N)"_s.arg(
                    name, parser.value(name)));
        (name == u"warning"_s ? options.warning : options.critical) = *range;
    }
    return CheckCommand(in.target, in.io, options).run(in.deadline(EslDeadlineMs));
}

} // namespace xynap::cli
