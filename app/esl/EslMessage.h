#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace xynap::esl {

// An ordered list of header lines. Lookups are case-insensitive, as FreeSWITCH's are.
class Headers {
public:
    void append(const QByteArray &name, const QByteArray &value) { m_items.append({name, value}); }
    QByteArray value(QByteArrayView name, const QByteArray &fallback = {}) const;
    bool contains(QByteArrayView name) const;
    void set(const QByteArray &name, const QByteArray &value);
    const QList<QPair<QByteArray, QByteArray>> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }

private:
    QList<QPair<QByteArray, QByteArray>> m_items;
};

// One frame on the Event Socket: its outer headers (Content-Type, Reply-Text, ...) and body.
struct Message {
    Headers headers;
    QByteArray body;

    QByteArray contentType() const { return headers.value("Content-Type"); }
    QByteArray replyText() const { return headers.value("Reply-Text"); }
};

// A FreeSWITCH event, from the body of text/event-plain or text/event-json. Header values are
// decoded (no %XX left).
struct Event {
    Headers headers;
    QByteArray body;

    QByteArray name() const { return headers.value("Event-Name"); }
    QByteArray subclass() const { return headers.value("Event-Subclass"); }
    QByteArray value(QByteArrayView header) const { return headers.value(header); }
};

} // namespace xynap::esl
