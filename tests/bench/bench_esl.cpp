// Benchmarks (Google Benchmark) of the Event Socket path: frame parsing of the recorded event
// streams (captures 21 plain, 22 JSON) repeated to a few MB, fed whole and in 1,460-byte TCP
// segments; full event decoding (esl::eventFromMessage); and applying gateway_state events to a
// GatewayMonitor of 5,000 gateways on 4 nodes, with and without a QSortFilterProxyModel on top.
// Targets from the issue: >= 1,000,000 events/s parsed; <= 5 us per event applied.
//
// End to end over loopback TCP (tests/bench/LoopbackEslServer.h): BM_Connection streams the
// capture-21 events x2000 (90,000 events, 67 MB) into the production path — GatewayMonitor::
// addNode → esl::Link → esl::Connection, authenticated and subscribed as against FreeSWITCH;
// BM_ReadFloor only reads the same bytes from the same kind of socket (a QTcpSocket in the same
// event loop). Target: BM_Connection's items_per_second >= 20% of BM_ReadFloor's in one run.
//
// The ctest test `bench_esl` runs it with --brief (each benchmark on little data, figures
// meaningless) so that a fixture that no longer fits fails the suite. For figures, build it
// optimised:
//   cmake -S . -B /tmp/bench-build -G Ninja -DCMAKE_BUILD_TYPE=Release
//   cmake --build /tmp/bench-build -j1 --target bench_esl && /tmp/bench-build/tests/bench_esl

#include "LoopbackEslServer.h"
#include "ManualClock.h"
#include "esl/Codec.h"
#include "esl/Link.h"
#include "esl/Parser.h"
#include "session/GatewayMonitor.h"
#include "ui/gateways/SettlingSortProxy.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSortFilterProxyModel>
#include <QTcpSocket>
#include <QTimer>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

// --brief (the `bench` ctest test): every benchmark once on little data, so that a fixture that
// no longer fits the code fails the suite; the figures of such a run mean nothing.
bool brief = false;
// Set by fail(): the process exits 1, which Google Benchmark's SkipWithError alone does not do.
bool failed = false;

void fail(benchmark::State &state, const char *why)
{
    failed = true;
    state.SkipWithError(why);
}

constexpr qsizetype TargetBytes = 4 * 1024 * 1024;
constexpr qsizetype Segment = 1460;

// The event frames of a capture (the auth and command replies left out), repeated to about
// TargetBytes, and how many events that is.
struct Stream {
    QByteArray bytes;
    qint64 events = 0;
};

// The event frames of one capture, as received, and how many.
Stream captureEvents(const char *file)
{
    QFile f(QStringLiteral(XYNAP_TEST_DATA "/captures/") + QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", file);
        std::abort();
    }
    const QByteArray raw = f.readAll();
    Stream out;
    esl::Parser p;
    p.feed(raw);
    esl::Message m;
    qsizetype start = 0;
    while (p.next(m)) {
        const qsizetype end = raw.size() - p.buffered();
        if (m.contentType().startsWith("text/event-")) {
            out.bytes.append(raw.mid(start, end - start));
            ++out.events;
        }
        start = end;
    }
    return out;
}

const Stream &stream(const char *file)
{
    static std::map<std::string, Stream> cache;
    auto it = cache.find(file);
    if (it != cache.end())
        return it->second;
    const Stream once = captureEvents(file);
    Stream s;
    while (s.bytes.size() < TargetBytes) {
        s.bytes.append(once.bytes);
        s.events += once.events;
    }
    return cache.emplace(file, std::move(s)).first->second;
}

