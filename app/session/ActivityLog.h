#pragma once

#include "platform/ApiClient.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace xynap::session {

// Every Platform API request (method, path, status, duration) and every operator note (an
// override reason). Never a token, a password or a body.
class ActivityLog final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityLog)

public:
    enum Column { Time, Method, Path, Status, Duration, Note, ColumnCount };
    static constexpr int MaxEntries = 10'000;

    struct Entry {
        QDateTime at;
        QByteArray method;
        QString path;
        int status = 0;
        qint64 durationMs = 0;
        QString note;
    };

    explicit ActivityLog(QObject *parent = nullptr);

    void addRequest(const QByteArray &method, const QString &path, int status, qint64 durationMs,
        platform::ApiError error);
    void addNote(const QString &note);
    const QList<Entry> &entries() const { return m_entries; }
    // CSV with a header line, for the export button.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void append(Entry entry);
    QList<Entry> m_entries;
};

} // namespace xynap::session
