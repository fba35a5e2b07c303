#pragma once

#include <QDateTime>
#include <QString>

namespace xynap {

// The one way the console writes a point in time, in every window and both languages: ISO order
// (2026-12-03 11:47:06, never 03.12.26 beside 3 Dec 2026), local time, seconds included because
// the operator compares it with FreeSWITCH's log. Today's times drop the date where a column
// is narrow.
QString displayDateTime(const QDateTime &at);
// "11:47:06" for today, the full displayDateTime otherwise.
QString displayTimeOfDay(const QDateTime &at);
// For files (CSV, JSON): ISO 8601 with milliseconds and the UTC offset, so that a log read in
// another time zone still says when.
QString isoDateTimeWithOffset(const QDateTime &at);

} // namespace xynap
