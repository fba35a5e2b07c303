#include "ui/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace xynap::ui {

Translations::Translations(const QLocale &locale)
    : m_qt(std::make_unique<QTranslator>())
    , m_own(std::make_unique<QTranslator>())
{
    // Debian ships Qt's catalogs in qt6-translations-l10n (a Recommends of the package).
    m_qtLoaded = m_qt->load(
        locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qt.get());
    if (m_own->load(locale, u"xynap"_s, u"_"_s, u":/i18n"_s)
        || m_own->load(u"xynap_en"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(m_own.get());
        m_ownLanguage = m_own->language();
    }
}

Translations::~Translations()
{
    QCoreApplication::removeTranslator(m_own.get());
    QCoreApplication::removeTranslator(m_qt.get());
}

} // namespace xynap::ui
