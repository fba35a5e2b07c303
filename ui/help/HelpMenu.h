#pragma once

#include "model/ProviderSpec.h"

#include <QObject>

class QMenuBar;
class QWidget;

namespace xynap::ui {

// Help: About, the keyboard map and the providers' notes from the documentation
// (resources/providers/*.json), each in a small dialog of its own.
class HelpMenu final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HelpMenu)

public:
    // `catalog`: the session's providers, whose notes the menu shows.
    HelpMenu(QMenuBar *menuBar, QWidget *window, const ProviderCatalog &catalog);

    // What the keyboard map lists: key and what it does, translated.
    static QList<QPair<QString, QString>> keyboardMap();
    void showAbout();
    void showKeyboardMap();
    void showProviderNotes();

private:
    QWidget *m_window;
    ProviderCatalog m_catalog;
};

} // namespace xynap::ui
