// How the console copes with a fleet: the real main window (ui/mainwindow/MainWindow on a
// session::PlatformSession, Gateways page in front) and the NOC dashboard (ui/noc/NocDashboard,
// 1920×1080), offscreen, against real loopback sockets: K Event Socket connections to a loopback
// server (tests/bench/LoopbackEslServer.h) each serving N/K gateways and then a live stream of
// gateway_state events, and a loopback Platform API serving T trunks
// (tests/bench/LoopbackApiServer.h). One JSON line per N:
//
//   gateways, nodes, trunks   as given; rows is what the Gateways page lists (every node runs
//                     every trunk: nodes × max(N/K, T))
//   rows_ms           from adding the nodes to the first paint of the main window with all rows
//                     in the Gateways page's view (and, with trunks, the trunk list loaded)
//   noc_ms            from adding the nodes to the first paint of the NOC whose health line
//                     counts all rows (tiles and summary laid out in the same refresh)
//   longest_block_ms  the longest the event loop was blocked (a 1 ms timer's longest gap), over
//                     the whole run: loading, then the event window
//   longest_block_events_ms  the same over the event window only
//   busy_percent      the main thread's CPU time over the wall time of the event window
//                     (--seconds, 10 by default) while E events per second flow
//   rss_mb            VmRSS at the end
//
//   QT_QPA_PLATFORM=offscreen bench_gui_scale --gateways 20000 --nodes 50 --trunks 400
//       --events-per-second 1000 [--seconds 10] [--gateways N …]   (one command line)
//
// Each N runs in a process of its own (the figures of one size never include the memory or the
// caches of another). Exit code 1 when the views never showed everything (a broken fixture), so
// the `bench` ctest test that runs it briefly fails; the figures themselves are never judged.

#include "LoopbackApiServer.h"
#include "LoopbackEslServer.h"
#include "platform/ProcessMemory.h"
#include "session/PlatformSession.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/noc/NocDashboard.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <ctime>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

double rssMb()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Records when a window is first painted once `ready` holds.
class PaintWatch final : public QObject {
public:
    PaintWatch(QWidget *window, std::function<bool()> ready, const QElapsedTimer &clock)
        : m_window(window)
        , m_ready(std::move(ready))
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }
    qint64 at() const { return m_at; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_at < 0 && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window && m_ready())
            m_at = m_clock.elapsed();
        return false;
    }

private:
    QWidget *m_window;
    std::function<bool()> m_ready;
    const QElapsedTimer &m_clock;
    qint64 m_at = -1;
};

// The calling thread's CPU time in milliseconds.
double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

struct Setup {
    int gateways = 0;
    int nodes = 1;
    int trunks = 0;
    double eventsPerSecond = 0;
    double seconds = 10;
};

