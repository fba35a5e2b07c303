// What `xynapctl serve` exposes of a monitor (metrics::writeExposition), read back with the
// exposition's own parser: each gateway's labels (its node's, its trunk's, the profile it runs
// under there), the families made from its row, the free texts made fit for a label, and the
// rows left out. The monitor is fed directly, as the links would feed it.
#include "cli/Metrics.h"
#include "cli/MonitorRun.h"
#include "lint/Finding.h"
#include "session/GatewayMonitor.h"

#include <QTest>
#include <QTextStream>
#include <memory>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

const QString NodeA = u"10.0.0.1:8021"_s;
const QString NodeB = u"10.0.0.2:8021"_s;

Trunk trunk(const QString &provider, const QString &name, const QString &profile)
{
    Trunk t;
    t.id = int(qHash(name) % 1000) + 1;
    t.version = 1;
    t.provider = provider;
    t.gatewayName = name;
    t.profile = profile;
    t.proxy = provider == u"plusnet"_s ? u"sip.plusnet.de"_s : u"sip.1und1.de"_s;
    return t;
}

GatewayStatus running(
    const QString &node, const QString &name, const QString &profile, const QString &state)
{
    GatewayStatus g;
    g.node = node;
    g.name = name;
    g.profile = profile;
    g.state = state;
    g.pingStatus = u"UP"_s;
    return g;
}

// The samples of `family` whose labels include every one of `labels`.
QList<cli::metrics::Sample> find(const cli::metrics::ParseResult &parsed, const QString &family,
    const QHash<QString, QString> &labels)
{
    QList<cli::metrics::Sample> found;
    for (const cli::metrics::Sample &s : parsed.samples) {
        if (s.name != family)
            continue;
        bool all = true;
        for (auto it = labels.cbegin(); all && it != labels.cend(); ++it)
            all = s.labels.value(it.key(), u"\x01"_s) == it.value();
        if (all)
            found.append(s);
    }
    return found;
}

// The one sample of `family` with `labels`; fails the test when there is not exactly one.
cli::metrics::Sample one(const cli::metrics::ParseResult &parsed, const QString &family,
    const QHash<QString, QString> &labels)
{
    const QList<cli::metrics::Sample> found = find(parsed, family, labels);
    if (found.size() != 1) {
        QTest::qFail(qPrintable(u"%1 samples of %2 %3"_s.arg(found.size())
                                    .arg(family, QStringList(labels.keys()).join(u','))),
            __FILE__, __LINE__);
        return {};
    }
    return found.first();
}

} // namespace

class TstMetrics : public QObject {
    Q_OBJECT

    QString m_out, m_err;
    QTextStream m_outStream {&m_out}, m_errStream {&m_err};

    // A run whose monitor knows `trunks` and is fed directly (nothing goes stale by the clock).
    std::unique_ptr<cli::MonitorRun> newRun(const QList<Trunk> &trunks)
    {
        cli::Target target;
        target.catalog = ProviderCatalog::builtIn();
        auto run = std::make_unique<cli::MonitorRun>(target, cli::Io {m_outStream, m_errStream});
        run->monitor().setStaleAfterMs(24 * 3600 * 1000);
        run->monitor().setTrunks(trunks);
        return run;
    }

    cli::metrics::ParseResult scrape(const cli::MonitorRun &run, const cli::metrics::LintView &lint)
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QByteArray text = cli::metrics::render(run, lint, {}, {}, now, now);
        cli::metrics::ParseResult parsed = cli::metrics::parse(text);
        if (!parsed.ok())
            qWarning("%s", qPrintable(parsed.error));
        return parsed;
    }

