// xynapctl against a real FreeSWITCH 1.10.12 (XYNAP_FREESWITCH), fed its gateways by
// xynap-sandbox's Platform API through mod_xml_curl, with loopback stand-ins as Plusnet and 1&1.
// Each test function is its own ctest test (one FreeSWITCH each, parallel-safe ports) and asserts
// what the console says — exit code and words — in one situation FreeSWITCH really produces.
#include "RealFreeSwitchFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap::testsupport;

namespace {

constexpr int Seconds = 1000;

bool state(const GatewayXml &g, const QString &s)
{
    return g.exists && g[u"state"_s] == s;
}

QJsonObject gatewayOf(const QJsonDocument &status, const QString &name)
{
    for (const QJsonValue &node : status.object().value(u"nodes"_s).toArray()) {
        for (const QJsonValue &v : node.toObject().value(u"gateways"_s).toArray()) {
            if (v.toObject().value(u"gateway"_s).toString() == name)
                return v.toObject();
        }
    }
    return {};
}

// One GET of serve's metrics: the body, empty when it did not answer 200.
QByteArray scrape(const QString &url)
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(QUrl(url)));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10 * Seconds))
        reply->abort();
    const QByteArray body
        = reply->error() == QNetworkReply::NoError ? reply->readAll() : QByteArray();
    delete reply;
    return body;
}

} // namespace

class TestRealFreeSwitch final : public QObject {
    Q_OBJECT

    std::unique_ptr<RealPlatform> m_platform;

    // Starts everything; the healthy picture is where every test begins unless it says otherwise.
    bool boot(bool withApi = true)
    {
        m_platform = std::make_unique<RealPlatform>();
        if (!m_platform->start(withApi)) {
            qWarning("%s", qPrintable(m_platform->error()));
            return false;
        }
        return true;
    }
    bool healthy()
    {
        RealPlatform &p = *m_platform;
        return p.waitFor(
                   u"1und1"_s, [](const GatewayXml &g) { return state(g, u"REGED"_s); },
                   20 * Seconds)
            && p.waitFor(
                u"plusnet"_s,
                [](const GatewayXml &g) {
                    return state(g, u"NOREG"_s) && g[u"status"_s] == u"UP"_s
                        && g[u"pingcount"_s].toInt() > 0;
                },
                20 * Seconds);
    }
    QString fsSays(const QString &name) const
    {
        const GatewayXml g = m_platform->gateway(name);
        return u"FreeSWITCH: %1 %2/%3 pingcount %4"_s.arg(
            name, g[u"state"_s], g[u"status"_s], g[u"pingcount"_s]);
    }

private Q_SLOTS:
    void initTestCase() { XYNAP_REQUIRE_FREESWITCH(); }
    void cleanup() { m_platform.reset(); }

    // Both trunks as FreeSWITCH runs them when the providers answer: OK, exit 0.
    void healthyPicture()
    {
        QVERIFY(boot());
        QVERIFY2(healthy(), qPrintable(fsSays(u"1und1"_s) + u"; "_s + fsSays(u"plusnet"_s)));
        QVERIFY(m_platform->oneAndOne().received(u"REGISTER"_s) >= 2); // challenge, then auth
        QVERIFY(m_platform->plusnet().received(u"OPTIONS"_s) >= 1);
        const CtlResult check = m_platform->ctl({u"check"_s});
        QCOMPARE(check.code, 0);
        QVERIFY2(check.out.startsWith(u"XYNAP GATEWAYS OK"_s), qPrintable(check.all()));
        const CtlResult status = m_platform->ctl({u"status"_s, u"--json"_s});
        QCOMPARE(status.code, 0);
        const QJsonDocument doc = QJsonDocument::fromJson(status.out.toUtf8());
        QCOMPARE(gatewayOf(doc, u"1und1"_s).value(u"health"_s).toString(), u"healthy"_s);
        QCOMPARE(gatewayOf(doc, u"plusnet"_s).value(u"health"_s).toString(), u"healthy"_s);
        QCOMPARE(gatewayOf(doc, u"1und1"_s).value(u"state"_s).toString(), u"REGED"_s);
    }

