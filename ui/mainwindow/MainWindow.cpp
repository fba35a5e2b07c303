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
#include "ui_MainWindow.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace xynap::ui {

MainWindow::MainWindow(session::PlatformSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_where(new QLabel(this))
{
    m_ui->setupUi(this);
    // Unmistakable: nothing done here touches production.
    m_ui->sandboxBannerLabel->setVisible(session->isSandbox());
    // Plain HTTP allowed by the profile: said for as long as the window is open.
    m_ui->insecureBannerLabel->hide();
    m_ui->connectionNoteLabel->hide();
    m_trunksPage = new TrunksPage(session, m_ui->pagesTabWidget);
    m_gatewaysPage = new GatewaysPage(session, m_ui->pagesTabWidget);
    m_ui->pagesTabWidget->addTab(m_trunksPage, tr("&Trunks"));
    m_ui->pagesTabWidget->addTab(m_gatewaysPage, tr("&Gateways"));
    m_ui->pagesTabWidget->addTab(
        new ActivityPage(session->activity(), m_ui->pagesTabWidget), tr("&Activity"));
    auto *coverage = new CoveragePage(session, m_ui->pagesTabWidget);
    m_ui->pagesTabWidget->addTab(coverage, tr("&Coverage"));
    connect(m_trunksPage, &TrunksPage::coverageRequested, this,
        [this, coverage](const QString &subject, bool acl) {
            m_ui->pagesTabWidget->setCurrentWidget(coverage);
            coverage->showFinding(subject, acl);
        });
    connect(m_trunksPage, &TrunksPage::applyRequested, this,
        [this](const QString &node, const QString &profile, const QString &gateway) {
            m_ui->pagesTabWidget->setCurrentWidget(m_gatewaysPage);
            m_gatewaysPage->apply(profile, gateway, node);
        });
    connect(m_gatewaysPage, &GatewaysPage::editTrunkRequested, this, [this](const QString &gw) {
        m_ui->pagesTabWidget->setCurrentWidget(m_trunksPage);
        m_trunksPage->openTrunk(gw);
    });

    m_ui->connectElsewhereAction->setShortcut(QKeySequence::Open);
    connect(m_ui->connectElsewhereAction, &QAction::triggered, this, &MainWindow::connectElsewhere);
    m_ui->reloadTrunksAction->setShortcut(QKeySequence::Refresh);
    connect(m_ui->reloadTrunksAction, &QAction::triggered, session,
        &session::PlatformSession::refreshTrunks);
    m_ui->quitAction->setShortcut(QKeySequence::Quit);
    connect(m_ui->quitAction, &QAction::triggered, qApp, &QApplication::quit);
    m_ui->nocDashboardAction->setShortcut(QKeySequence(Qt::Key_F11));
    connect(m_ui->nocDashboardAction, &QAction::triggered, this, &MainWindow::showNoc);
    new HelpMenu(menuBar(), this, m_session->catalog());

    // As QMainWindow makes its own status bar: never wider than the window, one line high.
    statusBar()->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    statusBar()->addPermanentWidget(m_where);
    connect(
        session, &session::PlatformSession::connectionChanged, this, &MainWindow::updateConnection);
    updateConnection();
    fitToScreen(this, QSize(1200, 700));
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::restoreSettings()
{
    QSettings settings;
    WindowState::restore(this, settings, u"mainWindow"_s);
    const int page = settings.value(u"mainWindow/page"_s, 0).toInt();
    if (page >= 0 && page < m_ui->pagesTabWidget->count())
        m_ui->pagesTabWidget->setCurrentIndex(page);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    WindowState::save(this, settings, u"mainWindow"_s);
    settings.setValue(u"mainWindow/page"_s, m_ui->pagesTabWidget->currentIndex());
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
    m_ui->insecureBannerLabel->setVisible(m_session->api()->sendsInsecurely());
    m_ui->insecureBannerLabel->setText(
        tr("⚠ PLAIN HTTP — the API token and every change travel unencrypted to %1 and can be "
           "read or altered on the way. The profile allows it; use https:// to end this.")
            .arg(m_session->api()->baseUrl().host()));
    m_ui->connectionNoteLabel->setText(m_session->connectionNote());
    m_ui->connectionNoteLabel->setVisible(!m_session->connectionNote().isEmpty());
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
