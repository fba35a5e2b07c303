#include "NocDashboard.h"

#include "GatewayTile.h"
#include "session/HealthSummary.h"
#include "session/PlatformSession.h"

#include <QDateTime>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using session::GatewayMonitor;

NocDashboard::NocDashboard(session::PlatformSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_health(new QLabel(this))
    , m_nodes(new QLabel(this))
    , m_clock(new QLabel(this))
    , m_grid(new QGridLayout)
    , m_chart(new StateChart(this))
{
    setWindowTitle(tr("xynap NOC"));
    setObjectName(u"nocDashboard"_s);
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x0f, 0x11, 0x14));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    setPalette(dark);

    QFont headline = font();
    headline.setPixelSize(40);
    headline.setBold(true);
    m_health->setFont(headline);
    m_health->setObjectName(u"healthLineLabel"_s);
    QFont small = font();
    small.setPixelSize(20);
    m_nodes->setFont(small);
    m_nodes->setWordWrap(true);
    m_clock->setFont(headline);
    m_clock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->addWidget(m_health, 1);
    top->addWidget(m_clock);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(top);
    layout->addWidget(m_nodes);
    m_grid->setSpacing(12);
    layout->addLayout(m_grid, 1);
    layout->addWidget(m_chart);

    GatewayMonitor *monitor = session->gateways();
    connect(monitor, &QAbstractItemModel::rowsInserted, this, &NocDashboard::rebuild);
    connect(monitor, &QAbstractItemModel::rowsRemoved, this, &NocDashboard::rebuild);
    connect(monitor, &QAbstractItemModel::modelReset, this, &NocDashboard::rebuild);
    // A burst of events repaints once: refresh() walks every gateway, so it must not run per event.
    m_pendingRefresh.setSingleShot(true);
    m_pendingRefresh.setInterval(100);
    connect(&m_pendingRefresh, &QTimer::timeout, this, &NocDashboard::refresh);
    const auto scheduleRefresh = [this] {
        if (!m_pendingRefresh.isActive())
            m_pendingRefresh.start();
    };
    connect(monitor, &QAbstractItemModel::dataChanged, this, scheduleRefresh);
    connect(monitor, &GatewayMonitor::nodesChanged, this, scheduleRefresh);
    auto *tick = new QTimer(this);
    tick->setInterval(1000);
    connect(tick, &QTimer::timeout, this, &NocDashboard::refresh);
    tick->start();
    rebuild();
}

void NocDashboard::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F11) {
        if (isFullScreen())
            showNormal();
        else
            showFullScreen();
        return;
    }
    QWidget::keyPressEvent(event);
}

void NocDashboard::rebuild()
{
    GatewayMonitor *monitor = m_session->gateways();
    QSet<QString> keys;
    for (int row = 0; row < monitor->rowCount(); ++row) {
        const session::GatewayRecord *r = monitor->recordAt(row);
        keys.insert(r->node + u'/' + r->name);
    }
    for (auto it = m_tiles.begin(); it != m_tiles.end();) {
        if (!keys.contains(it.key())) {
            delete it.value();
            it = m_tiles.erase(it);
        } else {
            ++it;
        }
    }
    QStringList ordered = keys.values();
    ordered.sort();
    const int columns = qMax(1, int(std::ceil(std::sqrt(double(ordered.size())))));
    for (int i = 0; i < ordered.size(); ++i) {
        GatewayTile *tile = m_tiles.value(ordered.at(i));
        if (!tile) {
            tile = new GatewayTile(this);
            m_tiles.insert(ordered.at(i), tile);
        }
        m_grid->addWidget(tile, i / columns, i % columns);
    }
    refresh();
}

QString NocDashboard::healthLine() const
{
    return m_health->text();
}

void NocDashboard::refresh()
{
    GatewayMonitor *monitor = m_session->gateways();
    QList<StateChart::Strip> strips;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    static const ProviderCatalog catalog = ProviderCatalog::builtIn();
    for (int row = 0; row < monitor->rowCount(); ++row) {
        const session::GatewayRecord *r = monitor->recordAt(row);
        const session::Diagnosis d = monitor->diagnosisAt(row);
        const bool stale = monitor->isStale(r->node);
        GatewayTile::Content c;
        c.name = r->name;
        c.health = d.health;
        c.stale = stale;
        c.state = r->state;
        c.summary = d.summary;
        c.lastAnswer = r->lastStatus ? u"%1 %2"_s.arg(r->lastStatus).arg(r->lastPhrase) : QString();
        c.since = r->since.isValid() ? QLocale().toString(r->since.toLocalTime(), u"HH:mm:ss"_s)
                                     : QString();
        if (const Trunk *t = monitor->trunkFor(r->name)) {
            const ProviderSpec *spec = catalog.find(t->provider);
            c.provider = spec ? spec->name : t->provider;
            QStringList numbers;
            for (const TrunkNumber &n : t->numbers)
                numbers.append(n.number);
            c.numbers = numbers.join(u", "_s);
        }
        c.provider += u"  ·  "_s + r->profile + u"@"_s + r->node;
        if (GatewayTile *tile = m_tiles.value(r->node + u'/' + r->name))
            tile->setContent(c);
        StateChart::Strip strip;
        strip.name = r->name;
        for (const session::Transition &t : r->transitions)
            strip.changes.append({t.at, session::healthOf(t.state, t.pingStatus)});
        strip.current = stale ? session::Health::Unknown : d.health;
        strip.knownSince = r->since;
        strips.append(strip);
    }
    // The same verdict as `xynapctl check`: unknown is never healthy.
    const session::HealthSummary summary = session::summarize(*monitor);
    const int total = summary.total;
    const int nodesWithout = int(summary.unreachableNodes.size() + summary.unreadableNodes.size());
    QString line;
    if (summary.unknown > 0)
        line = tr("? %1 of %2 gateways without current data").arg(summary.unknown).arg(total);
    else if (summary.down > 0)
        line = tr("✖ %1 of %2 gateways down").arg(summary.down).arg(total);
    else if (nodesWithout > 0)
        line = tr("? %n node(s) without a readable gateway list", nullptr, nodesWithout);
    else if (total == 0)
        line = tr("No gateways reported yet");
    else if (summary.degraded > 0)
        line = tr("▲ %1 of %2 gateways degraded").arg(summary.degraded).arg(total);
    else
        line = tr("✔ All %n gateway(s) healthy", nullptr, summary.healthy);
    m_health->setText(line);
    QStringList nodes;
    for (const GatewayMonitor::NodeStatus &n : monitor->nodes()) {
        const QString when = n.lastDataAt.isValid()
            ? QLocale().toString(n.lastDataAt.toLocalTime().time(), u"HH:mm:ss"_s)
            : tr("never");
        if (n.stale)
            nodes.append(tr("✖ %1: no data since %2").arg(n.name, when));
        else if (!n.snapshotError.isEmpty())
            nodes.append(tr("✖ %1: gateway list unreadable").arg(n.name));
        else
            nodes.append(tr("✔ %1").arg(n.name));
    }
    m_nodes->setText(nodes.join(u"     "_s));
    m_clock->setText(QLocale().toString(QTime::currentTime(), u"HH:mm:ss"_s));
    m_chart->setStrips(strips, now);
}

} // namespace xynap::ui
