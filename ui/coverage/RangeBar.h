#pragma once

#include "session/CoverageMatrixModel.h"

#include <QWidget>

namespace xynap::ui {

// A painted bar for one address block: which part of it a cell's rules (or ACL nodes) let
// through, in address order, with the first and last address under it — to look at rather than
// read. States are colour AND symbol AND a legend in words.
class RangeBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeBar)

public:
    using Segment = session::CoverageMatrixModel::Segment;

    explicit RangeBar(QWidget *parent = nullptr);

    void setBlock(const QString &caption, const QString &firstAddress, const QString &lastAddress,
        const QList<Segment> &segments);
    void clear();

    const QList<Segment> &segments() const { return m_segments; }
    // The share of the block whose state is "covered" (0..1).
    double coveredFraction() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    QString m_caption;
    QString m_first;
    QString m_last;
    QList<Segment> m_segments;
};

} // namespace xynap::ui