void report(benchmark::State &state, const Stream &s)
{
    state.SetBytesProcessed(qint64(state.iterations()) * s.bytes.size());
    state.counters["events/s"] = benchmark::Counter(
        double(s.events) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["events"] = double(s.events);
}

// Frames only: what Connection::onReadyRead does before decoding.
void BM_Parse(benchmark::State &state, const char *file, qsizetype chunk)
{
    const Stream &s = stream(file);
    for (auto _ : state) {
        esl::Parser parser;
        esl::Message m;
        qint64 n = 0;
        const qsizetype step = chunk > 0 ? chunk : s.bytes.size();
        for (qsizetype pos = 0; pos < s.bytes.size(); pos += step) {
            parser.feed(QByteArrayView(s.bytes).sliced(pos, qMin(step, s.bytes.size() - pos)));
            while (parser.next(m)) {
                ++n;
                benchmark::DoNotOptimize(m.body.constData());
            }
        }
        if (n != s.events)
            fail(state, "wrong number of events");
    }
    report(state, s);
}

// Frames and full event decoding, in TCP segments: the whole receive path.
void BM_ParseAndDecode(benchmark::State &state, const char *file)
{
    const Stream &s = stream(file);
    for (auto _ : state) {
        esl::Parser parser;
        esl::Message m;
        qint64 n = 0;
        for (qsizetype pos = 0; pos < s.bytes.size(); pos += Segment) {
            parser.feed(QByteArrayView(s.bytes).sliced(pos, qMin(Segment, s.bytes.size() - pos)));
            while (parser.next(m)) {
                const std::optional<esl::Event> e = esl::eventFromMessage(m);
                n += e.has_value();
                benchmark::DoNotOptimize(e);
            }
        }
        if (n != s.events)
            fail(state, "not every event decoded");
    }
    report(state, s);
}

// What esl::Connection does with the bytes it reads, without the socket: 64 KiB pieces, each
// frame found in place, each event decoded into one reused Event.
void BM_FramesAndEvents(benchmark::State &state, const char *file)
{
    const Stream &s = stream(file);
    constexpr qsizetype Read = qsizetype(64) * 1024;
    for (auto _ : state) {
        esl::Parser parser;
        esl::Event event;
        qint64 n = 0;
        for (qsizetype pos = 0; pos < s.bytes.size(); pos += Read) {
            parser.feed(QByteArrayView(s.bytes).sliced(pos, qMin(Read, s.bytes.size() - pos)));
            esl::Parser::Frame frame;
            while (parser.nextFrame(frame)) {
                n += esl::decodePlainEvent(frame.body, event);
                benchmark::DoNotOptimize(event.headers.text());
            }
        }
        if (n != s.events)
            fail(state, "not every event decoded");
    }
    report(state, s);
}

// Decoding alone (esl::eventFromMessage on frames parsed beforehand).
void BM_Decode(benchmark::State &state, const char *file)
{
    const Stream &s = stream(file);
    std::vector<esl::Message> messages;
    esl::Parser parser;
    parser.feed(s.bytes);
    esl::Message m;
    while (parser.next(m))
        messages.push_back(m);
    for (auto _ : state) {
        for (const esl::Message &message : messages) {
            const std::optional<esl::Event> e = esl::eventFromMessage(message);
            benchmark::DoNotOptimize(e);
        }
    }
    report(state, s);
}

// ---- GatewayMonitor ------------------------------------------------------------------------

constexpr int Nodes = 4;
constexpr int Gateways = 5000; // rows: every node runs each of the Gateways / Nodes trunks
constexpr int Trunks = Gateways / Nodes;

QString nodeName(int n)
{
    return u"fs%1"_s.arg(n + 1);
}
QString gatewayName(int g)
{
    return u"gw-%1"_s.arg(g, 5, 10, QChar(u'0'));
}

// A gateway_state event with the standard headers FreeSWITCH puts first (capture 21).
esl::Event stateEvent(const QString &gateway, const char *state, const char *ping, int status,
    const char *phrase, qint64 seq)
{
    esl::Event e;
    const auto add
        = [&e](const char *name, const QByteArray &value) { e.headers.append(name, value); };
    add("Event-Subclass", "sofia::gateway_state");
    add("Event-Name", "CUSTOM");
    add("Core-UUID", "05cb1186-39cf-4be5-b7b0-c80daa4280d7");
    add("FreeSWITCH-Hostname", "xynap-fs1");
    add("FreeSWITCH-Switchname", "xynap-fs1");
    add("FreeSWITCH-IPv4", "46.4.96.105");
    add("FreeSWITCH-IPv6", "2a01:4f8:140:829d::2");
    add("Event-Date-Local", "2026-11-26 07:13:54");
    add("Event-Date-GMT", "Thu, 26 Nov 2026 07:13:54 GMT");
    add("Event-Date-Timestamp", QByteArray::number(1795677234626103LL + seq * 1000));
    add("Event-Calling-File", "sofia_reg.c");
    add("Event-Calling-Function", "sofia_reg_fire_custom_gateway_state_event");
    add("Event-Calling-Line-Number", "156");
    add("Event-Sequence", QByteArray::number(seq));
    add("Gateway", gateway.toUtf8());
    add("State", state);
    add("Ping-Status", ping);
    add("Register-Network-IP", "[2001:8d8:104:100:212:227:124:129]");
    add("Register-Network-Port", "5060");
    if (status) {
        add("Phrase", phrase);
        add("Status", QByteArray::number(status));
    }
    return e;
}

struct MonitorFixture {
    // A clock that stands still (declared first: it outlives the monitor's timers).
    testsupport::ManualClock clock {QDateTime::fromSecsSinceEpoch(1795677234, Qt::UTC)};
    std::unique_ptr<session::GatewayMonitor> monitor;
    std::unique_ptr<QSortFilterProxyModel> proxy;
    std::vector<std::pair<QString, esl::Event>> events; // node, event

    explicit MonitorFixture(int variant)
    {
        monitor = std::make_unique<session::GatewayMonitor>();
        monitor->setClock(&clock);
        QList<Trunk> trunks;
        for (int g = 0; g < Trunks; ++g) {
            Trunk t;
            t.id = g + 1;
            t.gatewayName = gatewayName(g);
            t.provider = g % 2 ? u"plusnet"_s : u"1und1"_s;
            t.registerEnabled = g % 2 == 0;
            t.realm = g % 2 ? QString() : u"sip.1und1.de"_s;
            t.profile = g % 2 ? u"external-ipv4"_s : u"internal"_s;
            trunks.append(t);
        }
        monitor->setTrunks(trunks);
        for (int n = 0; n < Nodes; ++n) {
            QList<GatewayStatus> snapshot;
            for (int g = 0; g < Trunks; ++g) {
                GatewayStatus s;
                s.name = gatewayName(g);
                s.profile = g % 2 ? u"external-ipv4"_s : u"internal"_s;
                s.state = g % 2 ? u"NOREG"_s : u"REGED"_s;
                s.pingStatus = u"UP"_s;
                snapshot.append(s);
            }
            // A node fed directly must be marked up, or every row is "no data" (see report).
            monitor->noteLinkState(nodeName(n), esl::Link::State::Up, {});
            monitor->applySnapshot(nodeName(n), snapshot);
        }
        if (variant > 0) {
            // Variant 3: the Gateways page's own proxy, which moves rows once changes settle.
            if (variant == 3)
                proxy = std::make_unique<ui::SettlingSortProxy>();
            else
                proxy = std::make_unique<QSortFilterProxyModel>();
            proxy->setSourceModel(monitor.get());
            proxy->setSortRole(session::GatewayMonitor::SortRole);
            proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
            if (variant == 1) {
                // The Gateways page as it opens: sorted by name.
                proxy->sort(session::GatewayMonitor::Gateway);
            } else {
                // Sorted by state and filtered on every column, as an operator may: rows move
                // (variant 3: once changes settle).
                proxy->setFilterKeyColumn(-1);
                proxy->setFilterFixedString(u"g"_s);
                proxy->sort(session::GatewayMonitor::State);
            }
        }
        // A realistic mix: re-registrations, failures with back-off, ping flips.
        struct Step {
            const char *state;
            const char *ping;
            int status;
            const char *phrase;
        };
        static const Step reg[]
            = {{"TRYING", "UP", 0, ""}, {"REGISTER", "UP", 200, "OK"}, {"REGED", "UP", 0, ""},
                {"TRYING", "UP", 0, ""}, {"FAILED", "UP", 503, "Service Unavailable"},
                {"FAIL_WAIT", "DOWN", 0, ""}, {"UNREGED", "DOWN", 0, ""}};
        static const Step ping[]
            = {{"NOREG", "DOWN", 408, "Request Timeout"}, {"NOREG", "UP", 200, "OK"}};
        qint64 seq = 1000;
        for (int i = 0; i < 20'000; ++i) {
            const int g = int((quint64(i) * 2654435761u) % Trunks);
            const Step &s = g % 2 ? ping[(i / Trunks) % 2] : reg[(i / Trunks) % 7];
            events.emplace_back(nodeName(i % Nodes),
                stateEvent(gatewayName(g), s.state, s.ping, s.status, s.phrase, ++seq));
        }
    }
};

void BM_MonitorApply(benchmark::State &state)
{
    MonitorFixture f(int(state.range(0)));
    if (f.monitor->rowCount() != Gateways) {
        fail(state, "snapshot not applied");
        return;
    }
    size_t i = 0;
    for (auto _ : state) {
        const auto &[node, event] = f.events[i];
        f.monitor->applyEvent(node, event);
        if (++i == f.events.size())
            i = 0;
    }
    state.SetItemsProcessed(qint64(state.iterations()));
    state.SetLabel(state.range(0) == 0 ? "monitor only"
            : state.range(0) == 1      ? "+ proxy sorted by name"
            : state.range(0) == 2      ? "+ proxy sorted by state, filtered"
                                       : "+ settling proxy sorted by state, filtered");
}

// What the settling proxy pays when its timer fires: re-filter and re-sort 5,000 rows.
void BM_Settle(benchmark::State &state)
{
    MonitorFixture f(3);
    auto *proxy = static_cast<ui::SettlingSortProxy *>(f.proxy.get());
    size_t i = 0;
    for (auto _ : state) {
        state.PauseTiming();
        for (int k = 0; k < 100; ++k) { // a quarter second's worth of a busy platform
            const auto &[node, event] = f.events[i];
            f.monitor->applyEvent(node, event);
            if (++i == f.events.size())
                i = 0;
        }
        state.ResumeTiming();
        proxy->settle();
    }
}

// ---- Over a real socket ---------------------------------------------------------------------

int streamRepeats()
{
    return brief ? 20 : 2000;
}

// The capture-21 event frames, streamRepeats() times, and how many events that is.
const Stream &captureStream()
{
    static const Stream s = [] {
        const Stream once = captureEvents("21_events_plain.recv.txt");
        Stream out;
        const int repeats = streamRepeats();
        out.bytes.reserve(once.bytes.size() * repeats);
        for (int i = 0; i < repeats; ++i)
            out.bytes.append(once.bytes);
        out.events = once.events * repeats;
        return out;
    }();
    return s;
}

// Runs the event loop until done() or 120 s; false on the timeout.
template<typename Done>
bool runUntil(Done done)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(1);
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit);
    loop.exec();
    return done();
}

