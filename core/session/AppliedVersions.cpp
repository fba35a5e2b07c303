#include "session/AppliedVersions.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStringTokenizer>

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

// One line per gateway, "NODE\x1fNAME<TAB>time", in one value: a fleet's list as a map of
// 50,000 variants took 126 MB to write. The map of earlier versions is still read.
QHash<QString, QDateTime> loadSeenGateways(QSettings &settings)
{
    QHash<QString, QDateTime> seen;
    const auto take = [&seen](const QString &key, QStringView at) {
        const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODate);
        if (time.isValid() && key.contains(QChar(0x1f)) && seen.size() < MaxEntries)
            seen.insert(key, time);
    };
    const QString lines = settings.value(u"seen/gatewayList"_s).toString();
    if (!lines.isEmpty()) {
        for (const QStringView line : QStringTokenizer(lines, u'\n', Qt::SkipEmptyParts)) {
            const qsizetype tab = line.indexOf(u'\t');
            if (tab > 0)
                take(line.first(tab).toString(), line.sliced(tab + 1));
        }
        return seen;
    }
    const QVariantMap stored = settings.value(u"seen/gateways"_s).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        take(it.key(), it.value().toString());
    return seen;
}

void saveSeenGateways(QSettings &settings, const QHash<QString, QDateTime> &seen)
{
    QString lines;
    lines.reserve(qMin<qsizetype>(seen.size(), MaxEntries) * 64);
    int entries = 0;
    for (auto it = seen.cbegin(); it != seen.cend() && entries < MaxEntries; ++it) {
        // A name with a line break or a tab (FreeSWITCH reports what it was given) would break
        // the lines: such a gateway is not remembered, which only costs its "gone" after a
        // restart.
        if (it.key().contains(u'\n') || it.key().contains(u'\t'))
            continue;
        lines += it.key();
        lines += u'\t';
        lines += it.value().toUTC().toString(Qt::ISODate);
        lines += u'\n';
        ++entries;
    }
    settings.setValue(u"seen/gatewayList"_s, lines);
    settings.remove(u"seen/gateways"_s);
}

} // namespace xynap::session
