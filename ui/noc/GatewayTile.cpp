#include "ui/noc/GatewayTile.h"

#include "ui/common/HealthStyle.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

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

    const qreal unit = qMax<qreal>(9, qMin(r.height() / 11, r.width() / 21));
    QFont title = font();
    title.setPixelSize(int(unit * 1.9));
    title.setBold(true);
    QFont body = font();
    body.setPixelSize(int(unit * 0.95));
    QFont symbol = font();
    symbol.setPixelSize(int(unit * 3.2));
    symbol.setBold(true);

    const qreal pad = unit * 0.9;
    // The block is about 10.5 units high: centre it vertically.
    const qreal blockHeight = unit * 10.5;
    const qreal spare = qMax<qreal>(0, (r.height() - blockHeight) / 2 - pad * 0.6);
    QRectF text = r.adjusted(pad, pad * 0.6 + spare, -pad, -pad * 0.6);
    p.setFont(symbol);
    const QRectF symbolBox(text.right() - unit * 3.4, text.top(), unit * 3.4, unit * 3.6);
    p.drawText(symbolBox, Qt::AlignRight | Qt::AlignTop, style.symbol);

    // The whole name: a long one gets a smaller font before anything is cut.
    const qreal nameWidth = text.width() - symbolBox.width();
    while (title.pixelSize() > int(unit * 1.1)
        && QFontMetricsF(title).horizontalAdvance(m_content.name) > nameWidth)
        title.setPixelSize(title.pixelSize() - 1);
    p.setFont(title);
    p.drawText(QRectF(text.left(), text.top(), nameWidth, unit * 2.4),
        Qt::AlignLeft | Qt::AlignVCenter,
        p.fontMetrics().elidedText(m_content.name, Qt::ElideMiddle, int(nameWidth)));
    p.setFont(body);
    qreal y = text.top() + unit * 2.5;
    const auto line = [&](const QString &s, bool bold = false) {
        QFont f = body;
        f.setBold(bold);
        p.setFont(f);
        p.drawText(QRectF(text.left(), y, text.width(), unit * 1.3),
            Qt::AlignLeft | Qt::AlignVCenter,
            p.fontMetrics().elidedText(s, Qt::ElideRight, int(text.width())));
        y += unit * 1.35;
    };
    line(m_content.provider
        + (m_content.numbers.isEmpty() ? QString() : u"  ·  "_s + m_content.numbers));
    y += unit * 0.3;
    QFont stateFont = body;
    stateFont.setPixelSize(int(unit * 1.5));
    stateFont.setBold(true);
    p.setFont(stateFont);
    // The diagnosis wraps: the part that matters is often at its end.
    const QString lastKnown = (m_content.state.isEmpty() ? style.label : m_content.state) + u" — "_s
        + m_content.summary;
    const QString verdict = m_content.stale ? tr("Last known: %1").arg(lastKnown) : lastKnown;
    const int lines = int(!m_content.lastAnswer.isEmpty()) + int(!m_content.since.isEmpty())
        + int(m_content.stale);
    const QRectF verdictBox(
        text.left(), y, text.width(), qMax(unit * 1.9, text.bottom() - y - unit * 1.4 * lines));
    // A long diagnosis gets a smaller font rather than losing its end.
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    QRectF used = p.boundingRect(verdictBox, flags, verdict);
    while (used.height() > verdictBox.height() && stateFont.pixelSize() > int(unit * 0.8)) {
        stateFont.setPixelSize(stateFont.pixelSize() - 1);
        p.setFont(stateFont);
        used = p.boundingRect(verdictBox, flags, verdict);
    }
    p.drawText(verdictBox, flags, verdict);
    y += qMin(used.height(), verdictBox.height()) + unit * 0.2;
    if (m_content.stale)
        line(u"⚠ "_s + m_content.staleNote, true);
    if (!m_content.lastAnswer.isEmpty())
        line(tr("Last answer: %1").arg(m_content.lastAnswer));
    if (!m_content.since.isEmpty())
        line(m_content.sinceExact ? tr("Since %1").arg(m_content.since)
                                  : tr("At least since %1").arg(m_content.since));
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

void StateChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), QColor(0x16, 0x19, 0x1d));
    const int labelWidth = 160;
    const int top = 24;
    const int rowHeight = 28;
    const QRect plot(labelWidth, top, width() - labelWidth - 12, rowHeight * int(m_strips.size()));
    const QDateTime start = m_now.addSecs(-3600LL * m_hours);
    const qreal span = qMax<qint64>(1, start.secsTo(m_now));
    const auto xOf = [&](const QDateTime &t) {
        return plot.left() + plot.width() * qBound<qreal>(0, start.secsTo(t) / span, 1);
    };
    p.setPen(QColor(0xbb, 0xbb, 0xbb));
    QFont f = font();
    f.setPixelSize(13);
    p.setFont(f);
    p.drawText(QRect(0, 0, width(), top), Qt::AlignLeft | Qt::AlignVCenter,
        tr("  State changes, last %n hour(s)", nullptr, m_hours));
    for (int h = 0; h <= m_hours; ++h) {
        const qreal x = xOf(start.addSecs(3600LL * h));
        p.drawLine(QPointF(x, top), QPointF(x, plot.bottom()));
    }
    for (int i = 0; i < m_strips.size(); ++i) {
        const Strip &s = m_strips.at(i);
        const int y = top + i * rowHeight;
        p.setPen(QColor(0xdd, 0xdd, 0xdd));
        p.drawText(
            QRect(8, y, labelWidth - 12, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, s.name);
        session::Health health = session::Health::Unknown;
        QDateTime from = start;
        if (s.changes.isEmpty() && s.knownSince.isValid() && s.knownSince > start)
            from = s.knownSince; // nothing is known before: leave it grey
        for (const auto &[at, h] : s.changes) {
            if (at > start)
                p.fillRect(QRectF(QPointF(xOf(from), y + 5), QPointF(xOf(at), y + rowHeight - 5)),
                    healthStyle(health, true).background);
            from = qMax(at, start);
            health = h;
        }
        p.fillRect(QRectF(QPointF(plot.left(), y + 5), QPointF(xOf(from), y + rowHeight - 5)),
            s.changes.isEmpty() ? healthStyle(session::Health::Unknown, true).background
                                : QColor(Qt::transparent));
        p.fillRect(QRectF(QPointF(xOf(from), y + 5), QPointF(xOf(m_now), y + rowHeight - 5)),
            healthStyle(s.current, true).background);
    }
}

} // namespace xynap::ui
