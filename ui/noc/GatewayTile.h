#pragma once

#include "session/GatewayRecord.h"

#include <QWidget>

namespace xynap::ui {

// One gateway, readable from three metres: name, provider, numbers, state by colour, symbol
// and text, the last SIP answer and since when.
class GatewayTile final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewayTile)

public:
    struct Content {
        QString name;
        QString provider;
        QString numbers;
        QString state;
        QString summary;
        QString lastAnswer;
        QString since;
        QString where; // profile@node, the node by the name FreeSWITCH reports
        QString
            pingTime; // the last OPTIONS ping's round trip as FreeSWITCH measured it ("0.76 ms")
        bool sinceExact = true; // false: the console only knows since when it has seen it so
        // With stale: the last known health, state and summary stay (a red tile stays red),
        // dimmed and hatched with a dashed alarm border, and staleNote says since when.
        session::Health health = session::Health::Unknown;
        bool stale = true;
        QString staleNote; // "No data since 14:02:11"
    };

    explicit GatewayTile(QWidget *parent = nullptr);
    void setContent(const Content &content);
    const Content &content() const { return m_content; }
    // The colour of the tile's face for that content (hatching and border aside).
    static QColor faceColor(const Content &content);
    QSize sizeHint() const override { return {420, 230}; }
    // The texts that do not fit the tile at its size even at the smallest font it uses: empty
    // when every word is shown. Nothing is ever elided; what does not fit is named here.
    QStringList textsThatDoNotFit() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Piece {
        QRectF box;
        QFont font;
        QString text;
        int flags = 0;
    };
    struct Layout {
        QList<Piece> pieces;
        Piece symbol;
        QStringList cut; // texts wider or taller than their room
    };
    // The tile's texts at the largest font for which all of them fit, wrapped at words.
    Layout layOut(const QSizeF &size) const;
    Layout layOutAt(const QRectF &area, qreal unit) const;

    Content m_content;
};

// State changes of every gateway over the last hours, one strip each.
class StateChart final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StateChart)

public:
    struct Strip {
        QString name;
        QList<QPair<QDateTime, session::Health>> changes; // oldest first
        session::Health current = session::Health::Unknown;
        QDateTime knownSince; // when the console first knew the current state
    };
    explicit StateChart(QWidget *parent = nullptr);
    void setStrips(const QList<Strip> &strips, const QDateTime &now, int hours = 6);
    QSize sizeHint() const override
    {
        return {800, 28 + AxisHeight + 28 * int(qMax<qsizetype>(1, m_strips.size()))};
    }
    // Where the time axis begins: the last `hours` at most, from the first thing known.
    QDateTime start() const;
    static constexpr int AxisHeight = 20; // the time labels under the strips
    static constexpr int MinSpanSeconds = 5 * 60;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Strip> m_strips;
    QDateTime m_now;
    int m_hours = 6;
};

} // namespace xynap::ui
