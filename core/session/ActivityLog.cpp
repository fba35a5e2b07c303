#include "session/ActivityLog.h"

#include "model/TextSafety.h"
#include "model/TimeFormat.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

namespace {
// What a server said is kept, not all of it: one entry never holds megabytes.
QString bounded(const QString &text)
{
    return text.size() > ActivityLog::MaxTextLength ? text.left(ActivityLog::MaxTextLength) + u'…'
                                                    : text;
}
// FreeSWITCH's answer in one line: its +OK/-ERR line where it has one ("Reload XML [Success]"
// comes before "+OK scan complete" in a rescan's reply), else the first line.
QString answerLine(const QString &reply)
{
    const QStringList lines = reply.trimmed().split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(u"+OK"_s) || line.startsWith(u"-ERR"_s))
            return line.trimmed();
    return lines.value(0).trimmed();
}
} // namespace

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

void ActivityLog::addRequest(const platform::RequestSummary &request)
{
    Entry e;
    e.at = m_clock->now().toLocalTime();
    e.origin = Origin::Api;
    e.target = bounded(request.subject);
    e.method = request.method;
    e.path = request.path;
    e.status = request.httpStatus;
    e.durationMs = request.durationMs;
    e.failed = request.error != platform::ApiError::None;
    e.note = bounded(request.change);
    if (request.httpStatus == 0) {
        platform::ApiResult result;
        result.error = request.error;
        const QString why = platform::operatorMessage(result);
        e.note = e.note.isEmpty() ? why : e.note + u" — "_s + why;
    }
    append(std::move(e));
}

void ActivityLog::addRequest(const QByteArray &method, const QString &path, int status,
    qint64 durationMs, platform::ApiError error)
{
    addRequest(platform::RequestSummary {method, path, status, durationMs, error, {}, {}});
}

void ActivityLog::addCommand(const QString &node, const QString &target, const QByteArray &method,
    const QString &command, bool ok, const QString &reply, qint64 durationMs, const QString &note)
{
    Entry e;
    e.at = m_clock->now().toLocalTime();
    e.origin = Origin::EventSocket;
    e.target = bounded(target.isEmpty() ? node : tr("%1 on %2").arg(target, node));
    e.method = method;
    e.path = command;
    e.reply = bounded(answerLine(reply));
    e.failed = !ok;
    e.durationMs = durationMs;
    e.note = bounded(note);
    append(std::move(e));
}

void ActivityLog::addNote(const QString &note, const QString &target)
{
    Entry e;
    e.at = m_clock->now().toLocalTime();
    e.origin = Origin::Operator;
    e.target = bounded(target);
    e.note = bounded(note);
    append(std::move(e));
}

QString ActivityLog::originText(Origin origin)
{
    switch (origin) {
    case Origin::Api:
        return tr("Platform API");
    case Origin::EventSocket:
        return tr("Event Socket");
    case Origin::Operator:
        return tr("Operator");
    }
    return {};
}

QString ActivityLog::statusText(const Entry &e) const
{
    if (e.status)
        return QString::number(e.status);
    return e.reply;
}

QByteArray ActivityLog::toCsv() const
{
    // Targets, paths, replies and notes carry text from servers (error messages, gateway names):
    // csvCell keeps a spreadsheet from reading "=…" or "@…" in them as a formula. The source
    // column is a fixed English word, so scripts can filter on it in any language.
    QString out = u"time,source,target,method,path,status,duration_ms,note\n"_s;
    for (const Entry &e : m_entries) {
        const QString source = e.origin == Origin::Api ? u"api"_s
            : e.origin == Origin::EventSocket          ? u"esl"_s
                                                       : u"operator"_s;
        out += csvCell(isoDateTimeWithOffset(e.at)) + u',' + source + u',' + csvCell(e.target)
            + u',' + csvCell(QString::fromLatin1(e.method)) + u',' + csvCell(e.path) + u','
            + csvCell(statusText(e)) + u','
            + (e.origin == Origin::Operator ? QString() : QString::number(e.durationMs)) + u','
            + csvCell(e.note) + u'\n';
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
        return displayDateTime(e.at);
    case Source:
        return originText(e.origin);
    case Target:
        return e.target;
    case Method:
        return QString::fromLatin1(e.method);
    case Path:
        return e.path;
    case Status:
        if (e.status)
            return e.status;
        return e.reply.isEmpty() ? QVariant() : QVariant(e.reply);
    case Duration:
        return e.origin == Origin::Operator ? QVariant() : QVariant(tr("%1 ms").arg(e.durationMs));
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
    case Source:
        return tr("Source");
    case Target:
        return tr("Trunk or node");
    case Method:
        return tr("Method");
    case Path:
        return tr("Request");
    case Status:
        return tr("Answer");
    case Duration:
        return tr("Duration");
    case Note:
        return tr("What changed / note");
    default:
        return {};
    }
}

} // namespace xynap::session
