#include "MainWindow.h"

#include "activity/ActivityPage.h"
#include "coverage/CoveragePage.h"
#include "gateways/GatewaysPage.h"
#include "noc/NocDashboard.h"
#include "session/PlatformSession.h"
#include "trunks/TrunksPage.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace xynap::ui {

MainWindow::MainWindow(session::PlatformSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_pages(new QTabWidget(this))
    , m_trunksPage(new TrunksPage(session, m_pages))
    , m_gatewaysPage(new GatewaysPage(session, m_pages))
{
    setWindowTitle(session->isSandbox() ? tr("xynap console — SANDBOX")
                                        : tr("xynap console — %1").arg(session->displayName()));
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
    m_pages->addTab(m_trunksPage, tr("&Trunks"));
    m_pages->addTab(m_gatewaysPage, tr("&Gateways"));
    m_pages->addTab(new ActivityPage(session->activity(), m_pages), tr("&Activity"));
    auto *coverage = new CoveragePage(session, m_pages);
    m_pages->addTab(coverage, tr("&Coverage"));
    connect(m_trunksPage, &TrunksPage::coverageRequested, this,
        [this, coverage] { m_pages->setCurrentWidget(coverage); });
    connect(m_trunksPage, &TrunksPage::applyRequested, this,
        [this](const QString &profile, const QString &gateway) {
            m_pages->setCurrentWidget(m_gatewaysPage);
            m_gatewaysPage->apply(profile, gateway);
        });
    m_pages->setDocumentMode(true);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Reload trunks"), QKeySequence::Refresh, session,
        &session::PlatformSession::refreshTrunks);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::quit);
    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(tr("&NOC dashboard"), QKeySequence(Qt::Key_F11), this, &MainWindow::showNoc);

    auto *where = new QLabel(session->isSandbox()
            ? tr("Sandbox: %1").arg(session->api()->baseUrl().toString())
            : tr("Platform API: %1").arg(session->api()->baseUrl().toString()),
        this);
    statusBar()->addPermanentWidget(where);
    resize(1200, 700);
}

void MainWindow::showNoc()
{
    if (!m_noc)
        m_noc = new NocDashboard(m_session, nullptr);
    m_noc->setAttribute(Qt::WA_QuitOnClose, false);
    m_noc->showFullScreen();
    m_noc->raise();
}

} // namespace xynap::ui
