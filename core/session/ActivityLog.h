#pragma once

#include "model/Clock.h"
#include "platform/ApiClient.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace xynap::session {

// Everything the console did to the platform, newest last: each Platform API request (with the
// trunk it was about and what changed), each Event Socket action (killgw, rescan, restart,
// reloadxml, reloadacl — with the node, the gateway and FreeSWITCH's answer) and the operator's
// notes. Never a token, a password or a request body. At most MaxEntries; the oldest go first.
class ActivityLog final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column { Time, Source, Target, Method, Path, Status, Duration, Note, ColumnCount };
    enum class Origin { Api, EventSocket, Operator };
    static constexpr int MaxEntries = 10'000;
    static constexpr int MaxTextLength = 2000; // of a reply or a note kept per entry

    struct Entry {
        QDateTime at;
        Origin origin = Origin::Operator;
        QString target; // the trunk or gateway (and node) it was about
        QByteArray method; // GET/PUT/… or api/bgapi
        QString path; // the API path or the Event Socket command
        int status = 0; // HTTP status; 0 none
        QString reply; // FreeSWITCH's answer, its first line
        bool failed = false;
        qint64 durationMs = 0;
        QString note; // what changed, or what went wrong in the operator's words
    };

    explicit ActivityLog(QObject *parent = nullptr);

    // The clock entries are stamped by (nullptr: the system clock); must outlive the log.
    void setClock(Clock *clock) { m_clock = clock ? clock : Clock::system(); }

    void addRequest(const platform::RequestSummary &request);
    void addRequest(const QByteArray &method, const QString &path, int status, qint64 durationMs,
        platform::ApiError error);
    // An Event Socket action on `node`; reply is FreeSWITCH's answer (or why there was none).
    void addCommand(const QString &node, const QString &target, const QByteArray &method,
        const QString &command, bool ok, const QString &reply, qint64 durationMs,
        const QString &note = {});
    void addNote(const QString &note, const QString &target = {});
    const QList<Entry> &entries() const { return m_entries; }
    static QString originText(Origin origin); // "Platform API", "Event Socket", "Operator"
    // CSV with a header line, for the export button; times with their UTC offset.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(Entry entry);
    QString statusText(const Entry &e) const;
    QList<Entry> m_entries;
    Clock *m_clock = Clock::system();
};

} // namespace xynap::session
