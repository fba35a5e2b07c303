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
#include <limits>

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

// Where the exposition goes: pieces of about PieceBytes, handed to the sink as each fills. A
// fleet's exposition (300 MB at 250,000 gateways) is never held: only the piece being made.
class Out {
public:
    // Below glibc's mmap threshold (platform::returnBigBlocksToTheSystem, 128 KB): a piece
    // comes from the heap, where the pieces the socket has sent left their memory. Pieces of
    // 1 MB were each a fresh mapping whose pages the kernel cleared as they were first written:
    // a scrape of 50,000 gateways took 0.58 s instead of 0.33 s.
    static constexpr qsizetype PieceBytes = qsizetype(64) << 10;
    static constexpr qsizetype SlackBytes = qsizetype(16) << 10; // the sample that overflows it

    explicit Out(const PieceSink &sink)
        : m_sink(sink)
    {
        piece.reserve(PieceBytes + SlackBytes);
    }
    void flushIfFull()
    {
        if (piece.size() >= PieceBytes)
            flush(true);
    }
    void append(QByteArrayView bytes)
    {
        appendBytes(piece, bytes);
        flushIfFull();
    }
    // The last piece; false when the sink stopped taking them.
    bool finish()
    {
        flush(false);
        return m_ok;
    }
    bool ok() const { return m_ok; }

    QByteArray piece; // the one being made (its address stays: families write into it)

private:
    void flush(bool more)
    {
        if (piece.isEmpty())
            return;
        if (!more)
            piece.squeeze();
        if (m_ok)
            m_ok = m_sink(std::move(piece));
        piece = QByteArray();
        if (more)
            piece.reserve(PieceBytes + SlackBytes);
    }

    const PieceSink &m_sink;
    bool m_ok = true;
};

// One metric family: HELP and TYPE, then its samples. A family of every gateway is written
// straight into the exposition's piece (stream()), one family after the other; a small one (per
// node, per trunk, the exporter's own) is made beside the others and appended in its place.
struct Family {
    const char *name;
    const char *type;
    const char *help;
    QByteArray own = {}; // the samples of a family made beside the others
    Out *out = nullptr; // written into while it is streamed
    qsizetype nameSize = qsizetype(std::strlen(name));

    // One sample: the labels `labels` and, if given, `more` after them.
    void add(QByteArrayView labels, double value, QByteArrayView more = {})
    {
        add(labels, {}, value, more);
    }
    // One sample whose labels come in two parts (a gateway's node, then its trunk's), `more`
    // after them.
    void add(QByteArrayView first, QByteArrayView second, double value, QByteArrayView more)
    {
        if (out)
            out->flushIfFull();
        QByteArray &body = out ? out->piece : own;
        std::array<char, 64> number {};
        const qsizetype numberSize = formatNumber(number, value);
        qsizetype labelsSize = 0;
        int parts = 0;
        for (QByteArrayView part : {first, second, more}) {
            labelsSize += part.size();
            parts += part.isEmpty() ? 0 : 1;
        }
        const qsizetype size
            = nameSize + (parts > 0 ? 2 + labelsSize + parts - 1 : 0) + 1 + numberSize + 1;
        char *to = grow(body, size);
        const auto put = [&to](const char *from, qsizetype n) {
            std::memcpy(to, from, size_t(n));
            to += n;
        };
        put(name, nameSize);
        if (parts > 0) {
            *to++ = '{';
            bool comma = false;
            for (QByteArrayView part : {first, second, more}) {
                if (part.isEmpty())
                    continue;
                if (comma)
                    *to++ = ',';
                put(part.data(), part.size());
                comma = true;
            }
            *to++ = '}';
        }
        *to++ = ' ';
        put(number.data(), numberSize);
        *to++ = '\n';
    }
    // From here on its samples go straight to `o`, after its HELP and TYPE.
    void stream(Out &o)
    {
        writeHeader(o.piece);
        out = &o;
    }
    // Its HELP and TYPE and the samples made beside, in their place in `o`.
    void appendTo(Out &o)
    {
        writeHeader(o.piece);
        o.append(own);
        own = QByteArray();
    }

private:
    void writeHeader(QByteArray &to) const
    {
        appendBytes(to, "# HELP ");
        appendBytes(to, name);
        appendBytes(to, " ");
        appendBytes(to, help);
        appendBytes(to, "\n# TYPE ");
        appendBytes(to, name);
        appendBytes(to, " ");
        appendBytes(to, type);
        appendBytes(to, "\n");
    }
};

