#include "EslMessage.h"

namespace xynap::esl {

namespace {
bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && a.compare(b, Qt::CaseInsensitive) == 0;
}
} // namespace

QByteArray Headers::value(QByteArrayView name, const QByteArray &fallback) const
{
    for (const auto &item : m_items) {
        if (sameName(item.first, name))
            return item.second;
    }
    return fallback;
}

bool Headers::contains(QByteArrayView name) const
{
    for (const auto &item : m_items) {
        if (sameName(item.first, name))
            return true;
    }
    return false;
}

void Headers::set(const QByteArray &name, const QByteArray &value)
{
    for (auto &item : m_items) {
        if (sameName(item.first, name)) {
            item.second = value;
            return;
        }
    }
    append(name, value);
}

} // namespace xynap::esl
