// How the console copes with a large node: the real main window (ui/mainwindow/MainWindow on a
// session::PlatformSession, Gateways page in front) and the NOC dashboard (ui/noc/NocDashboard,
// 1920×1080), offscreen, against a loopback Event Socket serving N gateways
// (tests/bench/LoopbackEslServer.h). One JSON line per N:
//
//   gateways          N
//   rows_ms           from adding the node to the first paint of the main window with all N
//                     rows in the Gateways page's view
//   noc_ms            from adding the node to the first paint of the NOC whose health line
//                     counts all N gateways (tiles and summary laid out in the same refresh)
//   longest_block_ms  the longest the event loop was blocked (a 1 ms timer's longest gap),
//                     over the whole run and one second after both are shown
//   rss_mb            VmRSS at the end
//
//   QT_QPA_PLATFORM=offscreen bench_gui_scale --gateways 100 --gateways 5000 --gateways 20000
//
// Each N runs in a process of its own (the figures of one size never include the memory or the
// caches of another). Targets at 5,000: rows_ms <= 1000, longest_block_ms <= 200,
// rss_mb <= 400; 20,000 must finish. Not a ctest test.

#include "LoopbackEslServer.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/noc/NocDashboard.h"
#include "session/PlatformSession.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

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

int runOne(int gateways)
{
    xynap_bench::LoopbackEslServer server({true, xynap_bench::gatewaysXml(gateways), {}});
    if (server.port() == 0)
        return 2;
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
    const QString counted = QString::number(gateways) + u" gateway"_s;
    clock.start();
    PaintWatch rowsShown(&window, [&] { return rows->rowCount() == gateways; }, clock);
    PaintWatch nocShown(&noc, [&] { return noc.healthLine().contains(counted); }, clock);

    qint64 longest = 0;
    qint64 last = 0;
    qint64 doneAt = -1;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.elapsed();
        longest = qMax(longest, now - last);
        last = now;
        if (doneAt < 0 && rowsShown.at() >= 0 && nocShown.at() >= 0)
            doneAt = now;
        if ((doneAt >= 0 && now - doneAt > 1000) || now > 600'000)
            QApplication::quit();
    });
    tick.start(1);
    session.gateways()->addNode(u"fs1"_s, u"127.0.0.1"_s, server.port(), u"ClueCon"_s);
    QApplication::exec();

    std::printf("{\"gateways\":%d,\"rows_ms\":%lld,\"noc_ms\":%lld,\"longest_block_ms\":%lld,"
                "\"rss_mb\":%.0f%s}\n",
        gateways, static_cast<long long>(rowsShown.at()), static_cast<long long>(nocShown.at()),
        static_cast<long long>(longest), rssMb(), doneAt < 0 ? ",\"timed_out\":true" : "");
    std::fflush(stdout);
    return doneAt < 0 ? 1 : 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QList<int> sizes;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == u"--gateways"_s)
            sizes.append(args.at(i + 1).toInt());
    }
    if (sizes.isEmpty()) {
        std::fprintf(stderr, "usage: bench_gui_scale --gateways N [--gateways N]...\n");
        return 64;
    }
    if (sizes.size() == 1)
        return runOne(sizes.first());
    int status = 0;
    for (const int n : sizes) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(app.applicationFilePath(), {u"--gateways"_s, QString::number(n)});
        child.waitForFinished(-1);
        status = qMax(status, child.exitCode());
    }
    return status;
}