int runOne(const Setup &setup)
{
    const int perNode = qMax(1, setup.gateways / setup.nodes);
    xynap_bench::LoopbackEslServer::Options esl;
    esl.gatewaysXml = xynap_bench::gatewaysXml(perNode);
    esl.eventsPerSecond = setup.eventsPerSecond / setup.nodes;
    esl.streamGateways = perNode;
    xynap_bench::LoopbackEslServer server(std::move(esl));
    std::unique_ptr<xynap_bench::LoopbackApiServer> api;
    if (setup.trunks > 0)
        api = std::make_unique<xynap_bench::LoopbackApiServer>(
            xynap_bench::benchTrunks(setup.trunks));
    if (server.port() == 0 || (api && api->port() == 0))
        return 2;
    const int expectedRows = setup.nodes * qMax(perNode, setup.trunks);
    QElapsedTimer clock;
    session::PlatformSession session;
    ui::MainWindow window(&session);
    if (auto *tabs = window.findChild<QTabWidget *>())
        tabs->setCurrentWidget(window.gatewaysPage());
    window.show();
    ui::NocDashboard noc(&session);
    noc.resize(1920, 1080);
    noc.show();
    QApplication::processEvents();

    const QAbstractItemModel *rows = window.gatewaysPage()->view()->model();
    const QAbstractItemModel *trunkRows = session.trunks();
    const QString counted = QString::number(expectedRows) + u" gateway"_s;
    clock.start();
    PaintWatch rowsShown(
        &window,
        [&] {
            return rows->rowCount() == expectedRows
                && (setup.trunks == 0 || trunkRows->rowCount() == setup.trunks);
        },
        clock);
    PaintWatch nocShown(
        &noc, [&] { return noc.healthLine().contains(counted); }, clock);

    qint64 longest = 0;
    qint64 longestInWindow = 0;
    qint64 last = 0;
    qint64 doneAt = -1;
    double cpuAtDone = 0;
    double cpuAtEnd = 0;
    qint64 endAt = -1;
    const auto windowMs = qint64(setup.seconds * 1000);
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        if (doneAt >= 0)
            longestInWindow = qMax(longestInWindow, now - last);
        last = now;
        if (doneAt < 0 && rowsShown.at() >= 0 && nocShown.at() >= 0) {
            doneAt = now;
            cpuAtDone = threadCpuMs();
        }
        if ((doneAt >= 0 && now - doneAt > windowMs) || now > 600'000) {
            endAt = now;
            cpuAtEnd = threadCpuMs();
            QApplication::quit();
        }
    });
    tick.start(1);
    if (api) {
        session.api()->setBaseUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(api->port())));
        session.api()->setToken(u"bench"_s);
        session.refreshTrunks();
    }
    for (int n = 1; n <= setup.nodes; ++n)
        session.gateways()->addNode(u"fs%1"_s.arg(n), u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
    QApplication::exec();

    const double busy = doneAt >= 0 && endAt > doneAt
        ? 100.0 * (cpuAtEnd - cpuAtDone) / double(endAt - doneAt)
        : -1;
    std::printf("{\"gateways\":%d,\"nodes\":%d,\"trunks\":%d,\"events_per_second\":%.0f,"
                "\"rows\":%d,\"rows_ms\":%lld,\"noc_ms\":%lld,\"longest_block_ms\":%lld,"
                "\"longest_block_events_ms\":%lld,\"busy_percent\":%.1f,\"rss_mb\":%.0f%s}\n",
        setup.gateways, setup.nodes, setup.trunks, setup.eventsPerSecond, expectedRows,
        static_cast<long long>(rowsShown.at()), static_cast<long long>(nocShown.at()),
        static_cast<long long>(longest), static_cast<long long>(longestInWindow), busy, rssMb(),
        doneAt < 0 ? ",\"timed_out\":true" : "");
    std::fflush(stdout);
    return doneAt < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // the console's settings are not the operator's
    xynap::platform::returnBigBlocksToTheSystem(); // as the programs measured do
    QApplication app(argc, argv);
    QList<int> sizes;
    Setup setup;
    QStringList shared; // passed on to each size's own process
    const QStringList args = app.arguments();
    bool ok = true;
    for (qsizetype i = 1; i < args.size(); i += 2) {
        const QString &a = args.at(i);
        const QString value = args.value(i + 1);
        bool numeric = false;
        const double v = value.toDouble(&numeric);
        if (a == u"--gateways"_s && numeric && v >= 1)
            sizes.append(int(v));
        else if (a == u"--nodes"_s && numeric && v >= 1 && v <= 1000)
            setup.nodes = int(v);
        else if (a == u"--trunks"_s && numeric && v >= 0)
            setup.trunks = int(v);
        else if (a == u"--events-per-second"_s && numeric && v >= 0)
            setup.eventsPerSecond = v;
        else if (a == u"--seconds"_s && numeric && v >= 0)
            setup.seconds = v;
        else {
            ok = false;
            break;
        }
        if (a != u"--gateways"_s)
            shared << a << value;
    }
    if (!ok || sizes.isEmpty()) {
        std::fprintf(stderr,
            "usage: bench_gui_scale --gateways N [--gateways N]... [--nodes K] [--trunks T]\n"
            "                       [--events-per-second E] [--seconds S]\n");
        return 64;
    }
    if (sizes.size() == 1) {
        setup.gateways = sizes.first();
        return runOne(setup);
    }
    int status = 0;
    for (const int n : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(
            app.applicationFilePath(), QStringList {u"--gateways"_s, QString::number(n)} + shared);
        child.waitForFinished(-1);
        status = qMax(status, child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 3);
    }
    return status;
}
