// The gateway monitor's parts on their own: the store (rows, and what it tells its observer)
// and the event applier (what an event, a snapshot and a status answer do to the records).
#include "session/GatewayEventApplier.h"
#include "session/GatewayStore.h"

#include <QTimeZone>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace xynap;
using session::GatewayEventApplier;
using session::GatewayStore;

namespace {

esl::Event eventOf(std::initializer_list<std::pair<QByteArrayView, QByteArrayView>> headers)
{
    esl::Event e;
    for (const auto &[name, value] : headers)
        e.headers.append(name, value);
    return e;
}

GatewayStatus status(const QString &name, const QString &state)
{
    GatewayStatus g;
    g.name = name;
    g.profile = u"external"_s;
    g.realm = u"sip.example.net"_s;
    g.username = u"4930"_s;
    g.proxy = u"sip:sip.example.net"_s;
    g.state = state;
    g.pingStatus = u"UP"_s;
    g.fields.insert(u"expires"_s, u"3600"_s);
    g.fields.insert(u"pingfreq"_s, u"0"_s);
    return g;
}

// What the store tells its observer, in order.
class Recorder final : public GatewayStore::Observer {
public:
    QStringList calls;
    void beginAppend(int first, int last) override
    {
        calls.append(u"append %1-%2"_s.arg(first).arg(last));
    }
    void endAppend() override { calls.append(u"appended"_s); }
    void beginRemove(int first, int last) override
    {
        calls.append(u"remove %1-%2"_s.arg(first).arg(last));
    }
    void endRemove() override { calls.append(u"removed"_s); }
    void rowChanged(int row) override { calls.append(u"changed %1"_s.arg(row)); }
};

// An element that counts how many of it are alive (BlockList).
struct Counted {
    static inline int alive = 0;
    int value = -1;
    Counted() { ++alive; }
    Counted(const Counted &) = delete;
    Counted &operator=(const Counted &) = delete;
    Counted(Counted &&) = delete;
    Counted &operator=(Counted &&other) noexcept
    {
        value = other.value;
        return *this;
    }
    ~Counted() { --alive; }
};

const QDateTime At = QDateTime(QDate(2026, 3, 2), QTime(14, 0), QTimeZone::utc());

} // namespace

