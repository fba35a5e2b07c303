// xynapctl's commands end to end against the sandbox (a real HTTP Platform API and a real Event
// Socket on loopback), in every failure the console must never call healthy: exit code and
// words. The commands run in-process from the xynap_cli library, exactly as xynapctl runs them.
#include "SandboxFixture.h"
#include "cli/CheckCommand.h"
#include "cli/CoverageCommand.h"
#include "cli/LintCommand.h"
#include "cli/ReloadCommand.h"
#include "cli/StatusCommand.h"
#include "cli/Threshold.h"
#include "cli/TrunksCommand.h"
#include "cli/WatchCommand.h"
#include "sandbox/Sandbox.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::cli;
using namespace xynap::sandbox;

namespace {

constexpr qint64 Second = 1000;

struct Output {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

// Runs one command with its words captured.
template<typename C, typename... Args>
Output run(int deadlineMs, Target target, Args &&...args)
{
    Output o;
    QTextStream out(&o.out);
    QTextStream err(&o.err);
    C command(std::move(target), Io {out, err}, std::forward<Args>(args)...);
    o.code = command.run(deadlineMs);
    out.flush();
    err.flush();
    return o;
}

Scenario named(const QString &name)
{
    const ScenarioLoad load = scenarioFromFile(name);
    if (!load.ok())
        qFatal("scenario %s: %s", qPrintable(name), qPrintable(load.error));
    return load.scenario;
}

ReloadCommand::Options reloadOptions(const QString &profile, const QString &gateway = {})
{
    ReloadCommand::Options o;
    o.sofiaProfile = profile;
    o.gateway = gateway;
    return o;
}

// A port nothing listens on.
quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// An HTTP server that answers every request with the same JSON body.
class FixedApi final : public QTcpServer {
public:
    explicit FixedApi(QByteArray body)
        : m_body(std::move(body))
    {
        listen(QHostAddress::LocalHost, 0);
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *s = nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [this, s] {
                s->readAll();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                    + QByteArray::number(m_body.size()) + "\r\nConnection: close\r\n\r\n" + m_body);
                s->disconnectFromHost();
            });
        });
    }
    Target target() const
    {
        Target t;
        t.apiUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort()));
        t.token = u"x"_s;
        return t;
    }

private:
    QByteArray m_body;
};

} // namespace

class TestXynapctl final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;
    QTimer m_clock; // moves the sandbox's manual clock while a command runs
    QTemporaryDir m_settings;

    bool boot(const Scenario &scenario)
    {
        m_clock.stop();
        m_sb.reset();
        m_sb = testsupport::startSandbox(scenario);
        return m_sb != nullptr;
    }

    // Moves simulated time, the xml-curl fetches it sets off answered in between.
    void advance(qint64 ms) { QVERIFY(testsupport::advanceWithSockets(*m_sb, ms)); }

    // Sandbox seconds run 50 times faster than real ones while a command waits.
    void fastClock()
    {
        m_clock.setInterval(10);
        m_clock.start();
    }

    Target target(bool withApi = true) const
    {
        Target t;
        if (withApi) {
            t.apiUrl = m_sb->apiUrl();
            t.token = m_sb->options().operatorToken;
        }
        t.esl = {{u"127.0.0.1"_s, m_sb->eslPort()}};
        return t;
    }

    QString gatewayState(const QString &name) const { return m_sb->gateways()->gatewayState(name); }

