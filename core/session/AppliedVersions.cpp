#include "session/AppliedVersions.h"

#include "model/FileRead.h"
#include "session/GatewayMonitor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <optional>

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {

// The platform's URL, hashed so that it needs no escaping in a key or a file name.
QString platformId(const QString &platform)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(platform.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
}

constexpr int MaxEntries = 300'000; // 5,000 gateways on 50 nodes, with room
// A line is a key of a node and a gateway name and a version or a time: a file larger than this
// is not the console's.
constexpr qint64 MaxFileBytes = qint64(64) * 1024 * 1024;

// What the console remembers of a fleet lives in files of its own beside the settings file, one
// line per gateway, "NODE\x1fNAME<TAB>value": QSettings keeps every value it read for as long as
// the process runs (a fleet's lists were tens of MB of every process) and writes the whole
// settings file for any change.
QString fileBeside(const QSettings &settings, const QString &suffix)
{
    const QFileInfo ini(settings.fileName());
    return ini.absoluteDir().filePath(ini.completeBaseName() + suffix);
}

// A name with a line break or a tab (FreeSWITCH reports what it was given) would break the
// lines: such a gateway is not remembered, which only costs what is known of it after a restart.
bool fitsALine(const QString &key)
{
    return !key.contains(u'\n') && !key.contains(u'\t');
}

// The file's bytes; nullopt when there is no such file (then the settings of an earlier version
// are read). A file that cannot be read, or is too large, remembers nothing.
std::optional<QByteArray> readRemembered(const QString &path)
{
    if (!QFileInfo::exists(path))
        return std::nullopt;
    FileReadResult file = readInputFile(path, MaxFileBytes);
    return file.ok() ? std::move(file.data) : QByteArray();
}

// Calls take(key, value) for each line with a key before its tab, both as the line's bytes.
template<typename Take>
void forEachLine(QByteArrayView text, Take take)
{
    while (!text.isEmpty()) {
        qsizetype end = text.indexOf('\n');
        if (end < 0)
            end = text.size();
        const QByteArrayView line = text.first(end);
        text = text.sliced(qMin(end + 1, text.size()));
        const qsizetype tab = line.indexOf('\t');
        if (tab > 0)
            take(line.first(tab), line.sliced(tab + 1));
    }
}

// A remembered file written a piece at a time, whole or not at all whoever reads it meanwhile:
// never the whole file in memory (16 MB at 250,000 gateways, beside everything a serve holds).
class RememberedFile {
public:
    explicit RememberedFile(const QString &path)
        : m_file(path)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        m_open = m_file.open(QIODevice::WriteOnly);
        m_piece.reserve(PieceBytes + 1024);
    }
    // Appends to the piece; a line ended, the piece goes to the file once it is full.
    QByteArray &piece() { return m_piece; }
    void lineEnded()
    {
        if (m_piece.size() >= PieceBytes)
            flush();
    }
    // A write that failed makes the commit fail: the old file stays.
    void commit()
    {
        flush();
        if (m_open)
            (void)m_file.commit();
    }

private:
    static constexpr qsizetype PieceBytes = qsizetype(64) * 1024;
    void flush()
    {
        if (m_open && !m_piece.isEmpty())
            m_file.write(m_piece);
        m_piece.truncate(0); // keeps its room
    }

    QSaveFile m_file;
    QByteArray m_piece;
    bool m_open = false;
};

} // namespace

