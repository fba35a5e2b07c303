#include "ActivityLog.h"

#include "model/TextSafety.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace xynap::session {

ActivityLog::ActivityLog(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ActivityLog::append(Entry entry)
{
    if (m_entries.size() >= MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
    m_entries.append(std::move(entry));
    endInsertRows();
}

void ActivityLog::addRequest(const QByteArray &method, const QString &path, int status,
    qint64 durationMs, platform::ApiError error)
{
    Entry e;
    e.at = QDateTime::currentDateTime();
    e.method = method;
    e.path = path;
    e.status = status;
    e.durationMs = durationMs;
    if (status == 0) {
        platform::ApiResult result;
        result.error = error;
        e.note = platform::operatorMessage(result);
    }
    append(std::move(e));
}

void ActivityLog::addNote(const QString &note)
{
    Entry e;
    e.at = QDateTime::currentDateTime();
    e.note = note;
    append(std::move(e));
}

QByteArray ActivityLog::toCsv() const
{
    // Paths and notes carry text from the server (error messages, gateway names): csvCell keeps
    // a spreadsheet from reading "=…" or "@…" in them as a formula.
    QString out = u"time,method,path,status,duration_ms,note\n"_s;
    for (const Entry &e : m_entries) {
        out += csvCell(e.at.toString(Qt::ISODateWithMs)) + u','
            + csvCell(QString::fromLatin1(e.method)) + u',' + csvCell(e.path) + u','
            + (e.status ? QString::number(e.status) : QString()) + u','
            + QString::number(e.durationMs) + u',' + csvCell(e.note) + u'\n';
    }
    return out.toUtf8();
}

int ActivityLog::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityLog::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityLog::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (index.column()) {
    case Time:
        return QLocale().toString(e.at, u"yyyy-MM-dd HH:mm:ss"_s);
    case Method:
        return QString::fromLatin1(e.method);
    case Path:
        return e.path;
    case Status:
        return e.status ? QVariant(e.status) : QVariant();
    case Duration:
        return e.method.isEmpty() ? QVariant() : QVariant(tr("%1 ms").arg(e.durationMs));
    case Note:
        return e.note;
    default:
        return {};
    }
}

QVariant ActivityLog::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace xynap::session