private Q_SLOTS:
    void initTestCase()
    {
        // Applied versions are kept in the settings: a private settings file per run.
        QVERIFY(m_settings.isValid());
        qputenv("XDG_CONFIG_HOME", m_settings.path().toUtf8());
        QCoreApplication::setOrganizationName(u"xynap-test"_s);
        QCoreApplication::setApplicationName(u"tst_xynapctl"_s);
        connect(&m_clock, &QTimer::timeout, this, [this] {
            if (m_sb)
                m_sb->scheduler()->advance(500);
        });
    }

    void cleanup()
    {
        m_clock.stop();
        m_sb.reset();
    }

    void checkIsOkOnlyWhenEverythingRuns()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        QCOMPARE(gatewayState(u"1und1"_s), u"REGED"_s);
        const Output o = run<CheckCommand>(10'000, target());
        QCOMPARE(o.code, int(Ok));
        QVERIFY2(
            o.out.startsWith(u"XYNAP GATEWAYS OK - 2 gateway(s) healthy"_s), qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"not_running=0;"_s), qPrintable(o.out));
    }

    // The round trip of the last answered OPTIONS ping (FreeSWITCH's <pingtime>, ms): in
    // status --json for the gateway that pings, null for the one that does not, and as perfdata.
    void pingRoundTripInStatusAndCheck()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(65 * Second); // Plusnet pings every 30 s; 1&1 does not ping
        const Output status = run<StatusCommand>(10'000, target(), true);
        QCOMPARE(status.code, int(Ok));
        QHash<QString, QJsonValue> ping;
        const QJsonArray nodes
            = QJsonDocument::fromJson(status.out.toUtf8()).object().value(u"nodes"_s).toArray();
        for (const QJsonValue &node : nodes) {
            for (const QJsonValue &g : node.toObject().value(u"gateways"_s).toArray())
                ping.insert(
                    g.toObject().value(u"gateway"_s).toString(), g.toObject().value(u"ping_ms"_s));
        }
        QVERIFY2(ping.value(u"plusnet"_s).toDouble() > 0, qPrintable(status.out));
        QCOMPARE(ping.value(u"plusnet"_s).toDouble(), 0.76);
        QVERIFY2(
            ping.contains(u"1und1"_s) && ping.value(u"1und1"_s).isNull(), qPrintable(status.out));

        const Output check = run<CheckCommand>(10'000, target());
        QCOMPARE(check.code, int(Ok));
        const QString perf = check.out.section(u" | "_s, 1);
        QVERIFY2(perf.contains(u" 'ping_plusnet'=0.76ms;;;0 "_s), qPrintable(perf));
        QVERIFY2(!perf.contains(u"ping_1und1"_s), qPrintable(perf));

        // Past the bound of labels, the slowest round trip and the count stand for them.
        CheckCommand::Options bounded;
        bounded.maxPingLabels = 0;
        const Output few = run<CheckCommand>(10'000, target(), bounded);
        QCOMPARE(few.code, int(Ok));
        const QString fewPerf = few.out.section(u" | "_s, 1);
        QVERIFY2(fewPerf.contains(u" 'ping_max'=0.76ms;;;0 ping_gateways=1;;;0 "_s),
            qPrintable(fewPerf));
        QVERIFY2(!fewPerf.contains(u"ping_plusnet"_s), qPrintable(fewPerf));
    }

    // FreeSWITCH started while the API was down: it runs none of the API's trunks.
    void checkLateApiIsCriticalNotRunning()
    {
        QVERIFY(boot(named(u"late-api"_s)));
        advance(35 * Second); // the API answers now; FreeSWITCH never asked again
        QCOMPARE(gatewayState(u"1und1"_s), QString());
        const Output o = run<CheckCommand>(10'000, target());
        QCOMPARE(o.code, int(Critical));
        QVERIFY2(o.out.startsWith(u"XYNAP GATEWAYS CRITICAL - "_s), qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"1und1@127.0.0.1:"_s) && o.out.contains(u"Not running"_s),
            qPrintable(o.out));
        QVERIFY2(o.out.contains(u"not_running=2;"_s), qPrintable(o.out));

        // Without the API nothing says what should run, and zero gateways is no "OK".
        const Output blind = run<CheckCommand>(10'000, target(false));
        QCOMPARE(blind.code, int(Unknown));
        QVERIFY2(blind.out.startsWith(u"XYNAP GATEWAYS UNKNOWN - "_s), qPrintable(blind.all()));

        // status names them too, and lint finds XY-NOT-RUNNING from the Event Socket.
        const Output status = run<StatusCommand>(10'000, target(), false);
        QCOMPARE(status.code, int(Ok));
        QVERIFY2(status.out.contains(u"NOT RUNNING"_s), qPrintable(status.all()));
        const Output lint = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QVERIFY2(lint.out.contains(u"XY-NOT-RUNNING"_s), qPrintable(lint.all()));
        // An error, as CRITICAL in check: one severity for one situation.
        QCOMPARE(lint.code, 2);
    }

    // check --gateway/--node narrow what is checked; -w/-c are ranges over counts; one line
    // with perfdata. 1&1 on the IPv4 profile is down (503, FAIL_WAIT), Plusnet healthy.
    void checkFiltersAndThresholds_data()
    {
        QTest::addColumn<QStringList>("gateways");
        QTest::addColumn<QStringList>("nodes");
        QTest::addColumn<QString>("warning");
        QTest::addColumn<QString>("critical");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        const QStringList none;
        QTest::newRow("defaults: one down is critical")
            << none << none << QString() << QString() << int(Critical) << u"1und1@"_s;
        QTest::newRow("--gateway plusnet") << QStringList {u"plusnet"_s} << none << QString()
                                           << QString() << int(Ok) << u"1 gateway(s) healthy"_s;
        QTest::newRow("--gateway 1und1") << QStringList {u"1und1"_s} << none << QString()
                                         << QString() << int(Critical) << u"1und1@"_s;
        QTest::newRow("--gateway typo")
            << QStringList {u"plusnett"_s} << none << QString() << QString() << int(Unknown)
            << u"--gateway plusnett matches no gateway"_s;
        QTest::newRow("-c 1 tolerates one down: warning")
            << none << none << QString() << u"1"_s << int(Warning) << u"1und1@"_s;
        QTest::newRow("-w 1 -c 1: ok")
            << none << none << u"1"_s << u"1"_s << int(Ok) << u"1und1@"_s;
        QTest::newRow("-c @1:1 alerts inside")
            << none << none << u"5"_s << u"@1:1"_s << int(Critical) << u"1und1@"_s;
        QTest::newRow("--node not an Event Socket of the check")
            << none << QStringList {u"127.0.0.1:1"_s} << QString() << QString() << int(Unknown)
            << u"--node 127.0.0.1:1 matches no Event Socket"_s;
    }
    void checkFiltersAndThresholds()
    {
        QFETCH(QStringList, gateways);
        QFETCH(QStringList, nodes);
        QFETCH(QString, warning);
        QFETCH(QString, critical);
        QFETCH(int, code);
        QFETCH(QString, says);
        QVERIFY(boot(named(u"1und1-on-ipv4"_s)));
        advance(5 * Second);
        QCOMPARE(gatewayState(u"1und1"_s), u"FAIL_WAIT"_s);
        CheckCommand::Options options;
        options.gateways = gateways;
        options.nodes = nodes;
        if (!warning.isEmpty())
            options.warning = *Threshold::parse(warning);
        if (!critical.isEmpty())
            options.critical = *Threshold::parse(critical);
        const Output o = run<CheckCommand>(10'000, target(), options);
        QCOMPARE(o.code, code);
        const QString label
            = QStringList {u"OK"_s, u"WARNING"_s, u"CRITICAL"_s, u"UNKNOWN"_s}.at(code);
        QVERIFY2(o.out.startsWith(u"XYNAP GATEWAYS %1 - "_s.arg(label)), qPrintable(o.all()));
        QVERIFY2(o.out.contains(says), qPrintable(o.out));
        QCOMPARE(o.out.count(u'\n'), 1); // one status line
        if (code != Unknown || !gateways.isEmpty()) {
            // Perfdata with the thresholds where they apply and the run time in seconds.
            const QString perf = o.out.section(u" | "_s, 1);
            QVERIFY2(
                perf.contains(u"down=%1;;%2;0;"_s
                                  .arg(gateways.isEmpty() || gateways.contains(u"1und1"_s) ? 1 : 0)
                                  .arg(critical.isEmpty() ? u"0"_s : critical)),
                qPrintable(perf));
            QVERIFY2(
                perf.contains(u"not_healthy="_s) && perf.contains(u"time="_s), qPrintable(perf));
            QVERIFY2(QRegularExpression(u"time=[0-9]+\\.[0-9]{3}s;;;0\n$"_s).match(perf).hasMatch(),
                qPrintable(perf));
        }
    }

    // status --json names every gateway that is not healthy as a finding (the schema lint and
    // coverage share; tests/cli/findings_schema.sh validates it).
    void statusJsonHasFindings()
    {
        QVERIFY(boot(named(u"late-api"_s)));
        advance(35 * Second);
        const Output o = run<StatusCommand>(10'000, target(), true);
        QCOMPARE(o.code, int(Ok));
        const QJsonArray findings
            = QJsonDocument::fromJson(o.out.toUtf8()).object().value(u"findings"_s).toArray();
        QCOMPARE(findings.size(), 2);
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f.value(u"rule"_s).toString(), u"XY-NOT-RUNNING"_s);
            QCOMPARE(f.value(u"severity"_s).toString(), u"error"_s);
            QVERIFY(!f.value(u"message"_s).toString().isEmpty());
            QVERIFY2(f.value(u"fixes"_s)
                         .toArray()
                         .at(0)
                         .toString()
                         .startsWith(u"xynapctl reload --sofia-profile "_s),
                QJsonDocument(f).toJson().constData());
        }
    }

    // What `sofia xmlstatus gateway` answers instead of a list is unknown, never healthy.
    void unreadableGatewayListIsUnknown_data()
    {
        QTest::addColumn<QString>("answer");
        QTest::newRow("-ERR") << u"-ERR sofia Command not found!\n"_s;
        QTest::newRow("empty") << QString(u""_s);
        QTest::newRow("garbage") << u"\x01\x02 not xml at all"_s;
        QTest::newRow("Invalid Gateway!") << u"Invalid Gateway!\n"_s;
    }
    void unreadableGatewayListIsUnknown()
    {
        QFETCH(QString, answer);
        Scenario s = Scenario::builtIn();
        s.xmlStatusAnswer = answer;
        QVERIFY(boot(s));
        advance(5 * Second);
        const Output check = run<CheckCommand>(10'000, target());
        QCOMPARE(check.code, int(Unknown));
        QVERIFY2(check.out.contains(u"could not be read"_s), qPrintable(check.all()));
        const Output status = run<StatusCommand>(10'000, target(), true);
        QCOMPARE(status.code, int(DataError));
        const QJsonObject doc = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(doc.value(u"health"_s).toString(), u"unknown"_s);
        QVERIFY(
            !doc.value(u"nodes"_s).toArray().at(0).toObject().value(u"gateways_known"_s).toBool());
    }

    void checkWithTrunksUnreadableIsUnknown()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        Target t = target();
        t.token = u"wrong-token"_s;
        const Output o = run<CheckCommand>(10'000, t);
        QCOMPARE(o.code, int(Unknown));
        QVERIFY2(o.out.contains(u"trunks not known"_s), qPrintable(o.all()));
    }

    void wrongEventSocketPasswordIs77()
    {
        QVERIFY(boot(Scenario::builtIn()));
        Target t = target(false);
        t.eslPasswordOverride = u"wrong"_s;
        const Output o = run<StatusCommand>(10'000, t, false);
        QCOMPARE(o.code, int(NoPermission));
        QVERIFY2(o.err.contains(u"password"_s), qPrintable(o.all()));
    }

    // Right after connecting FreeSWITCH has not said why a registration fails: say exactly that.
    void statusSaysWhatIsNotKnownYet()
    {
        Scenario s = Scenario::builtIn();
        s.providersUnavailable = {u"1und1"_s};
        QVERIFY(boot(s));
        advance(3 * Second);
        QVERIFY(gatewayState(u"1und1"_s) != u"REGED"_s);
        const Output o = run<StatusCommand>(10'000, target(), true);
        QCOMPARE(o.code, int(Ok));
        const QJsonArray gateways = QJsonDocument::fromJson(o.out.toUtf8())
                                        .object()
                                        .value(u"nodes"_s)
                                        .toArray()
                                        .at(0)
                                        .toObject()
                                        .value(u"gateways"_s)
                                        .toArray();
        QJsonObject oneAndOne;
        for (const QJsonValue &g : gateways) {
            if (g.toObject().value(u"gateway"_s).toString() == u"1und1"_s)
                oneAndOne = g.toObject();
        }
        QCOMPARE(oneAndOne.value(u"health"_s).toString(), u"down"_s);
        QVERIFY(oneAndOne.value(u"last_sip_code"_s).isNull());
        QVERIFY2(oneAndOne.value(u"diagnosis"_s).toString().contains(u"not reported yet"_s),
            qPrintable(o.out));
        QVERIFY(oneAndOne.contains(u"seconds_in_state"_s));
        QVERIFY2(!o.out.contains(u"IPv4 in use"_s), qPrintable(o.out));
    }

    // watch: the gateways present at connect, then each change once; 503 over IPv6 is no
    // "IPv4 in use".
    void watchPrintsEachChangeOnce()
    {
        QVERIFY(boot(named(u"1und1-outage"_s)));
        advance(2 * Second); // both profiles fetched their gateways over HTTP
        QCOMPARE(gatewayState(u"plusnet"_s), u"NOREG"_s);
        QString text;
        QString errors;
        QTextStream out(&text);
        QTextStream err(&errors);
        WatchCommand watch(target(), Io {out, err});
        fastClock();
        QTimer::singleShot(2500, &watch, [&watch] { watch.stop(0); });
        QCOMPARE(watch.run(0), 0);
        out.flush();
        const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 3, qPrintable(text));
        // The link, then both gateways as they were at connect, before anything changed.
        QVERIFY2(lines.at(0).contains(u"link UP"_s), qPrintable(text));
        QVERIFY2(lines.at(1).contains(u" plusnet  NOREG"_s)
                || lines.at(2).contains(u" plusnet  NOREG"_s),
            qPrintable(text));
        QVERIFY2(lines.at(1).contains(u" 1und1  "_s) || lines.at(2).contains(u" 1und1  "_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"503 Service Unavailable"_s), qPrintable(text));
        QVERIFY2(text.contains(u"answers 503 over IPv6"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"IPv4 in use"_s), qPrintable(text));
        // No line twice in a row for one gateway (the FAIL_WAIT follow-up changes nothing).
        QHash<QString, QString> last;
        for (const QString &line : lines) {
            const QString withoutTime = line.mid(10);
            const QString gateway = withoutTime.section(u"  "_s, 1, 1);
            QVERIFY2(last.value(gateway) != withoutTime, qPrintable(u"twice: "_s + line));
            last.insert(gateway, withoutTime);
        }
    }

    void reloadAppliesAndSaysHow()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        fastClock();
        ReloadCommand::Options options = reloadOptions(u"internal"_s, u"1und1"_s);
        const Output o = run<ReloadCommand>(30'000, target(), options);
        QVERIFY2(o.code == Ok, qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"OK: 1und1 is back"_s), qPrintable(o.out));
        QVERIFY2(
            o.out.contains(u"reload: 1 of 1 node(s) applied and healthy"_s), qPrintable(o.out));
    }

    void reloadOfAGatewayThatDoesNotExistFailsAtOnce()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        ReloadCommand::Options options = reloadOptions(u"internal"_s, u"typo"_s);
        const Output o = run<ReloadCommand>(30'000, target(), options);
        QCOMPARE(o.code, int(Critical));
        QVERIFY2(o.out.contains(u"There is no gateway typo"_s), qPrintable(o.all()));
        // A profile FreeSWITCH does not have: its own answer, at once.
        const Output p
            = run<ReloadCommand>(30'000, target(), reloadOptions(u"nosuch"_s, u"1und1"_s));
        QCOMPARE(p.code, int(Critical));
        QVERIFY2(p.out.contains(u"Invalid Profile [nosuch]"_s), qPrintable(p.all()));
    }

    void reloadNamesThatCannotBeCommandsAreRefused()
    {
        QVERIFY(boot(Scenario::builtIn()));
        const Output o = run<ReloadCommand>(
            30'000, target(), reloadOptions(u"internal\n\napi system touch x"_s));
        QCOMPARE(o.code, int(Usage));
        const Output g = run<ReloadCommand>(
            30'000, target(), reloadOptions(u"internal"_s, u"gw1\napi status"_s));
        QCOMPARE(g.code, int(Usage));
    }

    // The gateway never comes back (the rescan hangs): a failure with the reason, never "done".
    void reloadWhoseRescanHangsFails()
    {
        QVERIFY(boot(named(u"rescan-hangs"_s)));
        advance(5 * Second);
        fastClock();
        ReloadCommand::Options options = reloadOptions(u"internal"_s, u"1und1"_s);
        options.timeouts.deleteMs = 500;
        options.timeouts.rescanMs = 1000;
        options.timeouts.settleMs = 1000;
        const Output o = run<ReloadCommand>(20'000, target(), options);
        QCOMPARE(o.code, int(Critical));
        QVERIFY2(o.out.contains(u"FAILED"_s) && o.out.contains(u"did not finish in time"_s),
            qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"reload: 0 of 1 node(s)"_s), qPrintable(o.out));
    }

    // The second node cannot be reached: the first is applied, the second said, no hang.
    void reloadWithANodeDownEndsAndSaysSo()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        fastClock();
        Target t = target();
        t.esl.append({u"127.0.0.1"_s, closedPort()});
        const Output o = run<ReloadCommand>(30'000, t, reloadOptions(u"internal"_s, u"1und1"_s));
        QCOMPARE(o.code, int(Unavailable));
        QVERIFY2(o.out.contains(u"not applied: not connected"_s), qPrintable(o.all()));
        QVERIFY2(o.out.contains(u"reload: 1 of 2 node(s)"_s), qPrintable(o.out));
    }

    // Saved but not applied, on a field `sofia xmlstatus` does not report (the outbound proxy):
    // lint says so until the apply.
    void lintSeesDriftOfEveryField()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        // The gateways ran before the console looked: which version is not known, and lint
        // says so ("cannot tell", an info) instead of calling them clean.
        const Output unknown = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QVERIFY2(unknown.code == Ok, qPrintable(unknown.all()));
        QVERIFY2(unknown.out.contains(u"XY-APPLIED-UNKNOWN"_s), qPrintable(unknown.all()));
        // Applied from here, the version is known.
        fastClock();
        QCOMPARE(
            run<ReloadCommand>(30'000, target(), reloadOptions(u"internal"_s, u"1und1"_s)).code,
            int(Ok));
        m_clock.stop();
        const Output before = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QVERIFY2(before.code == Ok, qPrintable(before.all()));
        QVERIFY2(!before.out.contains(u"XY-APPLIED-UNKNOWN  1und1"_s), qPrintable(before.all()));
        // Someone fixes a timer and the caller ID of 1und1 on the platform.
        platform::ApiClient api;
        configure(api, target());
        QJsonObject one;
        QString etag;
        {
            bool done = false;
            connect(api.get(u"/api/v1/sip/trunks"_s), &platform::ApiJob::finished, this,
                [&](const platform::ApiResult &r) {
                    for (const QJsonValue &v : r.json.object().value(u"trunks"_s).toArray()) {
                        if (v.toObject().value(u"gateway_name"_s).toString() == u"1und1"_s)
                            one = v.toObject();
                    }
                    done = true;
                });
            QTRY_VERIFY(done);
        }
        const int id = one.value(u"id"_s).toInt();
        etag = one.value(u"etag"_s).toString();
        QVERIFY(id > 0 && !etag.isEmpty());
        bool saved = false;
        connect(api.put(u"/api/v1/sip/trunks/%1"_s.arg(id),
                    QJsonDocument(QJsonObject {{u"retry_seconds"_s, 45}}), etag.toUtf8()),
            &platform::ApiJob::finished, this, [&](const platform::ApiResult &r) {
                QVERIFY2(r.ok(), qPrintable(platform::operatorMessage(r)));
                saved = true;
            });
        QTRY_VERIFY(saved);
        advance(2 * Second); // the platform's own rescan changes nothing that runs
        const Output drift = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QCOMPARE(drift.code, 1);
        QVERIFY2(drift.out.contains(u"XY-NOT-APPLIED  1und1"_s), qPrintable(drift.all()));
        QVERIFY2(drift.out.contains(u"version"_s), qPrintable(drift.out));

        fastClock();
        const Output reload
            = run<ReloadCommand>(30'000, target(), reloadOptions(u"internal"_s, u"1und1"_s));
        QVERIFY2(reload.code == Ok, qPrintable(reload.all()));
        m_clock.stop();
        const Output after = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QVERIFY2(after.code == Ok, qPrintable(after.all()));
    }

    // trunks the API sends that cannot be read are never "0 errors".
    void lintOfUnreadableTrunksIsAnError()
    {
        FixedApi hostile(
            R"({"trunks": [{"id": 1, "gateway_name": "plusnet", "provider": "plusnet", "register": "yes"}], "profiles": [], "rules": []})");
        const Target t = hostile.target();
        const Output o = run<LintCommand>(10'000, t, LintCommand::Options {});
        QCOMPARE(o.code, int(DataError));
        QVERIFY2(
            o.err.contains(u"trunks[0].register: must be true or false"_s), qPrintable(o.all()));
        QVERIFY2(!o.out.contains(u"0 error(s)"_s), qPrintable(o.out));
    }

    // killgw + rescan of an IP-auth gateway: no state event comes, yet watch says it is back.
    void watchSeesAGatewayComeBackWithoutStateEvent()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        QString text;
        QString errors;
        QTextStream out(&text);
        QTextStream err(&errors);
        WatchCommand watch(target(), Io {out, err});
        QTimer::singleShot(300, this, [this] {
            m_sb->esl()->api(
                u"sofia profile external-ipv4 killgw plusnet"_s, [](const QByteArray &) {});
            advance(2 * Second); // the delete
            m_sb->esl()->api(u"sofia profile external-ipv4 rescan"_s, [](const QByteArray &) {});
        });
        QTimer::singleShot(3500, &watch, [&watch] { watch.stop(0); });
        QCOMPARE(watch.run(0), 0);
        out.flush();
        const qsizetype gone = text.indexOf(u"plusnet  GONE"_s);
        QVERIFY2(gone > 0, qPrintable(text));
        QVERIFY2(text.indexOf(u"plusnet  NOREG"_s, gone) > gone, qPrintable(text));
    }

    // A deleted trunk's gateway keeps running: lint says so, with the line that removes it.
    void deletedTrunkStillRunningIsAFinding()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        platform::ApiClient api;
        configure(api, target());
        QJsonObject plusnet;
        bool listed = false;
        connect(api.get(u"/api/v1/sip/trunks"_s), &platform::ApiJob::finished, this,
            [&](const platform::ApiResult &r) {
                for (const QJsonValue &v : r.json.object().value(u"trunks"_s).toArray()) {
                    if (v.toObject().value(u"gateway_name"_s).toString() == u"plusnet"_s)
                        plusnet = v.toObject();
                }
                listed = true;
            });
        QTRY_VERIFY(listed);
        bool deleted = false;
        connect(api.remove(u"/api/v1/sip/trunks/%1"_s.arg(plusnet.value(u"id"_s).toInt()),
                    plusnet.value(u"etag"_s).toString().toUtf8()),
            &platform::ApiJob::finished, this, [&](const platform::ApiResult &r) {
                QVERIFY2(r.ok(), qPrintable(platform::operatorMessage(r)));
                deleted = true;
            });
        QTRY_VERIFY(deleted);
        QCOMPARE(gatewayState(u"plusnet"_s), u"NOREG"_s); // FreeSWITCH still runs it
        const Output o = run<LintCommand>(10'000, target(), LintCommand::Options {});
        QCOMPARE(o.code, 1);
        QVERIFY2(o.out.contains(u"XY-NOT-SERVED  plusnet"_s), qPrintable(o.all()));
        QVERIFY2(
            o.out.contains(u"sofia profile external-ipv4 killgw plusnet"_s), qPrintable(o.out));
        const Output check = run<CheckCommand>(10'000, target());
        QCOMPARE(check.code, int(Warning));
        QVERIFY2(check.out.contains(u"Not served by the Platform API"_s), qPrintable(check.out));
    }

    // trunks apply: all or nothing, unchanged trunks untouched, a summary of what changed.
    void trunksApplyIsAllOrNothing()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QTemporaryDir dir;
        const Output exported
            = run<TrunksCommand>(10'000, target(), QStringList {u"trunks"_s, u"export"_s}, false);
        QCOMPARE(exported.code, int(Ok));
        const QJsonObject doc = QJsonDocument::fromJson(exported.out.toUtf8()).object();
        const auto write = [&dir](const QString &name, const QByteArray &data) {
            QFile f(dir.filePath(name));
            f.open(QIODevice::WriteOnly);
            f.write(data);
            return dir.filePath(name);
        };
        const auto apply = [this](const QString &file) {
            return run<TrunksCommand>(
                10'000, target(), QStringList {u"trunks"_s, u"apply"_s, file}, false);
        };
        const auto versions = [this] {
            QStringList v;
            for (const Trunk &t : m_sb->api()->trunks())
                v.append(u"%1:%2"_s.arg(t.gatewayName).arg(t.version));
            return v;
        };
        const QStringList before = versions();

        // Unchanged: nothing PUT, no ETag bumped.
        const Output same = apply(write(u"same.json"_s, exported.out.toUtf8()));
        QCOMPARE(same.code, int(Ok));
        QVERIFY2(same.out.contains(u"applied: none; unchanged: "_s), qPrintable(same.all()));
        QCOMPARE(versions(), before);

        // One good change and one bad trunk: nothing is sent at all.
        QJsonArray trunks = doc.value(u"trunks"_s).toArray();
        QJsonObject first = trunks.at(0).toObject();
        QJsonObject second = trunks.at(1).toObject();
        first.insert(u"retry_seconds"_s, 50);
        second.insert(u"gateway_name"_s, u"bad\nname"_s);
        QJsonObject half {{u"trunks"_s, QJsonArray {first, second}}};
        const Output halfRun = apply(write(u"half.json"_s, QJsonDocument(half).toJson()));
        QCOMPARE(halfRun.code, int(DataError));
        QVERIFY2(halfRun.err.contains(u"trunks[1].gateway_name"_s), qPrintable(halfRun.all()));
        QVERIFY2(halfRun.err.contains(u"nothing applied"_s), qPrintable(halfRun.all()));
        QCOMPARE(versions(), before);

        // Misspelt key, bare array, empty list: errors, never a silent 0.
        QJsonObject misspelt = trunks.at(0).toObject();
        misspelt.insert(u"outbound_proxi"_s, u"x"_s);
        QCOMPARE(
            apply(write(u"k.json"_s,
                      QJsonDocument(QJsonObject {{u"trunks"_s, QJsonArray {misspelt}}}).toJson()))
                .code,
            int(DataError));
        QCOMPARE(apply(write(u"a.json"_s, QJsonDocument(trunks).toJson())).code, int(DataError));
        QCOMPARE(apply(write(u"e.json"_s, "{\"trunks\": []}")).code, int(DataError));
        QCOMPARE(versions(), before);

        // Only the changed trunk is PUT, and the summary names it.
        QJsonObject one {{u"trunks"_s, QJsonArray {first, trunks.at(1)}}};
        const Output changed = apply(write(u"one.json"_s, QJsonDocument(one).toJson()));
        QCOMPARE(changed.code, int(Ok));
        const QString name = first.value(u"gateway_name"_s).toString();
        QVERIFY2(changed.out.contains(u"applied: %1; unchanged: "_s.arg(name)),
            qPrintable(changed.all()));
        QVERIFY(versions() != before);
        // The same file again: refused, the platform changed since.
        const Output stale = apply(dir.filePath(u"one.json"_s));
        QCOMPARE(stale.code, int(Critical));
        QVERIFY2(stale.err.contains(u"changed on the platform"_s), qPrintable(stale.all()));
    }

    // An export carries the server's updated_by/updated_at, and apply refused the
    // file it wrote itself ("not a trunk field", 65). Export → edit → apply round-trips for every
    // field of the contract; the read-only ones are accepted and never sent.
    void exportApplyRoundTripsEveryField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("provider") << u"provider"_s << QJsonValue(u"1und1"_s);
        QTest::newRow("gateway_name") << u"gateway_name"_s << QJsonValue(u"plusnet2"_s);
        QTest::newRow("profile") << u"profile"_s << QJsonValue(u"internal"_s);
        QTest::newRow("proxy") << u"proxy"_s << QJsonValue(u"sip2.plusnet.de"_s);
        QTest::newRow("outbound_proxy") << u"outbound_proxy"_s << QJsonValue(u"92.197.176.17"_s);
        QTest::newRow("register_proxy") << u"register_proxy"_s << QJsonValue(u"reg.plusnet.de"_s);
        QTest::newRow("register") << u"register"_s << QJsonValue(true);
        QTest::newRow("realm") << u"realm"_s << QJsonValue(u"plusnet.de"_s);
        QTest::newRow("username") << u"username"_s << QJsonValue(u"user1"_s);
        QTest::newRow("password") << u"password"_s << QJsonValue(u"new-secret"_s);
        QTest::newRow("caller_id") << u"caller_id"_s << QJsonValue(u"+493455667291"_s);
        QTest::newRow("caller_id_in_from") << u"caller_id_in_from"_s << QJsonValue(true);
        QTest::newRow("gw_auth_acl") << u"gw_auth_acl"_s << QJsonValue(u"providers"_s);
        QTest::newRow("numbers") << u"numbers"_s
                                 << QJsonValue(QJsonArray {QJsonObject {
                                        {u"number"_s, u"+493455667291"_s}, {u"use"_s, u"Fax"_s}}});
        QTest::newRow("ping_seconds") << u"ping_seconds"_s << QJsonValue(45);
        QTest::newRow("expire_seconds") << u"expire_seconds"_s << QJsonValue(1800);
        QTest::newRow("retry_seconds") << u"retry_seconds"_s << QJsonValue(60);
    }
    void exportApplyRoundTripsEveryField()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QVERIFY(boot(Scenario::builtIn()));
        QTemporaryDir dir;
        const auto exportNow = [this] {
            const Output o = run<TrunksCommand>(
                10'000, target(), QStringList {u"trunks"_s, u"export"_s}, false);
            return QJsonDocument::fromJson(o.out.toUtf8()).object();
        };
        const auto apply = [this, &dir](const QJsonObject &doc) {
            const QString path = dir.filePath(u"trunks.json"_s);
            QFile f(path);
            f.open(QIODevice::WriteOnly | QIODevice::Truncate);
            f.write(QJsonDocument(doc).toJson());
            f.close();
            return run<TrunksCommand>(
                10'000, target(), QStringList {u"trunks"_s, u"apply"_s, path}, false);
        };
        const auto plusnetOf = [](const QJsonObject &doc) {
            const QJsonArray trunks = doc.value(u"trunks"_s).toArray();
            for (qsizetype i = 0; i < trunks.size(); ++i)
                if (trunks.at(i).toObject().value(u"gateway_name"_s) == u"plusnet"_s)
                    return i;
            return qsizetype(-1);
        };
        // Someone saved the trunk once: the export now says who and when.
        QJsonObject doc = exportNow();
        qsizetype at = plusnetOf(doc);
        QVERIFY(at >= 0);
        QJsonArray trunks = doc.value(u"trunks"_s).toArray();
        QJsonObject t = trunks.at(at).toObject();
        t.insert(u"retry_seconds"_s, 31);
        trunks[at] = t;
        doc.insert(u"trunks"_s, trunks);
        const Output first = apply(doc);
        QVERIFY2(first.code == Ok, qPrintable(first.all()));

        doc = exportNow();
        at = plusnetOf(doc);
        trunks = doc.value(u"trunks"_s).toArray();
        t = trunks.at(at).toObject();
        QVERIFY2(t.contains(u"updated_by"_s) && t.contains(u"updated_at"_s),
            qPrintable(QString::fromUtf8(QJsonDocument(t).toJson())));
        t.insert(field, value);
        trunks[at] = t;
        doc.insert(u"trunks"_s, trunks);
        const Output edited = apply(doc);
        QVERIFY2(edited.code == Ok, qPrintable(edited.all()));
        QVERIFY2(edited.out.contains(u"applied: %1;"_s.arg(t.value(u"gateway_name"_s).toString())),
            qPrintable(edited.all()));
        bool found = false;
        for (const Trunk &stored : m_sb->api()->trunks()) {
            if (stored.id != t.value(u"id"_s).toInt())
                continue;
            found = true;
            if (field == u"password"_s)
                QVERIFY(stored.passwordSet || !stored.password.isEmpty());
            else
                QCOMPARE(trunkToJson(stored).value(field), value);
        }
        QVERIFY(found);
    }

    // Escape sequences and line breaks from the API never reach the terminal raw.
    void hostileTextNeverReachesTheTerminalRaw()
    {
        FixedApi hostile(
            R"({"trunks": [{"id": 1, "gateway_name": "plusnet", "provider": "plusnet", "profile": "external-ipv4", "proxy": "sip.plusnet.de\u001b[2J\u001b]0;owned\u0007\nFAKE  ROW"}]})");
        const Output o = run<TrunksCommand>(
            10'000, hostile.target(), QStringList {u"trunks"_s, u"list"_s}, false);
        QCOMPARE(o.code, int(Ok));
        QVERIFY2(!o.out.contains(QChar(0x1b)) && !o.out.contains(QChar(0x07)), qPrintable(o.out));
        QCOMPARE(o.out.count(u'\n'), 2); // the header and one trunk: no spoofed row
        QVERIFY2(o.out.contains(u"\\x1b[2J"_s), qPrintable(o.out));
    }

    // The sandbox decides an ACL as FreeSWITCH does: the most specific node, not the first.
    void sandboxAclTakesTheMostSpecificNode()
    {
        const QList<ScenarioAclList> acl {
            {u"gw"_s, u"deny"_s, {{u"allow"_s, u"10.0.0.0/8"_s}, {u"deny"_s, u"10.1.0.0/16"_s}}}};
        QVERIFY(!aclContains(acl, u"gw"_s, QHostAddress(u"10.1.2.3"_s)));
        QVERIFY(aclContains(acl, u"gw"_s, QHostAddress(u"10.2.0.1"_s)));
        QVERIFY(!aclContains(acl, u"gw"_s, QHostAddress(u"192.0.2.1"_s)));
        // The same over the Event Socket's `acl` command.
        Scenario s = Scenario::builtIn();
        s.acl = acl;
        QVERIFY(boot(s));
        QByteArray answer;
        m_sb->esl()->api(u"acl 10.1.2.3 gw"_s, [&answer](const QByteArray &a) { answer = a; });
        QCOMPARE(answer, "false"_ba);
    }

    // A bracket-less IPv6 outbound proxy: the REGISTER never reaches 1&1.
    void ipv6OutboundProxyWithoutBracketsNeverRegisters()
    {
        QVERIFY(boot(named(u"ipv6-proxy-without-brackets"_s)));
        advance(40 * Second);
        QVERIFY2(gatewayState(u"1und1"_s) != u"REGED"_s, qPrintable(gatewayState(u"1und1"_s)));
        const Output o = run<CheckCommand>(10'000, target());
        QCOMPARE(o.code, int(Critical));
        QVERIFY2(o.out.contains(u"1und1@"_s), qPrintable(o.out));
    }

    // coverage reads the firewall the Platform API serves, as the Coverage page and lint do:
    // the firewall-gap scenario's missing Plusnet rule is found without a --ufw file, and the
    // live ACL's missing 1&1 IPv6 range from the Event Socket.
    void coverageReadsTheApiFirewall()
    {
        QVERIFY(boot(named(u"firewall-gap"_s)));
        Target withCatalog = target();
        withCatalog.catalog = ProviderCatalog::builtIn(); // as xynapctl gives every command
        const Output o = run<CoverageCommand>(10'000, withCatalog, CoverageCommand::Options {});
        QVERIFY2(o.code == Critical, qPrintable(o.all()));
        QVERIFY2(o.out.startsWith(u"UFW: "_s) && !o.out.startsWith(u"UFW: not loaded"_s),
            qPrintable(o.out));
        QVERIFY2(o.out.contains(u"ERROR  XY-UFW-RANGE-NOT-COVERED  92.197.177.0/24 sip-udp"_s),
            qPrintable(o.out));
        QVERIFY2(o.out.contains(u"XY-ACL-RANGE-NOT-ALLOWED"_s), qPrintable(o.out));
        QVERIFY2(o.out.contains(u"\nufw allow from 92.197.177.0/24 to any port 5060 proto udp\n"_s),
            qPrintable(o.out));

        CoverageCommand::Options json;
        json.json = true;
        const Output j = run<CoverageCommand>(10'000, withCatalog, json);
        QCOMPARE(j.code, int(Critical));
        const QJsonObject sources
            = QJsonDocument::fromJson(j.out.toUtf8()).object().value(u"sources"_s).toObject();
        QCOMPARE(sources.value(u"ufw"_s).toString(), u"Platform API"_s);

        // A token the API refuses is no firewall without rules.
        Target refused = withCatalog;
        refused.token = u"wrong"_s;
        const Output denied = run<CoverageCommand>(10'000, refused, CoverageCommand::Options {});
        QVERIFY2(denied.code == NoPermission, qPrintable(denied.all()));
        QVERIFY2(denied.out.isEmpty(), qPrintable(denied.out));
    }

    // Neither a rules file nor an API: nothing to say about a firewall — a usage error.
    void coverageWithoutFirewallIsAUsageError()
    {
        QVERIFY(boot(Scenario::builtIn()));
        CoverageCommand::Options options;
        options.acl = QStringLiteral(XYNAP_TEST_DATA "/no-such-acl.xml");
        const Output o = run<CoverageCommand>(10'000, target(false), options);
        QCOMPARE(o.code, int(Usage));
        QVERIFY2(o.err.contains(u"--ufw FILE, or --api URL / --profile NAME"_s), qPrintable(o.err));
    }

    // FreeSWITCH shutting down in order: the gateways are gone, the node unreachable, no OK.
    void shutdownIsNeverOk()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        m_sb->shutdown();
        const Output o = run<CheckCommand>(10'000, target());
        QVERIFY2(o.code == Unknown || o.code == Critical, qPrintable(o.all()));
        QVERIFY2(!o.out.contains(u" OK - "_s), qPrintable(o.out));
    }
};

QTEST_GUILESS_MAIN(TestXynapctl)
#include "tst_xynapctl.moc"
