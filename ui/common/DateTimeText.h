#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

namespace xynap::ui {

// One way the dialogs write a moment: the locale's short format, in local time ("03.12.26
// 11:47" in German, "12/3/26 11:47 AM" in American English) — never a format of their own.
QString dateTimeText(const QDateTime &at);
QString timeText(const QTime &at);

} // namespace xynap::ui
