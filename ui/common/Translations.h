#pragma once

#include <QLocale>
#include <QtGlobal>
#include <memory>

class QTranslator;

namespace xynap::ui {

// The console's language: Qt's own catalog (qtbase_*, for "Close", "Cancel", the context menus)
// and the console's (compiled into xynap_ui under :/i18n) for `locale`, installed for as long as
// this object lives. English is a translation too (plural forms); it is the fallback for a
// language the console has no catalog for.
class Translations final {
public:
    explicit Translations(const QLocale &locale = QLocale());
    ~Translations();
    Q_DISABLE_COPY_MOVE(Translations)

    bool qtLoaded() const { return m_qtLoaded; }
    QString ownLanguage() const { return m_ownLanguage; }

private:
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_own;
    bool m_qtLoaded = false;
    QString m_ownLanguage;
};

} // namespace xynap::ui
