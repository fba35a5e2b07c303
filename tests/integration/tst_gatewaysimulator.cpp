// The sandbox's gateways against the failure modes the provider documentation and the captures
// describe (reference freeswitch-facts.md §2, §7, §8): each setup must end in the right state,
// with the right sofia::gateway_* events, at the right (simulated) times.
//
// Every test runs a whole Sandbox in manual time: the Platform API, the xml-curl fetch (a real
// HTTP request) and the Event Socket are real; only the clock is simulated. Events are taken
// twice: straight from GatewaySimulator::eventFired (stamped with the simulated time), and by a
// real ESL client subscribed the way the console subscribes. Both must agree.

#include "TestData.h"
#include "esl/Codec.h"
#include "esl/Connection.h"
#include "esl/SofiaStatus.h"
#include "sandbox/Sandbox.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>
#include <functional>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;
using xynap::testsupport::trunkNamed;
using namespace xynap::sandbox;

namespace {

constexpr qint64 Second = 1000;

const QString Subscription
    = u"event plain HEARTBEAT CUSTOM sofia::gateway_state sofia::gateway_add "
      "sofia::gateway_delete sofia::gateway_invalid_digest_req"_s;

const QByteArray State = "sofia::gateway_state";
const QByteArray Add = "sofia::gateway_add";
const QByteArray Delete = "sofia::gateway_delete";
const QByteArray InvalidDigest = "sofia::gateway_invalid_digest_req";

// One event with the simulated time it was fired at.
struct Seen {
    qint64 ms = 0;
    esl::Event event;

    QByteArray subclass() const { return event.subclass(); }
    QByteArray operator[](const char *header) const { return event.value(header); }
    bool has(const char *header) const { return event.headers.contains(header); }
};

QList<Seen> only(const QList<Seen> &all, const QByteArray &subclass, const QByteArray &gateway = {})
{
    QList<Seen> out;
    for (const Seen &s : all) {
        if (s.subclass() == subclass && (gateway.isEmpty() || s["Gateway"] == gateway))
            out.append(s);
    }
    return out;
}

QByteArrayList stateNames(const QList<Seen> &states)
{
    QByteArrayList out;
    for (const Seen &s : states)
        out.append(s["State"]);
    return out;
}

QList<Seen> withState(const QList<Seen> &states, const QByteArray &state)
{
    QList<Seen> out;
    for (const Seen &s : states) {
        if (s["State"] == state)
            out.append(s);
    }
    return out;
}

// The intervals between consecutive events, in simulated milliseconds.
QList<qint64> gaps(const QList<Seen> &events)
{
    QList<qint64> out;
    for (qsizetype i = 1; i < events.size(); ++i)
        out.append(events.at(i).ms - events.at(i - 1).ms);
    return out;
}

// For each FAIL_WAIT, how long until the following UNREGED: the back-off actually waited.
QList<qint64> failWaitDurations(const QList<Seen> &states)
{
    QList<qint64> out;
    for (qsizetype i = 0; i < states.size(); ++i) {
        if (states.at(i)["State"] != "FAIL_WAIT")
            continue;
        for (qsizetype j = i + 1; j < states.size(); ++j) {
            if (states.at(j)["State"] == "UNREGED") {
                out.append(states.at(j).ms - states.at(i).ms);
                break;
            }
        }
    }
    return out;
}

QString summary(const Seen &s)
{
    QString line = u"%1ms %2"_s.arg(s.ms).arg(QString::fromUtf8(s.subclass()));
    for (const char *h : {"Gateway", "profile-name", "State", "Ping-Status", "Register-Network-IP",
             "Register-Network-Port", "Status", "Phrase"}) {
        if (s.has(h))
            line += u" %1=[%2]"_s.arg(QString::fromLatin1(h), QString::fromUtf8(s[h]));
    }
    return line;
}

QStringList summaries(const QList<Seen> &events)
{
    QStringList out;
    for (const Seen &s : events)
        out.append(summary(s));
    return out;
}

qsizetype indexOf(
    const QList<Seen> &events, const std::function<bool(const Seen &)> &match, qsizetype from = 0)
{
    for (qsizetype i = from; i < events.size(); ++i) {
        if (match(events.at(i)))
            return i;
    }
    return -1;
}

Scenario builtInWith(const std::function<void(Scenario &)> &edit)
{
    Scenario s = Scenario::builtIn();
    edit(s);
    return s;
}

// Everything the simulator fires, stamped with the simulated time.
class Recorder final : public QObject {
public:
    explicit Recorder(Sandbox *sandbox)
    {
        SimScheduler *clock = sandbox->scheduler();
        connect(sandbox->gateways(), &GatewaySimulator::eventFired, this,
            [this, clock](const esl::Event &e) {
                events.append({clock->nowMs(), e});
            });
    }
    QList<Seen> events;
};

// A real Event Socket client, subscribed like the console.
class EslClient final : public QObject {
public:
    explicit EslClient(Sandbox *sandbox)
        : m_sandbox(sandbox)
    {
        connect(&m_connection, &esl::Connection::ready, this, [this] { m_ready = true; });
        connect(&m_connection, &esl::Connection::eventReceived, this, [this](const esl::Event &e) {
            events.append({simulatedMs(e), e});
        });
    }

