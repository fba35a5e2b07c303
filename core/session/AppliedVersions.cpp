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
constexpr int MaxEntries = 300'000; // 5,000 gateways on 50 nodes, with room
// A name with a line break or a tab (FreeSWITCH reports what it was given) would break the lines
// of a list: such a gateway is not remembered, which only costs what is known of it after a
// restart.
bool fitsALine(const QString &key)
{
    return !key.contains(u'\n') && !key.contains(u'\t');
}
} // namespace

// One line per gateway, "NODE\x1fNAME<TAB>version", in one value: 250,000 gateways as a map of
// variants were 39 MB in the file and took 1 s to write; the map of earlier versions is still
// read.
QHash<QString, int> loadAppliedVersions(QSettings &settings, const QString &platform)
{
    QHash<QString, int> versions;
    const auto take = [&versions](const QString &key, QStringView value) {
        bool ok = false;
        const int version = value.toInt(&ok);
        if (ok && version > 0 && versions.size() < MaxEntries)
            versions.insert(key, version);
    };
    const QString lines = settings.value(group(platform) + u"-list"_s).toString();
    if (!lines.isEmpty()) {
        for (const QStringView line : QStringTokenizer(lines, u'\n', Qt::SkipEmptyParts)) {
            const qsizetype tab = line.lastIndexOf(u'\t');
            if (tab > 0)
                take(line.first(tab).toString(), line.sliced(tab + 1));
        }
        return versions;
    }
    const QVariantMap stored = settings.value(group(platform)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        take(it.key(), it.value().toString());
    return versions;
}

void saveAppliedVersions(
    QSettings &settings, const QString &platform, const QHash<QString, int> &versions)
{
    QString lines;
    lines.reserve(qMin<qsizetype>(versions.size(), MaxEntries) * 48);
    int entries = 0;
    for (auto it = versions.cbegin(); it != versions.cend() && entries < MaxEntries; ++it) {
        if (!fitsALine(it.key()))
            continue;
        lines += it.key();
        lines += u'\t';
        lines += QString::number(it.value());
        lines += u'\n';
        ++entries;
    }
    settings.setValue(group(platform) + u"-list"_s, lines);
    settings.remove(group(platform));
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
        if (!fitsALine(it.key()))
            continue; // costs only its "gone" after a restart
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
