#include "model/TimeFormat.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace xynap {

namespace {

// `at` in the local time zone. QDateTime::toLocalTime() asks the C library (tzset(), a stat of
// /etc/localtime) on every call, and a view of 20,000 gateways asks thousands of times per
// refresh: the zone's offset is remembered per quarter of an hour (no zone changes its offset
// anywhere else than on a quarter hour), for this thread.
QDateTime localTime(const QDateTime &at)
{
    constexpr qint64 QuarterMs = qint64(15) * 60 * 1000;
    thread_local QHash<qint64, int> offsets;
    const qint64 quarter = at.toMSecsSinceEpoch() / QuarterMs;
    auto it = offsets.constFind(quarter);
    if (it == offsets.cend()) {
        if (offsets.size() > 4096)
            offsets.clear();
        it = offsets.insert(quarter, at.toLocalTime().offsetFromUtc());
    }
    return at.toOffsetFromUtc(it.value());
}

} // namespace

QString displayDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return localTime(at).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString displayTimeOfDay(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = localTime(at);
    if (local.date() != localTime(QDateTime::currentDateTimeUtc()).date())
        return local.toString(u"yyyy-MM-dd HH:mm:ss"_s);
    return local.toString(u"HH:mm:ss"_s);
}

QString isoDateTimeWithOffset(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    // Qt::ISODateWithMs writes no offset for local time; the offset is what makes it a time.
    return at.toOffsetFromUtc(at.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

} // namespace xynap
