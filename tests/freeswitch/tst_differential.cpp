// The sandbox calibrated against the real FreeSWITCH: each scenario runs on both — the sandbox in
// simulated time with the documented provider hosts, the real FreeSWITCH with loopback stand-ins
// that fail the same way — and what the console sees (the GatewayMonitor's transitions, who
// produced the SIP answer, the fields of `sofia xmlstatus gateway`) must agree. Accepted
// differences are named where they are compared away.
#include "RealFreeSwitchFixture.h"
#include "SandboxFixture.h"
#include "sandbox/GatewayStatusWriter.h"
#include "session/GatewayMonitor.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using namespace xynap::testsupport;

namespace {

// What the sandbox answers to `sofia xmlstatus gateway NAME`.
QString sandboxXmlStatus(const sandbox::Sandbox &sb, const QString &name)
{
    return QString::fromUtf8(sandbox::GatewayStatusWriter(sb.gateways()->table(), *sb.scheduler())
                                 .xmlStatusGateway(name));
}

constexpr int Seconds = 1000;
using AnswerFrom = session::GatewayRecord::AnswerFrom;

// What the console saw of one gateway since it was (re)added: states in order, repeats folded,
// each failure with its SIP code and who produced it.
struct Seen {
    QStringList states;
    QList<int> codes; // the code of each FAILED
    AnswerFrom lastFrom = AnswerFrom::Unknown;
};

Seen seen(const session::GatewayMonitor &monitor, const QString &node, const QString &gateway)
{
    Seen s;
    const session::GatewayRecord *r = monitor.record(node, gateway);
    if (!r)
        return s;
    qsizetype start = 0;
    for (qsizetype i = 0; i < r->transitions.size(); ++i) {
        if (r->transitions.at(i).state == u"GONE"_s)
            start = i + 1; // killgw + rescan: a new gateway from here on
    }
    for (qsizetype i = start; i < r->transitions.size(); ++i) {
        const session::Transition &t = r->transitions.at(i);
        if (s.states.isEmpty() || s.states.last() != t.state)
            s.states.append(t.state);
        if (t.state == u"FAILED"_s)
            s.codes.append(t.status);
    }
    s.lastFrom = r->lastStatusFrom;
    return s;
}

// From the first failure on (whether the first TRYING is seen depends on when the console
// connected): FAILED, FAIL_WAIT, UNREGED, TRYING, FAILED — a whole retry cycle.
QStringList fromFirstFailure(const Seen &s)
{
    const qsizetype first = s.states.indexOf(u"FAILED"_s);
    return first < 0 ? QStringList() : s.states.mid(first, 5);
}
bool retried(const Seen &s)
{
    return fromFirstFailure(s).size() >= 5;
}

sandbox::Scenario productionWith(const QByteArray &extra)
{
    const sandbox::ScenarioLoad load
        = sandbox::scenarioFromJson(R"({"based_on": "production")" + extra + '}', u"diff"_s);
    if (!load.ok())
        qFatal("scenario: %s", qPrintable(load.error));
    return load.scenario;
}

} // namespace

class TestDifferential final : public QObject {
    Q_OBJECT

    std::unique_ptr<RealPlatform> m_real;
    std::unique_ptr<session::GatewayMonitor> m_realMonitor;
    std::unique_ptr<sandbox::Sandbox> m_sandbox;
    std::unique_ptr<session::GatewayMonitor> m_sandboxMonitor;
    const QString m_node = u"fs"_s;