    bool open(const QString &subscription)
    {
        m_connection.connectToServer(
            m_sandbox->eslHost(), m_sandbox->eslPort(), m_sandbox->options().eslPassword);
        if (!QTest::qWaitFor([this] { return m_ready; }, 5000)) {
            qWarning("the ESL client did not get ready");
            return false;
        }
        auto reply = std::make_shared<std::optional<QByteArray>>();
        m_connection.command(
            subscription, [reply](const esl::Message &m) { *reply = m.replyText(); });
        if (!QTest::qWaitFor([reply] { return reply->has_value(); }, 5000)) {
            qWarning("no answer to the subscription");
            return false;
        }
        if (!reply->value().startsWith("+OK event listener enabled plain")) {
            qWarning("subscription refused: %s", reply->value().constData());
            return false;
        }
        return true;
    }

    // `api <command>` and its api/response body.
    QByteArray api(const QString &command)
    {
        auto result = std::make_shared<std::optional<esl::CommandReply>>();
        m_connection.api(command, [result](const esl::CommandReply &r) { *result = r; });
        if (!QTest::qWaitFor([result] { return result->has_value(); }, 10000))
            return "<no answer within 10 s>";
        if (!result->value().ok())
            return "<failed: " + result->value().error.toUtf8() + '>';
        return result->value().body;
    }

    // The simulated time of an event, from its Event-Date-Timestamp (µs of the simulated wall
    // clock).
    qint64 simulatedMs(const esl::Event &e) const
    {
        const SimScheduler *clock = m_sandbox->scheduler();
        const qint64 epochMs = clock->wallClock().toMSecsSinceEpoch() - clock->nowMs();
        return e.value("Event-Date-Timestamp").toLongLong() / 1000 - epochMs;
    }

    QList<Seen> events;

private:
    Sandbox *m_sandbox;
    esl::Connection m_connection;
    bool m_ready = false;
};

struct HttpReply {
    int status = 0;
    QByteArray body;
    QByteArray etag;
};

} // namespace

// Every gateway_state event the simulator fired has reached the ESL client, the same and with
// the same simulated time.
#define VERIFY_WIRE()                                                                              \
    do {                                                                                           \
        const QString wireError = wireMismatch();                                                  \
        QVERIFY2(wireError.isEmpty(), qPrintable(wireError));                                      \
    } while (false)

class TestGatewaySimulator final : public QObject {
    Q_OBJECT

    std::unique_ptr<Sandbox> m_sb;
    std::unique_ptr<Recorder> m_rec;
    std::unique_ptr<EslClient> m_esl;
    QNetworkAccessManager m_net;

    // Starts a sandbox in manual time with a recorder and a subscribed ESL client, then lets the
    // xml-curl fetches run until the named gateways exist.
    bool boot(const Scenario &scenario, const QStringList &waitFor = {u"plusnet"_s, u"1und1"_s})
    {
        SandboxOptions o;
        o.apiPort = 0;
        o.eslPort = 0;
        o.timeMode = SimScheduler::Mode::Manual;
        m_sb = std::make_unique<Sandbox>(scenario, o);
        m_rec = std::make_unique<Recorder>(m_sb.get());
        if (!m_sb->start()) {
            qWarning("sandbox did not start: %s", qPrintable(m_sb->errorString()));
            return false;
        }
        m_esl = std::make_unique<EslClient>(m_sb.get());
        if (!m_esl->open(Subscription))
            return false;
        for (const QString &name : waitFor) {
            if (!QTest::qWaitFor(
                    [&] { return !m_sb->gateways()->gatewayState(name).isEmpty(); }, 5000)) {
                qWarning("gateway %s was never loaded", qPrintable(name));
                return false;
            }
        }
        return true;
    }

    void advance(qint64 ms) { m_sb->scheduler()->advance(ms); }

    // Empty when the ESL client received exactly the gateway_state events the simulator fired.
    QString wireMismatch()
    {
        const QStringList fired = summaries(only(m_rec->events, State));
        // On timeout the comparison below says what is missing.
        (void)QTest::qWaitFor(
            [&] { return only(m_esl->events, State).size() >= fired.size(); }, 5000);
        const QStringList received = summaries(only(m_esl->events, State));
        if (received == fired)
            return {};
        return u"ESL client received:\n  %1\nsimulator fired:\n  %2"_s.arg(
            received.join(u"\n  "_s), fired.join(u"\n  "_s));
    }