QHash<QString, int> loadAppliedVersions(QSettings &settings, const QString &platform)
{
    QHash<QString, int> versions;
    const auto take = [&versions](QByteArrayView key, QByteArrayView value) {
        bool ok = false;
        const int version = value.toInt(&ok);
        if (ok && version > 0 && key.contains('\x1f') && versions.size() < MaxEntries)
            versions.insert(QString::fromUtf8(key), version);
    };
    if (const auto text
        = readRemembered(fileBeside(settings, u".applied-"_s + platformId(platform)))) {
        forEachLine(*text, take);
        return versions;
    }
    // Earlier versions kept a map in the settings.
    const QVariantMap stored = settings.value(u"applied/"_s + platformId(platform)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        take(it.key().toUtf8(), it.value().toString().toUtf8());
    return versions;
}

void saveAppliedVersions(
    QSettings &settings, const QString &platform, const QHash<QString, int> &versions)
{
    RememberedFile file(fileBeside(settings, u".applied-"_s + platformId(platform)));
    QByteArray &lines = file.piece();
    int entries = 0;
    for (auto it = versions.cbegin(); it != versions.cend() && entries < MaxEntries; ++it) {
        if (!fitsALine(it.key()))
            continue;
        lines += it.key().toUtf8();
        lines += '\t';
        lines += QByteArray::number(it.value());
        lines += '\n';
        file.lineEnded();
        ++entries;
    }
    file.commit();
    if (const QString old = u"applied/"_s + platformId(platform); settings.contains(old))
        settings.remove(old);
}

SeenGateways loadSeenGateways(QSettings &settings)
{
    SeenGateways seen;
    qsizetype entries = 0;
    // Node and name apart as they are read: a key string per gateway, made and split, was
    // 250,000 strings more at once (a restarted serve's peak).
    const auto take = [&seen, &entries](QByteArrayView key, QByteArrayView at) {
        const qsizetype cut = key.indexOf('\x1f');
        if (cut <= 0 || entries >= MaxEntries)
            return;
        const QDateTime time = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate);
        if (!time.isValid())
            return;
        QHash<QString, QDateTime> &names = seen[QString::fromUtf8(key.first(cut))];
        const qsizetype before = names.size();
        names.insert(QString::fromUtf8(key.sliced(cut + 1)), time);
        entries += names.size() - before;
    };
    if (const auto text = readRemembered(fileBeside(settings, u".seen-gateways"_s))) {
        forEachLine(*text, take);
        return seen;
    }
    // Earlier versions kept them in the settings: a value of lines, before that a map.
    const QString lines = settings.value(u"seen/gatewayList"_s).toString();
    if (!lines.isEmpty()) {
        forEachLine(lines.toUtf8(), take);
        return seen;
    }
    const QVariantMap stored = settings.value(u"seen/gateways"_s).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        take(it.key().toUtf8(), it.value().toString().toLatin1());
    return seen;
}

void saveSeenGateways(QSettings &settings, const SeenGateways &seen)
{
    RememberedFile file(fileBeside(settings, u".seen-gateways"_s));
    QByteArray &lines = file.piece();
    int entries = 0;
    for (auto node = seen.cbegin(); node != seen.cend() && entries < MaxEntries; ++node) {
        if (!fitsALine(node.key()))
            continue; // costs only its "gone" after a restart
        const QByteArray nodeKey = node.key().toUtf8() + '\x1f';
        for (auto it = node->cbegin(); it != node->cend() && entries < MaxEntries; ++it) {
            if (!fitsALine(it.key()))
                continue;
            lines += nodeKey;
            lines += it.key().toUtf8();
            lines += '\t';
            lines += it.value().toUTC().toString(Qt::ISODate).toLatin1();
            lines += '\n';
            file.lineEnded();
            ++entries;
        }
    }
    file.commit();
    for (const QString &old : {u"seen/gatewayList"_s, u"seen/gateways"_s}) {
        if (settings.contains(old))
            settings.remove(old);
    }
}

DeferredSave::Write appliedVersionsWrite(const GatewayMonitor &monitor, const QString &platform)
{
    return [platform, versions = monitor.appliedVersions()] {
        QSettings settings;
        saveAppliedVersions(settings, platform, versions);
    };
}

DeferredSave::Write seenGatewaysWrite(const GatewayMonitor &monitor)
{
    return [seen = monitor.seenByNode()] {
        QSettings settings;
        saveSeenGateways(settings, seen);
    };
}

} // namespace xynap::session