    bool bootReal()
    {
        m_real = std::make_unique<RealPlatform>();
        if (!m_real->start()) {
            qWarning("%s", qPrintable(m_real->error()));
            return false;
        }
        const bool healthy = m_real->waitFor(
            u"1und1"_s, [](const GatewayXml &g) { return g[u"state"_s] == u"REGED"_s; },
            20 * Seconds);
        m_realMonitor = std::make_unique<session::GatewayMonitor>();
        m_realMonitor->addNode(m_node, u"127.0.0.1"_s, m_real->freeSwitch().eslPort(),
            m_real->freeSwitch().eslPassword(), fastLinkOptions());
        return healthy
            && QTest::qWaitFor(
                [this] { return m_realMonitor->record(m_node, u"1und1"_s) != nullptr; }, 10'000);
    }
    bool bootSandbox(const sandbox::Scenario &scenario)
    {
        m_sandbox = startSandbox(scenario);
        if (!m_sandbox)
            return false;
        m_sandboxMonitor = std::make_unique<session::GatewayMonitor>();
        // Simulated minutes pass in real milliseconds: staleness is not what is compared here.
        m_sandboxMonitor->setStaleAfterMs(24 * 3600 * Seconds);
        addSandboxNode(*m_sandboxMonitor, *m_sandbox);
        return advanceUntil(
            *m_sandbox->scheduler(),
            [this] { return m_sandboxMonitor->record(SandboxNode, u"1und1"_s) != nullptr; },
            10 * Seconds);
    }
    // killgw + rescan on the real FreeSWITCH, as an apply does.
    bool reapplyReal(const QString &profile, const QString &gateway)
    {
        RealFreeSwitch &fs = m_real->freeSwitch();
        if (!fs.api(u"sofia profile %1 killgw %2"_s.arg(profile, gateway)).contains(u"+OK"_s))
            return false;
        if (!QTest::qWaitFor([&] { return !m_real->listed(gateway); }, 10'000))
            return false;
        return fs.rescan(profile);
    }

private Q_SLOTS:
    void initTestCase() { XYNAP_REQUIRE_FREESWITCH(); }
    void cleanup()
    {
        m_realMonitor.reset();
        m_real.reset();
        m_sandboxMonitor.reset();
        m_sandbox.reset();
    }

    // A registrar that receives and never answers: TRYING until timer F, then FAILED with the
    // 408 FreeSWITCH's own stack makes up, FAIL_WAIT, UNREGED, TRYING again with status DOWN.
    // Accepted difference: timer F is 3 s on the real one (timer-T1X64, to keep the test short),
    // 32 s in the sandbox, as in production.
    void registrarSilent()
    {
        QVERIFY(bootReal());
        m_real->oneAndOne().blackHole();
        QVERIFY(reapplyReal(u"internal"_s, u"1und1"_s));
        QVERIFY2(
            QTest::qWaitFor(
                [this] { return retried(seen(*m_realMonitor, m_node, u"1und1"_s)); }, 30 * Seconds),
            qPrintable(seen(*m_realMonitor, m_node, u"1und1"_s).states.join(u' ')));

        QVERIFY(bootSandbox(productionWith(R"(, "providers_silent": ["1und1"])")));
        QVERIFY(advanceUntil(
            *m_sandbox->scheduler(),
            [this] { return retried(seen(*m_sandboxMonitor, SandboxNode, u"1und1"_s)); },
            200 * Seconds));

        const Seen real = seen(*m_realMonitor, m_node, u"1und1"_s);
        const Seen sim = seen(*m_sandboxMonitor, SandboxNode, u"1und1"_s);
        QCOMPARE(fromFirstFailure(sim), fromFirstFailure(real));
        QCOMPARE(fromFirstFailure(real),
            QStringList({u"FAILED"_s, u"FAIL_WAIT"_s, u"UNREGED"_s, u"TRYING"_s, u"FAILED"_s}));
        QCOMPARE(sim.codes.value(0), real.codes.value(0));
        QCOMPARE(real.codes.value(0), 408);
        QCOMPARE(sim.lastFrom, real.lastFrom);
        QCOMPARE(real.lastFrom, AnswerFrom::Local);
        // Both report the retry as FreeSWITCH does: TRYING with status DOWN.
        QCOMPARE(m_sandbox->gateways()->gatewayPingStatus(u"1und1"_s), u"DOWN"_s);
        QCOMPARE(m_real->gateway(u"1und1"_s)[u"status"_s], u"DOWN"_s);
    }

    // Nothing listens at the registrar's port: ICMP port unreachable, and FreeSWITCH's own stack
    // answers 503 at once. Accepted difference: the real one sends no Register-Network-IP/Port
    // on a fresh gateway's failure, the sandbox sends port 0; the console reads both as "nothing
    // answered".
    void registrarUnreachable()
    {
        QVERIFY(bootReal());
        m_real->oneAndOne().stop();
        QVERIFY(reapplyReal(u"internal"_s, u"1und1"_s));
        QVERIFY(QTest::qWaitFor(
            [this] { return !seen(*m_realMonitor, m_node, u"1und1"_s).codes.isEmpty(); },
            20 * Seconds));

        QVERIFY(bootSandbox(productionWith(R"(, "providers_unreachable": ["1und1"])")));
        QVERIFY(advanceUntil(
            *m_sandbox->scheduler(),
            [this] { return !seen(*m_sandboxMonitor, SandboxNode, u"1und1"_s).codes.isEmpty(); },
            30 * Seconds));

        const Seen real = seen(*m_realMonitor, m_node, u"1und1"_s);
        const Seen sim = seen(*m_sandboxMonitor, SandboxNode, u"1und1"_s);
        QCOMPARE(real.codes.value(0), 503);
        QCOMPARE(sim.codes.value(0), real.codes.value(0));
        QCOMPARE(real.lastFrom, AnswerFrom::Local);
        QCOMPARE(sim.lastFrom, real.lastFrom);
        // The diagnosis of what each saw (staleness aside: simulated minutes pass in real
        // milliseconds on the sandbox's side).
        const auto summary = [](const session::GatewayMonitor &m, const QString &node) {
            return session::diagnose(
                *m.record(node, u"1und1"_s), nullptr, nullptr, QDateTime::currentDateTime())
                .summary;
        };
        QCOMPARE(summary(*m_sandboxMonitor, SandboxNode), summary(*m_realMonitor, m_node));
        QVERIFY(summary(*m_realMonitor, m_node).contains(u"FreeSWITCH itself"_s));
    }

    // Right after killgw + rescan an IP-auth gateway is NOREG with status UP and pingcount 0:
    // nothing has answered yet. The sandbox says the same.
    void freshIpAuthGateway()
    {
        QVERIFY(bootReal());
        QVERIFY(reapplyReal(u"external-ipv4"_s, u"plusnet"_s));
        GatewayXml real;
        QVERIFY(QTest::qWaitFor(
            [&] {
                real = m_real->gateway(u"plusnet"_s);
                return real.exists;
            },
            10'000));

        QVERIFY(bootSandbox(sandbox::Scenario::builtIn()));
        const GatewayXml sim = parseGatewayXml(sandboxXmlStatus(*m_sandbox, u"plusnet"_s));
        for (const QString &field : {u"state"_s, u"status"_s, u"pingcount"_s})
            QVERIFY2(sim[field] == real[field],
                qPrintable(u"%1: sandbox %2, FreeSWITCH %3"_s.arg(field, sim[field], real[field])));
        QCOMPARE(real[u"pingcount"_s], u"0"_s);
    }

    // What `sofia xmlstatus gateway` reports of a registered 1&1 trunk: <exten> is the gateway's
    // `extension` parameter (the caller ID the Platform API serves), not the username.
    void xmlstatusFields()
    {
        QVERIFY(bootReal());
        const GatewayXml real = m_real->gateway(u"1und1"_s);
        QVERIFY(bootSandbox(sandbox::Scenario::builtIn()));
        QVERIFY(advanceUntil(
            *m_sandbox->scheduler(),
            [this] { return m_sandbox->gateways()->gatewayState(u"1und1"_s) == u"REGED"_s; },
            30 * Seconds));
        const GatewayXml sim = parseGatewayXml(sandboxXmlStatus(*m_sandbox, u"1und1"_s));
        for (const QString &field :
            {u"exten"_s, u"realm"_s, u"username"_s, u"state"_s, u"status"_s, u"password"_s})
            QVERIFY2(sim[field] == real[field],
                qPrintable(u"%1: sandbox %2, FreeSWITCH %3"_s.arg(field, sim[field], real[field])));
        QCOMPARE(real[u"exten"_s], u"+493455664337"_s);
    }

    // A plain rescan keeps a changed running gateway as it was ("Ignoring duplicate gateway"):
    // the saved username reaches neither FreeSWITCH nor the sandbox until killgw + rescan.
    void rescanIgnoresChangedGateway()
    {
        QVERIFY(bootReal());
        QString detail;
        QVERIFY2(m_real->changeTrunk(u"1und1"_s, u"username"_s, u"493455660003"_s, &detail),
            qPrintable(detail));
        QVERIFY(m_real->freeSwitch().rescan(u"internal"_s));
        const QString realUser = m_real->gateway(u"1und1"_s)[u"username"_s];

        QVERIFY(bootSandbox(sandbox::Scenario::builtIn()));
        QVERIFY2(putTrunkField(m_sandbox->apiUrl(), m_sandbox->options().operatorToken, u"1und1"_s,
                     u"username"_s, u"493455660003"_s, &detail),
            qPrintable(detail));
        bool rescanned = false;
        m_sandbox->gateways()->rescan(u"internal"_s, [&](const QByteArray &) { rescanned = true; });
        QVERIFY(advanceWithSockets(*m_sandbox, 2 * Seconds));
        QVERIFY(rescanned);
        const QString simUser
            = parseGatewayXml(sandboxXmlStatus(*m_sandbox, u"1und1"_s))[u"username"_s];
        QCOMPARE(realUser, u"493455664337"_s);
        QCOMPARE(simUser, realUser);
    }
};

QTEST_GUILESS_MAIN(TestDifferential)
#include "tst_differential.moc"
