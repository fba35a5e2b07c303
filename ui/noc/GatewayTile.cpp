#include "ui/noc/GatewayTile.h"

#include "ui/common/HealthStyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <optional>

using namespace Qt::StringLiterals;

namespace xynap::ui {

GatewayTile::GatewayTile(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 120);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void GatewayTile::setContent(const Content &content)
{
    m_content = content;
    setAccessibleName(u"%1: %2"_s.arg(content.name, content.summary));
    update();
}

QColor GatewayTile::faceColor(const Content &content)
{
    const QColor face = healthStyle(content.health, true).background;
    return content.stale ? face.darker(160) : face;
}

GatewayTile::Layout GatewayTile::layOutAt(const QRectF &area, qreal unit) const
{
    Layout l;
    const HealthStyle style = healthStyle(m_content.health, true);
    const qreal pad = unit * 0.9;
    const QRectF text = area.adjusted(pad, pad * 0.6, -pad, -pad * 0.6);
    const qreal width = text.width();
    const int wrap = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    qreal y = 0; // from text.top(); moved to the vertical centre at the end
    // Measures a text wrapped at words into the width; a word wider than that is cut.
    const auto add = [&](const QString &s, const QFont &font, qreal left, qreal w, qreal gap) {
        const QRectF need = QFontMetricsF(font, this).boundingRect(QRectF(0, 0, w, 1e6), wrap, s);
        if (need.width() > w + 0.5)
            l.cut.append(s);
        l.pieces.append({QRectF(left, y, w, need.height()), font, s, wrap});
        y += need.height() + gap;
    };

    // The symbol shares the name's row and never reaches into the lines below it.
    l.symbol.font = font();
    l.symbol.font.setPixelSize(qMax(6, int(unit * 2.6)));
    l.symbol.font.setBold(true);
    const QFontMetricsF symbolMetrics(l.symbol.font, this);
    const qreal symbolWidth = symbolMetrics.horizontalAdvance(style.symbol) + unit * 0.4;
    l.symbol.text = style.symbol;
    l.symbol.flags = Qt::AlignRight | Qt::AlignVCenter;

    // The whole name: a long one gets a smaller font before it wraps.
    QFont title = font();
    title.setBold(true);
    title.setPixelSize(qMax(6, int(unit * 1.9)));
    const qreal nameWidth = width - symbolWidth;
    while (title.pixelSize() > qMax(6, int(unit * 1.1))
        && QFontMetricsF(title, this).horizontalAdvance(m_content.name) > nameWidth)
        title.setPixelSize(title.pixelSize() - 1);
    const qreal rowHeight = qMax(QFontMetricsF(title, this).height(), symbolMetrics.height());
    add(m_content.name, title, text.left(), nameWidth, 0);
    l.pieces.last().box.setHeight(qMax(l.pieces.last().box.height(), rowHeight));
    l.pieces.last().flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
    l.symbol.box = QRectF(text.right() - symbolWidth, 0, symbolWidth, rowHeight);
    y = qMax(y, rowHeight) + unit * 0.2;

    QFont body = font();
    body.setPixelSize(qMax(6, int(unit * 0.95)));
    QFont bold = body;
    bold.setBold(true);
    const qreal gap = unit * 0.12;
    const QString dot = u"  ·  "_s;
    QStringList who {m_content.provider};
    if (!m_content.numbers.isEmpty())
        who.append(m_content.numbers);
    who.removeAll(QString());
    if (!who.isEmpty())
        add(who.join(dot), body, text.left(), width, gap);
    QStringList where {m_content.where};
    if (!m_content.pingTime.isEmpty())
        where.append(tr("ping %1").arg(m_content.pingTime));
    where.removeAll(QString());
    if (!where.isEmpty())
        add(where.join(dot), body, text.left(), width, gap);
    y += unit * 0.3;

    // The diagnosis wraps: the part that matters is often at its end.
    QFont stateFont = bold;
    stateFont.setPixelSize(qMax(6, int(unit * 1.45)));
    const QString lastKnown = (m_content.state.isEmpty() ? style.label : m_content.state) + u" — "_s
        + m_content.summary;
    add(m_content.stale ? tr("Last known: %1").arg(lastKnown) : lastKnown, stateFont, text.left(),
        width, unit * 0.3);
    if (m_content.stale)
        add(u"⚠ "_s + m_content.staleNote, bold, text.left(), width, gap);
    if (!m_content.lastAnswer.isEmpty())
        add(tr("Last answer: %1").arg(m_content.lastAnswer), body, text.left(), width, gap);
    if (!m_content.since.isEmpty())
        add(m_content.sinceExact ? tr("Since %1").arg(m_content.since)
                                 : tr("At least since %1").arg(m_content.since),
            body, text.left(), width, gap);

    const qreal used = y;
    if (used > text.height() + 0.5) {
        for (const Piece &piece : std::as_const(l.pieces)) {
            if (piece.box.bottom() > text.height() + 0.5)
                l.cut.append(piece.text);
        }
    }
    const qreal top = text.top() + qMax<qreal>(0, (text.height() - used) / 2);
    for (Piece &piece : l.pieces)
        piece.box.translate(0, top);
    l.symbol.box.translate(0, top);
    return l;
}

GatewayTile::Layout GatewayTile::layOut(const QSizeF &size) const
{
    const QRectF area = QRectF(QPointF(0, 0), size).adjusted(6, 6, -6, -6);
    const qreal unit = qMax<qreal>(9, qMin(area.height() / 11, area.width() / 21));
    // The largest font at which every word is shown; below half the size, what is left over is
    // named by textsThatDoNotFit() (and clipped by the tile), never replaced by "…".
    Layout l;
    for (int step = 0; step <= 10; ++step) {
        l = layOutAt(area, unit * (1.0 - 0.05 * step));
        if (l.cut.isEmpty())
            break;
    }
    return l;
}

QStringList GatewayTile::textsThatDoNotFit() const
{
    return layOut(QSizeF(size())).cut;
}

void GatewayTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    // Stale: the last known colour, dimmed and hatched, never a calm grey that hides a failure.
    const HealthStyle style = healthStyle(m_content.health, true);
    const QRectF r = QRectF(rect()).adjusted(6, 6, -6, -6);
    QPainterPath path;
    path.addRoundedRect(r, 14, 14);
    p.fillPath(path, faceColor(m_content));
    if (m_content.stale) {
        p.fillPath(path, QBrush(QColor(0, 0, 0, 90), Qt::BDiagPattern));
        QPen border(QColor(0xff, 0x52, 0x52), 4, Qt::DashLine);
        p.setPen(border);
        p.drawPath(path);
    }
    p.setPen(style.foreground);
    p.setClipPath(path);
    const Layout l = layOut(QSizeF(size()));
    p.setFont(l.symbol.font);
    p.drawText(l.symbol.box, l.symbol.flags, l.symbol.text);
    for (const Piece &piece : l.pieces) {
        p.setFont(piece.font);
        p.drawText(piece.box, piece.flags, piece.text);
    }
}

