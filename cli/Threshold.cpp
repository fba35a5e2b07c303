#include "cli/Threshold.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::cli {

namespace {
std::optional<double> number(const QString &text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}
} // namespace

std::optional<Threshold> Threshold::parse(const QString &text)
{
    Threshold t;
    t.m_text = text;
    QString rest = text.trimmed();
    if (rest.startsWith(u'@')) {
        t.m_inside = true;
        rest.remove(0, 1);
    }
    if (rest.isEmpty())
        return std::nullopt;
    const qsizetype colon = rest.indexOf(u':');
    if (colon < 0) {
        const auto end = number(rest);
        if (!end)
            return std::nullopt;
        t.m_end = *end;
    } else {
        const QString start = rest.left(colon);
        const QString end = rest.mid(colon + 1);
        if (start == u"~"_s) {
            t.m_startInfinite = true;
        } else {
            const auto value = number(start);
            if (!value)
                return std::nullopt;
            t.m_start = *value;
        }
        if (end.isEmpty()) {
            t.m_endInfinite = true;
        } else {
            const auto value = number(end);
            if (!value)
                return std::nullopt;
            t.m_end = *value;
        }
    }
    if (!t.m_startInfinite && !t.m_endInfinite && t.m_start > t.m_end)
        return std::nullopt;
    return t;
}

bool Threshold::alerts(double value) const
{
    const bool inRange = (m_startInfinite || value >= m_start) && (m_endInfinite || value <= m_end);
    return m_inside ? inRange : !inRange;
}

} // namespace xynap::cli
