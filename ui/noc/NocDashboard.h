#pragma once

#include "model/Clock.h"
#include "session/GatewayMonitor.h"
#include "session/GatewayRecord.h"
#include "ui/noc/NocTally.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <vector>

class QGridLayout;
class QLabel;

namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

namespace Ui {
class NocDashboard;
}

class GatewayTile;
class StateChart;

// The wall screen. It fills the screen it is on and never grows past it, whatever the size of the
// platform: an overall health line, the nodes, one tile per gateway as long as they fit —
// otherwise tiles for the gateways that are not healthy (down first, then unknown, then
// degraded) and a summary of the healthy ones by node and provider — and a fixed-size timeline
// of the worst gateways' state changes. Needs no interaction. A node it has no contact with is
// the first alarm of the headline; its tiles keep their last known state, marked stale with the
// time of the last data. Failing gateways without a tile are listed by name, at any size.
// Redraws at most every 100 ms, however many events arrive. The form is NocDashboard.ui; the tiles
// are made as the gateways need them.
class NocDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NocDashboard)

public:
    explicit NocDashboard(session::PlatformSession *session, QWidget *parent = nullptr);
    ~NocDashboard() override;

    // Full screen at the size of the screen it is on, with or without a window manager (a kiosk
    // wall screen has none to resize it).
    void showOnWallScreen();
    // The console's clock, of "now" and of every duration shown (nullptr: the system clock); it
    // must outlive the dashboard. FreeSWITCH's own timestamps are never used for a duration.
    void setClock(Clock *clock);

    QString healthLine() const;
    // The tiles shown now (at most tileCapacity()).
    QList<GatewayTile *> tiles() const;
    // How many tiles fit the dashboard's size.
    int tileCapacity() const;
    // The nodes line ("✔ fs1     ✖ fs2: no data since 14:02:11").
    QString nodesText() const;
    // What has no tile: failing gateways by name, "+ 12 more not healthy", "✔ 4,812 healthy: …".
    QString overflowText() const;

    static constexpr int TileMinWidth = 300;
    static constexpr int TileMinHeight = 150;
    static constexpr int MaxChartStrips = 6;
    // Failing gateways without a tile listed by name before "+ N more".
    static constexpr int MaxListedWithoutTile = 5;

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void refresh();
    void layoutTiles(int count);
    // What changed since the last refresh: the rows of a dataChanged, or every row (inserts,
    // removals, the nodes). refresh() diagnoses and ranks only those again.
    void markChanged(int first, int last);
    void markAllChanged();
    // Rows the monitor appended: those alone are diagnosed and ranked.
    void markInserted(int first, int last);
    // The rows of the nodes whose state (as the rows read it) changed since the last look.
    void markNodesChanged();
    // Every second: the rows whose words move with the clock, and the rows of a node whose
    // staleness moved before its link said so.
    void tick();
    void rebuildRows(const QDateTime &now);
    void updateRow(int row, const QDateTime &now);

    std::unique_ptr<Ui::NocDashboard> m_ui;
    session::PlatformSession *m_session;
    // Widgets of the form (m_ui) that the refresh writes to.
    QList<GatewayTile *> m_tiles; // a pool: the first m_shown are in the grid
    int m_shown = 0;
    int m_columns = 0;
    QTimer m_pendingRefresh;
    // When, on the console's clock, each gateway's GatewayRecord::since and goneAt last changed:
    // an event stamps them with FreeSWITCH's clock, which may be far off.
    struct SeenSince {
        QDateTime recorded; // GatewayRecord::since as last seen
        QDateTime at; // the console's time of it
        bool clamped = false; // first seen in the future (a node clock ahead): only "at least"
        QDateTime goneRecorded; // GatewayRecord::goneAt as last seen
        QDateTime goneAt; // the console's time of it
    };
    QHash<QString, SeenSince> m_since;
    std::vector<NocTally::Row> m_rows; // by row of the monitor: what the last refresh made of it
    NocTally m_tally;
    std::vector<int> m_changed; // rows to diagnose again
    // By row: whether in m_changed, and whether the tally counts what m_rows holds of it.
    enum Mark : char { Unchanged = 0, Counted = 1, NotCounted = 2 };
    std::vector<char> m_isChanged;
    bool m_allChanged = true;
    // What of each node its rows read, as last looked at: the nodes' changes that leave it as
    // it was (a snapshot's time, a host name) diagnose nothing again.
    struct NodeSeen {
        esl::Link::State state = esl::Link::State::Down;
        bool stale = true;
        QString snapshotError;
        bool overLimit = false;
        bool gatewaysKnown = false;
        QDateTime lastDataAt; // while stale
        QString detail; // while stale
        bool operator==(const NodeSeen &) const = default;
    };
    NodeSeen nodeSeen(const session::GatewayMonitor::NodeStatus &n) const;
    QHash<QString, NodeSeen> m_nodeSeen;
    Clock *m_time = Clock::system();
};

} // namespace xynap::ui