class TestGatewayEventApplier final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void headersAreFoundWhateverTheirCaseAndTheFirstWins()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        const esl::Event e = eventOf({{"event-subclass", "sofia::gateway_state"},
            {"GATEWAY", "plusnet"}, {"state", "FAILED"}, {"State", "REGED"}, {"Ping-Status", "UP"},
            {"status", "503"}, {"Phrase", " Service Unavailable "}});
        (void)applier.applyEvent(u"fs1"_s, e, At);
        QCOMPARE(store.size(), 1);
        const session::GatewayRecord &r = store.at(0);
        QCOMPARE(r.name, u"plusnet"_s);
        QCOMPARE(r.state, u"FAILED"_s); // the first State, as Headers::view() finds it
        QCOMPARE(r.lastStatus, 503);
        QCOMPARE(r.lastPhrase, u"Service Unavailable"_s);
        QCOMPARE(r.lastStatusFrom, session::GatewayRecord::AnswerFrom::Local); // no port at all
    }

    void aGatewayNamedInUtf8IsOneRow()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        for (const QByteArrayView state : {QByteArrayView("TRYING"), QByteArrayView("REGED")}) {
            (void)applier.applyEvent(u"fs1"_s,
                eventOf({{"Event-Subclass", "sofia::gateway_state"}, {"Gateway", "m\xc3\xbcnchen"},
                    {"State", state}}),
                At);
        }
        QCOMPARE(store.size(), 1);
        QCOMPARE(store.rowOf(u"fs1"_s, u"münchen"_s), 0);
        QCOMPARE(store.at(0).state, u"REGED"_s);
        QCOMPARE(store.at(0).transitions.size(), 2);
    }

    void theRegisterAddressFollowsTheEvents()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        const auto state = [&](QByteArrayView ip, QByteArrayView port) {
            (void)applier.applyEvent(u"fs1"_s,
                eventOf({{"Event-Subclass", "sofia::gateway_state"}, {"Gateway", "plusnet"},
                    {"State", "REGED"}, {"Status", "200"}, {"Register-Network-IP", ip},
                    {"Register-Network-Port", port}}),
                At);
            return std::pair {store.at(0).registerAddress, store.at(0).registerFamily};
        };
        QCOMPARE(state("192.0.2.7", "5060"), std::pair(u"192.0.2.7:5060"_s, 4));
        QCOMPARE(state("192.0.2.7", "5060"), std::pair(u"192.0.2.7:5060"_s, 4));
        QCOMPARE(state("192.0.2.7", "5080"), std::pair(u"192.0.2.7:5080"_s, 4));
        QCOMPARE(state("[2001:db8::7]", "5060"), std::pair(u"[2001:db8::7]:5060"_s, 6));
        QCOMPARE(store.at(0).lastStatusFrom, session::GatewayRecord::AnswerFrom::Peer);
    }

    void theLastRawEventStaysAsReceived()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        esl::Event e = eventOf({{"Event-Subclass", "sofia::gateway_state"}, {"Gateway", "plusnet"},
            {"State", "REGED"}});
        (void)applier.applyEvent(u"fs1"_s, e, At);
        // The decoder reuses its event: what the row keeps must not change with it.
        e.headers.clear();
        e.headers.append("Event-Subclass", "sofia::gateway_state");
        e.headers.append("Gateway", "other");
        QCOMPARE(store.at(0).lastRawEvent(),
            u"Event-Subclass: sofia::gateway_state\nGateway: plusnet\nState: REGED\n"_s);
    }

    void aStatusAnswerChangesRunningOnlyForWhatTheLintReads()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        (void)applier.applySnapshot(u"fs1"_s, {status(u"plusnet"_s, u"REGED"_s)}, At);
        GatewayStatus answer = status(u"plusnet"_s, u"FAIL_WAIT"_s);
        answer.pingStatus = u"DOWN"_s;
        answer.fields.insert(u"retry"_s, u"30s"_s);
        GatewayEventApplier::Outcome outcome = applier.applyGatewayStatus(u"fs1"_s, answer, At);
        QVERIFY(!outcome.runningChanged);
        QCOMPARE(store.at(0).state, u"FAIL_WAIT"_s); // the row follows all the same
        QCOMPARE(store.at(0).retrySeconds, 30);
        answer.callsIn = 4;
        answer.failedCallsOut = 2;
        QVERIFY(!applier.applyGatewayStatus(u"fs1"_s, answer, At).runningChanged);
        QCOMPARE(store.at(0).callsIn, 4); // the newest count, as the Calls column says
        QCOMPARE(store.at(0).failedCallsOut, 2);
        answer.realm = u"other.example.net"_s;
        outcome = applier.applyGatewayStatus(u"fs1"_s, answer, At);
        QVERIFY(outcome.runningChanged);
        const RunningGateway *running = store.runningOf(store.rowOf(u"fs1"_s, u"plusnet"_s));
        QVERIFY(running);
        QCOMPARE(running->realm, u"other.example.net"_s);
        answer.state = u"NOREG"_s; // registering or not is the lint's
        QVERIFY(applier.applyGatewayStatus(u"fs1"_s, answer, At).runningChanged);
        answer.fields.insert(u"expires"_s, u"600"_s);
        answer.fields.insert(u"from"_s, u"<sip:4930@sip.example.net>"_s);
        answer.fields.insert(u"pingfreq"_s, u"30"_s);
        answer.fields.insert(u"pingtime"_s, u"0.76"_s);
        QVERIFY(applier.applyGatewayStatus(u"fs1"_s, answer, At).runningChanged);
        // What runs keeps what the lint reads, and only that.
        running = store.runningOf(store.rowOf(u"fs1"_s, u"plusnet"_s));
        QCOMPARE(running->fields.value(u"expires"_s), u"600"_s);
        QCOMPARE(running->fields.value(u"from"_s), u"<sip:4930@sip.example.net>"_s);
        QCOMPARE(running->fields.value(u"pingfreq"_s), u"30"_s);
        QVERIFY(!running->fields.contains(u"pingtime"_s));
        QVERIFY(!running->fields.contains(u"retry"_s));
        QCOMPARE(store.at(0).pingTimeMs, 0.76); // the row's
    }

    // Added again (a delete missed), the row keeps what the node said of its configuration,
    // its registering or not included: the same answer again is no news for the lint.
    void anAddKeepsTheConfigurationTheLintSaw()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        GatewayStatus plusnet = status(u"plusnet"_s, u"NOREG"_s);
        plusnet.profile = u"external-ipv4"_s;
        (void)applier.applySnapshot(u"fs1"_s, {plusnet}, At);
        (void)applier.applyEvent(u"fs1"_s,
            eventOf({{"Event-Subclass", "sofia::gateway_add"}, {"Gateway", "plusnet"},
                {"profile-name", "external-ipv4"}}),
            At);
        const session::GatewayRecord &r = store.at(store.rowOf(u"fs1"_s, u"plusnet"_s));
        QCOMPARE(r.state, QString()); // the row knows no state until it is asked
        const RunningGateway *running = store.runningOf(store.rowOf(u"fs1"_s, u"plusnet"_s));
        QVERIFY(running);
        QCOMPARE(running->state, u"NOREG"_s);
        QVERIFY(!applier.applyGatewayStatus(u"fs1"_s, plusnet, At).runningChanged);
        plusnet.state = u"REGED"_s; // now it registers: that is news
        QVERIFY(applier.applyGatewayStatus(u"fs1"_s, plusnet, At).runningChanged);
    }

    // Each row of a running gateway has one entry in its node's list, whatever deletes, adds and
    // removals happen between two snapshots; a lint holding the list keeps what it read.
    void theRunningListsFollowTheRows()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        applier.setTrunks({}, At); // none served: a gateway no longer run goes
        QList<GatewayStatus> gateways;
        for (const QString &name : {u"a"_s, u"b"_s, u"c"_s, u"d"_s})
            gateways.append(status(name, u"REGED"_s));
        (void)applier.applySnapshot(u"fs1"_s, gateways, At);
        (void)applier.applySnapshot(u"fs2"_s, {status(u"a"_s, u"NOREG"_s)}, At);
        const QList<RunningGateway> held = store.running().value(u"fs1"_s);
        const auto consistent = [&store] {
            qsizetype entries = 0;
            for (const QList<RunningGateway> &list : store.running())
                entries += list.size();
            qsizetype rows = 0;
            for (int row = 0; row < store.size(); ++row) {
                const int index = store.at(row).runningIndex;
                if (index < 0)
                    continue;
                if (index >= store.running().value(store.at(row).node).size())
                    return false;
                const RunningGateway *g = store.runningOf(row);
                ++rows;
                if (g->name != store.at(row).name)
                    return false;
            }
            return rows == entries;
        };
        QVERIFY(consistent());
        QCOMPARE(held.size(), 4);
        QCOMPARE(held.constData(), store.running().value(u"fs1"_s).constData()); // shared
        // "a" goes: the last entry ("d") takes its place.
        (void)applier.applyEvent(
            u"fs1"_s, eventOf({{"Event-Subclass", "sofia::gateway_delete"}, {"Gateway", "a"}}), At);
        QVERIFY(consistent());
        QCOMPARE(store.running().value(u"fs1"_s).size(), 3);
        QCOMPARE(store.runningOf(store.rowOf(u"fs1"_s, u"d"_s))->name, u"d"_s);
        QVERIFY(!store.runningOf(store.rowOf(u"fs1"_s, u"a"_s)));
        QCOMPARE(store.runningOf(store.rowOf(u"fs2"_s, u"a"_s))->state, u"NOREG"_s);
        // The lint's copy is what it read, untouched.
        QCOMPARE(held.size(), 4);
        QCOMPARE(held.constFirst().name, u"a"_s);
        // Added again, with its profile; rows removed together.
        (void)applier.applyEvent(u"fs1"_s,
            eventOf({{"Event-Subclass", "sofia::gateway_add"}, {"Gateway", "a"},
                {"profile-name", "other"}}),
            At);
        QVERIFY(consistent());
        QCOMPARE(store.runningOf(store.rowOf(u"fs1"_s, u"a"_s))->profile, u"other"_s);
        store.remove({store.rowOf(u"fs1"_s, u"b"_s), store.rowOf(u"fs1"_s, u"d"_s)});
        QVERIFY(consistent());
        QCOMPARE(store.running().value(u"fs1"_s).size(), 2);
        QCOMPARE(store.runningOf(store.rowOf(u"fs1"_s, u"c"_s))->name, u"c"_s);
        // A node's list unknown again.
        applier.applySnapshotFailure(u"fs1"_s);
        QVERIFY(consistent());
        QVERIFY(!store.running().contains(u"fs1"_s));
    }

    void theStoreTellsItsObserverBeforeAndAfter()
    {
        GatewayStore store;
        Recorder recorder;
        store.setObserver(&recorder);
        GatewayEventApplier applier(store);
        Trunk served;
        served.gatewayName = u"served"_s;
        served.profile = u"external"_s;
        applier.setTrunks({served}, At);
        (void)applier.applySnapshot(
            u"fs1"_s, {status(u"a"_s, u"REGED"_s), status(u"b"_s, u"REGED"_s)}, At);
        QCOMPARE(recorder.calls,
            QStringList({u"append 0-1"_s, u"appended"_s, u"changed 0"_s, u"changed 1"_s,
                u"append 2-2"_s, u"appended"_s}));
        QCOMPARE(store.at(2).name, u"served"_s); // served, not run: a row that says so
        recorder.calls.clear();
        // The node no longer runs a; b moves up a row.
        (void)applier.applySnapshot(u"fs1"_s, {status(u"b"_s, u"REGED"_s)}, At);
        QCOMPARE(recorder.calls, QStringList({u"changed 1"_s, u"remove 0-0"_s, u"removed"_s}));
        QCOMPARE(store.rowOf(u"fs1"_s, u"b"_s), 0);
        QCOMPARE(store.rowOf(u"fs1"_s, u"served"_s), 1);
        QCOMPARE(store.rowOf(u"fs1"_s, u"a"_s), -1);
        QCOMPARE(store.rowsOn(u"fs1"_s), 2);
    }

    // A served gateway's name is one text, its trunk's, in its rows on every node and in what
    // runs there (50 nodes made 50 copies of each name); so is its user name where it is the
    // trunk's. A gateway not served keeps its own.
    void aServedGatewaysRowsShareItsTrunksName()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        Trunk served;
        served.gatewayName = u"plusnet-1"_s;
        served.profile = u"external"_s;
        served.username = u"4930"_s; // as status() reports it
        applier.setTrunks({served}, At);
        const QChar *trunkText = store.trunks().at(0).gatewayName.constData();
        const QChar *userText = store.trunks().at(0).username.constData();
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            // Texts of their own, as read from a node.
            GatewayStatus running = status(u"plusnet-"_s + u"1"_s, u"NOREG"_s);
            running.username = u"49"_s + u"30"_s;
            QVERIFY(running.name.constData() != trunkText);
            QVERIFY(running.username.constData() != userText);
            (void)applier.applySnapshot(node, {running, status(u"other"_s, u"NOREG"_s)}, At);
            const int row = store.rowOf(node, u"plusnet-1"_s);
            QVERIFY(row >= 0);
            QCOMPARE(store.at(row).name.constData(), trunkText);
            QCOMPARE(store.runningOf(row)->name.constData(), trunkText);
            QCOMPARE(store.runningOf(row)->username.constData(), userText);
            QCOMPARE(store.at(row).state, u"NOREG"_s);
            QCOMPARE(store.at(store.rowOf(node, u"other"_s)).name, u"other"_s);
        }
    }

    // As a list is read (the link's sink), and in what the console remembers from earlier runs:
    // a served gateway's texts are its trunk's; another gateway's stay its own.
    void readGatewaysAndSeenOnesShareTheTrunksTexts()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        store.seen()[u"fs1"_s].insert(u"plusnet-"_s + u"1"_s, At);
        store.seen()[u"fs1"_s].insert(u"gone-"_s + u"1"_s, At);
        Trunk served;
        served.gatewayName = u"plusnet-1"_s;
        served.username = u"4930"_s;
        applier.setTrunks({served}, At);
        const QChar *trunkText = store.trunks().at(0).gatewayName.constData();
        const QChar *userText = store.trunks().at(0).username.constData();
        const GatewayStore::SeenByName &seen = store.seen().value(u"fs1"_s);
        QCOMPARE(seen.size(), 2);
        for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
            QCOMPARE(it.value(), At);
            QCOMPARE(it.key().constData() == trunkText, it.key() == u"plusnet-1"_s);
        }

        GatewayStatus read = status(u"plusnet-"_s + u"1"_s, u"NOREG"_s);
        read.username = u"49"_s + u"30"_s;
        applier.shareTexts(read);
        QCOMPARE(read.name.constData(), trunkText);
        QCOMPARE(read.username.constData(), userText);
        GatewayStatus otherUser = status(u"plusnet-"_s + u"1"_s, u"NOREG"_s);
        otherUser.username = u"other"_s;
        applier.shareTexts(otherUser);
        QCOMPARE(otherUser.username, u"other"_s);
        GatewayStatus unserved = status(u"x"_s + u"1"_s, u"NOREG"_s);
        const QChar *ownText = unserved.name.constData();
        applier.shareTexts(unserved);
        QCOMPARE(unserved.name.constData(), ownText);
    }

    // A list longer than a block: every gateway's row and what runs come from its own entry,
    // in order, whatever block it was in.
    void aListOfManyBlocksIsAppliedWhole()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        GatewayList list;
        const int count = int(GatewayList::BlockSize) * 2 + 3;
        for (int i = 0; i < count; ++i) {
            GatewayStatus g = status(u"gw%1"_s.arg(i), i % 2 ? u"REGED"_s : u"FAIL_WAIT"_s);
            g.fields.insert(u"retry"_s, u"%1s"_s.arg(i));
            g.callsOut = i;
            list.append(ListedGateway::of(g));
        }
        (void)applier.applyGatewayList(u"fs1"_s, std::move(list), At);
        QCOMPARE(store.rowsOn(u"fs1"_s), count);
        QCOMPARE(store.running().value(u"fs1"_s).size(), count);
        for (int i : {0, int(GatewayList::BlockSize) - 1, int(GatewayList::BlockSize), count - 1}) {
            const int row = store.rowOf(u"fs1"_s, u"gw%1"_s.arg(i));
            QVERIFY(row >= 0);
            const session::GatewayRecord &r = store.at(row);
            QCOMPARE(r.state, i % 2 ? u"REGED"_s : u"FAIL_WAIT"_s);
            QCOMPARE(r.retrySeconds, i);
            QCOMPARE(r.callsOut, i);
            QCOMPARE(store.runningOf(row)->name, u"gw%1"_s.arg(i));
            QCOMPARE(store.runningOf(row)->fields.value(u"expires"_s), u"3600"_s);
        }
    }

    // The rows' blocks (BlockList): an erase across blocks moves the rest down in order, and
    // every element made is destroyed once.
    void blocksKeepTheOrderAndEveryElementOnce()
    {
        {
            session::BlockList<Counted, 4> list;
            for (int i = 0; i < 10; ++i)
                list.emplaceBack().value = i;
            QCOMPARE(Counted::alive, 10);
            list.erase(2, 7); // the first block's end, the second, the third's start
            QCOMPARE(list.size(), size_t(5));
            QCOMPARE(Counted::alive, 5);
            QList<int> values;
            for (size_t i = 0; i < list.size(); ++i)
                values.append(list[i].value);
            QCOMPARE(values, QList<int>({0, 1, 7, 8, 9}));
            list.emplaceBack().value = 10; // into the block left, not a new one
            QCOMPARE(list[5].value, 10);
            list.erase(0, 6);
            QVERIFY(list.empty());
            QCOMPARE(Counted::alive, 0);
            list.emplaceBack().value = 11;
            list.emplaceBack().value = 12;
        }
        QCOMPARE(Counted::alive, 0); // the list's end destroyed what it held
    }

    // More rows than a block holds, from several nodes, and a run removed across a block's end:
    // every row is where the index says.
    void rowsBeyondABlockStayIndexed()
    {
        GatewayStore store;
        GatewayEventApplier applier(store);
        applier.setTrunks({}, At); // none served: a gateway no longer run goes
        QList<GatewayStatus> gateways;
        for (int i = 0; i < 1500; ++i)
            gateways.append(status(u"gw-%1"_s.arg(i), u"REGED"_s));
        (void)applier.applySnapshot(u"fs1"_s, gateways, At);
        (void)applier.applySnapshot(u"fs2"_s, gateways, At);
        QCOMPARE(store.size(), 3000);
        // fs1 now runs only its first 1,000: rows 1,000-1,499 go, across the block at 1,024.
        (void)applier.applySnapshot(u"fs1"_s, gateways.first(1000), At);
        QCOMPARE(store.size(), 2500);
        QCOMPARE(store.rowsOn(u"fs1"_s), 1000);
        for (const QString &node : {u"fs1"_s, u"fs2"_s}) {
            for (int i = 0; i < 1500; ++i) {
                const int row = store.rowOf(node, u"gw-%1"_s.arg(i));
                if (node == u"fs1"_s && i >= 1000) {
                    QCOMPARE(row, -1);
                    continue;
                }
                QVERIFY(row >= 0);
                QCOMPARE(store.at(row).node, node);
                QCOMPARE(store.at(row).name, u"gw-%1"_s.arg(i));
                QCOMPARE(store.runningOf(row)->name, store.at(row).name);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestGatewayEventApplier)
#include "tst_gatewayeventapplier.moc"
