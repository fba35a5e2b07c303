#include "session/TrunkTableModel.h"

#include "session/GatewayMonitor.h"
#include "session/HealthSummary.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace xynap::session {

TrunkTableModel::TrunkTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TrunkTableModel::setTrunks(const QList<Trunk> &trunks)
{
    beginResetModel();
    m_trunks = trunks;
    m_runningCache.clear();
    endResetModel();
}

void TrunkTableModel::setFindings(const QList<lint::Finding> &findings)
{
    m_findings.clear();
    for (const lint::Finding &f : findings) {
        if (f.trunkId != 0) {
            m_findings[f.trunkId].append(f);
            continue;
        }
        // The firewall or the ACL blocks the provider's range: every trunk of it is affected.
        for (const Trunk &t : std::as_const(m_trunks))
            if (!f.provider.isEmpty() && t.provider.compare(f.provider, Qt::CaseInsensitive) == 0)
                m_findings[t.id].append(f);
    }
    if (!m_trunks.isEmpty())
        Q_EMIT dataChanged(index(0, Checks), index(rowCount() - 1, Checks));
}

void TrunkTableModel::runningChanged()
{
    m_runningCache.clear();
    if (!m_trunks.isEmpty())
        Q_EMIT dataChanged(index(0, Running), index(rowCount() - 1, Running));
}

TrunkTableModel::RunningCell TrunkTableModel::running(const Trunk &trunk) const
{
    RunningCell cell;
    const QList<GatewayMonitor::NodeStatus> nodes
        = m_monitor ? m_monitor->nodes() : QList<GatewayMonitor::NodeStatus> {};
    if (nodes.isEmpty()) {
        cell.health = int(Health::Unknown);
        cell.rank = severityRank(Health::Unknown);
        cell.text = tr("? not watched");
        cell.detail = tr("No FreeSWITCH node is connected: whether FreeSWITCH runs this trunk is "
                         "not known.");
        return cell;
    }
    // The worst node decides, as in the NOC: one node down is a trunk down.
    Health worst = Health::Healthy;
    QString worstState;
    QString worstNode;
    int healthyNodes = 0;
    QStringList lines;
    for (const GatewayMonitor::NodeStatus &n : nodes) {
        Health health = Health::Unknown;
        QString state;
        QString summary;
        if (n.stale || !n.gatewaysKnown) {
            state = tr("UNKNOWN");
            summary = n.snapshotError.isEmpty() ? tr("no data from this node") : n.snapshotError;
        } else if (const GatewayRecord *r = m_monitor->record(n.name, trunk.gatewayName)) {
            const Diagnosis d = m_monitor->diagnosis(n.name, trunk.gatewayName);
            health = d.health;
            summary = d.summary;
            // Added again and not yet asked (a NOREG gateway says nothing by itself): unknown,
            // in words, never a bare "?".
            state = r->presence == Presence::NotRunning ? tr("NOT RUNNING")
                : r->presence == Presence::Gone         ? tr("GONE")
                : r->state.isEmpty()                    ? tr("UNKNOWN")
                                                        : r->state;
        } else {
            // The monitor has no row yet (the trunks arrived before the node's list was matched).
            state = tr("UNKNOWN");
            summary = tr("not seen on this node yet");
        }
        healthyNodes += health == Health::Healthy;
        lines.append(u"%1: %2 — %3"_s.arg(n.name, state, summary));
        if (worstNode.isEmpty() || severityRank(health) < severityRank(worst)) {
            worst = health;
            worstState = state;
            worstNode = n.name;
        }
    }
    const QString icon = worst == Health::Healthy ? u"✔"_s
        : worst == Health::Degraded               ? u"▲"_s
        : worst == Health::Down                   ? u"✖"_s
                                                  : u"?"_s;
    cell.health = int(worst);
    cell.rank = severityRank(worst);
    if (nodes.size() == 1)
        cell.text = icon + u' ' + worstState;
    else if (worst == Health::Healthy)
        cell.text = tr("%1 %2 on all %3 nodes").arg(icon, worstState).arg(nodes.size());
    else
        cell.text = tr("%1 %2 on %3 (%4 of %5 nodes healthy)")
                        .arg(icon, worstState, worstNode)
                        .arg(healthyNodes)
                        .arg(nodes.size());
    cell.detail = lines.join(u'\n');
    return cell;
}

const TrunkTableModel::RunningCell &TrunkTableModel::runningAt(int row) const
{
    auto cached = m_runningCache.constFind(row);
    if (cached == m_runningCache.cend())
        cached = m_runningCache.insert(row, running(m_trunks.at(row)));
    return *cached;
}

int TrunkTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_trunks.size());
}

int TrunkTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrunkTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Trunk &t = m_trunks.at(index.row());
    if (role == TrunkIdRole)
        return t.id;
    if (role == HealthRole)
        return index.column() == Running ? QVariant(runningAt(index.row()).health) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return t.gatewayName;
    case Provider: {
        const ProviderSpec *spec = m_catalog.find(t.provider);
        return spec ? spec->name : t.provider;
    }
    case Running: {
        const RunningCell &cell = runningAt(index.row());
        if (role == SortRole)
            return cell.rank;
        return role == Qt::ToolTipRole ? cell.detail : cell.text;
    }
    case Profile:
        return t.profile;
    case Register:
        if (role == SortRole)
            return t.registerEnabled;
        return t.registerEnabled ? tr("REGISTER") : tr("IP authentication");
    case Proxy:
        return t.proxy;
    case OutboundProxy:
        return t.outboundProxy;
    case Realm:
        return t.realm;
    case Checks: {
        const QList<lint::Finding> list = m_findings.value(t.id);
        int errors = 0;
        int warnings = 0;
        QStringList lines;
        for (const lint::Finding &f : list) {
            errors += f.severity == lint::Severity::Error;
            warnings += f.severity == lint::Severity::Warning;
            lines.append(f.ruleId + QStringLiteral(": ") + f.message);
        }
        if (role == SortRole)
            return errors * 1000 + warnings;
        if (role == Qt::ToolTipRole)
            return lines.isEmpty() ? tr("No problems found.") : lines.join(QLatin1Char('\n'));
        if (errors > 0)
            return tr("✖ %n error(s)", nullptr, errors);
        if (warnings > 0)
            return tr("▲ %n warning(s)", nullptr, warnings);
        return tr("✔ OK");
    }
    case Numbers: {
        QStringList numbers;
        for (const TrunkNumber &n : t.numbers)
            numbers.append(role == Qt::ToolTipRole && !n.use.isEmpty()
                    ? n.number + QStringLiteral(" (") + n.use + u')'
                    : n.number);
        return numbers.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant TrunkTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Gateway");
    case Provider:
        return tr("Provider");
    case Profile:
        return tr("Profile");
    case Register:
        return tr("Authentication");
    case Proxy:
        return tr("Proxy");
    case OutboundProxy:
        return tr("Outbound proxy");
    case Realm:
        return tr("Realm");
    case Numbers:
        return tr("Numbers");
    case Running:
        return tr("Running");
    case Checks:
        return tr("Checks");
    default:
        return {};
    }
}

} // namespace xynap::session