private Q_SLOTS:
    void everyGatewayWithItsNodesAndTrunksLabels()
    {
        const std::unique_ptr<cli::MonitorRun> owned
            = newRun({trunk(u"plusnet"_s, u"plusnet-a"_s, u"external-ipv4"_s),
                trunk(u"1und1"_s, u"1und1-b"_s, u"internal"_s)});
        const cli::MonitorRun &run = *owned;
        session::GatewayMonitor &monitor = owned->monitor();
        for (const QString &node : {NodeA, NodeB})
            monitor.noteLinkState(node, esl::Link::State::Up, {});
        GatewayStatus pinging = running(NodeA, u"plusnet-a"_s, u"external-ipv4"_s, u"NOREG"_s);
        pinging.callsIn = 3;
        pinging.callsOut = 4;
        pinging.failedCallsOut = 2;
        pinging.fields.insert(u"pingfreq"_s, u"30"_s);
        pinging.fields.insert(u"pingtime"_s, u"12.5"_s);
        monitor.applySnapshot(NodeA,
            {pinging, running(NodeA, u"1und1-b"_s, u"internal"_s, u"REGED"_s),
                running(NodeA, u"bad name\""_s, u"internal"_s, u"REGED"_s)});
        // Node B runs plusnet-a under another profile, and not 1und1-b at all.
        monitor.applySnapshot(
            NodeB, {running(NodeB, u"plusnet-a"_s, u"other-profile"_s, u"NOREG"_s)});
        monitor.refreshStaleness();

        const cli::metrics::ParseResult parsed = scrape(run, {});
        QVERIFY(parsed.ok());

        // Labels: the node's, the trunk's, and the profile the node runs it under.
        const cli::metrics::Sample upA = one(
            parsed, u"xynap_gateway_up"_s, {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}});
        QCOMPARE(upA.labels.value(u"profile"_s), u"external-ipv4"_s);
        QCOMPARE(upA.labels.value(u"provider"_s), u"plusnet"_s);
        QCOMPARE(upA.value, 1.0);
        const cli::metrics::Sample upB = one(
            parsed, u"xynap_gateway_up"_s, {{u"node"_s, NodeB}, {u"gateway"_s, u"plusnet-a"_s}});
        QCOMPARE(upB.labels.value(u"profile"_s), u"other-profile"_s);
        QCOMPARE(upB.labels.value(u"provider"_s), u"plusnet"_s);

        // Served but not running on B: down, no state, no calls, and said so in the diagnosis.
        const QHash<QString, QString> bOnB {{u"node"_s, NodeB}, {u"gateway"_s, u"1und1-b"_s}};
        QCOMPARE(one(parsed, u"xynap_gateway_up"_s, bOnB).value, 0.0);
        QVERIFY(find(parsed, u"xynap_gateway_state"_s, bOnB).isEmpty());
        QVERIFY(find(parsed, u"xynap_gateway_calls_total"_s, bOnB).isEmpty());
        const cli::metrics::Sample notRunning
            = one(parsed, u"xynap_gateway_diagnosis_info"_s, bOnB);
        QCOMPARE(notRunning.labels.value(u"presence"_s), u"not_running"_s);
        QCOMPARE(notRunning.labels.value(u"state"_s), u"NOT RUNNING"_s);
        QCOMPARE(notRunning.labels.value(u"health"_s), u"down"_s);
        QCOMPARE(notRunning.labels.value(u"summary"_s), u"Not running"_s);

        // What the row says of a running gateway.
        const QHash<QString, QString> aOnA {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}};
        QCOMPARE(one(parsed, u"xynap_gateway_state"_s, aOnA).labels.value(u"state"_s), u"NOREG"_s);
        QCOMPARE(one(parsed, u"xynap_gateway_ping_rtt_seconds"_s, aOnA).value, 0.0125);
        QCOMPARE(
            one(parsed, u"xynap_gateway_calls_total"_s,
                {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}, {u"direction"_s, u"in"_s}})
                .value,
            3.0);
        QCOMPARE(
            one(parsed, u"xynap_gateway_calls_total"_s,
                {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}, {u"direction"_s, u"out"_s}})
                .value,
            4.0);
        QCOMPARE(
            one(parsed, u"xynap_gateway_failed_calls_total"_s,
                {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}, {u"direction"_s, u"out"_s}})
                .value,
            2.0);
        const cli::metrics::Sample seconds = one(parsed, u"xynap_gateway_state_seconds"_s, aOnA);
        QVERIFY2(
            seconds.value >= 0 && seconds.value < 60, qPrintable(QString::number(seconds.value)));
        // 1und1-b registers and does not ping: no round trip.
        QVERIFY(find(parsed, u"xynap_gateway_ping_rtt_seconds"_s,
            {{u"node"_s, NodeA}, {u"gateway"_s, u"1und1-b"_s}})
                    .isEmpty());

        // A name that does not pass the grammar is left out of every family, and counted.
        for (const cli::metrics::Sample &s : parsed.samples)
            QVERIFY2(s.labels.value(u"gateway"_s) != u"bad name\""_s, qPrintable(s.name));
        QCOMPARE(one(parsed, u"xynap_exporter_invalid_names"_s, {}).value, 1.0);
        QCOMPARE(one(parsed, u"xynap_node_gateways"_s, {{u"node"_s, NodeA}}).value, 2.0);
        QCOMPARE(one(parsed, u"xynap_node_gateways"_s, {{u"node"_s, NodeB}}).value, 2.0);
        // Each gateway of each node exactly once in `up`.
        QCOMPARE(find(parsed, u"xynap_gateway_up"_s, {}).size(), 4);
    }

    void freeTextIsMadeFitForALabel()
    {
        const std::unique_ptr<cli::MonitorRun> owned
            = newRun({trunk(u"1und1"_s, u"1und1-b"_s, u"internal"_s)});
        const cli::MonitorRun &run = *owned;
        session::GatewayMonitor &monitor = owned->monitor();
        monitor.noteLinkState(NodeA, esl::Link::State::Up, {});
        monitor.applySnapshot(NodeA, {running(NodeA, u"1und1-b"_s, u"internal"_s, u"FAIL_WAIT"_s)});
        monitor.refreshStaleness();

        // A finding whose words hold what a label must not: quotes, a backslash, a line break,
        // a control character, more than MaxTextLabel characters.
        lint::Finding f;
        f.ruleId = u"XY-REALM"_s;
        f.severity = lint::Severity::Error;
        f.gatewayName = u"1und1-b"_s;
        f.fields = {u"realm"_s};
        f.message
            = u"The realm \"1und1.de\" is not C:\\1und1\nbut\tsip.1und1.de "_s + QString(400, u'x');
        cli::metrics::LintView lint;
        lint.byGateway.insert(u"1und1-b"_s, {f});
        const cli::metrics::ParseResult parsed = scrape(run, lint);
        QVERIFY(parsed.ok());

        const QString fit = cli::metrics::textLabel(f.message);
        QCOMPARE(fit.size(), cli::metrics::MaxTextLabel);
        QVERIFY(!fit.contains(u'\n') && !fit.contains(u'\t'));
        const QHash<QString, QString> gateway {{u"node"_s, NodeA}, {u"gateway"_s, u"1und1-b"_s}};
        const cli::metrics::Sample finding = one(parsed, u"xynap_gateway_finding_info"_s, gateway);
        // The parser undoes the escapes: what it reads is the text as made fit.
        QCOMPARE(finding.labels.value(u"message"_s), fit);
        QCOMPARE(finding.labels.value(u"rule"_s), u"XY-REALM"_s);
        QCOMPARE(finding.labels.value(u"severity"_s), u"error"_s);
        QCOMPARE(finding.labels.value(u"fields"_s), u"realm"_s);
        // A failing gateway names the finding as its likely cause.
        const cli::metrics::Sample diagnosis
            = one(parsed, u"xynap_gateway_diagnosis_info"_s, gateway);
        QCOMPARE(diagnosis.labels.value(u"cause"_s), fit);
        QCOMPARE(diagnosis.labels.value(u"state"_s), u"FAIL_WAIT"_s);
        QCOMPARE(one(parsed, u"xynap_gateway_up"_s, gateway).value, 0.0);
    }

    void aNodeThatCannotBeSeenIsNotHealthy()
    {
        const std::unique_ptr<cli::MonitorRun> owned
            = newRun({trunk(u"plusnet"_s, u"plusnet-a"_s, u"external-ipv4"_s)});
        const cli::MonitorRun &run = *owned;
        session::GatewayMonitor &monitor = owned->monitor();
        monitor.noteLinkState(NodeA, esl::Link::State::Up, {});
        monitor.applySnapshot(
            NodeA, {running(NodeA, u"plusnet-a"_s, u"external-ipv4"_s, u"NOREG"_s)});
        monitor.refreshStaleness();
        const QHash<QString, QString> gateway {{u"node"_s, NodeA}, {u"gateway"_s, u"plusnet-a"_s}};
        QCOMPARE(one(parsed(run), u"xynap_gateway_up"_s, gateway).value, 1.0);

        // The link goes: what was known is no longer current.
        monitor.noteLinkState(NodeA, esl::Link::State::Connecting, u"refused"_s);
        const cli::metrics::ParseResult after = parsed(run);
        QCOMPARE(one(after, u"xynap_gateway_up"_s, gateway).value, 0.0);
        QCOMPARE(one(after, u"xynap_gateway_diagnosis_info"_s, gateway).labels.value(u"health"_s),
            u"unknown"_s);
        QCOMPARE(one(after, u"xynap_node_up"_s, {{u"node"_s, NodeA}}).value, 0.0);
        QVERIFY(one(after, u"xynap_gateway_diagnosis_info"_s, gateway)
                    .labels.value(u"summary"_s)
                    .startsWith(u"No data since "_s));
        // A stale node's words are made once for its rows; they follow what the link says.
        const int row = monitor.rowFor(NodeA, u"plusnet-a"_s);
        QVERIFY2(monitor.diagnosisAt(row).detail.endsWith(u": refused"_s),
            qPrintable(monitor.diagnosisAt(row).detail));
        monitor.noteLinkState(NodeA, esl::Link::State::Connecting, u"timed out"_s);
        QVERIFY2(monitor.diagnosisAt(row).detail.endsWith(u": timed out"_s),
            qPrintable(monitor.diagnosisAt(row).detail));
    }

private:
    cli::metrics::ParseResult parsed(const cli::MonitorRun &run) { return scrape(run, {}); }
};

QTEST_GUILESS_MAIN(TstMetrics)
#include "tst_metrics.moc"
