#include "ui/mainwindow/MainWindow.h"

#include "platform/ConnectionRules.h"
#include "platform/SecretStore.h"
#include "session/PlatformSession.h"
#include "ui/activity/ActivityPage.h"
#include "ui/common/ScreenFit.h"
#include "ui/common/WindowState.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/coverage/CoveragePage.h"
#include "ui/gateways/GatewaysPage.h"
#include "ui/help/HelpMenu.h"
#include "ui/noc/NocDashboard.h"
#include "ui/trunks/TrunksPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace xynap::ui {

MainWindow::MainWindow(session::PlatformSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pages(new QTabWidget(this))
    , m_trunksPage(new TrunksPage(session, m_pages))
    , m_gatewaysPage(new GatewaysPage(session, m_pages))
    , m_insecureBanner(new QLabel(this))
    , m_noteBanner(new QLabel(this))
    , m_where(new QLabel(this))
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    if (session->isSandbox()) {
        // Unmistakable: nothing done here touches production.
        auto *banner = new QLabel(tr("SANDBOX — a simulated platform on this computer. Changes "
                                     "here never reach a real FreeSWITCH."),
            central);
        banner->setObjectName(QStringLiteral("sandboxBannerLabel"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setMargin(8);
        banner->setStyleSheet(
            QStringLiteral("QLabel { background: #f5a623; color: #1b1b1b; font-weight: bold; }"));
        layout->addWidget(banner);
    }
    // Plain HTTP allowed by the profile: said for as long as the window is open.
    m_insecureBanner->setObjectName(QStringLiteral("insecureBannerLabel"));
    m_insecureBanner->setAlignment(Qt::AlignCenter);
    m_insecureBanner->setMargin(6);
    m_insecureBanner->setWordWrap(true);
    m_insecureBanner->setStyleSheet(
        QStringLiteral("QLabel { background: #a40000; color: white; font-weight: bold; }"));
    m_insecureBanner->hide();
    layout->addWidget(m_insecureBanner);
    m_noteBanner->setObjectName(QStringLiteral("connectionNoteLabel"));
    m_noteBanner->setMargin(6);
    m_noteBanner->setWordWrap(true);
    m_noteBanner->setStyleSheet(QStringLiteral("QLabel { background: #fce94f; color: #1b1b1b; }"));
    m_noteBanner->hide();
    layout->addWidget(m_noteBanner);
    m_pages->addTab(m_trunksPage, tr("&Trunks"));
    m_pages->addTab(m_gatewaysPage, tr("&Gateways"));
    m_pages->addTab(new ActivityPage(session->activity(), m_pages), tr("&Activity"));
    auto *coverage = new CoveragePage(session, m_pages);
    m_pages->addTab(coverage, tr("&Coverage"));
    connect(m_trunksPage, &TrunksPage::coverageRequested, this,
        [this, coverage](const QString &subject, bool acl) {
            m_pages->setCurrentWidget(coverage);
            coverage->showFinding(subject, acl);
        });
    connect(m_trunksPage, &TrunksPage::applyRequested, this,
        [this](const QString &node, const QString &profile, const QString &gateway) {
            m_pages->setCurrentWidget(m_gatewaysPage);
            m_gatewaysPage->apply(profile, gateway, node);
        });
    connect(m_gatewaysPage, &GatewaysPage::editTrunkRequested, this, [this](const QString &gw) {
        m_pages->setCurrentWidget(m_trunksPage);
        m_trunksPage->openTrunk(gw);
    });
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect to another platform…"), QKeySequence::Open, this,
        &MainWindow::connectElsewhere);
    file->addAction(tr("&Reload trunks"), QKeySequence::Refresh, session,
        &session::PlatformSession::refreshTrunks);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&NOC dashboard"), QKeySequence(Qt::Key_F11), this, &MainWindow::showNoc);
    new HelpMenu(menuBar(), this, m_session->catalog());

    statusBar()->addPermanentWidget(m_where);
    connect(
        session, &session::PlatformSession::connectionChanged, this, &MainWindow::updateConnection);
    updateConnection();
    fitToScreen(this, QSize(1200, 700));
    restoreSettings();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    WindowState::restore(this, settings, u"mainWindow"_s);
    const int page = settings.value(u"mainWindow/page"_s, 0).toInt();
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    WindowState::save(this, settings, u"mainWindow"_s);
    settings.setValue(u"mainWindow/page"_s, m_pages->currentIndex());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::updateConnection()
{
    const QString url = m_session->api()->baseUrl().toString();
    setWindowTitle(m_session->isSandbox() ? tr("xynap console — SANDBOX")
                                          : tr("xynap console — %1").arg(m_session->displayName()));
    m_where->setText(
        m_session->isSandbox() ? tr("Sandbox: %1").arg(url) : tr("Platform API: %1").arg(url));
    m_insecureBanner->setVisible(m_session->api()->sendsInsecurely());
    m_insecureBanner->setText(
        tr("⚠ PLAIN HTTP — the API token and every change travel unencrypted to %1 and can be "
           "read or altered on the way. The profile allows it; use https:// to end this.")
            .arg(m_session->api()->baseUrl().host()));
    m_noteBanner->setText(m_session->connectionNote());
    m_noteBanner->setVisible(!m_session->connectionNote().isEmpty());
}

void MainWindow::connectElsewhere()
{
    QSettings settings;
    platform::SecretStore secrets;
    ConnectDialog dialog(&settings, &secrets, this);
    dialog.selectProfile(m_session->displayName());
    // The other console gets the profile by name: edited fields must be saved to reach it.
    dialog.setOfferUseOnce(false);
    const int answer = dialog.exec();
    if (answer != QDialog::Accepted && answer != ConnectDialog::DemoRequested)
        return;
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    if (answer == ConnectDialog::DemoRequested)
        process.setArguments({QStringLiteral("--demo")});
    else
        process.setArguments({QStringLiteral("--profile"), dialog.profile().name});
    // This console's own secrets are not the other platform's; the session-only ones travel in
    // the environment, never on the command line, where other users could read them.
    const QProcessEnvironment env = platform::ConnectionRules::environmentForOtherConsole(
        QProcessEnvironment::systemEnvironment(), dialog.sessionToken(),
        dialog.sessionEslPassword());
    process.setProcessEnvironment(env);
    if (!process.startDetached())
        statusBar()->showMessage(tr("Could not start a console for %1: %2")
                                     .arg(dialog.profile().name, process.errorString()),
            10'000);
}

void MainWindow::showNoc()
{
    if (!m_noc)
        m_noc = new NocDashboard(m_session, nullptr);
    m_noc->setAttribute(Qt::WA_QuitOnClose, false);
    m_noc->showOnWallScreen();
    m_noc->raise();
}

} // namespace xynap::ui