    // Waits until the ESL client has received an event matching `match`.
    bool waitForWire(const std::function<bool(const Seen &)> &match)
    {
        return QTest::qWaitFor([&] { return indexOf(m_esl->events, match) >= 0; }, 5000);
    }

    esl::GatewayStatusParse xmlStatus(const QString &gateway = {})
    {
        return esl::parseGatewayXmlStatus(
            m_esl->api(gateway.isEmpty() ? u"sofia xmlstatus gateway"_s
                                         : u"sofia xmlstatus gateway "_s + gateway));
    }

    HttpReply http(const QByteArray &method, const QString &path, const QByteArray &body = {},
        const QByteArray &ifMatch = {})
    {
        QUrl url = m_sb->apiUrl();
        url.setPath(path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_sb->options().operatorToken.toUtf8());
        if (!ifMatch.isEmpty())
            request.setRawHeader("If-Match", ifMatch);
        if (!body.isEmpty())
            request.setRawHeader("Content-Type", "application/json");
        QNetworkReply *reply = m_net.sendCustomRequest(request, method, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000); // else status 0
        HttpReply out {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            reply->readAll(), reply->rawHeader("ETag")};
        reply->deleteLater();
        return out;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_esl.reset();
        m_rec.reset();
        m_sb.reset();
    }

