// GatewayMonitor against the sandbox: every failure mode the provider documentation describes
// (reference freeswitch-facts.md §2, §7) must end in the right state AND the right diagnosis,
// seen through a real Event Socket link with the trunks read from the real Platform API.
//
// The sandbox runs in manual time: gateways move only when a test calls advance(). The
// xml-curl fetch, the API and the Event Socket are real sockets, so the event loop must run
// (QTRY_*, advanceUntil) before and after moving the clock. The monitor runs on the real clock
// unless a test hands it a ManualClock (the link's back-off and watchdog, staleness); the 1 s
// `sofia xmlstatus gateway` after a gateway_add and ApplyJob's time-outs are real time.

#include "ManualClock.h"
#include "SandboxFixture.h"
#include "TestData.h"
#include "esl/Link.h"
#include "platform/ApiClient.h"
#include "sandbox/Sandbox.h"
#include "session/ApplyJob.h"
#include "session/GatewayMonitor.h"
#include "session/TrunkTableModel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QTcpServer>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::testsupport::trunkNamed;
using namespace xynap::sandbox;
using xynap::session::GatewayMonitor;
using xynap::session::Health;

namespace {

constexpr qint64 Second = 1000;
const QString Node = u"fs1"_s;

Scenario builtInWith(const std::function<void(Scenario &)> &edit)
{
    Scenario s = Scenario::builtIn();
    edit(s);
    return s;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

// The states since FreeSWITCH last added the gateway: a delete leaves a GONE mark in the history,
// which goes on with the new gateway's states.
QStringList statesOf(const session::GatewayRecord &r)
{
    QStringList out;
    for (const session::Transition &t : r.transitions) {
        if (t.state == u"GONE"_s)
            out.clear();
        else
            out.append(t.state);
    }
    return out;
}

QString describeTransitions(const session::GatewayRecord *r)
{
    if (!r)
        return u"<no record>"_s;
    QStringList out;
    for (const session::Transition &t : r->transitions)
        out.append(u"%1/%2/%3"_s.arg(t.state, t.pingStatus).arg(t.status));
    return out.join(u' ');
}

// The sandbox's simulated wall clock, so event times and "now" agree; timers run in real time.
class SandboxWallClock final : public Clock {
public:
    explicit SandboxWallClock(const std::unique_ptr<Sandbox> &sandbox)
        : m_sandbox(sandbox)
    {
    }
    QDateTime now() const override
    {
        return m_sandbox ? m_sandbox->scheduler()->wallClock() : QDateTime::currentDateTimeUtc();
    }

private:
    const std::unique_ptr<Sandbox> &m_sandbox;
};

} // namespace

class TestGatewayMonitor final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;
    // The monitor's clock when not the real one; outlives the monitor.
    std::unique_ptr<testsupport::ManualClock> m_clock;
    std::unique_ptr<Clock> m_wallClock;
    std::unique_ptr<GatewayMonitor> m_mon;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    platform::ApiClient m_api;
    QList<Trunk> m_trunks;

    // Starts a sandbox in manual time (ESL on `eslPort`, 0 = any) and, the first time, a monitor
    // with one node linked to it and the trunks read from the API. Returns when the link is up
    // and the monitor lists the gateways named in `waitFor`.
    bool boot(const Scenario &scenario, quint16 eslPort = 0,
        const QStringList &waitFor = {u"plusnet"_s, u"1und1"_s})
    {
        if (!startSandbox(scenario, eslPort))
            return false;
        if (!m_mon)
            makeMonitor();
        if (!loadTrunks())
            return false;
        m_mon->addNode(Node, m_sb->eslHost(), m_sb->eslPort(), m_sb->options().eslPassword,
            testsupport::fastLinkOptions());
        return waitUntilListed(waitFor);
    }