void labelName(QByteArray &out, const char *name)
{
    if (!out.isEmpty())
        appendBytes(out, ",");
    appendBytes(out, name);
    appendBytes(out, "=\"");
}

// Plain ASCII (names, words, most texts) is written as it is, without a text made for it.
bool isPlain(QStringView value)
{
    return std::all_of(value.cbegin(), value.cend(), [](QChar c) {
        return c.unicode() >= 0x20 && c.unicode() < 0x7f && c != u'\\' && c != u'"';
    });
}

// name="value" of a value isPlain() said yes to, after a comma when `out` holds labels already.
void plainLabel(QByteArray &out, const char *name, QStringView value)
{
    labelName(out, name);
    char *to = grow(out, value.size());
    for (QChar c : value)
        *to++ = char(c.unicode());
    appendBytes(out, "\"");
}

// name="value", escaped as the format wants, after a comma when `out` holds labels already.
void label(QByteArray &out, const char *name, QStringView value)
{
    if (isPlain(value)) {
        plainLabel(out, name, value);
        return;
    }
    labelName(out, name);
    appendBytes(out, escapeLabelValue(value).toUtf8());
    appendBytes(out, "\"");
}

// A word of the console's own (health, presence): plain ASCII.
void label(QByteArray &out, const char *name, QLatin1StringView word)
{
    labelName(out, name);
    appendBytes(out, QByteArrayView(word.data(), word.size()));
    appendBytes(out, "\"");
}

// label(out, name, textLabel(text)), without the text made when `text` is plain and short.
void textLabelTo(QByteArray &out, const char *name, const QString &text)
{
    if (text.size() <= MaxTextLabel && isPlain(text))
        plainLabel(out, name, text);
    else
        label(out, name, textLabel(text));
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
    QByteArray text;
    (void)writeExposition(
        run, lint, nodes, stats, trunksLoadedAt, now, coverage, [&text](const QByteArray &piece) {
            text += piece;
            return true;
        });
    return text;
}

