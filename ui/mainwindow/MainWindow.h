#pragma once

#include <QMainWindow>

class QTabWidget;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

class TrunksPage;

// A shell that hosts the pages; each page owns its widgets and talks to the session.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(session::PlatformSession *session, QWidget *parent = nullptr);

    TrunksPage *trunksPage() const { return m_trunksPage; }

private:
    session::PlatformSession *m_session;
    QTabWidget *m_pages;
    TrunksPage *m_trunksPage;
};

} // namespace xynap::ui
