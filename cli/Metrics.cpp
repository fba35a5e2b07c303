#include "cli/Metrics.h"

#include "cli/MonitorRun.h"
#include "lint/Finding.h"
#include "lint/LintEngine.h"
#include "model/SofiaNames.h"
#include "session/GatewayFindings.h"
#include "session/GatewayMonitor.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

using namespace Qt::StringLiterals;

namespace xynap::cli::metrics {

namespace {

const char *healthWord(session::Health h)
{
    switch (h) {
    case session::Health::Healthy:
        return "healthy";
    case session::Health::Degraded:
        return "degraded";
    case session::Health::Down:
        return "down";
    case session::Health::Unknown:
        return "unknown";
    }
    return "unknown";
}

const char *presenceWord(session::Presence p)
{
    switch (p) {
    case session::Presence::Running:
        return "running";
    case session::Presence::NotRunning:
        return "not_running";
    case session::Presence::Gone:
        return "gone";
    }
    return "running";
}

// FreeSWITCH's gateway states are upper-case words (REGED, FAIL_WAIT, …); anything else is not
// a label value.
bool isStateWord(QStringView s)
{
    if (s.isEmpty() || s.size() > 32)
        return false;
    for (QChar c : s)
        if (!((c >= u'A' && c <= u'Z') || c == u'_'))
            return false;
    return true;
}

// Bytes appended by growing the array and copying: QByteArray's append goes through insert(),
// which costs more than the copy for the short pieces a sample is made of.
char *grow(QByteArray &out, qsizetype n)
{
    const qsizetype at = out.size();
    out.resize(at + n);
    return out.data() + at;
}

void appendBytes(QByteArray &out, QByteArrayView bytes)
{
    if (!bytes.isEmpty())
        std::memcpy(grow(out, bytes.size()), bytes.data(), size_t(bytes.size()));
}

// A sample's value as Prometheus reads it: integers as integers, others with 15 significant
// digits, written into `buffer`; its length.
qsizetype formatNumber(std::array<char, 64> &buffer, double v)
{
    const auto copy = [&buffer](const char *text) {
        const qsizetype n = qsizetype(std::strlen(text));
        std::memcpy(buffer.data(), text, size_t(n));
        return n;
    };
    if (std::isnan(v))
        return copy("NaN");
    if (std::isinf(v))
        return copy(v > 0 ? "+Inf" : "-Inf");
    const std::to_chars_result r = v == std::floor(v) && std::fabs(v) < 1e15
        ? std::to_chars(buffer.data(), buffer.data() + buffer.size(), qint64(v))
        : std::to_chars(
            buffer.data(), buffer.data() + buffer.size(), v, std::chars_format::general, 15);
    return r.ptr - buffer.data();
}

// One metric family: HELP and TYPE, then its samples, in pieces of about PieceBytes. A fleet's
// family is tens of MB: grown as one array it was copied on every growth, or reserved by an
// estimate and squeezed (a copy of the whole exposition, 299 MB at 250,000 gateways); pieces are
// written to the socket one after the other as they are.
struct Family {
    static constexpr qsizetype PieceBytes = qsizetype(1) << 20;
    static constexpr qsizetype SmallBytes = qsizetype(16) << 10; // a family of a few lines

    const char *name;
    const char *type;
    const char *help;
    QByteArray body; // the piece being written
    qsizetype nameSize = qsizetype(std::strlen(name));
    QByteArrayList pieces = {}; // the full ones before it

