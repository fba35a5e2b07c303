#include "ui/noc/NocDashboard.h"

#include "model/TimeFormat.h"
#include "session/Diagnosis.h"
#include "session/HealthSummary.h"
#include "session/PlatformSession.h"
#include "ui/common/HealthStyle.h"
#include "ui/noc/GatewayTile.h"
#include "ui_NocDashboard.h"

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QScreen>
#include <QSet>
#include <QTimer>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using session::GatewayMonitor;

NocDashboard::NocDashboard(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::NocDashboard>())
    , m_session(session)
{
    m_ui->setupUi(this);
    // The widgets the refresh writes to. Labels never widen the window: long texts wrap, and the
    // tiles never make it larger than the screen: their number follows the space.
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x0f, 0x11, 0x14));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    setPalette(dark);

    QFont headline = font();
    headline.setPixelSize(40);
    headline.setBold(true);
    m_ui->healthLineLabel->setFont(headline);
    m_ui->clockLabel->setFont(headline);
    QFont small = font();
    small.setPixelSize(20);
    m_ui->nodesLabel->setFont(small);
    m_ui->overflowLabel->setFont(small);

    session::GatewayMonitor *monitor = session->gateways();
    // Bursts of inserts, removals and events redraw once. What changed is diagnosed and ranked
    // again, nothing else: an event's row, the rows a node appended (fifty nodes' lists arrive
    // one by one), the rows of a node whose state changed. Removals and resets rank every row
    // anew (the rows behind them moved).
    m_pendingRefresh.setSingleShot(true);
    m_pendingRefresh.setInterval(100);
    connect(&m_pendingRefresh, &QTimer::timeout, this, &NocDashboard::refresh);
    connect(monitor, &QAbstractItemModel::rowsInserted, this,
        [this](const QModelIndex &, int first, int last) { markInserted(first, last); });
    connect(monitor, &QAbstractItemModel::rowsRemoved, this, &NocDashboard::markAllChanged);
    connect(monitor, &QAbstractItemModel::modelReset, this, &NocDashboard::markAllChanged);
    connect(monitor, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
            markChanged(topLeft.row(), bottomRight.row());
        });
    connect(monitor, &GatewayMonitor::nodesChanged, this, &NocDashboard::markNodesChanged);
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &NocDashboard::tick);
    tick->start();
    refresh();
}

NocDashboard::~NocDashboard() = default;

void NocDashboard::scheduleRefresh()
{
    if (!m_pendingRefresh.isActive())
        m_pendingRefresh.start();
}

void NocDashboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        if (isFullScreen()) {
            showNormal();
            // Without a window manager nothing sizes the window: the screen's free area.
            setGeometry(screen()->availableGeometry());
        } else {
            showOnWallScreen();
        }
        return;
    }
    QWidget::keyPressEvent(event);
}

void NocDashboard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Readable from across the room on a wall, and still room for what fails in a small window.
    QFont headline = m_ui->healthLineLabel->font();
    headline.setPixelSize(qBound(18, height() / 20, 40));
    m_ui->healthLineLabel->setFont(headline);
    m_ui->clockLabel->setFont(headline);
    scheduleRefresh();
}

void NocDashboard::setClock(Clock *clock)
{
    m_time = clock ? clock : Clock::system();
    scheduleRefresh();
}

void NocDashboard::showOnWallScreen()
{
    // Without a window manager, showFullScreen() alone leaves the window at its size hint.
    setGeometry(screen()->geometry());
    showFullScreen();
}

QString NocDashboard::nodesText() const
{
    return m_ui->nodesLabel->text();
}

QString NocDashboard::healthLine() const
{
    return m_ui->healthLineLabel->text();
}

QList<GatewayTile *> NocDashboard::tiles() const
{
    return m_tiles.mid(0, m_shown);
}

QString NocDashboard::overflowText() const
{
    return m_ui->overflowLabel->text();
}