    // The registrar stops answering: FreeSWITCH retries, mostly in TRYING with its own status
    // DOWN. Every `check` in that time is CRITICAL, never a calm WARNING.
    void registrarBlackHoled()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->oneAndOne().blackHole();
        QVERIFY2(m_platform
                     ->ctl({u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s,
                         u"1und1"_s, u"-t"_s, u"10"_s})
                     .code
                != 0,
            "a reload into a silent registrar cannot succeed");
        // A retry after the first failure: TRYING again, FreeSWITCH's status DOWN.
        QVERIFY2(m_platform->waitFor(
                     u"1und1"_s,
                     [](const GatewayXml &g) {
                         return state(g, u"TRYING"_s) && g[u"status"_s] == u"DOWN"_s;
                     },
                     20 * Seconds),
            qPrintable(fsSays(u"1und1"_s)));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 2, qPrintable(check.all() + fsSays(u"1und1"_s)));
        QVERIFY2(check.out.startsWith(u"XYNAP GATEWAYS CRITICAL"_s), qPrintable(check.all()));
        QVERIFY2(check.out.contains(u"1und1"_s), qPrintable(check.all()));
    }

    // `xynapctl serve` watching while the registrar falls silent: its metrics (which promtool
    // accepts) have 1und1 down with the words of the timeout FreeSWITCH reported in an event, and
    // `check --from` passes them on — where a one-shot `check` connecting now has only the state.
    void serveKnowsTheSilentRegistrar()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const quint16 port = freeLoopbackPort();
        const QString url = u"http://127.0.0.1:%1/metrics"_s.arg(port);
        std::unique_ptr<QProcess> serve
            = m_platform->startCtl({u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
        QByteArray metrics;
        const auto scrapeShows = [&](const QByteArray &line) {
            return QTest::qWaitFor(
                [&] {
                    metrics = scrape(url);
                    return metrics.contains(line);
                },
                30 * Seconds);
        };
        QVERIFY2(scrapeShows("gateway=\"1und1\",provider=\"1und1\"} 1\n"),
            qPrintable(
                QString::fromUtf8(metrics) + QString::fromUtf8(serve->readAllStandardError())));
        m_platform->oneAndOne().blackHole();
        QVERIFY(m_platform
                    ->ctl({u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s,
                        u"1und1"_s, u"-t"_s, u"10"_s})
                    .code
            != 0);
        QVERIFY2(scrapeShows("gateway=\"1und1\",provider=\"1und1\"} 0\n")
                && scrapeShows("summary=\"Registrar does not answer"),
            qPrintable(QString::fromUtf8(metrics) + fsSays(u"1und1"_s)));
        QVERIFY2(metrics.contains("xynap_gateway_last_sip_code{"), metrics.constData());

        QProcess promtool;
        promtool.start(u"promtool"_s, {u"check"_s, u"metrics"_s});
        promtool.write(metrics);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30 * Seconds));
        QVERIFY2(promtool.exitStatus() == QProcess::NormalExit && promtool.exitCode() == 0,
            qPrintable(QString::fromUtf8(promtool.readAll())));

        const CtlResult fromServe = m_platform->ctl({u"check"_s, u"--from"_s, url}, 60'000, false);
        QVERIFY2(fromServe.code == 2, qPrintable(fromServe.all()));
        QVERIFY2(fromServe.out.startsWith(u"XYNAP GATEWAYS CRITICAL - 1und1@"_s),
            qPrintable(fromServe.all()));
        QVERIFY2(
            fromServe.out.contains(u"Registrar does not answer"_s), qPrintable(fromServe.all()));
        serve->kill();
        serve->waitForFinished(5 * Seconds);
    }

    // A registrar that answers 403: FAILED, FAIL_WAIT; CRITICAL with the gateway named.
    void registrarAnswers403()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->oneAndOne().reject(403, u"Forbidden"_s);
        QVERIFY(m_platform
                    ->ctl({u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s,
                        u"1und1"_s})
                    .code
            != 0);
        QVERIFY2(m_platform->waitFor(
                     u"1und1"_s, [](const GatewayXml &g) { return state(g, u"FAIL_WAIT"_s); },
                     20 * Seconds),
            qPrintable(fsSays(u"1und1"_s)));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QCOMPARE(check.code, 2);
        QVERIFY2(check.out.contains(u"1und1"_s), qPrintable(check.all()));
    }

    // A registrar that keeps answering 401 (credentials it does not accept): FAILED with 401,
    // CRITICAL, and the words send the operator to the credentials.
    void registrarAnswers401()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->oneAndOne().reject(401, u"Unauthorized"_s);
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 2, qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"401"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"credentials"_s), qPrintable(reload.all()));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 2, qPrintable(check.all()));
    }

    // The provider itself answers 503: CRITICAL; the words say the provider answered.
    void registrarAnswers503()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->oneAndOne().reject(503, u"Service Unavailable"_s);
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 2, qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"answers 503"_s), qPrintable(reload.all()));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QCOMPARE(check.code, 2);
    }

    // Nothing listens where the registrar should be: the 503 is FreeSWITCH's own (ICMP port
    // unreachable), no provider said anything — the words must not blame the provider.
    void nothingListens()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->oneAndOne().stop();
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 2, qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"503"_s), qPrintable(reload.all()));
        QVERIFY2(!reload.out.contains(u"answers 503"_s), qPrintable(reload.all()));
        QVERIFY2(
            reload.out.contains(u"no answer"_s, Qt::CaseInsensitive), qPrintable(reload.all()));
        QCOMPARE(m_platform->ctl({u"check"_s}).code, 2);
    }

    // Plusnet's OPTIONS pings go unanswered: FreeSWITCH marks the gateway DOWN: CRITICAL.
    void pingsUnanswered()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->plusnet().blackHole();
        QVERIFY2(m_platform->waitFor(
                     u"plusnet"_s, [](const GatewayXml &g) { return g[u"status"_s] == u"DOWN"_s; },
                     30 * Seconds),
            qPrintable(fsSays(u"plusnet"_s)));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QCOMPARE(check.code, 2);
        QVERIFY2(check.out.contains(u"plusnet"_s), qPrintable(check.all()));
    }

    // killgw + rescan of a registering gateway comes back REGED: exit 0, and the provider saw a
    // new REGISTER.
    void reloadRegisteringGateway()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const int before = m_platform->oneAndOne().received(u"REGISTER"_s);
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 0, qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"1 of 1 node(s)"_s), qPrintable(reload.all()));
        QVERIFY(m_platform->oneAndOne().received(u"REGISTER"_s) > before);
        QVERIFY(state(m_platform->gateway(u"1und1"_s), u"REGED"_s));
    }

    // Right after killgw + rescan an IP-auth gateway is NOREG/UP with pingcount 0: nothing has
    // answered yet. The reload waits for an answered ping before it says healthy.
    void reloadPingingGatewayWaitsForEvidence()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const int before = m_platform->plusnet().received(u"OPTIONS"_s);
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"external-ipv4"_s, u"--gateway"_s, u"plusnet"_s});
        QVERIFY2(reload.code == 0, qPrintable(reload.all()));
        // The evidence came from the provider: it received a ping after the rescan.
        QVERIFY(m_platform->plusnet().received(u"OPTIONS"_s) > before);
    }

    // The same into a dead SIP path: never "applied and healthy", never exit 0.
    void reloadIntoDeadPath()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->plusnet().blackHole();
        const CtlResult reload = m_platform->ctl({u"reload"_s, u"--sofia-profile"_s,
            u"external-ipv4"_s, u"--gateway"_s, u"plusnet"_s, u"-t"_s, u"30"_s});
        QVERIFY2(reload.code != 0, qPrintable(reload.all()));
        QVERIFY2(!reload.out.contains(u": OK:"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"reload: 0 of 1 node(s)"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"not confirmed"_s) || reload.out.contains(u"FAILED"_s),
            qPrintable(reload.all()));
    }

    // A deadline during a reload says which step had not finished: here FreeSWITCH answered
    // killgw and the rescan, only the first ping (the evidence) was still to come — "not
    // confirmed" (1), never "FreeSWITCH did not answer" (69).
    void reloadDeadlineNamesTheStep()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const CtlResult reload = m_platform->ctl({u"reload"_s, u"--sofia-profile"_s,
            u"external-ipv4"_s, u"--gateway"_s, u"plusnet"_s, u"-t"_s, u"4"_s});
        QVERIFY2(reload.code == 1, qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"NOT CONFIRMED"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"answered ping"_s), qPrintable(reload.all()));
        QVERIFY2(!reload.all().contains(u"did not answer in time"_s), qPrintable(reload.all()));
    }

    // A saved change: a plain rescan ignores the running gateway ("Ignoring duplicate gateway"),
    // lint says so, killgw + rescan applies it and FreeSWITCH reports the new value.
    void savedChangeAppliedOnlyByKillgw()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QString detail;
        QVERIFY2(m_platform->changeTrunk(u"1und1"_s, u"username"_s, u"493455660001"_s, &detail),
            qPrintable(detail));
        QVERIFY(m_platform->freeSwitch().rescan(u"internal"_s));
        QCOMPARE(m_platform->gateway(u"1und1"_s)[u"username"_s], u"493455664337"_s);
        const CtlResult lint = m_platform->ctl({u"lint"_s});
        QVERIFY2(lint.out.contains(u"XY-NOT-APPLIED"_s), qPrintable(lint.all()));
        QVERIFY2(lint.out.contains(u"1und1"_s), qPrintable(lint.all()));
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 0, qPrintable(reload.all()));
        QCOMPARE(m_platform->gateway(u"1und1"_s)[u"username"_s], u"493455660001"_s);
        QVERIFY2(!m_platform->ctl({u"lint"_s}).out.contains(u"XY-NOT-APPLIED"_s), "applied");
    }

    // killgw + rescan applies every field FreeSWITCH reports: each saved change, once applied, is
    // what `sofia xmlstatus gateway` shows, and lint has nothing left to say.
    void applyEveryReportedField()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const QList<std::pair<QString, QJsonValue>> changes {{u"username"_s, u"493455660004"_s},
            {u"caller_id"_s, u"+493455630488"_s}, {u"expire_seconds"_s, 120},
            {u"password"_s, u"another-secret"_s}, {u"retry_seconds"_s, 6}};
        for (const auto &[field, value] : changes) {
            QString detail;
            QVERIFY2(m_platform->changeTrunk(u"1und1"_s, field, value, &detail),
                qPrintable(field + u": "_s + detail));
        }
        const CtlResult before = m_platform->ctl({u"lint"_s});
        for (const QString &label : {u"username"_s, u"caller ID"_s, u"registration expiry"_s})
            QVERIFY2(before.out.contains(label), qPrintable(label + u": "_s + before.all()));
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 0, qPrintable(reload.all()));
        const GatewayXml g = m_platform->gateway(u"1und1"_s);
        QCOMPARE(g[u"username"_s], u"493455660004"_s);
        QCOMPARE(g[u"exten"_s], u"+493455630488"_s);
        QCOMPARE(g[u"expires"_s], u"120"_s);
        QCOMPARE(g[u"state"_s], u"REGED"_s);
        const CtlResult after = m_platform->ctl({u"lint"_s});
        QVERIFY2(!after.out.contains(u"XY-NOT-APPLIED"_s), qPrintable(after.all()));
    }

    // A rescan-only reload after a saved change applies nothing: it must not say "healthy" or
    // exit 0; it names the gateway still on the older version and the command that applies it.
    void rescanOnlyReloadNamesWhatItDidNotApply()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QString detail;
        QVERIFY2(m_platform->changeTrunk(u"1und1"_s, u"username"_s, u"493455660002"_s, &detail),
            qPrintable(detail));
        const CtlResult reload
            = m_platform->ctl({u"reload"_s, u"--sofia-profile"_s, u"internal"_s});
        QVERIFY2(reload.code != 0, qPrintable(reload.all()));
        QVERIFY2(!reload.out.contains(u"applied and healthy"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"1und1"_s), qPrintable(reload.all()));
        QVERIFY2(reload.out.contains(u"--gateway 1und1"_s), qPrintable(reload.all()));
    }

    // A realm saved as 1und1.de (not yet applied): the gateway still runs well, but check is at
    // least WARNING and says so, status --json carries the findings; --no-config-check turns that
    // off.
    void savedErrorIsAWarningBeforeItFails()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QString detail;
        QVERIFY2(m_platform->changeTrunk(u"1und1"_s, u"realm"_s, u"1und1.de"_s, &detail),
            qPrintable(detail));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 1, qPrintable(check.all()));
        QVERIFY2(check.out.contains(u"saved change not applied"_s), qPrintable(check.all()));
        QVERIFY2(check.out.contains(u"config_findings="_s), qPrintable(check.all()));
        QCOMPARE(m_platform->ctl({u"check"_s, u"--no-config-check"_s}).code, 0);
        const CtlResult status = m_platform->ctl({u"status"_s, u"--json"_s});
        const QJsonObject g = gatewayOf(QJsonDocument::fromJson(status.out.toUtf8()), u"1und1"_s);
        QStringList rules;
        for (const QJsonValue &f : g.value(u"findings"_s).toArray())
            rules.append(f.toObject().value(u"rule"_s).toString());
        QVERIFY2(rules.contains(u"XY-NOT-APPLIED"_s), qPrintable(rules.join(u' ')));
        QVERIFY2(rules.contains(u"XY-REALM"_s), qPrintable(rules.join(u' ')));
    }

    // A gateway removed behind the console's back (killgw by someone else): CRITICAL.
    void gatewayRemovedBehindTheConsolesBack()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QVERIFY(m_platform->freeSwitch()
                    .api(u"sofia profile external-ipv4 killgw plusnet"_s)
                    .contains(u"+OK"_s));
        // `sofia xmlstatus gateway NAME` forgets it at once; the list keeps it until it is deleted.
        QVERIFY(QTest::qWaitFor([&] { return !m_platform->listed(u"plusnet"_s); }, 10'000));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 2, qPrintable(check.all() + fsSays(u"plusnet"_s)));
        QVERIFY2(check.out.contains(u"plusnet"_s), qPrintable(check.all()));
    }

    // With only the Event Socket (no Platform API to say what should run), a gateway that ran
    // when the console last looked and has vanished since is gone: CRITICAL, named, also for
    // `check --gateway` of it.
    void vanishedGatewayWithoutTheApi()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const CtlResult before = m_platform->ctl({u"check"_s}, 60 * Seconds, false);
        QVERIFY2(before.code == 0, qPrintable(before.all()));
        QVERIFY(m_platform->freeSwitch()
                    .api(u"sofia profile external-ipv4 killgw plusnet"_s)
                    .contains(u"+OK"_s));
        QVERIFY(QTest::qWaitFor([&] { return !m_platform->listed(u"plusnet"_s); }, 10'000));
        const CtlResult check = m_platform->ctl({u"check"_s}, 60 * Seconds, false);
        QVERIFY2(check.code == 2, qPrintable(check.all()));
        QVERIFY2(check.out.contains(u"plusnet"_s), qPrintable(check.all()));
        const CtlResult one
            = m_platform->ctl({u"check"_s, u"--gateway"_s, u"plusnet"_s}, 60 * Seconds, false);
        QVERIFY2(one.code == 2, qPrintable(one.all()));
        // It comes back: healthy again, and nothing is remembered against it.
        QVERIFY(m_platform->freeSwitch().rescan(u"external-ipv4"_s));
        QVERIFY(healthy());
        const CtlResult after = m_platform->ctl({u"check"_s}, 60 * Seconds, false);
        QVERIFY2(after.code == 0, qPrintable(after.all()));
    }

    // FreeSWITCH stopped: the node cannot be seen, which is never OK.
    void freeSwitchStopped()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QVERIFY(m_platform->freeSwitch().stop());
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 3 || check.code == 2, qPrintable(check.all()));
        QVERIFY2(!check.out.contains(u" OK"_s), qPrintable(check.all()));
        const CtlResult status = m_platform->ctl({u"status"_s});
        QVERIFY(status.code != 0);
    }

    // A hung FreeSWITCH (process stopped, socket open): `check` says so within its deadline.
    void freeSwitchHung()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        m_platform->freeSwitch().hang();
        QElapsedTimer clock;
        clock.start();
        const CtlResult check = m_platform->ctl({u"check"_s, u"-t"_s, u"5"_s}, 30 * Seconds);
        QVERIFY2(check.code == 3, qPrintable(check.all()));
        QVERIFY2(clock.elapsed() < 15 * Seconds, "within the deadline");
        m_platform->freeSwitch().resume();
        QVERIFY2(healthy(), "FreeSWITCH resumes");
        QCOMPARE(m_platform->ctl({u"check"_s}).code, 0);
    }

    // One liveness rule: a hung FreeSWITCH is "not answering" within 20 s in a running `watch`
    // (the same esl::Link and staleness the GUI and the NOC use), and the link is back within
    // 5 s of FreeSWITCH answering again.
    void hungFreeSwitchNoticedAndRejoined()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        std::unique_ptr<QProcess> watch = m_platform->startCtl({u"watch"_s, u"-t"_s, u"90"_s});
        QString seen;
        const auto read = [&] {
            seen += QString::fromUtf8(watch->readAllStandardOutput());
            return seen;
        };
        QVERIFY2(QTest::qWaitFor([&] { return read().contains(u"link UP"_s); }, 15 * Seconds),
            qPrintable(seen));
        m_platform->freeSwitch().hang();
        QVERIFY2(QTest::qWaitFor([&] { return read().contains(u"link DOWN"_s); }, 21 * Seconds),
            qPrintable(seen));
        QVERIFY2(seen.contains(u"does not answer"_s), qPrintable(seen));
        const qsizetype downAt = seen.size();
        m_platform->freeSwitch().resume();
        QVERIFY2(
            QTest::qWaitFor([&] { return read().mid(downAt).contains(u"link UP"_s); }, 8 * Seconds),
            qPrintable(seen));
        watch->terminate();
        QVERIFY(watch->waitForFinished(10 * Seconds));
    }

    // FreeSWITCH started before the Platform API could be reached: no gateways (it never asks
    // again), every trunk "not running": CRITICAL, until a rescan per profile loads them.
    void freeSwitchStartedBeforeTheApi()
    {
        QVERIFY(boot(false));
        QVERIFY2(m_platform->startApiLate(), qPrintable(m_platform->error()));
        QVERIFY(!m_platform->listed(u"1und1"_s));
        QVERIFY(!m_platform->listed(u"plusnet"_s));
        const CtlResult check = m_platform->ctl({u"check"_s});
        QVERIFY2(check.code == 2, qPrintable(check.all()));
        const CtlResult status = m_platform->ctl({u"status"_s, u"--json"_s});
        QVERIFY2(status.out.contains(u"XY-NOT-RUNNING"_s), qPrintable(status.all()));
        // FreeSWITCH never asks again by itself: a rescan per profile loads them.
        QVERIFY(m_platform->freeSwitch().rescan(u"internal"_s));
        QVERIFY(m_platform->freeSwitch().rescan(u"external-ipv4"_s));
        QVERIFY(healthy());
        QCOMPARE(m_platform->ctl({u"check"_s}).code, 0);
    }

    // A long-running command heals by itself when the Platform API comes up late: `watch` says
    // it will retry, and then that the trunks are loaded — nobody restarts it.
    void watchFindsALateApi()
    {
        QVERIFY(boot(false));
        std::unique_ptr<QProcess> watch = m_platform->startCtl({u"watch"_s, u"-t"_s, u"60"_s});
        QString said;
        const auto read = [&] {
            said += QString::fromUtf8(watch->readAllStandardError())
                + QString::fromUtf8(watch->readAllStandardOutput());
            return said;
        };
        QVERIFY2(QTest::qWaitFor([&] { return read().contains(u"retrying in"_s); }, 15 * Seconds),
            qPrintable(said));
        QVERIFY2(m_platform->startApiLate(), qPrintable(m_platform->error()));
        QVERIFY2(QTest::qWaitFor([&] { return read().contains(u"trunks loaded"_s); }, 30 * Seconds),
            qPrintable(said));
        watch->terminate();
        QVERIFY(watch->waitForFinished(10 * Seconds));
    }

    // What `sofia xmlstatus gateway` reports is what the Platform API served: exten from the
    // gateway's `extension` parameter (the caller ID), realm, username, proxy.
    void xmlstatusReportsWhatWasServed()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        const GatewayXml g = m_platform->gateway(u"1und1"_s);
        QCOMPARE(g[u"exten"_s], u"+493455664337"_s);
        QCOMPARE(g[u"realm"_s], u"sip.1und1.de"_s);
        QCOMPARE(g[u"username"_s], u"493455664337"_s);
        QCOMPARE(g[u"proxy"_s], u"sip:"_s + m_platform->oneAndOne().hostPort());
        const CtlResult lint = m_platform->ctl({u"lint"_s});
        QVERIFY2(!lint.out.contains(u"XY-NOT-APPLIED"_s), qPrintable(lint.all()));
    }

    // A change of a field FreeSWITCH does not report (the retry interval), while no version of
    // the gateway is known: lint says it cannot tell — never "clean" — until an apply from here.
    void cannotTellWithoutAKnownVersion()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QString detail;
        QVERIFY2(m_platform->changeTrunk(u"1und1"_s, u"retry_seconds"_s, 9, &detail),
            qPrintable(detail));
        const CtlResult lint = m_platform->ctl({u"lint"_s});
        QVERIFY2(lint.out.contains(u"XY-APPLIED-UNKNOWN  1und1"_s), qPrintable(lint.all()));
        QVERIFY2(lint.out.contains(u"Cannot tell"_s), qPrintable(lint.all()));
        const CtlResult reload = m_platform->ctl(
            {u"reload"_s, u"--sofia-profile"_s, u"internal"_s, u"--gateway"_s, u"1und1"_s});
        QVERIFY2(reload.code == 0, qPrintable(reload.all()));
        const CtlResult after = m_platform->ctl({u"lint"_s});
        QVERIFY2(!after.out.contains(u"XY-APPLIED-UNKNOWN  1und1"_s), qPrintable(after.all()));
        QVERIFY2(!after.out.contains(u"XY-NOT-APPLIED"_s), qPrintable(after.all()));
    }

    // A caller-ID change is drift FreeSWITCH shows in <exten>: lint names the field.
    void callerIdDriftNamesTheField()
    {
        QVERIFY(boot());
        QVERIFY(healthy());
        QString detail;
        QVERIFY2(m_platform->changeTrunk(u"1und1"_s, u"caller_id"_s, u"+493455630488"_s, &detail),
            qPrintable(detail));
        const CtlResult lint = m_platform->ctl({u"lint"_s});
        QVERIFY2(lint.out.contains(u"XY-NOT-APPLIED"_s), qPrintable(lint.all()));
        QVERIFY2(lint.out.contains(u"Caller ID"_s, Qt::CaseInsensitive), qPrintable(lint.all()));
    }
};

QTEST_GUILESS_MAIN(TestRealFreeSwitch)
#include "tst_realfreeswitch.moc"
