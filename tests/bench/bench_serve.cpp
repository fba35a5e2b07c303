// What one scrape of `xynapctl serve` costs at the size the README promises: NODES nodes x
// GATEWAYS gateways (default 50 x 5,000, the same trunks on every node as mod_xml_curl serves
// them), fed to the monitor directly. Measures what serve does: the lint after a change (on its
// own thread in serve), a scrape's exposition (metrics::writeExposition), and the process's
// memory.
//
// Run: bench_serve [NODES GATEWAYS]; ctest runs it once at 2 x 60 (label bench), so that a
// broken fixture fails CI.
#include "cli/Metrics.h"
#include "cli/MonitorRun.h"
#include "platform/ProcessMemory.h"
#include "session/GatewayMonitor.h"
#include "session/SnapshotBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {
// CPU seconds of this process: on a machine shared with builds, wall time says little.
double cpuSeconds()
{
    timespec ts {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

long statusKb(const char *field)
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLong();
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    xynap::platform::returnBigBlocksToTheSystem(); // as the programs measured do
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int nodes = args.size() > 2 ? args.at(1).toInt() : 50;
    const int perNode = args.size() > 2 ? args.at(2).toInt() : 5000;
    QTextStream out(stdout), err(stderr);
    cli::Target target;
    target.catalog = ProviderCatalog::builtIn();
    cli::MonitorRun run(target, {out, err});
    session::GatewayMonitor &monitor = run.monitor();
    monitor.setCatalog(target.catalog);
    monitor.setStaleAfterMs(24 * 3600 * 1000); // filling 250,000 rows takes longer than 20 s

    QList<Trunk> trunks;
    for (int i = 0; i < perNode; ++i) {
        const bool plusnet = i % 3 != 0;
        Trunk t;
        t.id = i + 1;
        t.version = 1;
        t.provider = plusnet ? u"plusnet"_s : u"1und1"_s;
        t.gatewayName = u"%1-customer-%2"_s.arg(t.provider).arg(i);
        t.profile = plusnet ? u"external-ipv4"_s : u"internal"_s;
        t.proxy = plusnet ? u"sip.plusnet.de"_s : u"sip.1und1.de"_s;
        t.realm = plusnet ? QString() : u"sip.1und1.de"_s;
        // As the provider documentation wants them (tests/bench/bench_relint.cpp): a clean
        // platform, where the lint finds nothing but what the bench makes fail.
        t.outboundProxy = plusnet ? u"92.197.176.16"_s : u"[2001:8d8:104:100:212:227:124:129]"_s;
        t.username = plusnet ? QString() : u"4934556%1"_s.arg(i);
        t.passwordSet = !plusnet;
        t.callerId = u"+4934556%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        t.numbers.append({t.callerId, u"Main"_s});
        t.expireSeconds = plusnet ? 3600 : 600;
        t.registerEnabled = !plusnet;
        t.pingSeconds = plusnet ? 30 : 0;
        trunks.append(t);
    }
    QElapsedTimer fill;
    fill.start();
    monitor.setTrunks(trunks);
    for (int n = 0; n < nodes; ++n) {
        const QString node = u"10.0.%1.%2:8021"_s.arg(n / 250).arg(n % 250 + 1);
        monitor.noteLinkState(node, esl::Link::State::Up, {});
        QList<GatewayStatus> gateways;
        gateways.reserve(perNode);
        for (int i = 0; i < perNode; ++i) {
            const Trunk &t = trunks.at(i);
            GatewayStatus g;
            g.node = node;
            g.name = t.gatewayName;
            g.profile = t.profile;
            g.realm = t.realm.isEmpty() ? t.proxy : t.realm;
            g.username = t.username;
            g.proxy = u"sip:"_s + t.proxy;
            // Every 50th gateway fails, the others run.
            g.state = i % 50 == 0 ? u"FAIL_WAIT"_s : t.registerEnabled ? u"REGED"_s : u"NOREG"_s;
            g.pingStatus = u"UP"_s;
            g.callsIn = i % 7;
            g.callsOut = i % 5;
            if (t.pingSeconds > 0) {
                g.fields.insert(u"pingfreq"_s, QString::number(t.pingSeconds));
                g.fields.insert(u"pingtime"_s, u"12.5"_s);
            }
            gateways.append(g);
        }
        monitor.applySnapshot(node, gateways);
    }
    monitor.refreshStaleness(); // every node current, as serve's are while they talk
    const double fillS = double(fill.elapsed()) / 1000.0;
    const double filledRssMb = double(statusKb("VmRSS:")) / 1024.0; // the rows, before a scrape
    const double filledPeakMb = double(statusKb("VmHWM:")) / 1024.0; // and while they were made

    QList<double> lintTimes, renderTimes, cpuTimes, renderCpuTimes;
    qsizetype findingCount = 0;
    qsizetype bytes = 0;
    cli::metrics::ExporterStats stats;
    std::optional<cli::metrics::LintView> lastLint; // the last round's, for the check below
    const QHash<QString, cli::metrics::NodeCounters> counters;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer t;
        t.start();
        const double cpu0 = cpuSeconds();
        // What serve does when something changed: the lint (on its own thread, beside the
        // scrapes: here one after the other), then a scrape, the exposition.
        session::SnapshotBuilder snapshot(target.catalog);
        snapshot.setTrunks(monitor.trunks());
        snapshot.setRunning(monitor);
        const cli::metrics::LintView lint = cli::metrics::lintView(snapshot.snapshot());
        monitor.setConfigFindings(lint.byGateway);
        lintTimes.append(double(t.nsecsElapsed()) / 1e9);
        QElapsedTimer r;
        r.start();
        const double cpuRender0 = cpuSeconds();
        // As serve sends it: each piece to a scraper that takes it at once (its memory is the
        // socket's, on loopback a few MB).
        bytes = 0;
        (void)cli::metrics::writeExposition(run, lint, counters, stats,
            QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc(), {},
            [&bytes](const QByteArray &piece) {
                bytes += piece.size();
                return true;
            });
        cpuTimes.append(cpuSeconds() - cpu0);
        renderTimes.append(double(r.nsecsElapsed()) / 1e9);
        renderCpuTimes.append(cpuSeconds() - cpuRender0);
        findingCount = lint.total;
        if (round == 0 && qEnvironmentVariableIsSet("BENCH_SERVE_RULES")) {
            QMap<QString, int> byRule;
            for (auto it = lint.counts.cbegin(); it != lint.counts.cend(); ++it)
                byRule[std::get<1>(it.key())] += it.value();
            for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
                std::printf("%s %d\n", qPrintable(it.key()), it.value());
        }
        if (round == 2)
            lastLint = lint;
    }
    // Memory as serve has it: after the scrapes, before the check below makes the exposition
    // whole and parses it into samples (labels as hashes: many times the text), which serve
    // never does.
    const double rssMb = double(statusKb("VmRSS:")) / 1024.0;
    const double peakRssMb = double(statusKb("VmHWM:")) / 1024.0;
    // For a heap profile of serve's state alone (heaptrack: what is still allocated at exit).
    if (qEnvironmentVariableIsSet("BENCH_SERVE_EXIT_BEFORE_CHECK"))
        std::_Exit(0);
    const QByteArray lastText = cli::metrics::render(run, *lastLint, counters, stats,
        QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc());
    if (const QString dump = qEnvironmentVariable("BENCH_SERVE_DUMP"); !dump.isEmpty()) {
        QFile f(dump);
        if (f.open(QIODevice::WriteOnly))
            f.write(lastText);
    }
    // What the exposition must hold, so that a broken fixture or renderer fails the brief ctest
    // run instead of reporting figures for nothing: one row per gateway, each exported once as
    // up, readable as the text format, every 50th gateway down.
    const cli::metrics::ParseResult parsed = cli::metrics::parse(lastText);
    int upSeries = 0;
    int down = 0;
    for (const cli::metrics::Sample &sample : parsed.samples) {
        if (sample.name == u"xynap_gateway_up"_s) {
            ++upSeries;
            down += sample.value == 0 ? 1 : 0;
        }
    }
    const int expectedDown = nodes * ((perNode + 49) / 50);
    if (!parsed.ok() || monitor.rowCount() != nodes * perNode || upSeries != nodes * perNode
        || down != expectedDown) {
        std::fprintf(stderr,
            "bench_serve: the scrape is wrong: %s rows=%d up_series=%d down=%d (expected %d, "
            "%d)\n",
            qPrintable(parsed.error), monitor.rowCount(), upSeries, down, nodes * perNode,
            expectedDown);
        return 1;
    }
    std::sort(lintTimes.begin(), lintTimes.end());
    std::sort(renderTimes.begin(), renderTimes.end());
    std::sort(cpuTimes.begin(), cpuTimes.end());
    std::sort(renderCpuTimes.begin(), renderCpuTimes.end());
    // A scrape is the exposition; the lint runs beside the scrapes after a change.
    std::printf("nodes=%d gateways_per_node=%d rows=%d findings=%lld fill_s=%.2f "
                "scrape_s_median=%.3f scrape_s_min=%.3f scrape_cpu_s_median=%.3f "
                "lint_s_median=%.3f lint_and_scrape_cpu_s_median=%.3f "
                "exposition_mb=%.1f filled_rss_mb=%.0f (peak %.0f) rss_mb=%.0f peak_rss_mb=%.0f\n",
        nodes, perNode, monitor.rowCount(), qint64(findingCount), fillS, renderTimes.at(1),
        renderTimes.at(0), renderCpuTimes.at(1), lintTimes.at(1), cpuTimes.at(1),
        double(bytes) / (1024.0 * 1024.0), filledRssMb, filledPeakMb, rssMb, peakRssMb);
    return 0;
}