    // The monitor on `clock` (the real one by default), with a model tester watching it.
    void makeMonitor(Clock *clock = nullptr)
    {
        m_mon = std::make_unique<GatewayMonitor>();
        m_mon->setClock(clock);
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_mon.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    bool startSandbox(const Scenario &scenario, quint16 eslPort)
    {
        SandboxOptions o = testsupport::loopbackOptions();
        o.eslPort = eslPort;
        m_sb = testsupport::startSandbox(scenario, o);
        if (!m_sb)
            return false;
        testsupport::useSandboxApi(m_api, *m_sb);
        return true;
    }

    // The link is up and the monitor lists `names`, which the sandbox runs.
    bool listed(const QStringList &names) const
    {
        if (nodeState() != esl::Link::State::Up)
            return false;
        for (const QString &n : names) {
            if (!m_mon->record(Node, n) || m_sb->gateways()->gatewayState(n).isEmpty())
                return false;
        }
        return true;
    }

    bool waitUntilListed(const QStringList &names)
    {
        const bool ok = QTest::qWaitFor([&] { return listed(names); }, 10'000);
        if (!ok)
            qWarning("link %d, gateways not all listed", int(nodeState()));
        return ok;
    }

    platform::ApiResult wait(platform::ApiJob *job)
    {
        auto result = std::make_shared<std::optional<platform::ApiResult>>();
        connect(job, &platform::ApiJob::finished, this,
            [result](const platform::ApiResult &r) { *result = r; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10'000))
            return {};
        return **result;
    }

    // The trunks as the Platform API holds them, handed to the monitor.
    bool loadTrunks()
    {
        const platform::ApiResult r = wait(m_api.get(u"/api/v1/sip/trunks"_s));
        if (!r.ok()) {
            qWarning("GET trunks: %d %s", r.httpStatus, qPrintable(r.message));
            return false;
        }
        const platform::TrunkListResult read = platform::trunksFromReply(r.json);
        m_trunks = read.trunks;
        if (!read.ok() || m_trunks.isEmpty()) {
            qWarning("trunks: %s", qPrintable(read.error));
            return false;
        }
        m_mon->setTrunks(m_trunks);
        return true;
    }

    int trunkId(const QString &gateway) const
    {
        for (const Trunk &t : m_trunks) {
            if (t.gatewayName == gateway)
                return t.id;
        }
        return -1;
    }

    // PUT one field with the trunk's current ETag (If-Match), then reload the monitor's trunks.
    bool changeTrunk(const QString &gateway, const QJsonObject &change)
    {
        const QString path = u"/api/v1/sip/trunks/%1"_s.arg(trunkId(gateway));
        const platform::ApiResult get = wait(m_api.get(path));
        if (!get.ok() || get.etag.isEmpty()) {
            qWarning("GET %s: %d", qPrintable(path), get.httpStatus);
            return false;
        }
        const platform::ApiResult put = wait(m_api.put(path, QJsonDocument(change), get.etag));
        if (!put.ok() || put.httpStatus != 200) {
            qWarning("PUT %s: %d %s", qPrintable(path), put.httpStatus, qPrintable(put.message));
            return false;
        }
        return loadTrunks();
    }

    esl::Link::State nodeState() const
    {
        const QList<GatewayMonitor::NodeStatus> nodes = m_mon->nodes();
        return nodes.isEmpty() ? esl::Link::State::Down : nodes.first().state;
    }

    GatewayMonitor::NodeStatus nodeStatus() const
    {
        const QList<GatewayMonitor::NodeStatus> nodes = m_mon->nodes();
        return nodes.isEmpty() ? GatewayMonitor::NodeStatus {} : nodes.first();
    }

    int rowOf(const QString &gateway) const
    {
        for (int row = 0; row < m_mon->rowCount(); ++row) {
            if (m_mon->recordAt(row)->node == Node && m_mon->recordAt(row)->name == gateway)
                return row;
        }
        return -1;
    }

    const session::GatewayRecord *rec(const QString &gateway) const
    {
        return m_mon->record(Node, gateway);
    }
    QString state(const QString &gateway) const
    {
        const session::GatewayRecord *r = rec(gateway);
        return r ? r->state : u"<none>"_s;
    }
    session::Diagnosis diagnosis(const QString &gateway) const
    {
        const int row = rowOf(gateway);
        return row < 0 ? session::Diagnosis {} : m_mon->diagnosisAt(row);
    }
    QString column(const QString &gateway, int column) const
    {
        const int row = rowOf(gateway);
        return row < 0 ? QString() : m_mon->index(row, column).data().toString();
    }

    // Moves the sandbox's time in steps, letting the sockets work after each, until `done`.
    bool advanceUntil(const std::function<bool()> &done, qint64 maxSimMs, qint64 stepMs = 250)
    {
        return testsupport::advanceUntil(*m_sb->scheduler(), done, maxSimMs, stepMs);
    }

    // Runs an ApplyJob (killgw + rescan, or a plain rescan) to the end, moving time meanwhile.
    struct JobEnd {
        bool finished = false;
        bool ok = false;
        QString state;
        QString message;
        QStringList progress;
    };
    JobEnd apply(const QString &profile, const QString &gateway)
    {
        auto end = std::make_shared<JobEnd>();
        session::ApplyJob job(m_mon.get(), Node, profile, gateway);
        connect(&job, &session::ApplyJob::progress, this,
            [end](const QString &s) { end->progress.append(s); });
        connect(&job, &session::ApplyJob::finished, this,
            [end](bool ok, const QString &st, const QString &message) {
                end->finished = true;
                end->ok = ok;
                end->state = st;
                end->message = message;
            });
        job.start();
        advanceUntil([end] { return end->finished; }, 120 * Second);
        return *end;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_tester.reset();
        m_mon.reset();
        m_clock.reset();
        m_wallClock.reset();
        m_sb.reset();
        m_trunks.clear();
    }

    // 1&1 as documented: TRYING, REGISTER (200), REGED; healthy. Plusnet: NOREG, healthy.
    void correctSetupIsRegisteredAndHealthy()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QCOMPARE(m_mon->rowCount(), 2);
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);

        const session::GatewayRecord *one = rec(u"1und1"_s);
        QCOMPARE(one->profile, u"internal"_s);
        QCOMPARE(one->pingStatus, u"UP"_s);
        QCOMPARE(one->lastStatus, 200);
        QCOMPARE(one->registerAddress, u"[2001:8d8:104:100:212:227:124:129]:5060"_s);
        QVERIFY(!one->invalidDigest);
        QCOMPARE(statesOf(*one), (QStringList {u"TRYING"_s, u"REGISTER"_s, u"REGED"_s}));
        QCOMPARE(one->transitions.at(1).status, 200);
        QCOMPARE(one->transitions.at(1).phrase, u"OK"_s);
        QVERIFY(one->transitions.at(0).at <= one->transitions.at(2).at);
        QCOMPARE(one->since, one->transitions.last().at);

        const session::Diagnosis d = diagnosis(u"1und1"_s);
        QCOMPARE(d.health, Health::Healthy);
        QCOMPARE(d.summary, u"Registered"_s);
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::State), u"REGED"_s);
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::LastStatus), u"200 OK"_s);
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::Summary), u"Registered"_s);
        QCOMPARE(m_mon->index(rowOf(u"1und1"_s), 0).data(GatewayMonitor::HealthRole).toInt(),
            int(Health::Healthy));

        const session::Diagnosis p = diagnosis(u"plusnet"_s);
        QCOMPARE(rec(u"plusnet"_s)->profile, u"external-ipv4"_s);
        QCOMPARE(rec(u"plusnet"_s)->pingStatus, u"UP"_s);
        QCOMPARE(p.health, Health::Healthy);
        QVERIFY2(p.summary.contains(u"NOREG"_s), qPrintable(p.summary));

        QVERIFY(!m_mon->isStale(Node));
        QCOMPARE(m_mon->index(0, 0).data(GatewayMonitor::StaleRole).toBool(), false);
    }

    // 1&1 on the IPv4 profile: 503 Service Unavailable, FAIL_WAIT; the diagnosis says IPv4.
    void oneAndOneOnIpv4ProfileGets503()
    {
        QVERIFY(boot(builtInWith(
            [](Scenario &s) { trunkNamed(s, u"1und1"_s).profile = u"external-ipv4"_s; })));
        QCOMPARE(m_mon->trunkFor(u"1und1"_s)->profile, u"external-ipv4"_s);
        QVERIFY2(advanceUntil([this] { return state(u"1und1"_s) == u"FAIL_WAIT"_s; }, 5 * Second),
            qPrintable(describeTransitions(rec(u"1und1"_s))));

        const session::GatewayRecord *r = rec(u"1und1"_s);
        QCOMPARE(r->profile, u"external-ipv4"_s);
        QCOMPARE(r->lastStatus, 503);
        QCOMPARE(r->lastPhrase, u"Service Unavailable"_s);
        QCOMPARE(r->pingStatus, u"DOWN"_s);
        QCOMPARE(statesOf(*r), (QStringList {u"TRYING"_s, u"FAILED"_s, u"FAIL_WAIT"_s}));
        QCOMPARE(r->transitions.at(1).status, 503);

        const session::Diagnosis d = diagnosis(u"1und1"_s);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(
            d.summary.contains(u"503"_s) && d.summary.contains(u"IPv4"_s), qPrintable(d.summary));
        QVERIFY2(
            d.detail.contains(u"IPv4"_s) && d.detail.contains(u"IPv6"_s), qPrintable(d.detail));
        QVERIFY2(d.summary.contains(u"waiting to retry"_s), qPrintable(d.summary));
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::LastStatus), u"503 Service Unavailable"_s);

        // Retried every retry-seconds (30 s): UNREGED, TRYING, FAILED 503, FAIL_WAIT again.
        QVERIFY(advanceUntil(
            [this] { return rec(u"1und1"_s)->transitions.size() >= 7; }, 40 * Second, Second));
        QCOMPARE(statesOf(*rec(u"1und1"_s)).mid(0, 7),
            (QStringList {u"TRYING"_s, u"FAILED"_s, u"FAIL_WAIT"_s, u"UNREGED"_s, u"TRYING"_s,
                u"FAILED"_s, u"FAIL_WAIT"_s}));
        QCOMPARE(rec(u"1und1"_s)->lastStatus, 503);
        QCOMPARE(diagnosis(u"1und1"_s).health, Health::Down);
    }

    // The realm changed through the API (If-Match), applied with killgw + rescan: 904, and a
    // diagnosis naming sip.1und1.de and 401. Fixed through the API and applied again: REGED.
    void wrongRealmThroughApiThenFixed()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));

        QVERIFY(changeTrunk(u"1und1"_s, QJsonObject {{u"realm"_s, u"1und1.de"_s}}));
        QCOMPARE(m_mon->trunkFor(u"1und1"_s)->realm, u"1und1.de"_s);
        // The platform's own rescan ignores the running gateway: still registered.
        advanceUntil([] { return false; }, 3 * Second);
        QCOMPARE(state(u"1und1"_s), u"REGED"_s);

        const JobEnd bad = apply(u"internal"_s, u"1und1"_s);
        QVERIFY2(bad.finished, qPrintable(bad.progress.join(u" | "_s)));
        QVERIFY2(!bad.ok, qPrintable(bad.message));
        QVERIFY2(bad.state == u"FAILED"_s || bad.state == u"FAIL_WAIT"_s, qPrintable(bad.state));
        const session::GatewayRecord *r = rec(u"1und1"_s);
        QVERIFY(r);
        QCOMPARE(r->lastStatus, 904);
        QCOMPARE(r->lastPhrase, u"Operation has no matching challenge"_s); // trimmed
        const session::Diagnosis d = diagnosis(u"1und1"_s);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(d.detail.contains(u"sip.1und1.de"_s), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(u"401"_s), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(u"\"1und1.de\""_s), qPrintable(d.detail));
        QVERIFY2(d.summary.contains(u"401"_s), qPrintable(d.summary));
        QVERIFY2(bad.message.contains(u"sip.1und1.de"_s), qPrintable(bad.message));
        // The history of the new gateway: its first attempt failed with 904.
        QCOMPARE(statesOf(*r).mid(0, 2), (QStringList {u"TRYING"_s, u"FAILED"_s}));
        QCOMPARE(r->transitions.at(r->transitions.size() - statesOf(*r).size() + 1).status, 904);

        QVERIFY(changeTrunk(u"1und1"_s, QJsonObject {{u"realm"_s, u"sip.1und1.de"_s}}));
        const JobEnd good = apply(u"internal"_s, u"1und1"_s);
        QVERIFY2(good.finished, qPrintable(good.progress.join(u" | "_s)));
        QVERIFY2(good.ok, qPrintable(good.message));
        QCOMPARE(good.state, u"REGED"_s);
        QVERIFY(good.progress.size() >= 3); // killgw, gone, rescanning, waiting
        QCOMPARE(diagnosis(u"1und1"_s).health, Health::Healthy);
        QCOMPARE(
            statesOf(*rec(u"1und1"_s)), (QStringList {u"TRYING"_s, u"REGISTER"_s, u"REGED"_s}));
    }

    // Plusnet re-applied: after gateway_add a NOREG gateway reports no state event; the monitor
    // asks `sofia xmlstatus gateway` a second later (real time, no simulated time needed).
    void plusnetNoregIsHealthyAfterApply()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);

        QSignalSpy added(m_mon.get(), &GatewayMonitor::gatewayAdded);
        const JobEnd end = apply(u"external-ipv4"_s, u"plusnet"_s);
        QVERIFY2(end.finished, qPrintable(end.progress.join(u" | "_s)));
        QVERIFY2(end.ok, qPrintable(end.message));
        QCOMPARE(end.state, u"NOREG"_s);
        QCOMPARE(added.size(), 1);
        const session::GatewayRecord *r = rec(u"plusnet"_s);
        QCOMPARE(r->state, u"NOREG"_s);
        QCOMPARE(r->pingStatus, u"UP"_s);
        QVERIFY(statesOf(*r).isEmpty()); // no state event since it was added again
        QCOMPARE(r->transitions.last().state, u"GONE"_s); // the history kept the killgw
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Healthy);

        // The same without ApplyJob: killgw + rescan by hand, then no time moves at all.
        bool deleted = false;
        connect(m_mon.get(), &GatewayMonitor::gatewayDeleted, this, [&deleted] { deleted = true; });
        m_mon->link(Node)->api(
            u"sofia profile external-ipv4 killgw plusnet"_s, [](const esl::CommandReply &) {});
        QVERIFY(advanceUntil([&deleted] { return deleted; }, 3 * Second));
        QCOMPARE(rec(u"plusnet"_s)->presence, session::Presence::Gone);
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Down);
        m_mon->link(Node)->api(
            u"sofia profile external-ipv4 rescan"_s, [](const esl::CommandReply &) {});
        QTRY_COMPARE(rec(u"plusnet"_s)->presence, session::Presence::Running);
        QCOMPARE(state(u"plusnet"_s), QString()); // gateway_add alone says nothing
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Unknown);
        // The Trunks page's Running column says so in words, not with a bare "?".
        session::TrunkTableModel trunks;
        trunks.setMonitor(m_mon.get());
        trunks.setTrunks(m_mon->trunks());
        const auto runningCell = [&trunks](const QString &gateway) {
            for (int row = 0; row < trunks.rowCount(); ++row)
                if (trunks.index(row, session::TrunkTableModel::Name).data() == gateway)
                    return trunks.index(row, session::TrunkTableModel::Running).data().toString();
            return u"<no row>"_s;
        };
        QCOMPARE(runningCell(u"plusnet"_s), u"? UNKNOWN"_s);
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Healthy);
        trunks.runningChanged();
        QCOMPARE(runningCell(u"plusnet"_s), u"✔ NOREG"_s);
    }

    // Pings time out with the outbound proxy already set: the diagnosis must not send the
    // operator to set it.
    void pingTimeoutWithOutboundProxySetDoesNotAskForIt()
    {
        session::GatewayRecord r;
        r.name = u"plusnet"_s;
        r.state = u"NOREG"_s;
        r.pingStatus = u"DOWN"_s;
        r.lastStatus = 408;
        Trunk t;
        t.gatewayName = u"plusnet"_s;
        t.provider = u"plusnet"_s;
        t.outboundProxy = u"92.197.176.16"_s;
        const ProviderCatalog catalog = ProviderCatalog::builtIn();
        const session::Diagnosis set
            = session::diagnose(r, &t, catalog.find(u"plusnet"_s), QDateTime::currentDateTimeUtc());
        QCOMPARE(set.health, Health::Down);
        QVERIFY2(set.detail.contains(u"although the outbound proxy 92.197.176.16 is set"_s),
            qPrintable(set.detail));
        QVERIFY2(!set.detail.contains(u"set the outbound proxy"_s), qPrintable(set.detail));
        t.outboundProxy.clear();
        const session::Diagnosis unset
            = session::diagnose(r, &t, catalog.find(u"plusnet"_s), QDateTime::currentDateTimeUtc());
        QVERIFY2(unset.detail.contains(u"set the outbound proxy 92.197.176.16"_s),
            qPrintable(unset.detail));
    }

    // Plusnet without outbound proxy: DNS round robin, a ping answered 408 → DOWN; the
    // diagnosis names the outbound proxy.
    void plusnetWithoutOutboundProxyPingsTimeOut()
    {
        QVERIFY(boot(
            builtInWith([](Scenario &s) { trunkNamed(s, u"plusnet"_s).outboundProxy.clear(); })));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Healthy);

        QVERIFY(advanceUntil(
            [this] { return rec(u"plusnet"_s)->pingStatus == u"DOWN"_s; }, 35 * Second, Second));
        const session::GatewayRecord *r = rec(u"plusnet"_s);
        QCOMPARE(r->state, u"NOREG"_s);
        QCOMPARE(r->lastStatus, 408);
        QCOMPARE(r->lastPhrase, u"Request Timeout"_s);
        QCOMPARE(r->transitions.size(), 1);
        QCOMPARE(r->transitions.first().pingStatus, u"DOWN"_s);
        QCOMPARE(r->transitions.first().status, 408);
        const session::Diagnosis d = diagnosis(u"plusnet"_s);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(d.summary.contains(u"408"_s), qPrintable(d.summary));
        QVERIFY2(d.detail.contains(u"outbound proxy"_s), qPrintable(d.detail));
        QVERIFY2(d.detail.contains(u"92.197.176.16"_s), qPrintable(d.detail));

        // The next ping is answered: UP again, healthy, and the history has both flips.
        QVERIFY(advanceUntil(
            [this] { return rec(u"plusnet"_s)->pingStatus == u"UP"_s; }, 35 * Second, Second));
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Healthy);
        QCOMPARE(rec(u"plusnet"_s)->transitions.size(), 2);
    }

    // An IPv6 literal as proxy without gw-auth-acl: the challenge comes from an "unknown"
    // address, sofia::gateway_invalid_digest_req, then TIMEOUT/FAILED.
    void ipv6LiteralProxyWithoutGwAuthAcl()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            Trunk &t = trunkNamed(s, u"1und1"_s);
            t.proxy = u"[2001:8d8:104:100:212:227:124:129]"_s;
            t.gwAuthAcl.clear();
        })));
        QVERIFY(advanceUntil([this] { return rec(u"1und1"_s)->invalidDigest; }, 5 * Second));
        QVERIFY(advanceUntil(
            [this] { return state(u"1und1"_s) == u"FAIL_WAIT"_s; }, 40 * Second, Second));
        const session::GatewayRecord *r = rec(u"1und1"_s);
        QVERIFY(r->invalidDigest);
        QCOMPARE(r->lastStatus, 0); // no SIP answer ever came
        QCOMPARE(statesOf(*r).mid(0, 4),
            (QStringList {u"TRYING"_s, u"TIMEOUT"_s, u"FAILED"_s, u"FAIL_WAIT"_s}));
        const session::Diagnosis d = diagnosis(u"1und1"_s);
        QCOMPARE(d.health, Health::Down);
        QVERIFY2(d.summary.contains(u"unknown address"_s), qPrintable(d.summary));
        QVERIFY2(d.detail.contains(u"gw-auth-acl"_s), qPrintable(d.detail));
    }

    // The node goes away (sandbox destroyed): Down, stale, "No data since HH:MM:SS". A new
    // sandbox on the same port: the link comes back by itself and so do the gateways.
    void reconnectsAfterTheSwitchComesBack()
    {
        const quint16 port = freeLoopbackPort();
        QVERIFY(port != 0);
        m_clock = std::make_unique<testsupport::ManualClock>();
        makeMonitor(m_clock.get());
        QVERIFY(boot(Scenario::builtIn(), port));
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QVERIFY(!m_mon->isStale(Node));
        const QDateTime lastData = nodeStatus().lastDataAt;
        QVERIFY(lastData.isValid());

        m_sb.reset();
        QTRY_COMPARE(nodeState(), esl::Link::State::Down);
        QVERIFY(m_mon->isStale(Node));
        QVERIFY(nodeStatus().stale);
        QCOMPARE(m_mon->rowCount(), 2); // what was known is kept, marked
        const QString expected = u"No data since "_s
            + QLocale().toString(nodeStatus().lastDataAt.toLocalTime().time(), u"HH:mm:ss"_s);
        static const QRegularExpression since(u"^No data since \\d\\d:\\d\\d:\\d\\d$"_s);
        for (const QString &gw : {u"1und1"_s, u"plusnet"_s}) {
            const session::Diagnosis d = diagnosis(gw);
            QCOMPARE(d.health, Health::Unknown);
            QVERIFY2(since.match(d.summary).hasMatch(), qPrintable(d.summary));
            QCOMPARE(d.summary, expected);
            QCOMPARE(column(gw, GatewayMonitor::Summary), expected);
            QCOMPARE(m_mon->index(rowOf(gw), 0).data(GatewayMonitor::StaleRole).toBool(), true);
        }
        // It keeps trying, with back-off: a few attempts in a second of the monitor's time at
        // 50..400 ms.
        const esl::Link *link = m_mon->link(Node);
        const int attemptsBefore = link->attempts();
        QVERIFY(m_clock->pendingTimers() > 0); // the next attempt waits for the clock
        QVERIFY(testsupport::advanceUntil(
            *m_clock, [&] { return link->attempts() >= attemptsBefore + 2; }, Second, 50));
        QCOMPARE(nodeState() == esl::Link::State::Up, false);

        QVERIFY(startSandbox(Scenario::builtIn(), port));
        QVERIFY(testsupport::advanceUntil(
            *m_clock,
            [this] {
                return listed({u"plusnet"_s, u"1und1"_s});
            },
            5 * Second, 100));
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QTRY_VERIFY(!m_mon->isStale(Node));
        QCOMPARE(m_mon->rowCount(), 2);
        QCOMPARE(diagnosis(u"1und1"_s).health, Health::Healthy);
        QCOMPARE(diagnosis(u"plusnet"_s).health, Health::Healthy);
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::Summary), u"Registered"_s);
    }

    // An up but silent link (no event, not even a HEARTBEAT) turns stale after setStaleAfterMs,
    // judged by the injected clock; data brings it back.
    void silentLinkTurnsStaleWithInjectedClock()
    {
        m_clock = std::make_unique<testsupport::ManualClock>();
        makeMonitor(m_clock.get());
        m_mon->setStaleAfterMs(5000);
        QVERIFY(boot(Scenario::builtIn()));
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QTRY_COMPARE(state(u"plusnet"_s), u"NOREG"_s);
        QVERIFY(!m_mon->isStale(Node));
        QVERIFY(!nodeStatus().stale);
        QCOMPARE(nodeStatus().lastDataAt, m_clock->now());
        const QDateTime lastData = m_clock->now();

        // The monitor's own once-a-second check notices: nothing calls refreshStaleness() here.
        QSignalSpy changed(m_mon.get(), &QAbstractItemModel::dataChanged);
        m_clock->advance(4000);
        QVERIFY(!m_mon->isStale(Node));
        QVERIFY(!nodeStatus().stale);
        m_clock->advance(2000); // 6 s of silence > 5 s
        QVERIFY(m_mon->isStale(Node));
        QVERIFY(nodeStatus().stale);
        QCOMPARE(nodeState(), esl::Link::State::Up); // the link itself is fine
        QVERIFY(!changed.isEmpty()); // views are told
        const QString expected = u"No data since "_s
            + QLocale().toString(lastData.toLocalTime().time(), u"HH:mm:ss"_s);
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::Summary), expected);
        QVERIFY(column(u"plusnet"_s, GatewayMonitor::Summary).startsWith(u"No data since"_s));
        QCOMPARE(diagnosis(u"1und1"_s).health, Health::Unknown);
        // The history is kept while stale.
        QCOMPARE(
            statesOf(*rec(u"1und1"_s)), (QStringList {u"TRYING"_s, u"REGISTER"_s, u"REGED"_s}));

        // A HEARTBEAT (every 20 s of simulated time) is data: fresh again.
        m_sb->scheduler()->advance(20 * Second);
        QTRY_VERIFY(!m_mon->isStale(Node));
        QCOMPARE(nodeStatus().lastDataAt, m_clock->now());
        QCOMPARE(column(u"1und1"_s, GatewayMonitor::Summary), u"Registered"_s);
    }

    // One node of two turns stale: the views hear of its rows alone, not of every row (fifty
    // nodes each turning fresh at their first data made the views re-sort and redraw the whole
    // table fifty times).
    void stalenessMovesOnlyThatNodesRows()
    {
        m_clock = std::make_unique<testsupport::ManualClock>();
        makeMonitor(m_clock.get());
        m_mon->setStaleAfterMs(5000);
        GatewayStatus a;
        a.name = u"plusnet"_s;
        a.profile = u"external"_s;
        a.state = u"REGED"_s;
        a.pingStatus = u"UP"_s;
        GatewayStatus b = a;
        b.name = u"1und1"_s;
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            m_mon->noteLinkState(node, esl::Link::State::Up, {});
            m_mon->applySnapshot(node, {a, b});
        }
        QVERIFY(!m_mon->isStale(u"fs1"_s));
        m_clock->advance(3000);
        m_mon->applySnapshot(u"fs2"_s, {a, b}); // fs2 says something, fs1 keeps silent
        QSignalSpy changed(m_mon.get(), &QAbstractItemModel::dataChanged);
        m_clock->advance(3000); // fs1 silent for 6 s: the monitor's own check notices
        QVERIFY(m_mon->isStale(u"fs1"_s));
        QVERIFY(!m_mon->isStale(u"fs2"_s));
        QSet<int> told;
        for (const QList<QVariant> &args : std::as_const(changed)) {
            for (int row = args.at(0).value<QModelIndex>().row();
                 row <= args.at(1).value<QModelIndex>().row(); ++row)
                told.insert(row);
        }
        const QSet<int> fs1Rows {
            m_mon->rowFor(u"fs1"_s, u"plusnet"_s), m_mon->rowFor(u"fs1"_s, u"1und1"_s)};
        QCOMPARE(told, fs1Rows);
        QVERIFY(m_mon->index(m_mon->rowFor(u"fs1"_s, u"plusnet"_s), GatewayMonitor::Summary)
                    .data()
                    .toString()
                    .startsWith(u"No data since"_s));
    }

    // 904 (and 403) retries wait longer each time: retry-seconds x1, x2, x3 (§7: 10, 20, 30 s
    // with retry-seconds 10). The countdown in the diagnosis must follow the growing wait. The
    // monitor's clock is the sandbox's simulated wall clock here, so event times and "now" agree.
    void backoffCountdownFollowsGrowingWait()
    {
        m_wallClock = std::make_unique<SandboxWallClock>(m_sb);
        makeMonitor(m_wallClock.get());
        QVERIFY(boot(
            builtInWith([](Scenario &s) { trunkNamed(s, u"1und1"_s).realm = u"1und1.de"_s; })));
        const auto failWaits = [this] {
            const session::GatewayRecord *r = rec(u"1und1"_s);
            return r ? int(statesOf(*r).count(u"FAIL_WAIT"_s)) : 0;
        };
        static const QRegularExpression next(u"Next attempt in (\\d+) s"_s);
        const auto countdown = [this] {
            const QRegularExpressionMatch m = next.match(diagnosis(u"1und1"_s).detail);
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };

        QVERIFY(advanceUntil([&] { return failWaits() == 1; }, 5 * Second));
        QCOMPARE(rec(u"1und1"_s)->lastStatus, 904);
        QVERIFY2(countdown() >= 29 && countdown() <= 30, qPrintable(diagnosis(u"1und1"_s).detail));

        QVERIFY(advanceUntil([&] { return failWaits() == 2; }, 40 * Second));
        QCOMPARE(rec(u"1und1"_s)->lastStatus, 904);
        // The monitor asks the switch for <retry> at FAIL_WAIT (the answer comes a moment later;
        // simulated time stands still meanwhile): the second wait is 60 s, not retry-seconds.
        QTRY_VERIFY2(
            countdown() >= 59 && countdown() <= 60, qPrintable(diagnosis(u"1und1"_s).detail));
    }

    // When data comes back, nodes() (the node line of the page and the dashboard) and the rows
    // (isStale, the Summary column) must agree at once.
    void nodesAgreeWithRowsWhenDataReturns()
    {
        m_clock = std::make_unique<testsupport::ManualClock>();
        makeMonitor(m_clock.get());
        m_mon->setStaleAfterMs(5000);
        QVERIFY(boot(Scenario::builtIn()));
        m_clock->advance(6000);
        QVERIFY(m_mon->isStale(Node));
        QVERIFY(nodeStatus().stale);

        // Checked in the same call stack as the monitor's own slot, so no timer runs in between.
        std::optional<bool> nodesSaidStale;
        std::optional<bool> rowsSaidStale;
        std::optional<QString> summary;
        connect(m_mon->link(Node), &esl::Link::eventReceived, this, [&](const esl::Event &e) {
            if (e.name() == "HEARTBEAT" && !nodesSaidStale) {
                nodesSaidStale = nodeStatus().stale;
                rowsSaidStale = m_mon->isStale(Node);
                summary = column(u"plusnet"_s, GatewayMonitor::Summary);
            }
        });
        m_sb->scheduler()->advance(20 * Second);
        QTRY_VERIFY(nodesSaidStale.has_value());
        QCOMPARE(*rowsSaidStale, false);
        QVERIFY2(!summary->startsWith(u"No data"_s), qPrintable(*summary));
        // Regression: NodeStatus::stale used to be a cache refreshed only by the 1 s timer
        // and by link state changes, not when data arrives (applySnapshot, the eventReceived
        // handler in addNode), so nodes() still says "no data" for up to a second after data
        // came back — also after every (re)connect — and no dataChanged tells the views that
        // the rows turned fresh.
        QCOMPARE(*nodesSaidStale, *rowsSaidStale);
    }

    // Rows come and go (delete, add, snapshots after reconnects): the model stays consistent.
    void modelStaysConsistentThroughDeleteAndAdd()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QSignalSpy removed(m_mon.get(), &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(m_mon.get(), &QAbstractItemModel::rowsInserted);
        m_mon->link(Node)->api(
            u"sofia profile internal killgw 1und1"_s, [](const esl::CommandReply &) {});
        // Deleted: the row stays, gone, never vanishes quietly.
        QVERIFY(advanceUntil(
            [this] { return rec(u"1und1"_s)->presence == session::Presence::Gone; }, 3 * Second));
        QCOMPARE(removed.size(), 0);
        QCOMPARE(m_mon->rowCount(), 2);
        QCOMPARE(diagnosis(u"1und1"_s).health, Health::Down);
        QVERIFY2(diagnosis(u"1und1"_s).summary.startsWith(u"Gone since"_s),
            qPrintable(diagnosis(u"1und1"_s).summary));
        m_mon->link(Node)->api(
            u"sofia profile internal rescan"_s, [](const esl::CommandReply &) {});
        QVERIFY(advanceUntil([this] { return state(u"1und1"_s) == u"REGED"_s; }, 5 * Second));
        QCOMPARE(rec(u"1und1"_s)->presence, session::Presence::Running);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(m_mon->rowCount(), 2);
        // Every row is reachable by its key after the shuffle.
        for (int row = 0; row < m_mon->rowCount(); ++row)
            QCOMPARE(m_mon->record(Node, m_mon->recordAt(row)->name), m_mon->recordAt(row));
    }
};

QTEST_GUILESS_MAIN(TestGatewayMonitor)
#include "tst_gatewaymonitor.moc"