bool writeExposition(const MonitorRun &run, const LintView &lint,
    const QHash<QString, NodeCounters> &nodes, const ExporterStats &stats,
    const QDateTime &trunksLoadedAt, const QDateTime &now, const CoverageView &coverage,
    const PieceSink &sink)
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
        "Seconds the previous answer took to put together and hand to the scraper.", {}};
    Family lintTime {"xynap_exporter_lint_seconds", "gauge",
        "Seconds the last lint took (it runs beside the scrapes, after what it reads changed).",
        {}};
    Family lintAt {"xynap_exporter_lint_timestamp_seconds", "gauge",
        "When the lint whose findings this answer shows read the trunks and what the nodes run "
        "(Unix time; 0: no lint yet).",
        {}};

    Out out(sink);
    // What every family of every gateway reads, gathered in one pass over the rows: the
    // families then read this list (56 B a row) instead of each walking the records (400 B a
    // row, 100 MB at 250,000 gateways) again. Labels are made once: a node's, and a trunk's
    // (profile, gateway, provider), which every node that runs the trunk shares.
    constexpr qint64 NoValue = std::numeric_limits<qint64>::min();
    struct RowValues {
        const QList<lint::Finding> *findings = nullptr; // on its trunk, any node's
        qint64 stateMs = NoValue; // since the state last turned healthy or unhealthy
        double pingSeconds = std::numeric_limits<double>::quiet_NaN(); // NaN: none
        int node = -1; // -1: left out (a name that does not pass the grammar)
        int trunk = -1;
        std::array<int, 4> calls {}; // in, out, failed in, failed out
        int lastStatus = 0;
        // Its health, once per scrape: `up` and the diagnosis say the same even of a diagnosis
        // that moves with the clock.
        session::Health health = session::Health::Unknown;
        session::Presence presence = session::Presence::Running;
    };
    struct NodeLabels {
        QByteArray text;
        bool stale = false; // asked once, for all its rows
        int gateways = 0;
    };
    struct TrunkLabels {
        QString profile;
        QString provider;
        QByteArray text;
    };
    // What a gateway name stands for, the same on every node: one lookup a row.
    struct NameInfo {
        bool valid = false;
        QString provider; // its trunk's, when that passes the grammar
        QString trunkProfile; // the same
        const QList<lint::Finding> *findings = nullptr;
        int trunk = -1; // its first TrunkLabels
    };
    const int rows = monitor.rowCount();
    std::vector<RowValues> values(size_t(qMax(rows, 0)));
    QList<NodeLabels> nodeLabels;
    QHash<QString, int> nodeIndex;
    QList<TrunkLabels> trunkLabels;
    QHash<QString, NameInfo> byName;
    int invalidNames = 0;
    const QString *lastNode = nullptr; // a node's rows come together: its index is kept
    int lastNodeAt = -1;
    const QString *lastProfile = nullptr; // so are the few profiles' texts
    bool lastProfileValid = false;
    for (int row = 0; row < rows; ++row) {
        const session::GatewayRecord *r = monitor.recordAt(row);
        auto name = byName.find(r->name);
        if (name == byName.end()) {
            NameInfo info;
            info.valid = isValidGatewayName(r->name);
            if (info.valid) {
                const Trunk *trunk = monitor.trunkFor(r->name);
                if (trunk && isValidSofiaName(trunk->provider))
                    info.provider = trunk->provider;
                if (trunk && isValidSofiaName(trunk->profile))
                    info.trunkProfile = trunk->profile;
                if (const auto found = lint.byGateway.constFind(r->name);
                    found != lint.byGateway.cend())
                    info.findings = &found.value();
            }
            name = byName.insert(r->name, info);
        }
        if (!name->valid) {
            ++invalidNames;
            continue;
        }
        RowValues &v = values[size_t(row)];
        if (!lastNode || (lastNode->constData() != r->node.constData() && *lastNode != r->node)) {
            auto node = nodeIndex.constFind(r->node);
            if (node == nodeIndex.cend()) {
                NodeLabels l;
                label(l.text, "node", r->node);
                l.stale = monitor.isStale(r->node);
                nodeLabels.append(l);
                node = nodeIndex.insert(r->node, int(nodeLabels.size()) - 1);
            }
            lastNode = &r->node;
            lastNodeAt = node.value();
        }
        v.node = lastNodeAt;
        NodeLabels &node = nodeLabels[lastNodeAt];
        ++node.gateways;
        if (!lastProfile || lastProfile->constData() != r->profile.constData()) {
            lastProfile = &r->profile;
            lastProfileValid = isValidSofiaName(r->profile);
        }
        const QString &profile = lastProfileValid ? r->profile : name->trunkProfile;
        if (name->trunk >= 0 && trunkLabels.at(name->trunk).profile == profile) {
            v.trunk = name->trunk;
        } else {
            QByteArray l;
            label(l, "profile", profile);
            label(l, "gateway", r->name);
            label(l, "provider", name->provider);
            trunkLabels.append({profile, name->provider, l});
            v.trunk = int(trunkLabels.size()) - 1;
            if (name->trunk < 0)
                name->trunk = v.trunk;
        }
        v.findings = name->findings;
        v.health = monitor.diagnosisAt(row, node.stale).health;
        v.presence = r->presence;
        if (r->since.isValid())
            v.stateMs = r->since.msecsTo(now);
        if (r->presence == session::Presence::Running && r->pingTimeMs >= 0
            && std::isfinite(r->pingTimeMs))
            v.pingSeconds = r->pingTimeMs / 1000.0;
        v.calls = {r->callsIn, r->callsOut, r->failedCallsIn, r->failedCallsOut};
        v.lastStatus = r->lastStatus;
    }
    QByteArrayView nodeLabel; // of the row at hand
    QByteArrayView trunkLabel;
    QByteArray more; // the labels a family adds
    // Each family of every gateway, one after the other: `sample` writes one row's samples.
    const auto everyRow = [&](Family &family, const auto &sample) {
        family.stream(out);
        for (int row = 0; row < rows && out.ok(); ++row) {
            const RowValues &v = values[size_t(row)];
            if (v.node < 0)
                continue;
            nodeLabel = nodeLabels.at(v.node).text;
            trunkLabel = trunkLabels.at(v.trunk).text;
            sample(row, v);
        }
        family.out = nullptr;
    };
    // A row's findings on its node, without a copy.
    const auto eachFinding
        = [&](const RowValues &v, const session::GatewayRecord &r, const auto &take) {
              if (const QList<lint::Finding> *all = v.findings) {
                  for (const lint::Finding &f : *all) {
                      if (f.node.isEmpty() || f.node == r.node)
                          take(f);
                  }
              }
          };
    everyRow(up, [&](int, const RowValues &v) {
        up.add(nodeLabel, trunkLabel,
            v.health == session::Health::Healthy || v.health == session::Health::Degraded ? 1 : 0,
            {});
    });
    everyRow(state, [&](int row, const RowValues &v) {
        if (v.presence != session::Presence::Running)
            return;
        const QString &word = monitor.recordAt(row)->state;
        if (isStateWord(word)) {
            more.resize(0);
            label(more, "state", word);
            state.add(nodeLabel, trunkLabel, 1, more);
        }
    });
    everyRow(seconds, [&](int, const RowValues &v) {
        if (v.stateMs != NoValue)
            seconds.add(nodeLabel, trunkLabel, double(v.stateMs) / 1000.0, {});
    });
    everyRow(sip, [&](int, const RowValues &v) {
        if (v.lastStatus > 0)
            sip.add(nodeLabel, trunkLabel, v.lastStatus, {});
    });
    // As the last `sofia xmlstatus gateway` reported it (milliseconds), for a gateway that pings.
    everyRow(ping, [&](int, const RowValues &v) {
        if (!std::isnan(v.pingSeconds))
            ping.add(nodeLabel, trunkLabel, v.pingSeconds, {});
    });
    static const QByteArray in = "direction=\"in\"", outward = "direction=\"out\"";
    everyRow(calls, [&](int, const RowValues &v) {
        if (v.presence == session::Presence::Running) {
            calls.add(nodeLabel, trunkLabel, v.calls[0], in);
            calls.add(nodeLabel, trunkLabel, v.calls[1], outward);
        }
    });
    everyRow(failed, [&](int, const RowValues &v) {
        if (v.presence == session::Presence::Running) {
            failed.add(nodeLabel, trunkLabel, v.calls[2], in);
            failed.add(nodeLabel, trunkLabel, v.calls[3], outward);
        }
    });
    everyRow(diagnosis, [&](int row, const RowValues &v) {
        const session::GatewayRecord &r = *monitor.recordAt(row);
        const session::Diagnosis d = monitor.diagnosisAt(row, nodeLabels.at(v.node).stale);
        QList<lint::Finding> own;
        if (v.health != session::Health::Healthy)
            eachFinding(v, r, [&own](const lint::Finding &f) { own.append(f); });
        const lint::Finding *cause = own.isEmpty() ? nullptr : session::likelyCause(own);
        more.resize(0);
        label(more, "health", QLatin1StringView(healthWord(v.health)));
        label(more, "presence", QLatin1StringView(presenceWord(v.presence)));
        textLabelTo(more, "state", monitor.stateShown(r));
        textLabelTo(more, "summary", d.summary);
        textLabelTo(more, "cause", cause ? cause->message : QString());
        diagnosis.add(nodeLabel, trunkLabel, 1, more);
    });
    everyRow(finding, [&](int row, const RowValues &v) {
        if (!v.findings)
            return;
        const session::GatewayRecord &r = *monitor.recordAt(row);
        eachFinding(v, r, [&](const lint::Finding &f) {
            more.resize(0);
            label(more, "node", r.node);
            label(more, "gateway", r.name);
            label(more, "rule", f.ruleId);
            label(more, "severity", lint::severityName(f.severity));
            label(more, "fields", f.fields.join(u','));
            textLabelTo(more, "message", f.message);
            finding.add(more, 1);
        });
    });
    everyRow(notApplied, [&](int row, const RowValues &v) {
        if (!v.findings)
            return;
        const session::GatewayRecord &r = *monitor.recordAt(row);
        eachFinding(v, r, [&](const lint::Finding &f) {
            if (f.ruleId != u"XY-NOT-APPLIED"_s)
                return;
            for (const QString &field : f.fields) {
                more.resize(0);
                label(more, "node", r.node);
                label(more, "gateway", r.name);
                label(more, "provider", trunkLabels.at(v.trunk).provider);
                label(more, "field", field);
                notApplied.add(more, 1);
            }
        });
    });
    // Per trunk: every finding the lint made about it, on any node.
    {
        const auto &counts = lint.counts;
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            QByteArray l;
            label(l, "gateway", std::get<0>(c.key()));
            label(l, "provider", byName.value(std::get<0>(c.key())).provider);
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
        const auto node = nodeIndex.constFind(n.name);
        nodeGateways.add(base, node == nodeIndex.cend() ? 0 : nodeLabels.at(node.value()).gateways);
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
    lintTime.add({}, stats.lastLintSeconds);
    lintAt.add({}, stats.lintAt.isValid() ? double(stats.lintAt.toMSecsSinceEpoch()) / 1000.0 : 0);

    // The small families, made beside the others, in their places after those of every gateway.
    for (Family *f : {&lintCount, &nodeUp, &nodeData, &nodeReconnects, &nodeGateways, &nodeProblem,
             &trunksKnown, &trunksProblem, &trunksLoaded, &covered, &coverageKnown, &invalid,
             &scrapes, &errors, &renderTime, &lintTime, &lintAt})
        f->appendTo(out);
    return out.finish();
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