void BM_Connection(benchmark::State &state)
{
    const Stream &s = captureStream();
    xynap_bench::LoopbackEslServer server({true, xynap_bench::gatewaysXml(0), s.bytes});
    for (auto _ : state) {
        session::GatewayMonitor monitor;
        qint64 received = 0;
        esl::Link *link = monitor.addNode(u"fs1"_s, u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        QObject::connect(link, &esl::Link::eventReceived, &monitor,
            [&received](const esl::Event &) { ++received; });
        // The subscription's HEARTBEAT, then the stream.
        if (!runUntil([&] { return received >= s.events + 1; })) {
            std::fprintf(stderr, "received %lld of %lld events\n", static_cast<long long>(received),
                static_cast<long long>(s.events + 1));
            fail(state, "the events did not all arrive");
            return;
        }
        if (monitor.rowCount() == 0) {
            fail(state, "the monitor has no rows");
            return;
        }
    }
    state.SetItemsProcessed(qint64(state.iterations()) * s.events);
    state.SetBytesProcessed(qint64(state.iterations()) * s.bytes.size());
    state.SetLabel("GatewayMonitor + Link + Connection");
}

// The production client alone: Connection and Link, the events counted as they are handed out,
// no monitor. Beside BM_ReadFloor in the same run: what the client costs over reading the bytes.
void BM_Client(benchmark::State &state)
{
    const Stream &s = captureStream();
    xynap_bench::LoopbackEslServer server({true, xynap_bench::gatewaysXml(0), s.bytes});
    for (auto _ : state) {
        esl::Link link(u"fs1"_s, u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
        qint64 received = 0;
        QObject::connect(&link, &esl::Link::eventReceived, &link,
            [&received](const esl::Event &) { ++received; });
        link.start();
        // The subscription's HEARTBEAT, then the stream.
        if (!runUntil([&] { return received >= s.events + 1; })) {
            std::fprintf(stderr, "received %lld of %lld events\n", static_cast<long long>(received),
                static_cast<long long>(s.events + 1));
            fail(state, "the events did not all arrive");
            return;
        }
    }
    state.SetItemsProcessed(qint64(state.iterations()) * s.events);
    state.SetBytesProcessed(qint64(state.iterations()) * s.bytes.size());
    state.SetLabel("Link + Connection");
}

void BM_ReadFloor(benchmark::State &state)
{
    const Stream &s = captureStream();
    xynap_bench::LoopbackEslServer server({false, {}, s.bytes});
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (auto _ : state) {
        QTcpSocket socket;
        if (state.range(0) > 0)
            socket.setReadBufferSize(state.range(0));
        qint64 total = 0;
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] {
            qint64 n;
            while ((n = socket.read(chunk.data(), chunk.size())) > 0)
                total += n;
        });
        socket.connectToHost(u"127.0.0.1"_s, server.port());
        if (!runUntil([&] { return total >= s.bytes.size(); })) {
            fail(state, "the bytes did not all arrive");
            return;
        }
    }
    state.SetItemsProcessed(qint64(state.iterations()) * s.events);
    state.SetBytesProcessed(qint64(state.iterations()) * s.bytes.size());
    state.SetLabel(state.range(0) > 0 ? "QTcpSocket, 64 KiB read buffer, 64 KiB reads"
                                      : "QTcpSocket, unbounded read buffer, 64 KiB reads");
}