    // One sample: the labels `labels` and, if given, `more` after them.
    void add(const QByteArray &labels, double value, const QByteArray &more = {})
    {
        if (body.size() >= PieceBytes) {
            pieces.append(std::move(body));
            body = QByteArray();
        }
        // Grown by doubling while small; a family that keeps growing gets a whole piece once.
        if (body.size() >= SmallBytes && body.capacity() < PieceBytes)
            body.reserve(PieceBytes + SmallBytes);
        std::array<char, 64> number {};
        const qsizetype numberSize = formatNumber(number, value);
        const bool braces = !labels.isEmpty() || !more.isEmpty();
        const bool comma = !labels.isEmpty() && !more.isEmpty();
        const qsizetype size = nameSize
            + (braces ? 2 + labels.size() + more.size() + (comma ? 1 : 0) : 0) + 1 + numberSize + 1;
        char *to = grow(body, size);
        const auto put = [&to](const char *from, qsizetype n) {
            std::memcpy(to, from, size_t(n));
            to += n;
        };
        put(name, nameSize);
        if (braces) {
            *to++ = '{';
            put(labels.constData(), labels.size());
            if (comma)
                *to++ = ',';
            put(more.constData(), more.size());
            *to++ = '}';
        }
        *to++ = ' ';
        put(number.data(), numberSize);
        *to++ = '\n';
    }
    // The HELP and TYPE lines, then the samples as they are: never copied, but for the last
    // piece's unused room.
    void appendTo(QByteArrayList &out)
    {
        QByteArray header;
        header += "# HELP ";
        header += name;
        header += ' ';
        header += help;
        header += "\n# TYPE ";
        header += name;
        header += ' ';
        header += type;
        header += '\n';
        out.append(header);
        for (QByteArray &piece : pieces)
            out.append(std::move(piece));
        pieces.clear();
        if (!body.isEmpty()) {
            body.squeeze();
            out.append(std::move(body));
        }
        body = QByteArray();
    }
};

void label(QByteArray &out, const char *name, const QString &value)
{
    if (!out.isEmpty())
        appendBytes(out, ",");
    appendBytes(out, name);
    appendBytes(out, "=\"");
    // Names and words are plain ASCII: written as they are, without a text made for them.
    const bool plain = std::all_of(value.cbegin(), value.cend(),
        [](QChar c) { return c.unicode() < 0x80 && c != u'\\' && c != u'"' && c != u'\n'; });
    if (plain) {
        char *to = grow(out, value.size());
        for (QChar c : value)
            *to++ = char(c.unicode());
    } else {
        appendBytes(out, escapeLabelValue(value).toUtf8());
    }
    appendBytes(out, "\"");
}

} // namespace

QString escapeLabelValue(QStringView value)
{
    // Names (the usual case) have nothing to escape.
    if (!value.contains(u'\\') && !value.contains(u'"') && !value.contains(u'\n'))
        return value.toString();
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c == u'\\')
            out += u"\\\\"_s;
        else if (c == u'"')
            out += u"\\\""_s;
        else if (c == u'\n')
            out += u"\\n"_s;
        else
            out += c;
    }
    return out;
}

QString textLabel(const QString &text)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), MaxTextLabel));
    for (QChar c : text) {
        if (out.size() >= MaxTextLabel)
            break;
        const char16_t u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || u == 0x2028 || u == 0x2029)
            out += u' ';
        else if (!c.isSurrogate())
            out += c;
    }
    return out;
}

LintView lintView(const lint::Snapshot &snapshot)
{
    LintView view;
    const QList<lint::Finding> kept
        = lint::LintEngine().run(snapshot, [&view](const lint::Finding &f) {
              ++view.total;
              if (!f.gatewayName.isEmpty() && isValidGatewayName(f.gatewayName))
                  ++view.counts[{f.gatewayName, f.ruleId, lint::severityName(f.severity)}];
              return session::isGatewayFinding(f);
          });
    view.byGateway = session::gatewayFindings(kept);
    return view;
}

QByteArray render(const MonitorRun &run, const LintView &lint,
    const QHash<QString, NodeCounters> &nodes, const ExporterStats &stats,
    const QDateTime &trunksLoadedAt, const QDateTime &now, const CoverageView &coverage)
{
    return renderChunks(run, lint, nodes, stats, trunksLoadedAt, now, coverage).join();
}