StateChart::StateChart(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void StateChart::setStrips(const QList<Strip> &strips, const QDateTime &now, int hours)
{
    m_strips = strips;
    m_now = now;
    m_hours = hours;
    setFixedHeight(sizeHint().height());
    update();
}

QDateTime StateChart::start() const
{
    // The last m_hours at most, from the first thing known: a console that has watched for ten
    // minutes shows those ten minutes, not six hours of "no data".
    const QDateTime longest = m_now.addSecs(-3600LL * m_hours);
    QDateTime first = m_now;
    for (const Strip &s : m_strips) {
        if (!s.changes.isEmpty())
            first = qMin(first, s.changes.constFirst().first);
        if (s.knownSince.isValid())
            first = qMin(first, s.knownSince);
    }
    first = qMin(first, m_now.addSecs(-MinSpanSeconds));
    return qMax(longest, first);
}

void StateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x16, 0x19, 0x1d));
    const int labelWidth = 160;
    const int top = 24;
    const int rowHeight = 28;
    const QRect plot(labelWidth, top, width() - labelWidth - 24, rowHeight * int(m_strips.size()));
    const QDateTime start = this->start();
    const qreal span = qreal(qMax<qint64>(1, start.secsTo(m_now)));
    const auto xOf = [&](const QDateTime &t) {
        return plot.left() + plot.width() * qBound<qreal>(0, qreal(start.secsTo(t)) / span, 1);
    };
    QFont f = font();
    f.setPixelSize(13);
    p.setFont(f);
    const QColor text(0xcc, 0xcc, 0xcc);
    p.setPen(text);
    const qint64 minutes = qMax<qint64>(1, (start.secsTo(m_now) + 30) / 60);
    const QString title = minutes >= 60LL * m_hours
        ? tr("State changes, last %n hour(s)", nullptr, m_hours)
        : tr("State changes, last %n minute(s)", nullptr, int(minutes));
    p.drawText(QRect(8, 0, width() - 16, top), Qt::AlignLeft | Qt::AlignVCenter,
        title + u"   "_s + tr("✔ healthy  ▲ degraded  ✖ down  ? unknown  ▨ no data"));

    // "No data" (the console was not watching, or the node was silent) is hatched: never the
    // grey of the background or of "unknown", so a gap in what is known cannot pass as calm.
    const QColor noDataFace(0x26, 0x2a, 0x30);
    const QBrush noDataHatch(QColor(0x9a, 0xa0, 0xa8), Qt::BDiagPattern);
    const auto fill = [&](const QDateTime &from, const QDateTime &to, int y,
                          std::optional<session::Health> health) {
        if (to <= from)
            return;
        const QRectF box(QPointF(xOf(from), y + 5), QPointF(xOf(to), y + rowHeight - 5));
        if (health) {
            p.fillRect(box, healthStyle(*health, true).background);
        } else {
            p.fillRect(box, noDataFace);
            p.fillRect(box, noDataHatch);
        }
    };
    for (int i = 0; i < m_strips.size(); ++i) {
        const Strip &s = m_strips.at(i);
        const int y = top + i * rowHeight;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawText(QRect(8, y, labelWidth - 12, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(f).elidedText(s.name, Qt::ElideRight, labelWidth - 12));
        // Known from the first change seen or from since when the current state holds,
        // whichever is earlier; nothing before.
        QDateTime from = s.changes.isEmpty() ? m_now : s.changes.constFirst().first;
        const bool sinceFirst = s.knownSince.isValid() && s.knownSince < from;
        if (sinceFirst)
            from = s.knownSince;
        fill(start, qMax(from, start), y, std::nullopt);
        // Between since-when and the first change seen the state was of the current kind.
        session::Health health = s.changes.isEmpty() ? s.current : s.changes.constFirst().second;
        for (const auto &[at, h] : s.changes) {
            fill(qMax(from, start), qMax(at, start), y, health);
            from = qMax(at, from);
            health = h;
        }
        fill(qMax(from, start), m_now, y, s.current);
    }
    // Time: a line and a label at every round step, at most seven.
    static constexpr int Steps[] = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360};
    int step = Steps[std::size(Steps) - 1];
    for (const int m : Steps) {
        if (minutes / m <= 6) {
            step = m;
            break;
        }
    }
    QDateTime tick = start.toLocalTime();
    const qint64 stepSecs = 60LL * step;
    const qint64 into = (tick.time().msecsSinceStartOfDay() / 1000) % stepSecs;
    tick = tick.addSecs(into == 0 ? 0 : stepSecs - into);
    tick.setTime(QTime(tick.time().hour(), tick.time().minute()));
    p.setPen(QColor(0x80, 0x86, 0x8c));
    for (; tick <= m_now; tick = tick.addSecs(stepSecs)) {
        const qreal x = xOf(tick);
        p.drawLine(QPointF(x, top), QPointF(x, plot.bottom() + 4));
        p.setPen(text);
        p.drawText(QRectF(x - 40, plot.bottom() + 4, 80, AxisHeight - 4),
            Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(tick.time(), u"HH:mm"_s));
        p.setPen(QColor(0x80, 0x86, 0x8c));
    }
}

} // namespace xynap::ui
