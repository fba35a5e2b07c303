#include "session/AppliedVersions.h"

#include <QCryptographicHash>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
// One settings group per platform; the URL is hashed so that it needs no escaping.
QString group(const QString &platform)
{
    return u"applied/"_s
        + QString::fromLatin1(
            QCryptographicHash::hash(platform.toUtf8(), QCryptographicHash::Sha256)
                .toHex()
                .left(16));
}
constexpr int MaxEntries = 200'000; // 5,000 gateways on 40 nodes, with room
} // namespace

QHash<QString, int> loadAppliedVersions(QSettings &settings, const QString &platform)
{
    QHash<QString, int> versions;
    const QVariantMap stored = settings.value(group(platform)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend() && versions.size() < MaxEntries; ++it) {
        bool ok = false;
        const int version = it.value().toInt(&ok);
        if (ok && version > 0)
            versions.insert(it.key(), version);
    }
    return versions;
}

void saveAppliedVersions(
    QSettings &settings, const QString &platform, const QHash<QString, int> &versions)
{
    QVariantMap map;
    for (auto it = versions.cbegin(); it != versions.cend() && map.size() < MaxEntries; ++it)
        map.insert(it.key(), it.value());
    settings.setValue(group(platform), map);
}

QHash<QString, QDateTime> loadSeenGateways(QSettings &settings)
{
    QHash<QString, QDateTime> seen;
    const QVariantMap stored = settings.value(u"seen/gateways"_s).toMap();
    for (auto it = stored.cbegin(); it != stored.cend() && seen.size() < MaxEntries; ++it) {
        const QDateTime at = QDateTime::fromString(it.value().toString(), Qt::ISODate);
        if (at.isValid() && it.key().contains(QChar(0x1f)))
            seen.insert(it.key(), at);
    }
    return seen;
}

void saveSeenGateways(QSettings &settings, const QHash<QString, QDateTime> &seen)
{
    QVariantMap map;
    for (auto it = seen.cbegin(); it != seen.cend() && map.size() < MaxEntries; ++it)
        map.insert(it.key(), it.value().toUTC().toString(Qt::ISODate));
    settings.setValue(u"seen/gateways"_s, map);
}

} // namespace xynap::session