QByteArrayList renderChunks(const MonitorRun &run, const LintView &lint,
    const QHash<QString, NodeCounters> &nodes, const ExporterStats &stats,
    const QDateTime &trunksLoadedAt, const QDateTime &now, const CoverageView &coverage)
{
    const session::GatewayMonitor &monitor = run.monitor();
    Family up {"xynap_gateway_up", "gauge",
        "1 while the gateway works (healthy or degraded in the console's severity model), 0 when "
        "it is down or nothing current is known of it.",
        {}};
    Family state {"xynap_gateway_state", "gauge",
        "The gateway's FreeSWITCH state (REGED, FAIL_WAIT, ...): one series per gateway, the "
        "current state, value 1.",
        {}};
    Family seconds {"xynap_gateway_state_seconds", "gauge",
        "Seconds since the gateway last turned healthy or unhealthy (a retry cycle does not "
        "reset it).",
        {}};
    Family sip {"xynap_gateway_last_sip_code", "gauge",
        "The last SIP status code FreeSWITCH reported for the gateway's REGISTER or OPTIONS "
        "ping (908: no answer at all).",
        {}};
    Family ping {"xynap_gateway_ping_rtt_seconds", "gauge",
        "Round-trip time of the gateway's last OPTIONS ping, for gateways that ping.", {}};
    Family calls {"xynap_gateway_calls_total", "counter",
        "Calls over the gateway since FreeSWITCH loaded it, by direction.", {}};
    Family failed {"xynap_gateway_failed_calls_total", "counter",
        "Failed calls over the gateway since FreeSWITCH loaded it, by direction.", {}};
    Family diagnosis {"xynap_gateway_diagnosis_info", "gauge",
        "The console's diagnosis of the gateway: health, presence, the state shown, the summary "
        "and the likely cause from the lint (value 1).",
        {}};
    Family finding {"xynap_gateway_finding_info", "gauge",
        "A lint finding on the trunk behind the gateway, as it concerns this node (value 1).", {}};
    Family notApplied {"xynap_trunk_not_applied", "gauge",
        "1 for each field of a saved trunk that the node does not run yet (saved, not applied).",
        {}};
    Family lintCount {"xynap_trunk_lint_findings", "gauge",
        "Lint findings on the trunk, by rule and severity.", {}};
    Family nodeUp {"xynap_node_up", "gauge",
        "1 while the node's Event Socket is connected, current, and its gateway list was read.",
        {}};
    Family nodeData {"xynap_node_last_data_timestamp_seconds", "gauge",
        "When the node last said anything over the Event Socket (Unix time).", {}};
    Family nodeReconnects {"xynap_node_reconnects_total", "counter",
        "Event Socket connections made to the node after the first.", {}};
    Family nodeGateways {"xynap_node_gateways", "gauge",
        "Gateways the console knows on the node (run, served but not running, or gone).", {}};
    Family nodeProblem {"xynap_node_problem_info", "gauge",
        "Why the node's gateways are not known: kind unreachable, unreadable or over_limit, "
        "with the reason (value 1).",
        {}};
    Family trunksKnown {"xynap_trunks_known", "gauge",
        "1 when the trunks the Platform API serves were read at the last attempt, 0 when not "
        "(see xynap_trunks_problem_info).",
        {}};
    Family trunksProblem {"xynap_trunks_problem_info", "gauge",
        "Why the trunks the Platform API serves are not known (value 1).", {}};
    Family trunksLoaded {"xynap_trunks_last_load_timestamp_seconds", "gauge",
        "When the trunks were last read from the Platform API (Unix time).", {}};
    Family covered {"xynap_provider_range_covered", "gauge",
        "1 when the provider range (or address) gets through for the service: by ufw on every "
        "port, by acl in the list FreeSWITCH applies; 0 when not or only partly.",
        {}};
    Family coverageKnown {"xynap_coverage_known", "gauge",
        "1 when the firewall (by=ufw) or FreeSWITCH's ACL (by=acl) could be read; without it "
        "no xynap_provider_range_covered of that kind is written.",
        {}};
    Family invalid {"xynap_exporter_invalid_names", "gauge",
        "Gateways left out because a name does not pass the console's grammar.", {}};
    Family scrapes {
        "xynap_exporter_scrapes_total", "counter", "Requests for the metrics answered.", {}};
    Family errors {"xynap_exporter_scrape_errors_total", "counter",
        "Requests refused, by reason (unauthorized, not_found, method).", {}};
    Family renderTime {"xynap_exporter_render_seconds", "gauge",
        "Seconds the previous answer took to put together.", {}};

    QHash<QString, int> gatewaysPerNode;
    int invalidNames = 0;
    QHash<QString, QString> providerOf; // by gateway name
    for (int row = 0; row < monitor.rowCount(); ++row) {
        const session::GatewayRecord *r = monitor.recordAt(row);
        if (!isValidGatewayName(r->name)) {
            ++invalidNames;
            continue;
        }
        ++gatewaysPerNode[r->node];
        const session::Diagnosis d = monitor.diagnosisAt(row);
        const Trunk *trunk = monitor.trunkFor(r->name);
        const QString provider
            = trunk && isValidSofiaName(trunk->provider) ? trunk->provider : QString();
        if (!providerOf.contains(r->name)) // the same trunk on every node
            providerOf.insert(r->name, provider);
        const QString profile = isValidSofiaName(r->profile) ? r->profile
            : trunk && isValidSofiaName(trunk->profile)      ? trunk->profile
                                                             : QString();
        QByteArray base;
        label(base, "node", r->node);
        label(base, "profile", profile);
        label(base, "gateway", r->name);
        label(base, "provider", provider);
        up.add(base,
            d.health == session::Health::Healthy || d.health == session::Health::Degraded ? 1 : 0);
        if (r->presence == session::Presence::Running && isStateWord(r->state)) {
            QByteArray l;
            label(l, "state", r->state);
            state.add(base, 1, l);
        }
        if (r->since.isValid())
            seconds.add(base, double(r->since.msecsTo(now)) / 1000.0);
        if (r->lastStatus > 0)
            sip.add(base, r->lastStatus);
        if (r->presence == session::Presence::Running) {
            // As the last `sofia xmlstatus gateway` reported it (milliseconds), for a gateway
            // that pings.
            if (r->pingTimeMs >= 0 && std::isfinite(r->pingTimeMs))
                ping.add(base, r->pingTimeMs / 1000.0);
            static const QByteArray in = "direction=\"in\"", out = "direction=\"out\"";
            calls.add(base, r->callsIn, in);
            calls.add(base, r->callsOut, out);
            failed.add(base, r->failedCallsIn, in);
            failed.add(base, r->failedCallsOut, out);
        }
        const QList<lint::Finding> own = session::findingsOn(lint.byGateway, r->name, r->node);
        const bool healthy = d.health == session::Health::Healthy;
        const lint::Finding *cause = healthy ? nullptr : session::likelyCause(own);
        {
            QByteArray l;
            label(l, "health", QString::fromLatin1(healthWord(d.health)));
            label(l, "presence", QString::fromLatin1(presenceWord(r->presence)));
            label(l, "state",
                textLabel(
                    monitor.data(monitor.index(row, session::GatewayMonitor::State)).toString()));
            label(l, "summary", textLabel(d.summary));
            label(l, "cause", cause ? textLabel(cause->message) : QString());
            diagnosis.add(base, 1, l);
        }
        for (const lint::Finding &f : own) {
            QByteArray l;
            label(l, "node", r->node);
            label(l, "gateway", r->name);
            label(l, "rule", f.ruleId);
            label(l, "severity", lint::severityName(f.severity));
            label(l, "fields", f.fields.join(u','));
            label(l, "message", textLabel(f.message));
            finding.add(l, 1);
            if (f.ruleId == u"XY-NOT-APPLIED"_s) {
                for (const QString &field : f.fields) {
                    QByteArray n;
                    label(n, "node", r->node);
                    label(n, "gateway", r->name);
                    label(n, "provider", provider);
                    label(n, "field", field);
                    notApplied.add(n, 1);
                }
            }
        }
    }
    // Per trunk: every finding the lint made about it, on any node.
    {
        const auto &counts = lint.counts;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            QByteArray l;
            label(l, "gateway", std::get<0>(c.key()));
            label(l, "provider", providerOf.value(std::get<0>(c.key())));
            label(l, "rule", std::get<1>(c.key()));
            label(l, "severity", std::get<2>(c.key()));
            lintCount.add(l, c.value());
        }
    }
    for (const session::NodeStatus &n : monitor.nodes()) {
        QByteArray base;
        label(base, "node", n.name);
        nodeUp.add(base,
            n.state == esl::Link::State::Up && !n.stale && n.gatewaysKnown
                    && n.snapshotError.isEmpty()
                ? 1
                : 0);
        if (n.lastDataAt.isValid())
            nodeData.add(base, double(n.lastDataAt.toMSecsSinceEpoch()) / 1000.0);
        nodeReconnects.add(base, double(nodes.value(n.name).reconnects));
        nodeGateways.add(base, gatewaysPerNode.value(n.name));
        // As session::summarize() tells them apart.
        QString kind, reason;
        if (n.state != esl::Link::State::Up && !n.gatewaysKnown) {
            kind = u"unreachable"_s;
            reason = n.detail;
        } else if (!n.snapshotError.isEmpty()) {
            kind = n.overLimit ? u"over_limit"_s : u"unreadable"_s;
            reason = n.snapshotError;
        }
        if (!kind.isEmpty()) {
            QByteArray l;
            label(l, "kind", kind);
            label(l, "reason", textLabel(reason));
            nodeProblem.add(base, 1, l);
        }
    }
    if (run.apiGiven() || !run.trunksError().isEmpty()) {
        trunksKnown.add({}, run.trunksError().isEmpty() && monitor.trunksKnown() ? 1 : 0);
        if (!run.trunksError().isEmpty()) {
            QByteArray l;
            label(l, "reason", textLabel(run.trunksError()));
            trunksProblem.add(l, 1);
        }
        if (trunksLoadedAt.isValid())
            trunksLoaded.add({}, double(trunksLoadedAt.toMSecsSinceEpoch()) / 1000.0);
    }
    for (const auto &[by, known] :
        {std::pair {"ufw", coverage.ufwKnown}, std::pair {"acl", coverage.aclKnown}}) {
        QByteArray l;
        label(l, "by", QString::fromLatin1(by));
        coverageKnown.add(l, known && coverage.report ? 1 : 0);
    }
    if (coverage.report) {
        const auto targetLabels = [&coverage](int index) {
            QByteArray l;
            const coverage::CoverageTarget &t = coverage.targets.at(index);
            label(l, "provider", isValidSofiaName(t.provider) ? t.provider : QString());
            label(l, "range", textLabel(t.label));
            return l;
        };
        if (coverage.ufwKnown) {
            for (const coverage::ServiceCoverage &c : coverage.report->services) {
                if (c.target < 0 || c.target >= coverage.targets.size())
                    continue;
                QByteArray l = targetLabels(c.target);
                label(l, "service", c.service.id);
                label(l, "by", u"ufw"_s);
                covered.add(l, c.status == coverage::CoverageStatus::Covered ? 1 : 0);
            }
        }
        if (coverage.aclKnown) {
            for (const coverage::AclCoverage &c : coverage.report->acl) {
                if (c.target < 0 || c.target >= coverage.targets.size())
                    continue;
                QByteArray l = targetLabels(c.target);
                label(l, "service", u"sip"_s);
                label(l, "by", u"acl"_s);
                covered.add(l, c.status == coverage::AclStatus::Allowed ? 1 : 0);
            }
        }
    }
    invalid.add({}, invalidNames);
    scrapes.add({}, double(stats.scrapes));
    for (const char *reason : {"unauthorized", "not_found", "method"}) {
        QByteArray l;
        label(l, "reason", QString::fromLatin1(reason));
        errors.add(l, double(stats.errors.value(QString::fromLatin1(reason))));
    }
    renderTime.add({}, stats.lastRenderSeconds);

    QByteArrayList out;
    const std::initializer_list<Family *> all = {&up, &state, &seconds, &sip, &ping, &calls,
        &failed, &diagnosis, &finding, &notApplied, &lintCount, &nodeUp, &nodeData, &nodeReconnects,
        &nodeGateways, &nodeProblem, &trunksKnown, &trunksProblem, &trunksLoaded, &covered,
        &coverageKnown, &invalid, &scrapes, &errors, &renderTime};
    for (Family *f : all)
        f->appendTo(out);
    return out;
}

