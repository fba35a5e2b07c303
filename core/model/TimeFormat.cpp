#include "model/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace xynap {

QString displayDateTime(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString displayTimeOfDay(const QDateTime &at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    if (local.date() != QDate::currentDate())
        return displayDateTime(local);
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
