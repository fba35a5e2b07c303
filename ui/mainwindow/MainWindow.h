#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

namespace Ui {
class MainWindow;
}

class TrunksPage;
class GatewaysPage;
class NocDashboard;

// A shell that hosts the pages; each page owns its widgets and talks to the session. The form is
// MainWindow.ui; the pages, which need the session, are added in code.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(session::PlatformSession *session, QWidget *parent = nullptr);
    ~MainWindow() override;

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
    std::unique_ptr<Ui::MainWindow> m_ui;
    session::PlatformSession *m_session;
    TrunksPage *m_trunksPage = nullptr;
    GatewaysPage *m_gatewaysPage = nullptr;
    NocDashboard *m_noc = nullptr;
    QLabel *m_where; // the status bar's permanent part: where the console is connected
};

} // namespace xynap::ui