int NocDashboard::tileCapacity() const
{
    // Only tiles that are readable: none at all in a window too small for one (then the
    // failing gateways are listed below by name).
    const QSize area = m_ui->tileArea->size();
    const int columns = (area.width() + 12) / (TileMinWidth + 12);
    const int rows = (area.height() + 12) / (TileMinHeight + 12);
    return columns * rows;
}

void NocDashboard::layoutTiles(int count)
{
    const QSize area = m_ui->tileArea->size();
    const int maxColumns = qMax(1, (area.width() + 12) / (TileMinWidth + 12));
    // As square as the area allows, never more columns than fit.
    const int columns = qBound(1, int(std::ceil(std::sqrt(double(qMax(1, count))))), maxColumns);
    while (m_tiles.size() < count) {
        auto *tile = new GatewayTile(m_ui->tileArea);
        tile->hide();
        m_tiles.append(tile);
    }
    if (count == m_shown && columns == m_columns)
        return;
    for (int i = 0; i < m_tiles.size(); ++i) {
        GatewayTile *tile = m_tiles.at(i);
        m_ui->tileGridLayout->removeWidget(tile);
        if (i < count) {
            m_ui->tileGridLayout->addWidget(tile, i / columns, i % columns);
            tile->show();
        } else {
            tile->hide();
        }
    }
    m_shown = count;
    m_columns = columns;
}

void NocDashboard::markChanged(int first, int last)
{
    if (!m_allChanged) {
        const int rows = m_session->gateways()->rowCount();
        if ((first <= 0 && last >= rows - 1) || last >= int(m_isChanged.size())) {
            m_allChanged = true;
        } else {
            for (int row = qMax(0, first); row <= last; ++row) {
                if (!m_isChanged[size_t(row)]) {
                    m_isChanged[size_t(row)] = Counted;
                    m_changed.push_back(row);
                }
            }
        }
    }
    scheduleRefresh();
}

void NocDashboard::markAllChanged()
{
    m_allChanged = true;
    scheduleRefresh();
}

void NocDashboard::markInserted(int first, int last)
{
    // The monitor appends; rows inserted anywhere else move the rows behind them.
    if (!m_allChanged && first == int(m_rows.size()) && last >= first) {
        m_rows.resize(size_t(last) + 1);
        m_isChanged.resize(size_t(last) + 1, 0);
        for (int row = first; row <= last; ++row) {
            m_isChanged[size_t(row)] = NotCounted;
            m_changed.push_back(row);
        }
    } else {
        m_allChanged = true;
    }
    scheduleRefresh();
}

NocDashboard::NodeSeen NocDashboard::nodeSeen(const GatewayMonitor::NodeStatus &n) const
{
    // What of a node its rows' diagnoses and tiles read (GatewayMonitor::diagnoseRow, updateRow):
    // when it last said anything counts only while it is stale ("No data since …").
    const bool stale = m_session->gateways()->isStale(n.name);
    return {n.state, stale, n.snapshotError, n.overLimit, n.gatewaysKnown,
        stale ? n.lastDataAt : QDateTime(), stale ? n.detail : QString()};
}

void NocDashboard::markNodesChanged()
{
    QSet<QString> changedNodes;
    QHash<QString, NodeSeen> seen;
    for (const GatewayMonitor::NodeStatus &n : m_session->gateways()->nodes()) {
        const NodeSeen now = nodeSeen(n);
        const auto before = m_nodeSeen.constFind(n.name);
        if (before == m_nodeSeen.cend() || !(*before == now))
            changedNodes.insert(n.name);
        seen.insert(n.name, now);
    }
    // A node that went: its rows go too (rowsRemoved ranks everything anew).
    m_nodeSeen = std::move(seen);
    if (changedNodes.isEmpty())
        return;
    // A node's rows mostly follow one another (a list is appended at once): one look-up a run.
    const QString *node = nullptr;
    bool changed = false;
    for (size_t row = 0; !m_allChanged && row < m_rows.size(); ++row) {
        if (!node || *node != m_rows[row].node) {
            node = &m_rows[row].node;
            changed = changedNodes.contains(*node);
        }
        if (changed && !m_isChanged[row]) {
            m_isChanged[row] = Counted;
            m_changed.push_back(int(row));
        }
    }
    scheduleRefresh();
}