void registerBenchmarks()
{
    using benchmark::RegisterBenchmark;
    const double socketSeconds = brief ? 0.0 : 2.0; // 0: Google Benchmark's own minimum
    const auto minTime = [](benchmark::internal::Benchmark *b, double seconds) {
        if (seconds > 0)
            b->MinTime(seconds);
        return b;
    };
    minTime(RegisterBenchmark("BM_Connection", BM_Connection), socketSeconds)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    minTime(RegisterBenchmark("BM_Client", BM_Client), socketSeconds)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    minTime(RegisterBenchmark("BM_ReadFloor", BM_ReadFloor), socketSeconds)
        ->Arg(0)
        ->Arg(64 * 1024)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
    const char *const plain = "21_events_plain.recv.txt";
    const char *const json = "22_events_json.recv.txt";
    RegisterBenchmark("BM_Parse/plain_whole", BM_Parse, plain, qsizetype(0))
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_Parse/plain_1460", BM_Parse, plain, Segment)
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_Parse/json_whole", BM_Parse, json, qsizetype(0))
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_Parse/json_1460", BM_Parse, json, Segment)->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_Decode/plain", BM_Decode, plain)->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_Decode/json", BM_Decode, json)->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_FramesAndEvents/plain", BM_FramesAndEvents, plain)
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_ParseAndDecode/plain_1460", BM_ParseAndDecode, plain)
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_ParseAndDecode/json_1460", BM_ParseAndDecode, json)
        ->Unit(benchmark::kMillisecond);
    RegisterBenchmark("BM_MonitorApply", BM_MonitorApply)
        ->Arg(0)
        ->Arg(1)
        ->Arg(2)
        ->Arg(3)
        ->Unit(benchmark::kMicrosecond);
    RegisterBenchmark("BM_Settle", BM_Settle)->Unit(benchmark::kMillisecond);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // GatewayMonitor owns a QTimer
    std::vector<char *> args;
    for (int i = 0; i < argc; ++i) {
        if (std::string_view(argv[i]) == "--brief")
            brief = true;
        else
            args.push_back(argv[i]);
    }
    int count = int(args.size());
    std::string minTime = "--benchmark_min_time=0.001";
    if (brief)
        args.insert(args.begin() + 1, minTime.data());
    count = int(args.size());
    registerBenchmarks();
    benchmark::Initialize(&count, args.data());
    if (benchmark::ReportUnrecognizedArguments(count, args.data()))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return failed ? 1 : 0;
}
