#pragma once

#include <QHash>
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

// The wall screen: one large tile per gateway, an overall health line and a chart of state
// changes. Needs no interaction; stale data turns grey with the time of the last data.
class NocDashboard final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NocDashboard)

public:
    explicit NocDashboard(session::PlatformSession *session, QWidget *parent = nullptr);

    QString healthLine() const;
    QList<GatewayTile *> tiles() const { return m_tiles.values(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void refresh();

    session::PlatformSession *m_session;
    QLabel *m_health;
    QLabel *m_nodes;
    QLabel *m_clock;
    QGridLayout *m_grid;
    StateChart *m_chart;
    QHash<QString, GatewayTile *> m_tiles;
    QTimer m_pendingRefresh;
};

} // namespace xynap::ui