void NocDashboard::tick()
{
    // A node whose staleness moved before its link said so: its rows.
    markNodesChanged();
    for (size_t row = 0; !m_allChanged && row < m_rows.size(); ++row) {
        if (m_rows[row].changesWithTime && !m_isChanged[row]) {
            m_isChanged[row] = Counted;
            m_changed.push_back(int(row));
        }
    }
    refresh();
}

void NocDashboard::updateRow(int row, const QDateTime &now)
{
    const GatewayMonitor *monitor = m_session->gateways();
    const ProviderCatalog &catalog = m_session->catalog();
    const session::GatewayRecord *r = monitor->recordAt(row);
    const session::Diagnosis d = monitor->diagnosisAt(row);
    const auto goneSince = [](const QDateTime &at) {
        return tr("Gone since %1").arg(at.isValid() ? displayTimeOfDay(at) : tr("unknown"));
    };
    NocTally::Row &v = m_rows[size_t(row)];
    v.key = r->node + u'/' + r->name;
    v.node = r->node;
    v.stale = monitor->isStale(r->node);
    // The monitor stamps each change on the console's clock when it learns it; never later
    // than this dashboard's "now" (a clock of its own in tests), so that no "since" is
    // after the clock on the wall or after the node's last data.
    SeenSince &seen = m_since[v.key];
    if (r->since.isValid() && seen.recorded != r->since) {
        seen.at = qMin(r->since, now);
        seen.clamped = r->since > now;
        seen.recorded = r->since;
    }
    if (r->goneAt.isValid() && seen.goneRecorded != r->goneAt) {
        seen.goneAt = qMin(r->goneAt, now);
        seen.goneRecorded = r->goneAt;
    }
    // A node without contact: what its gateway last was, from what the monitor kept.
    session::Diagnosis last = d;
    if (v.stale) {
        last = {};
        last.health = session::Health::Down;
        if (r->presence == session::Presence::Gone) {
            last.summary = goneSince(seen.goneAt);
        } else if (r->presence == session::Presence::NotRunning) {
            last.summary = tr("Not running");
        } else {
            const Trunk *t = monitor->trunkFor(r->name);
            last = session::diagnose(*r, t, t ? catalog.find(t->provider) : nullptr, now);
        }
    } else if (r->presence == session::Presence::Gone && d.health == session::Health::Down) {
        last.summary = goneSince(seen.goneAt); // the monitor's is on FreeSWITCH's clock
    }
    v.monitorHealth = d.health;
    v.health = last.health;
    v.summary = last.summary;
    // Stale rows say "no data since" and what they last were as of now.
    v.changesWithTime = d.changesWithTime || v.stale;
    v.group.clear();
    if (v.health == session::Health::Healthy && !v.stale) {
        const Trunk *t = monitor->trunkFor(r->name);
        const ProviderSpec *spec = t ? catalog.find(t->provider) : nullptr;
        v.group = spec ? spec->name : (t ? t->provider : tr("other"));
    }
}

void NocDashboard::rebuildRows(const QDateTime &now)
{
    const GatewayMonitor *monitor = m_session->gateways();
    const int total = monitor->rowCount();
    m_rows.assign(size_t(total), NocTally::Row {});
    m_tally.clear();
    m_nodeSeen.clear();
    for (const GatewayMonitor::NodeStatus &n : monitor->nodes())
        m_nodeSeen.insert(n.name, nodeSeen(n));
    for (int row = 0; row < total; ++row) {
        updateRow(row, now);
        m_tally.add(row, m_rows[size_t(row)]);
    }
    if (m_since.size() > total) {
        // Forget the gateways the monitor forgot.
        QSet<QString> keys;
        for (const NocTally::Row &v : m_rows)
            keys.insert(v.key);
        m_since.removeIf([&keys](auto it) { return !keys.contains(it.key()); });
    }
    m_isChanged.assign(size_t(total), 0);
    m_changed.clear();
    m_allChanged = false;
}

