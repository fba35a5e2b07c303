#include "ui/coverage/RangeBar.h"

#include "ui/coverage/CoverageStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using State = session::CoverageMatrixModel::CellState;
using Model = session::CoverageMatrixModel;

namespace {
constexpr int BarHeight = 26;
constexpr int Margin = 4;
} // namespace

RangeBar::RangeBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"rangeBar"_s);
    setAccessibleName(tr("Range bar"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    updateDescription();
}

void RangeBar::setBlock(const QString &caption, const QString &firstAddress,
    const QString &lastAddress, const QList<Segment> &segments)
{
    m_caption = caption;
    m_first = firstAddress;
    m_last = lastAddress;
    m_segments = segments;
    updateDescription();
    update();
}

void RangeBar::clear()
{
    setBlock({}, {}, {}, {});
}

double RangeBar::coveredFraction() const
{
    double covered = 0;
    for (const Segment &s : m_segments) {
        if (s.state == State::Covered)
            covered += s.end - s.start;
    }
    return covered;
}

QSize RangeBar::sizeHint() const
{
    return {420, minimumSizeHint().height()};
}

QSize RangeBar::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {200, Margin + line + Margin + BarHeight + Margin + line + Margin + line + Margin};
}

void RangeBar::updateDescription()
{
    if (m_segments.isEmpty()) {
        const QString none
            = tr("Select a cell of the matrix to see which part of its block is let through.");
        setToolTip(none);
        setAccessibleDescription(none);
        return;
    }
    QStringList lines {m_caption};
    for (const Segment &s : m_segments) {
        const QString share = QString::number((s.end - s.start) * 100.0, 'g', 3);
        lines.append(tr("%1 %2: %3% of the block%4")
                         .arg(Model::symbol(s.state), Model::stateText(s.state), share,
                             s.label.isEmpty() ? QString() : u" ("_s + s.label + u')'));
    }
    setToolTip(lines.join(u'\n'));
    setAccessibleDescription(lines.join(u'\n'));
}

void RangeBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    const QRect area = rect().adjusted(Margin, Margin, -Margin, -Margin);
    const QColor text = palette().color(QPalette::WindowText);

    // Caption, and the share that is let through.
    QRect captionRect(area.left(), area.top(), area.width(), line);
    if (m_segments.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter,
            fm.elidedText(tr("Select a cell to see which part of its block is let through."),
                Qt::ElideRight, area.width()));
    } else {
        p.setPen(text);
        const QString share
            = tr("%1% let through")
                  .arg(QString::number(std::floor(coveredFraction() * 1000.0) / 10.0, 'f', 1));
        const int shareWidth = fm.horizontalAdvance(share);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(captionRect.adjusted(0, 0, -shareWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(bold).elidedText(
                m_caption, Qt::ElideRight, area.width() - shareWidth - 8));
        p.setFont(font());
        p.drawText(captionRect, Qt::AlignRight | Qt::AlignVCenter, share);
    }

    // The bar: the whole block from its first to its last address.
    const QRectF bar(area.left(), captionRect.bottom() + Margin, area.width(), BarHeight);
    QPainterPath frame;
    frame.addRoundedRect(bar, 4, 4);
    p.save();
    p.setClipPath(frame);
    p.fillRect(bar, palette().color(QPalette::Base));
    for (const Segment &s : m_segments) {
        const QRectF r(bar.left() + s.start * bar.width(), bar.top(),
            std::max(1.0, (s.end - s.start) * bar.width()), bar.height());
        const CoverageStyle style = coverageStyle(s.state);
        p.fillRect(r, style.fill);
        if (s.state == State::Partly)
            p.fillRect(r, QBrush(style.fill.darker(150), Qt::BDiagPattern));
        else if (s.state == State::Shadowed)
            p.fillRect(r, QBrush(style.fill.darker(160), Qt::DiagCrossPattern));
        // Symbol (and, if it fits, the block) inside the part.
        const QString symbol = Model::symbol(s.state);
        const QString withLabel = s.label.isEmpty() ? symbol : symbol + u' ' + s.label;
        const bool dark = s.state != State::NotNeeded && s.state != State::Unknown;
        p.setPen(dark ? QColor(Qt::white) : text);
        if (fm.horizontalAdvance(withLabel) + 8 < r.width())
            p.drawText(r, Qt::AlignCenter, withLabel);
        else if (fm.horizontalAdvance(symbol) + 4 < r.width())
            p.drawText(r, Qt::AlignCenter, symbol);
        if (s.start > 0) {
            p.setPen(QPen(palette().color(QPalette::Base), 1));
            p.drawLine(QPointF(r.left(), r.top()), QPointF(r.left(), r.bottom()));
        }
    }
    p.restore();
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawPath(frame);

    // First and last address under the ends.
    const QRect addresses(area.left(), int(bar.bottom()) + Margin, area.width(), line);
    p.setPen(text);
    p.drawText(addresses, Qt::AlignLeft | Qt::AlignVCenter, m_first);
    p.drawText(addresses, Qt::AlignRight | Qt::AlignVCenter, m_last);

    // Legend: the states that occur, in words.
    QList<State> shown;
    for (const Segment &s : m_segments) {
        if (!shown.contains(s.state))
            shown.append(s.state);
    }
    int x = area.left();
    const int y = addresses.bottom() + Margin;
    for (const State state : std::as_const(shown)) {
        const QRect swatch(x, y + (line - 10) / 2, 10, 10);
        p.fillRect(swatch, coverageStyle(state).fill);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(swatch);
        x = swatch.right() + 4;
        const QString label = Model::symbol(state) + u' ' + Model::stateText(state);
        p.setPen(text);
        p.drawText(QRect(x, y, fm.horizontalAdvance(label) + 2, line),
            Qt::AlignLeft | Qt::AlignVCenter, label);
        x += fm.horizontalAdvance(label) + 14;
    }
}

} // namespace xynap::ui