namespace {

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}
bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

} // namespace

ParseResult parse(const QByteArray &text)
{
    ParseResult result;
    qsizetype pos = 0;
    int lineNo = 0;
    const auto fail = [&](const QString &why) {
        result.samples.clear();
        result.error = u"line %1: %2"_s.arg(lineNo).arg(why);
        return result;
    };
    while (pos < text.size()) {
        ++lineNo;
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArrayView line(text.constData() + pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        qsizetype i = 0;
        if (!isNameStart(line[0]))
            return fail(u"a metric name must start the line"_s);
        while (i < line.size() && isNameChar(line[i]))
            ++i;
        Sample s;
        s.name = QString::fromLatin1(line.first(i));
        if (i < line.size() && line[i] == '{') {
            ++i;
            while (true) {
                while (i < line.size() && line[i] == ' ')
                    ++i;
                if (i < line.size() && line[i] == '}') {
                    ++i;
                    break;
                }
                const qsizetype nameStart = i;
                while (i < line.size() && isNameChar(line[i]))
                    ++i;
                if (i == nameStart || i + 1 >= line.size() || line[i] != '=' || line[i + 1] != '"')
                    return fail(u"a label must be NAME=\"VALUE\""_s);
                const QString name = QString::fromLatin1(line.sliced(nameStart, i - nameStart));
                i += 2;
                QByteArray value;
                bool closed = false;
                while (i < line.size()) {
                    const char c = line[i++];
                    if (c == '"') {
                        closed = true;
                        break;
                    }
                    if (c == '\\') {
                        if (i >= line.size())
                            break;
                        const char e = line[i++];
                        value += e == 'n' ? '\n' : e;
                    } else {
                        value += c;
                    }
                }
                if (!closed)
                    return fail(u"a label value is not closed"_s);
                s.labels.insert(name, QString::fromUtf8(value));
                while (i < line.size() && line[i] == ' ')
                    ++i;
                if (i < line.size() && line[i] == ',')
                    ++i;
                else if (i < line.size() && line[i] == '}') {
                    ++i;
                    break;
                } else
                    return fail(u"labels must be separated by ','"_s);
            }
        }
        const QByteArrayView rest = line.sliced(i).trimmed();
        const qsizetype space = rest.indexOf(' ');
        const QByteArrayView valueText = space < 0 ? rest : rest.first(space);
        bool ok = false;
        if (valueText == "NaN")
            s.value = std::nan(""), ok = true;
        else if (valueText == "+Inf")
            s.value = HUGE_VAL, ok = true;
        else if (valueText == "-Inf")
            s.value = -HUGE_VAL, ok = true;
        else
            s.value = valueText.toDouble(&ok);
        if (!ok)
            return fail(u"\"%1\" is not a sample value"_s.arg(textLabel(
                QString::fromUtf8(valueText.first(qMin<qsizetype>(valueText.size(), 40))))));
        result.samples.append(std::move(s));
    }
    return result;
}

} // namespace xynap::cli::metrics
