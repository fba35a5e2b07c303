#pragma once

#include <QList>
#include <QTimer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

class GatewayTile;
class StateChart;

// The wall screen. It fills the screen it is on and never grows past it, whatever the size of the
// platform: an overall health line, the nodes, one tile per gateway as long as they fit —
// otherwise tiles for the gateways that are not healthy (down first, then unknown, then
// degraded) and a summary of the healthy ones by node and provider — and a fixed-size timeline
// of the worst gateways' state changes. Needs no interaction; stale data turns grey with the time
// of the last data. Redraws at most every 100 ms, however many events arrive.
class NocDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NocDashboard)

public:
    explicit NocDashboard(session::PlatformSession *session, QWidget *parent = nullptr);

    QString healthLine() const;
    // The tiles shown now (at most tileCapacity()).
    QList<GatewayTile *> tiles() const;
    // How many tiles fit the dashboard's size.
    int tileCapacity() const;
    // The summary of what has no tile ("✔ 4,812 healthy: …", "+ 12 more not healthy").
    QString overflowText() const;

    static constexpr int TileMinWidth = 300;
    static constexpr int TileMinHeight = 150;
    static constexpr int MaxChartStrips = 6;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void layoutTiles(int count);

    session::PlatformSession *m_session;
    QLabel *m_health;
    QLabel *m_nodes;
    QLabel *m_clock;
    QLabel *m_overflow;
    QWidget *m_gridArea;
    QGridLayout *m_grid;
    StateChart *m_chart;
    QList<GatewayTile *> m_tiles; // a pool: the first m_shown are in the grid
    int m_shown = 0;
    int m_columns = 0;
    QTimer m_pendingRefresh;
};

} // namespace xynap::ui