    // 1&1 as documented: TRYING, REGISTER (200 OK), REGED one second later with Ping-Status UP.
    void oneAndOneRegisters()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"UNREGED"_s);
        const QList<Seen> adds = only(m_rec->events, Add, "1und1");
        QCOMPARE(adds.size(), 1);
        QCOMPARE(adds.first()["profile-name"], "internal"_ba);

        advance(5 * Second);
        VERIFY_WIRE();
        const QList<Seen> st = only(m_rec->events, State, "1und1");
        QCOMPARE(stateNames(st), (QByteArrayList {"TRYING", "REGISTER", "REGED"}));

        QCOMPARE(st[0]["Ping-Status"], "DOWN"_ba);
        QVERIFY(!st[0].has("Status"));
        QVERIFY(!st[0].has("Phrase"));
        // Nothing sent yet: no Register-Network-IP on the first TRYING (§7).
        QVERIFY(!st[0].has("Register-Network-IP"));

        QCOMPARE(st[1].ms, st[0].ms);
        QCOMPARE(st[1]["Status"], "200"_ba);
        QCOMPARE(st[1]["Phrase"], "OK"_ba);
        QCOMPARE(st[1]["Ping-Status"], "DOWN"_ba);
        // Over IPv6, in brackets (§7).
        QCOMPARE(st[1]["Register-Network-IP"], "[2001:8d8:104:100:212:227:124:129]"_ba);
        QCOMPARE(st[1]["Register-Network-Port"], "5060"_ba);

        QCOMPARE(st[2].ms - st[1].ms, Second);
        QCOMPARE(st[2]["Ping-Status"], "UP"_ba);
        QVERIFY(!st[2].has("Status"));

        const esl::GatewayStatusParse xml = xmlStatus(u"1und1"_s);
        QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
        QCOMPARE(xml.gateways.size(), 1);
        QCOMPARE(xml.gateways[0].state, u"REGED"_s);
        QCOMPARE(xml.gateways[0].pingStatus, u"UP"_s);
        QCOMPARE(xml.gateways[0].profile, u"internal"_s);
        QCOMPARE(xml.gateways[0].realm, u"sip.1und1.de"_s);
        QVERIFY(!xml.gateways[0].fields.contains(u"retry"_s));

        // It stays registered through re-registrations (expire-seconds 600).
        advance(20 * 60 * Second);
        VERIFY_WIRE();
        const QByteArrayList later = stateNames(only(m_rec->events, State, "1und1"));
        QVERIFY2(
            !later.contains("FAILED") && !later.contains("FAIL_WAIT") && !later.contains("TIMEOUT"),
            later.join(' ').constData());
        QVERIFY(later.count("REGED") >= 2);
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);
    }

    // 1&1 on a profile that binds IPv4: 503 Service Unavailable, retried every retry-seconds.
    void oneAndOneOverIpv4Gets503()
    {
        QVERIFY(boot(builtInWith(
            [](Scenario &s) { trunkNamed(s, u"1und1"_s).profile = u"external-ipv4"_s; })));
        QCOMPARE(m_sb->gateways()->gatewayNames(u"external-ipv4"_s),
            (QStringList {u"plusnet"_s, u"1und1"_s}));
        QVERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).isEmpty());

        advance(70 * Second);
        VERIFY_WIRE();
        const QList<Seen> st = only(m_rec->events, State, "1und1");
        QCOMPARE(stateNames(st),
            (QByteArrayList {"TRYING", "FAILED", "FAIL_WAIT", "UNREGED", "TRYING", "FAILED",
                "FAIL_WAIT", "UNREGED", "TRYING", "FAILED", "FAIL_WAIT"}));
        for (const Seen &f : withState(st, "FAILED")) {
            QCOMPARE(f["Status"], "503"_ba);
            QCOMPARE(f["Phrase"], "Service Unavailable"_ba);
        }
        for (const Seen &w : withState(st, "FAIL_WAIT")) {
            QCOMPARE(w["Ping-Status"], "DOWN"_ba);
            QVERIFY(!w.has("Status"));
        }
        // FAILED right at the attempt, FAIL_WAIT one second later.
        QCOMPARE(st[1].ms, st[0].ms);
        QCOMPARE(st[2].ms - st[1].ms, Second);
        // The same wait every cycle: retry-seconds (30), no growth for 503.
        QCOMPARE(failWaitDurations(st), (QList<qint64> {30 * Second, 30 * Second}));
        const QList<qint64> attempts = gaps(withState(st, "TRYING"));
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts[0], attempts[1]);
        QCOMPARE(attempts[0], 32 * Second); // FAIL_WAIT 1 s + retry 30 s + UNREGED 1 s

        const esl::GatewayStatusParse xml = xmlStatus(u"1und1"_s);
        QCOMPARE(xml.gateways.size(), 1);
        QCOMPARE(xml.gateways[0].state, u"FAIL_WAIT"_s);
        QCOMPARE(xml.gateways[0].pingStatus, u"DOWN"_s);
        QCOMPARE(xml.gateways[0].profile, u"external-ipv4"_s);
        QVERIFY(xml.gateways[0].fields.contains(u"retry"_s));
    }

    // realm 1und1.de: From/To carry the wrong domain, the registrar challenges again and again:
    // 904 "Operation has no matching challenge " with a back-off of retry x1, x2, x3.
    void wrongRealmGets904WithGrowingBackoff()
    {
        QVERIFY(boot(
            builtInWith([](Scenario &s) { trunkNamed(s, u"1und1"_s).realm = u"1und1.de"_s; })));

        advance(200 * Second);
        VERIFY_WIRE();
        const QList<Seen> st = only(m_rec->events, State, "1und1");
        QVERIFY2(!stateNames(st).contains("REGED"), stateNames(st).join(' ').constData());
        const QList<Seen> failed = withState(st, "FAILED");
        QVERIFY(failed.size() >= 3);
        for (const Seen &f : failed) {
            QCOMPARE(f["Status"], "904"_ba);
            QCOMPARE(f["Phrase"], "Operation has no matching challenge "_ba); // trailing space
        }
        QCOMPARE(failWaitDurations(st).mid(0, 3),
            (QList<qint64> {30 * Second, 60 * Second, 90 * Second}));

        // From the second attempt on, the cached credentials are tried first (capture 62):
        // TRYING, TRYING 100 "Request Authorized by Cache", FAILED 904.
        const qsizetype secondFailed = indexOf(
            st, [](const Seen &s) { return s["State"] == "FAILED"; },
            indexOf(st, [](const Seen &s) { return s["State"] == "FAILED"; }) + 1);
        QVERIFY(secondFailed >= 2);
        QCOMPARE(st[secondFailed - 1]["State"], "TRYING"_ba);
        QCOMPARE(st[secondFailed - 1]["Status"], "100"_ba);
        QCOMPARE(st[secondFailed - 1]["Phrase"], "Request Authorized by Cache"_ba);
        QCOMPARE(st[secondFailed - 2]["State"], "TRYING"_ba);
        QVERIFY(!st[secondFailed - 2].has("Status"));

        // The same phrase reaches the ESL client, trailing space included.
        const QList<Seen> wire = withState(only(m_esl->events, State, "1und1"), "FAILED");
        QVERIFY(!wire.isEmpty());
        QCOMPARE(wire.first()["Phrase"], "Operation has no matching challenge "_ba);
    }

    // A realm changed through the API: the automatic rescan ignores the existing gateway; only
    // killgw, waiting for gateway_delete, then rescan applies it (§2, §8).
    void realmChangeNeedsKillgwThenRescan()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);

        const HttpReply get = http("GET", u"/api/v1/sip/trunks/2"_s);
        QCOMPARE(get.status, 200);
        QCOMPARE(QJsonDocument::fromJson(get.body).object().value(u"gateway_name"_s).toString(),
            u"1und1"_s);
        QVERIFY(!get.etag.isEmpty());
        const HttpReply put
            = http("PUT", u"/api/v1/sip/trunks/2"_s, R"({"realm":"1und1.de"})", get.etag);
        QCOMPARE(put.status, 200);
        // The Platform API now serves the new realm...
        QVERIFY(m_sb->api()
                    ->gatewayDocument(u"internal"_s)
                    .contains(R"(<param name="realm" value="1und1.de"/>)"));

        // ...and the sandbox asked for a rescan of "internal" while answering the PUT. That
        // rescan is not observable from outside, so rescan once more over the socket (the same
        // code path) to have a point where the document has certainly been fetched again.
        QCOMPARE(m_esl->api(u"sofia profile internal rescan"_s),
            "Reload XML [Success]\n+OK scan complete\n"_ba);
        advance(60 * Second);
        VERIFY_WIRE();
        {
            const esl::GatewayStatusParse xml = xmlStatus(u"1und1"_s);
            QCOMPARE(xml.gateways.size(), 1);
            QCOMPARE(xml.gateways[0].realm, u"sip.1und1.de"_s); // unchanged
            QCOMPARE(xml.gateways[0].state, u"REGED"_s);
        }
        QCOMPARE(only(m_rec->events, Add, "1und1").size(), 1);
        QVERIFY(only(m_rec->events, Delete).isEmpty());

        // killgw: DOWN at once, gateway_delete a second later.
        const qsizetype before = m_esl->events.size();
        QCOMPARE(m_esl->api(u"sofia profile internal killgw 1und1"_s),
            "+OK gateway marked for deletion.\n"_ba);
        QVERIFY(waitForWire(
            [](const Seen &s) { return s.subclass() == State && s["State"] == "DOWN"; }));
        advance(Second);
        QVERIFY(waitForWire([](const Seen &s) { return s.subclass() == Delete; }));
        QVERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).isEmpty());

        QCOMPARE(m_esl->api(u"sofia profile internal rescan"_s),
            "Reload XML [Success]\n+OK scan complete\n"_ba);
        QVERIFY(waitForWire([](const Seen &s) { return s.subclass() == Add; }));
        {
            const esl::GatewayStatusParse xml = xmlStatus(u"1und1"_s);
            QCOMPARE(xml.gateways.size(), 1);
            QCOMPARE(xml.gateways[0].realm, u"1und1.de"_s); // applied
        }
        advance(5 * Second);
        VERIFY_WIRE();

        // On the wire, in this order: DOWN, delete, add, then the new gateway's attempt (904).
        const QList<Seen> after = m_esl->events.mid(before);
        const qsizetype down = indexOf(
            after, [](const Seen &s) { return s.subclass() == State && s["State"] == "DOWN"; });
        const qsizetype del = indexOf(after, [](const Seen &s) { return s.subclass() == Delete; });
        const qsizetype add = indexOf(after, [](const Seen &s) { return s.subclass() == Add; });
        const qsizetype trying = indexOf(
            after, [](const Seen &s) { return s.subclass() == State && s["State"] == "TRYING"; });
        const qsizetype failed = indexOf(
            after, [](const Seen &s) { return s.subclass() == State && s["State"] == "FAILED"; });
        QVERIFY2(down >= 0 && down < del && del < add && add < trying && trying < failed,
            qPrintable(summaries(after).join(u'\n')));
        QCOMPARE(after[down]["Ping-Status"], "DOWN"_ba);
        QCOMPARE(after[del]["Gateway"], "1und1"_ba);
        QCOMPARE(after[del]["profile-name"], "internal"_ba);
        QCOMPARE(after[add]["profile-name"], "internal"_ba);
        QCOMPARE(after[failed]["Status"], "904"_ba);
    }

    // The Platform API comes up 10 s after FreeSWITCH: the profiles start without gateways and
    // never ask again; only a rescan per profile once the API is up loads them (§8).
    void apiDownAtStartNeedsRescan()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) { s.apiStartDelaySeconds = 10; }), {}));
        QVERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).isEmpty());
        QVERIFY(m_sb->gateways()->gatewayNames(u"external-ipv4"_s).isEmpty());
        {
            const esl::GatewayStatusParse xml = xmlStatus();
            QVERIFY2(xml.error.isEmpty(), qPrintable(xml.error));
            QVERIFY(xml.gateways.isEmpty());
        }

        // A rescan while the API is still down loads nothing either.
        advance(5 * Second);
        m_esl->api(u"sofia profile internal rescan"_s);
        QVERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).isEmpty());

        // The API comes up...
        advance(6 * Second);
        QCOMPARE(http("GET", u"/api/v1/sip/trunks"_s).status, 200);
        // ...but nobody asks it: still no gateways, minutes later.
        advance(120 * Second);
        QCOMPARE(m_esl->api(u"show channels count"_s), "\n3 total.\n"_ba); // a round trip
        QVERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).isEmpty());
        QVERIFY(m_sb->gateways()->gatewayNames(u"external-ipv4"_s).isEmpty());
        QVERIFY(xmlStatus().gateways.isEmpty());
        QVERIFY(only(m_rec->events, Add).isEmpty());

        QCOMPARE(m_esl->api(u"sofia profile internal rescan"_s),
            "Reload XML [Success]\n+OK scan complete\n"_ba);
        QCOMPARE(m_sb->gateways()->gatewayNames(u"internal"_s), QStringList {u"1und1"_s});
        QVERIFY(m_sb->gateways()->gatewayNames(u"external-ipv4"_s).isEmpty());
        QCOMPARE(m_esl->api(u"sofia profile external-ipv4 rescan"_s),
            "Reload XML [Success]\n+OK scan complete\n"_ba);
        QCOMPARE(m_sb->gateways()->gatewayNames(u"external-ipv4"_s), QStringList {u"plusnet"_s});
        QVERIFY(waitForWire(
            [](const Seen &s) { return s.subclass() == Add && s["Gateway"] == "plusnet"; }));
        QVERIFY(indexOf(m_esl->events, [](const Seen &s) {
            return s.subclass() == Add && s["Gateway"] == "1und1";
        }) >= 0);

        advance(5 * Second);
        VERIFY_WIRE();
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);
        QCOMPARE(m_sb->gateways()->gatewayState(u"plusnet"_s), u"NOREG"_s);
    }

    // An IPv6 literal proxy without brackets: the host is cut at the last colon, the registrar
    // is never reached: TIMEOUT after 32 s, then FAILED and FAIL_WAIT; never REGED.
    void unbracketedIpv6ProxyTimesOut()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            trunkNamed(s, u"1und1"_s).proxy = u"2001:8d8:104:100:212:227:124:129"_s;
        })));

        advance(100 * Second);
        VERIFY_WIRE();
        const QList<Seen> st = only(m_rec->events, State, "1und1");
        const QByteArrayList names = stateNames(st);
        QVERIFY2(names.size() >= 4, names.join(' ').constData());
        QCOMPARE(names.mid(0, 4), (QByteArrayList {"TRYING", "TIMEOUT", "FAILED", "FAIL_WAIT"}));
        QVERIFY2(
            !names.contains("REGED") && !names.contains("REGISTER"), names.join(' ').constData());
        QCOMPARE(st[1].ms - st[0].ms, 32 * Second);
        QCOMPARE(st[2].ms - st[1].ms, Second);
        QCOMPARE(st[3].ms - st[2].ms, Second);
        // A local timeout reports port 0 (§7); no SIP answer, so no Status/Phrase (capture 50).
        QCOMPARE(st[1]["Register-Network-Port"], "0"_ba);
        QVERIFY(!st[1].has("Status"));
        QVERIFY(!st[2].has("Status"));
        QCOMPARE(st[3]["Ping-Status"], "DOWN"_ba);
        // And again on the next attempt.
        QCOMPARE(withState(st, "TIMEOUT").size(), 2);
        QCOMPARE(m_sb->gateways()->gatewayPingStatus(u"1und1"_s), u"DOWN"_s);
    }

    // An IPv6 literal in brackets without gw-auth-acl: the challenge comes from an address the
    // gateway does not know, gateway_invalid_digest_req, no REGED (capture 50). With gw-auth-acl
    // naming a list that holds the provider it registers.
    void bracketedIpv6ProxyNeedsGwAuthAcl()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            trunkNamed(s, u"1und1"_s).proxy = u"[2001:8d8:104:100:212:227:124:129]"_s;
        })));
        advance(40 * Second);
        VERIFY_WIRE();
        QVERIFY(waitForWire([](const Seen &s) { return s.subclass() == InvalidDigest; }));
        const QList<Seen> digest = only(m_rec->events, InvalidDigest, "1und1");
        QCOMPARE(digest.size(), 1);
        QCOMPARE(digest[0]["profile-name"], "internal"_ba);
        const QByteArrayList names = stateNames(only(m_rec->events, State, "1und1"));
        QVERIFY2(!names.contains("REGED"), names.join(' ').constData());
        QVERIFY2(
            names.contains("TIMEOUT") && names.contains("FAILED"), names.join(' ').constData());
        cleanup();

        QVERIFY(boot(builtInWith([](Scenario &s) {
            Trunk &t = trunkNamed(s, u"1und1"_s);
            t.proxy = u"[2001:8d8:104:100:212:227:124:129]"_s;
            t.gwAuthAcl = u"sip-gateways"_s;
        })));
        advance(5 * Second);
        VERIFY_WIRE();
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);
        QVERIFY(only(m_rec->events, InvalidDigest).isEmpty());
    }

    // sofia::gateway_invalid_digest_req carries Gateway, profile-name and realm (§2; capture 70:
    // `realm: "sip.1und1.de"`, quoted as it came in the challenge).
    // Capture 70: the event carries Gateway, profile-name and the quoted realm.
    void invalidDigestEventNamesTheRealm()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            trunkNamed(s, u"1und1"_s).proxy = u"[2001:8d8:104:100:212:227:124:129]"_s;
        })));
        advance(Second);
        QVERIFY(waitForWire([](const Seen &s) { return s.subclass() == InvalidDigest; }));
        const Seen e = only(m_esl->events, InvalidDigest).first();
        QCOMPARE(e["Gateway"], "1und1"_ba);
        QCOMPARE(e["profile-name"], "internal"_ba);
        QVERIFY2(e.has("realm"), qPrintable(summary(e)));
        QCOMPARE(e["realm"], "\"sip.1und1.de\""_ba);
    }

    // Plusnet authenticates by IP: NOREG with Ping-Status UP is correct, and a ping that keeps
    // answering produces no events at all.
    void plusnetIsNoregAndQuiet()
    {
        QVERIFY(boot(Scenario::builtIn()));
        QCOMPARE(m_sb->gateways()->gatewayState(u"plusnet"_s), u"NOREG"_s);
        QCOMPARE(m_sb->gateways()->gatewayPingStatus(u"plusnet"_s), u"UP"_s);
        const QList<Seen> adds = only(m_rec->events, Add, "plusnet");
        QCOMPARE(adds.size(), 1);
        QCOMPARE(adds[0]["profile-name"], "external-ipv4"_ba);

        advance(5 * 60 * Second); // ten pings
        VERIFY_WIRE();
        QVERIFY2(only(m_rec->events, State, "plusnet").isEmpty(),
            qPrintable(summaries(only(m_rec->events, State, "plusnet")).join(u'\n')));
        QCOMPARE(m_sb->gateways()->gatewayState(u"plusnet"_s), u"NOREG"_s);
        QCOMPARE(m_sb->gateways()->gatewayPingStatus(u"plusnet"_s), u"UP"_s);

        const esl::GatewayStatusParse xml = xmlStatus(u"plusnet"_s);
        QCOMPARE(xml.gateways.size(), 1);
        QCOMPARE(xml.gateways[0].state, u"NOREG"_s);
        QCOMPARE(xml.gateways[0].pingStatus, u"UP"_s);
        QCOMPARE(xml.gateways[0].fields.value(u"pingfreq"_s), u"30"_s);
        QVERIFY(!xml.gateways[0].fields.contains(u"retry"_s));
    }

    // Plusnet without its outbound proxy: sip.plusnet.de is DNS round robin, so some OPTIONS
    // pings time out: Ping-Status flips DOWN (408 Request Timeout) and back UP, State NOREG.
    void plusnetWithoutOutboundProxyFlaps()
    {
        QVERIFY(boot(
            builtInWith([](Scenario &s) { trunkNamed(s, u"plusnet"_s).outboundProxy.clear(); })));
        const qint64 added = only(m_rec->events, Add, "plusnet").value(0).ms;

        advance(181 * Second);
        VERIFY_WIRE();
        const QList<Seen> st = only(m_rec->events, State, "plusnet");
        QVERIFY2(st.size() >= 4, qPrintable(summaries(st).join(u'\n')));
        int downs = 0;
        int ups = 0;
        for (qsizetype i = 0; i < st.size(); ++i) {
            const Seen &e = st[i];
            QCOMPARE(e["State"], "NOREG"_ba);
            QVERIFY(!e.has("Register-Network-IP")); // it never sends REGISTER
            QCOMPARE((e.ms - added) % (30 * Second), 0); // on the ping schedule
            const bool down = i % 2 == 0; // starts DOWN, then alternates
            if (down) {
                ++downs;
                QCOMPARE(e["Ping-Status"], "DOWN"_ba);
                QCOMPARE(e["Status"], "408"_ba);
                QCOMPARE(e["Phrase"], "Request Timeout"_ba);
            } else {
                ++ups;
                QCOMPARE(e["Ping-Status"], "UP"_ba);
                QCOMPARE(e["Status"], "200"_ba);
                QCOMPARE(e["Phrase"], "OK"_ba);
            }
        }
        QVERIFY(downs >= 2);
        QVERIFY(ups >= 2);
        QCOMPARE(m_sb->gateways()->gatewayState(u"plusnet"_s), u"NOREG"_s);
    }

    // `sofia profile internal restart` drops every call on the profile (§2): the built-in
    // scenario has 1 call on external-ipv4 and 2 on internal.
    void profileRestartDropsItsCalls()
    {
        QVERIFY(boot(Scenario::builtIn()));
        advance(5 * Second);
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);
        QCOMPARE(m_esl->api(u"show channels count"_s), "\n3 total.\n"_ba);

        const QByteArray restart = m_esl->api(u"sofia profile internal restart"_s);
        QVERIFY2(
            !restart.startsWith("-ERR") && !restart.startsWith("Invalid"), restart.constData());
        QCOMPARE(m_esl->api(u"show channels count"_s), "\n1 total.\n"_ba);
        QCOMPARE(m_sb->gateways()->calls(u"internal"_s), 0);
        QCOMPARE(m_sb->gateways()->calls(u"external-ipv4"_s), 1);

        // The profile's gateway goes down and comes back; the other profile's is untouched.
        advance(Second);
        QVERIFY(waitForWire(
            [](const Seen &s) { return s.subclass() == Delete && s["Gateway"] == "1und1"; }));
        advance(Second);
        QTRY_COMPARE(only(m_rec->events, Add, "1und1").size(), 2);
        advance(5 * Second);
        VERIFY_WIRE();
        QCOMPARE(m_sb->gateways()->gatewayState(u"1und1"_s), u"REGED"_s);
        QVERIFY(only(m_rec->events, Delete, "plusnet").isEmpty());
        QCOMPARE(m_esl->api(u"show channels count"_s), "\n1 total.\n"_ba);
    }

    // register=true without a password: mod_sofia silently skips the gateway (§3).
    void registeringGatewayWithoutPasswordIsNotCreated()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            trunkNamed(s, u"1und1"_s).password.clear();
            // A second gateway on the same profile shows when its fetch is done.
            Trunk probe = trunkNamed(s, u"plusnet"_s);
            probe.gatewayName = u"probe"_s;
            probe.profile = u"internal"_s;
            s.trunks.append(probe);
        }),
            {u"plusnet"_s, u"probe"_s}));
        // The API does serve it (register=true, no password)...
        const QByteArray document = m_sb->api()->gatewayDocument(u"internal"_s);
        QVERIFY(document.contains(R"(<gateway name="1und1">)"));
        QVERIFY(!document.contains(R"(<param name="password")"));
        // ...but no gateway exists, and nothing was announced.
        QCOMPARE(m_sb->gateways()->gatewayNames(u"internal"_s), QStringList {u"probe"_s});
        QVERIFY(m_sb->gateways()->gatewayState(u"1und1"_s).isEmpty());
        QCOMPARE(m_esl->api(u"sofia xmlstatus gateway 1und1"_s), "Invalid Gateway!\n"_ba);
        QCOMPARE(
            m_esl->api(u"sofia profile internal killgw 1und1"_s), "-ERR no such gateway.\n"_ba);

        advance(60 * Second);
        VERIFY_WIRE();
        for (const Seen &e : std::as_const(m_rec->events))
            QVERIFY2(e["Gateway"] != "1und1", qPrintable(summary(e)));
    }

    // The same gateway name served on two profiles: two gateways exist, one per profile (§8).
    void sameNameOnTwoProfilesMakesTwoCopies()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            Trunk copy = trunkNamed(s, u"plusnet"_s);
            copy.profile = u"internal"_s;
            s.trunks.append(copy);
        }),
            {u"1und1"_s}));
        QTRY_VERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).contains(u"plusnet"_s)
            && m_sb->gateways()->gatewayNames(u"external-ipv4"_s).contains(u"plusnet"_s));

        const esl::GatewayStatusParse all = xmlStatus();
        QStringList profiles;
        for (const GatewayStatus &g : all.gateways) {
            if (g.name == u"plusnet"_s)
                profiles.append(g.profile);
        }
        profiles.sort();
        QCOMPARE(profiles, (QStringList {u"external-ipv4"_s, u"internal"_s}));

        // Both copies run: both ping (§8). (Which copy `sofia xmlstatus gateway plusnet` or
        // `P::plusnet` finds depends on mod_sofia's name hash, which the reference does not
        // pin down: not asserted.)
        advance(31 * Second);
        int pinged = 0;
        for (const GatewayStatus &g : xmlStatus().gateways) {
            if (g.name == u"plusnet"_s) {
                QCOMPARE(g.fields.value(u"pingtime"_s), u"0.76"_s);
                QCOMPARE(g.state, u"NOREG"_s);
                ++pinged;
            }
        }
        QCOMPARE(pinged, 2);
    }

    // §8: "Served to both, a gateway is created twice — one copy silently (no log line, no
    // gateway_add)": the second copy is not in mod_sofia's name hash, so sofia_reg_add_gateway
    // fires no sofia::gateway_add for it.
    // Reference §8: the second copy of a name is created silently, without gateway_add.
    void sameNameOnTwoProfilesIsAnnouncedOnce()
    {
        QVERIFY(boot(builtInWith([](Scenario &s) {
            Trunk copy = trunkNamed(s, u"plusnet"_s);
            copy.profile = u"internal"_s;
            s.trunks.append(copy);
        }),
            {u"1und1"_s}));
        QTRY_VERIFY(m_sb->gateways()->gatewayNames(u"internal"_s).contains(u"plusnet"_s)
            && m_sb->gateways()->gatewayNames(u"external-ipv4"_s).contains(u"plusnet"_s));
        QCOMPARE(only(m_rec->events, Add, "plusnet").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGatewaySimulator)
#include "tst_gatewaysimulator.moc"
