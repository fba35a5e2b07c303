// The README's pictures, made the way an operator sees the console: every window on the
// in-process sandbox (the realm-typo scenario, so there is something to find), in one language,
// at whatever QT_SCALE_FACTOR the caller sets. Each window is also measured against the screen:
// a window larger than the screen's available area is printed as "DOES NOT FIT" and the tool
// exits 1, so the 2× run is a check as well as a picture.
//
//   usage: docshots OUTDIR en|de        (tests/tools/docshots.sh runs it under Xvfb, 1× and 2×)

#include "platform/SecretStore.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "ui/common/Translations.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/editor/TrunkEditor.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/noc/NocDashboard.h"
#include "ui/trunks/TrunksPage.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

bool g_allFit = true;

void settle(int ms)
{
    QTest::qWait(ms);
}

// Saves the window as OUTDIR/NAME-LANG.png (…@2x for a scale factor of 2) and says whether it
// fits the screen it is on.
void shoot(QWidget *w, const QString &out, const QString &name, const QString &lang)
{
    w->show();
    w->activateWindow();
    settle(400);
    const QRect available = w->screen()->availableGeometry();
    const QSize frame = w->frameGeometry().size();
    const bool fits = frame.width() <= available.width() && frame.height() <= available.height();
    g_allFit = g_allFit && fits;
    const qreal dpr = w->devicePixelRatioF();
    const QString suffix = dpr > 1.5 ? u"@2x"_s : QString();
    const QString file = u"%1/%2-%3%4.png"_s.arg(out, name, lang, suffix);
    w->grab().save(file, "PNG");
    std::printf("%-28s %4dx%-4d on %4dx%-4d (x%.1f) %s\n", qPrintable(file), frame.width(),
        frame.height(), available.width(), available.height(), dpr, fits ? "fits" : "DOES NOT FIT");
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"xynap-docshots"_s);
    if (argc != 3) {
        std::fprintf(stderr, "usage: docshots OUTDIR en|de\n");
        return 64;
    }
    const QString out = QString::fromLocal8Bit(argv[1]);
    const QString lang = QString::fromLocal8Bit(argv[2]);
    QDir().mkpath(out);
    // Settings of its own, empty: the windows open as on a first run.
    QTemporaryDir home;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, home.path());
    QLocale::setDefault(QLocale(lang == u"de"_s ? u"de_DE"_s : u"en_GB"_s));
    const ui::Translations translations {QLocale()};

    const auto load = sandbox::scenarioFromFile(u"realm-typo"_s);
    if (!load.ok()) {
        std::fprintf(stderr, "docshots: %s\n", qPrintable(load.error));
        return 65;
    }
    sandbox::SandboxOptions options;
    options.apiPort = 0;
    options.eslPort = 0;
    options.timeMode = sandbox::SimScheduler::Mode::Manual;
    sandbox::Sandbox sb(load.scenario, options);
    if (!sb.start())
        return 69;
    session::PlatformSession session;
    session.setSandbox(true);
    session.setDisplayName(QCoreApplication::translate("main", "Sandbox"));
    session.api()->setBaseUrl(sb.apiUrl());
    session.api()->setToken(sb.options().operatorToken);
    // By its address, as a connection profile names a node: the views show FreeSWITCH's host name.
    session.gateways()->addNode(u"%1:%2"_s.arg(sb.eslHost()).arg(sb.eslPort()), sb.eslHost(),
        sb.eslPort(), sb.options().eslPassword);
    session.checkIdentity();
    session.refreshTrunks();
    // Two minutes of simulated time: registrations, the 1&1 failure and its retries.
    for (int i = 0; i < 480; ++i) {
        sb.scheduler()->advance(250);
        QCoreApplication::processEvents();
    }
    settle(500);
    // A gateway FreeSWITCH added again is asked for its state a second later (real time): the
    // pictures show the settled platform, not that second.
    const session::GatewayMonitor *monitor = session.gateways();
    const auto everyStateKnown = [monitor] {
        for (int row = 0; row < monitor->rowCount(); ++row)
            if (monitor->recordAt(row)->state.isEmpty())
                return false;
        return monitor->rowCount() > 0;
    };
    if (!QTest::qWaitFor(everyStateKnown, 10'000))
        std::fprintf(stderr, "docshots: a gateway's state is still unknown\n");
    settle(500);

    ui::MainWindow window(&session);
    auto *pages = window.findChild<QTabWidget *>();
    window.show();
    settle(300);
    pages->setCurrentIndex(0);
    shoot(&window, out, u"trunks"_s, lang);

    pages->setCurrentIndex(1);
    auto *gateways = window.findChild<ui::GatewaysPage *>();
    QAbstractItemModel *gm = gateways->view()->model();
    for (int row = 0; row < gm->rowCount(); ++row)
        if (gm->index(row, 1).data().toString() == u"1und1"_s)
            gateways->view()->setCurrentIndex(gm->index(row, 1));
    gateways->applySelected();
    for (int i = 0; i < 120; ++i) {
        sb.scheduler()->advance(250);
        QCoreApplication::processEvents();
    }
    shoot(&window, out, u"gateways"_s, lang);
    pages->setCurrentIndex(2);
    shoot(&window, out, u"activity"_s, lang);
    pages->setCurrentIndex(3);
    shoot(&window, out, u"coverage"_s, lang);

    pages->setCurrentIndex(0);
    if (ui::TrunkEditor *editor = window.trunksPage()->openTrunk(u"1und1"_s)) {
        shoot(editor, out, u"editor"_s, lang);
        editor->close();
    }

    ui::NocDashboard noc(&session);
    noc.resize(noc.screen()->availableGeometry().size().boundedTo(QSize(1600, 900)));
    shoot(&noc, out, u"noc"_s, lang);
    // FreeSWITCH stops: the alarm names the node, the tiles keep what they last were, stale.
    sb.shutdown();
    for (int i = 0; i < 40; ++i) {
        sb.scheduler()->advance(250);
        QCoreApplication::processEvents();
    }
    settle(1500);
    shoot(&noc, out, u"noc-nocontact"_s, lang);
    noc.close();

    QSettings settings;
    platform::SecretStore secrets;
    ui::ConnectDialog connect(&settings, &secrets);
    shoot(&connect, out, u"connect"_s, lang);

    return g_allFit ? 0 : 1;
}
