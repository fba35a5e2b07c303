#pragma once

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

class TrunksPage;
class GatewaysPage;
class NocDashboard;

// A shell that hosts the pages; each page owns its widgets and talks to the session.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(session::PlatformSession *session, QWidget *parent = nullptr);

    TrunksPage *trunksPage() const { return m_trunksPage; }
    GatewaysPage *gatewaysPage() const { return m_gatewaysPage; }
    void showNoc();
    // File → Connect to another platform…: the connect dialog, then a new window process for the
    // chosen profile (its session-only secrets, if any, handed over in its environment).
    void connectElsewhere();
    // Geometry, splitters, column widths and the page, in the console's settings; saved when
    // the window closes, restored when it is built.
    void saveSettings() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void restoreSettings();
    void updateConnection(); // title, where, and the banners that must stay visible
    session::PlatformSession *m_session;
    QTabWidget *m_pages;
    TrunksPage *m_trunksPage;
    GatewaysPage *m_gatewaysPage;
    NocDashboard *m_noc = nullptr;
    QLabel *m_insecureBanner;
    QLabel *m_noteBanner;
    QLabel *m_where;
};

} // namespace xynap::ui