void NocDashboard::refresh()
{
    const GatewayMonitor *monitor = m_session->gateways();
    const ProviderCatalog &catalog = m_session->catalog();
    const QDateTime now = m_time->now();
    const QList<GatewayMonitor::NodeStatus> nodeStatus = monitor->nodes();
    QHash<QString, QDateTime> lastDataAt;
    for (const GatewayMonitor::NodeStatus &n : nodeStatus)
        lastDataAt.insert(n.name, n.lastDataAt);

    if (m_allChanged || int(m_rows.size()) != monitor->rowCount()) {
        rebuildRows(now);
    } else {
        for (const int row : m_changed) {
            if (m_isChanged[size_t(row)] == Counted)
                m_tally.remove(row, m_rows[size_t(row)]);
            updateRow(row, now);
            m_tally.add(row, m_rows[size_t(row)]);
            m_isChanged[size_t(row)] = 0;
        }
        m_changed.clear();
    }

    const int total = int(m_rows.size());
    // The chart only where it leaves room for the tiles.
    m_ui->stateChart->setVisible(height() >= 560);
    const int capacity = tileCapacity();
    const bool allFit = total <= capacity;
    const int healthy = m_tally.healthy();
    const int notHealthy = total - healthy;
    const int tileCount = allFit ? total : qMin(capacity, notHealthy);
    layoutTiles(tileCount);
    // Severity picks which gateways get a tile; the tiles themselves stay in the order of node
    // and name, so that none moves while one watches.
    QList<NocTally::Ranked> shown;
    shown.reserve(tileCount);
    // The chart: the worst of them, in the same order.
    QSet<QString> charted;
    auto next = m_tally.ranked().cbegin();
    for (int i = 0; i < tileCount; ++i, ++next) {
        shown.append(*next);
        if (i < MaxChartStrips)
            charted.insert(next->key);
    }
    std::sort(shown.begin(), shown.end(),
        [](const NocTally::Ranked &a, const NocTally::Ranked &b) { return a.key < b.key; });

    QList<StateChart::Strip> strips;
    for (int i = 0; i < tileCount; ++i) {
        const int row = shown.at(i).row;
        const NocTally::Row &sorted = m_rows[size_t(row)];
        const session::GatewayRecord *r = monitor->recordAt(row);
        GatewayTile::Content c;
        c.name = r->name;
        c.health = sorted.health;
        c.stale = sorted.stale;
        c.state = monitor->data(monitor->index(row, GatewayMonitor::State)).toString();
        c.summary = sorted.summary;
        if (sorted.stale) {
            const QDateTime at = lastDataAt.value(r->node);
            c.staleNote = at.isValid() ? tr("No data since %1").arg(displayTimeOfDay(at))
                                       : tr("No data yet");
        }
        c.lastAnswer = r->lastStatus ? u"%1 %2"_s.arg(r->lastStatus).arg(r->lastPhrase) : QString();
        if (r->since.isValid()) {
            const QDateTime since = m_since.value(sorted.key).at;
            const QString at = displayTimeOfDay(since);
            const qint64 minutes = qMax<qint64>(0, since.secsTo(now) / 60);
            // How long it has been so, from the first failure, not the last retry.
            c.since = c.health == session::Health::Healthy || minutes < 1
                ? at
                : tr("%1 (%n min)", nullptr, int(minutes)).arg(at);
            c.sinceExact = r->sinceExact && !m_since.value(sorted.key).clamped;
        }
        if (const Trunk *t = monitor->trunkFor(r->name)) {
            const ProviderSpec *spec = catalog.find(t->provider);
            c.provider = spec ? spec->name : t->provider;
            QStringList numbers;
            for (const TrunkNumber &n : t->numbers)
                numbers.append(n.number);
            c.numbers = numbers.join(u", "_s);
        }
        c.where = r->profile + u"@"_s + monitor->nodeLabel(r->node);
        if (r->pingTimeMs >= 0 && r->presence == session::Presence::Running)
            c.pingTime = tr("%1 ms").arg(QLocale().toString(r->pingTimeMs, 'f', 2));
        m_tiles.at(i)->setContent(c);
        if (charted.contains(sorted.key)) {
            StateChart::Strip strip;
            strip.name = r->name;
            for (const session::Transition &t : r->transitions)
                strip.changes.append({t.at, session::healthOf(t.state, t.pingStatus)});
            strip.current = c.stale ? session::Health::Unknown : sorted.monitorHealth;
            strip.knownSince = r->since;
            strips.append(strip);
        }
    }
    QStringList overflow;
    if (!allFit) {
        // The failing ones without a tile by name, so a small window still shows them.
        int listed = 0;
        for (; next != m_tally.ranked().cend() && listed < MaxListedWithoutTile; ++next) {
            const NocTally::Row &sorted = m_rows[size_t(next->row)];
            if (sorted.health == session::Health::Healthy && !sorted.stale)
                continue;
            const session::GatewayRecord *r = monitor->recordAt(next->row);
            const QString symbol = healthStyle(
                sorted.stale && sorted.health != session::Health::Down ? session::Health::Unknown
                                                                       : sorted.health,
                true)
                                       .symbol;
            overflow.append(sorted.stale ? tr("%1 %2@%3: no data since %4")
                                               .arg(symbol, r->name, monitor->nodeLabel(r->node),
                                                   lastDataAt.value(r->node).isValid()
                                                       ? displayTimeOfDay(lastDataAt.value(r->node))
                                                       : tr("never"))
                                         : u"%1 %2@%3: %4"_s.arg(symbol, r->name,
                                             monitor->nodeLabel(r->node), sorted.summary));
            ++listed;
        }
        if (notHealthy > tileCount + listed)
            overflow.append(tr("+ %n more not healthy: see the Gateways page", nullptr,
                notHealthy - tileCount - listed));
        if (healthy > 0) {
            // By provider over all nodes; by node too while that stays one or two lines.
            QMap<QString, int> byProvider;
            QStringList groups;
            for (auto node = m_tally.healthyByNode().cbegin();
                 node != m_tally.healthyByNode().cend(); ++node) {
                QStringList providers;
                for (auto p = node->cbegin(); p != node->cend(); ++p) {
                    providers.append(u"%1 %2"_s.arg(p.key(), QLocale().toString(p.value())));
                    byProvider[p.key()] += p.value();
                }
                groups.append(
                    u"%1: %2"_s.arg(monitor->nodeLabel(node.key()), providers.join(u" · "_s)));
            }
            QStringList providers;
            for (auto p = byProvider.cbegin(); p != byProvider.cend(); ++p)
                providers.append(u"%1 %2"_s.arg(p.key(), QLocale().toString(p.value())));
            overflow.append(m_tally.healthyByNode().size() <= 8
                    ? tr("✔ %1 healthy — %2")
                          .arg(QLocale().toString(healthy), groups.join(u"   "_s))
                    : tr("✔ %1 healthy — %2 — on %n node(s)", nullptr,
                        int(m_tally.healthyByNode().size()))
                          .arg(QLocale().toString(healthy), providers.join(u" · "_s)));
        }
    }
    m_ui->overflowLabel->setText(overflow.join(u'\n'));
    m_ui->overflowLabel->setVisible(!overflow.isEmpty());

    // The same verdict as `xynapctl check`: unknown is never healthy. A node without contact
    // comes first: a dead switch is never calmer than one failing trunk.
    // Counted row by row as the rows change, as session::summarize() counts them.
    session::HealthSummary summary;
    summary.total = total;
    summary.healthy = m_tally.monitorCount(session::Health::Healthy);
    summary.degraded = m_tally.monitorCount(session::Health::Degraded);
    summary.down = m_tally.monitorCount(session::Health::Down);
    summary.unknown = m_tally.monitorCount(session::Health::Unknown);
    summary.addNodes(nodeStatus);
    const int nodesWithout = int(summary.unreachableNodes.size() + summary.unreadableNodes.size());
    const int freshDown = m_tally.freshDown();
    QString line;
    bool alarm = true;
    if (std::any_of(nodeStatus.cbegin(), nodeStatus.cend(),
            [](const GatewayMonitor::NodeStatus &n) { return n.stale; })) {
        QStringList names;
        int unknown = 0;
        for (const GatewayMonitor::NodeStatus &n : nodeStatus) {
            if (n.stale) {
                names.append(monitor->nodeLabel(n.name));
                unknown += m_tally.staleOn(n.name);
            }
        }
        if (names.size() == 1) {
            const auto node = std::find_if(nodeStatus.cbegin(), nodeStatus.cend(),
                [](const GatewayMonitor::NodeStatus &n) { return n.stale; });
            const QDateTime at = node->lastDataAt;
            line = at.isValid()
                ? tr("✖ No contact with %1 since %2").arg(names.first(), displayTimeOfDay(at))
                : tr("✖ No contact with %1 yet").arg(names.first());
        } else {
            line = tr("✖ No contact with %n node(s): %1", nullptr, int(names.size()))
                       .arg(names.join(u", "_s));
        }
        if (unknown > 0)
            line += u" — "_s + tr("%n gateway(s) unknown", nullptr, unknown);
        if (freshDown > 0)
            line += u" · "_s + tr("%n more down", nullptr, freshDown);
    } else if (summary.unknown > 0)
        line = tr("? %1 of %2 gateways without current data").arg(summary.unknown).arg(total);
    else if (summary.down > 0)
        line = tr("✖ %1 of %2 gateways down").arg(summary.down).arg(total);
    else if (nodesWithout > 0)
        line = tr("? %n node(s) without a readable gateway list", nullptr, nodesWithout);
    else if (total == 0)
        line = tr("No gateways reported yet");
    else if (summary.degraded > 0)
        line = tr("▲ %1 of %2 gateways degraded").arg(summary.degraded).arg(total);
    else if (tileCount < total)
        // Never more health than is on the screen.
        line = tr("✔ %n gateway(s) healthy, not all shown: the window is too small", nullptr,
            summary.healthy);
    else {
        line = tr("✔ All %n gateway(s) healthy", nullptr, summary.healthy);
        alarm = false;
    }
    m_ui->healthLineLabel->setText(line);
    m_ui->healthLineLabel->setStyleSheet(line.startsWith(u"✖"_s)
            ? u"color: #ff5252;"_s
            : (alarm ? QString() : u"color: #66bb6a;"_s));
    QStringList nodes;
    for (const GatewayMonitor::NodeStatus &n : nodeStatus) {
        const QString when = n.lastDataAt.isValid() ? displayTimeOfDay(n.lastDataAt) : tr("never");
        const QString name = monitor->nodeLabel(n.name);
        if (n.stale)
            nodes.append(tr("✖ %1: no data since %2").arg(name, when));
        else if (!n.snapshotError.isEmpty())
            nodes.append(tr("✖ %1: gateway list unreadable").arg(name));
        else
            nodes.append(tr("✔ %1").arg(name));
    }
    m_ui->nodesLabel->setText(nodes.join(u"     "_s));
    m_ui->clockLabel->setText(QLocale().toString(now.toLocalTime().time(), u"HH:mm:ss"_s));
    m_ui->stateChart->setStrips(strips, now);
}

} // namespace xynap::ui
