#pragma once

#include "coverage/CoverageReport.h"
#include "coverage/CoverageTarget.h"
#include "session/Diagnosis.h"
#include "session/GatewayRecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>
#include <tuple>

namespace xynap::session {
class GatewayMonitor;
}
namespace xynap::lint {
struct Finding;
struct Snapshot;
} // namespace xynap::lint

namespace xynap::cli {

class MonitorRun;

// The Prometheus text exposition (format 0.0.4) of what the console knows: what `xynapctl serve`
// answers on /metrics and what `xynapctl check --from URL` reads back. README, "Monitoring with
// Prometheus", lists every family and its labels.
//
// Label values are names that passed the console's grammar (nodes as HOST:PORT, gateways and
// profiles as Sofia names, providers as catalog ids); a gateway whose name does not is left out
// and counted in xynap_exporter_invalid_names. Free text (a diagnosis, a finding's message, why
// a node is unreachable) only appears in `_info` series, without control characters, at most
// MaxTextLabel characters, escaped as the format requires. Cardinality: per gateway one series
// of each gateway family (the state only as the current one), plus one per finding and per
// field not applied; per node five; nothing grows with time.
namespace metrics {

inline constexpr int MaxTextLabel = 300;
// The most `check --from` reads from a serve: far above 50 nodes x 5,000 gateways.
inline constexpr qint64 MaxExpositionBytes = 512LL * 1024 * 1024;

// A label value as the exposition writes it: \\, \" and \n escaped.
QString escapeLabelValue(QStringView value);
// Free text made fit for a label: no control characters, at most MaxTextLabel characters.
QString textLabel(const QString &text);

// What the exporter counts about itself.
struct ExporterStats {
    qint64 scrapes = 0;
    QMap<QString, qint64> errors; // by reason: "unauthorized", "not_found", "method"
    double lastRenderSeconds = 0;
    double lastLintSeconds = 0;
    QDateTime lintAt; // when the lint whose findings are served read what it checked
};

// Which provider ranges UFW and the ACL let through, as the Coverage page and the lint see it
// (coverage::CoverageAnalyzer over the same targets); nullopt parts are not known.
struct CoverageView {
    QList<coverage::CoverageTarget> targets;
    std::optional<coverage::CoverageReport> report;
    bool ufwKnown = false;
    bool aclKnown = false;
};

struct NodeCounters {
    qint64 reconnects = 0;
};

// What the exposition needs of one lint run: the findings by gateway, as
// session::gatewayFindings() makes them (the causes and what is not applied), and every finding
// counted per trunk (gateway name), rule and severity. A fleet's lint makes an info per trunk per
// node; those are counted as they are made and never held.
struct LintView {
    QHash<QString, QList<lint::Finding>> byGateway;
    QMap<std::tuple<QString, QString, QString>, int> counts;
    qsizetype total = 0; // findings made
};
LintView lintView(const lint::Snapshot &snapshot);

// Takes the exposition piece by piece (about 64 KB each, in order); false stops the writing (the
// scraper went away).
using PieceSink = std::function<bool(QByteArray piece)>;
// The whole exposition, families in a fixed order, each with HELP and TYPE, handed to `sink` as
// each piece fills: every family of every gateway is one pass over the rows, so that only the
// piece being made is held, never the exposition (300 MB at 250,000 gateways). Nothing runs
// the event loop meanwhile: every family is of the same moment. False when the sink stopped it.
bool writeExposition(const MonitorRun &run, const LintView &lint,
    const QHash<QString, NodeCounters> &nodes, const ExporterStats &stats,
    const QDateTime &trunksLoadedAt, const QDateTime &now, const CoverageView &coverage,
    const PieceSink &sink);
// The same in one piece (check --from's tests, the benchmark's check).
QByteArray render(const MonitorRun &run, const LintView &lint,
    const QHash<QString, NodeCounters> &nodes, const ExporterStats &stats,
    const QDateTime &trunksLoadedAt, const QDateTime &now, const CoverageView &coverage = {});

// One sample of a parsed exposition.
struct Sample {
    QString name;
    QHash<QString, QString> labels;
    double value = 0;
};

struct ParseResult {
    QList<Sample> samples; // in the order of the text
    QString error; // "line N: why"; empty when the text was read
    bool ok() const { return error.isEmpty(); }
};

// Reads the text format (comments and blank lines skipped). Enough for what render() writes and
// for any well-formed exposition; a malformed line is an error naming the line.
ParseResult parse(const QByteArray &text);

} // namespace metrics
} // namespace xynap::cli
