#include "DateTimeText.h"

#include <QLocale>

namespace xynap::ui {

QString dateTimeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString timeText(const QTime &at)
{
    return QLocale().toString(at, QLocale::ShortFormat);
}

} // namespace xynap::ui
