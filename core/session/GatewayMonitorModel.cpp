// GatewayMonitor, part three: the table model the Gateways page, the NOC and xynapctl read, and
// the diagnosis of each row (stale, unreadable, gone, not running, not served, or diagnose()).
#include "model/SofiaNames.h"
#include "model/TimeFormat.h"
#include "session/GatewayFindings.h"
#include "session/GatewayMonitor.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::session {

const GatewayRecord *GatewayMonitor::record(const QString &node, const QString &name) const
{
    const int row = rowOf(node, name);
    return row < 0 ? nullptr : &m_rows[row];
}

const GatewayRecord *GatewayMonitor::recordAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[row] : nullptr;
}

Diagnosis GatewayMonitor::diagnosisAt(int row) const
{
    const GatewayRecord &r = m_rows[row];
    // Staleness moves with the clock alone: asked every time, never cached.
    if (r.diagnosis && r.diagnosisGeneration == m_generation && !isStale(r.node))
        return *r.diagnosis;
    Diagnosis d = diagnoseRow(r);
    if (!d.changesWithTime) {
        r.diagnosis = d;
        r.diagnosisGeneration = m_generation;
    }
    return d;
}

Diagnosis GatewayMonitor::diagnoseRow(const GatewayRecord &r) const
{
    if (isStale(r.node)) {
        const NodeStatus *node = m_links.status(r.node);
        const QDateTime last = node ? node->lastDataAt : QDateTime();
        Diagnosis d;
        d.health = Health::Unknown;
        d.summary = last.isValid() ? tr("No data since %1").arg(displayTimeOfDay(last))
                                   : tr("No data yet");
        d.detail = tr("The link to %1 is down or silent: %2")
                       .arg(r.node, node ? node->detail : QString());
        d.changesWithTime = true; // the time of day turns into a date at midnight
        return d;
    }
    if (const QString unreadable = unreadableReason(r.node); !unreadable.isEmpty()) {
        Diagnosis d;
        d.health = Health::Unknown;
        d.summary = tr("Gateway list unreadable");
        d.detail = unreadable;
        return d;
    }
    const Trunk *trunk = trunkFor(r.name);
    const ProviderSpec *provider = trunk ? m_catalog.find(trunk->provider) : nullptr;
    if (r.presence != Presence::Running && r.stoppedByOperatorAt.isValid()) {
        // Taken out of service on purpose: not a failure, and not healthy either.
        Diagnosis d;
        d.health = Health::Degraded;
        d.summary = tr("Stopped by operator at %1").arg(displayTimeOfDay(r.stoppedByOperatorAt));
        d.detail = tr("Taken out of service from this console (killgw) at %1. FreeSWITCH runs it "
                      "again after a rescan of the profile %2: Return to service.")
                       .arg(displayTimeOfDay(r.stoppedByOperatorAt), r.profile);
        return d;
    }
    if (r.presence == Presence::NotRunning) {
        Diagnosis d;
        d.health = Health::Down;
        d.summary = tr("Not running");
        d.detail = tr("The Platform API serves the trunk %1 for the profile %2, but FreeSWITCH on "
                      "%3 does not run it. If FreeSWITCH started before the API answered, its "
                      "profiles have no gateways and never ask again: rescan the profile %2.")
                       .arg(r.name, r.profile, r.node);
        return d;
    }
    if (r.presence == Presence::Gone) {
        // Text only where it is shown: the time of day costs a time zone conversion.
        const QString time = r.goneAt.isValid() ? displayTimeOfDay(r.goneAt) : tr("unknown");
        Diagnosis d;
        if (m_trunksKnown && !trunk) {
            d.health = Health::Degraded;
            d.summary = tr("Removed at %1").arg(time);
            d.detail = tr("FreeSWITCH deleted the gateway, and the Platform API no longer serves "
                          "it.");
        } else {
            d.health = Health::Down;
            d.summary = tr("Gone since %1").arg(time);
            d.detail = tr("FreeSWITCH deleted the gateway (killgw, a profile restart or a "
                          "shutdown) and has not added it again.");
        }
        return d;
    }
    Diagnosis d = diagnose(r, trunk, provider, now());
    const FindingRefs config = findingRefsOn(m_configFindings, r.name, r.node);
    if (const lint::Finding *cause = likelyCause(config); cause && d.health != Health::Healthy) {
        d.summary = tr("Likely cause: %1").arg(cause->message);
        d.detail = tr("The saved trunk has an error that explains this: %1 %2")
                       .arg(cause->message, cause->why)
            + u"\n"_s + d.detail;
    } else if (!config.isEmpty()) {
        const bool drift = std::any_of(config.cbegin(), config.cend(),
            [](const lint::Finding *f) { return f->ruleId == u"XY-NOT-APPLIED"_s; });
        if (drift || cause) {
            d.summary += u" · "_s
                + (drift ? tr("saved change not applied") : tr("will fail when applied"));
            d.detail += u"\n"_s + (drift ? config.first()->message : cause->message);
            if (d.health == Health::Healthy)
                d.health = Health::Degraded;
        }
    }
    if (m_trunksKnown && !trunk) {
        // Running, but nothing on the platform stands for it: a deleted trunk still registered.
        if (d.health == Health::Healthy)
            d.health = Health::Degraded;
        d.summary = tr("Not served by the Platform API") + u" · "_s + d.summary;
        // The command only from names that pass the grammar: a fix must be safe to paste.
        const SuggestedCommand kill = killGatewayCommand(r.profile, r.name);
        d.detail = (kill.ok() ? tr("FreeSWITCH runs this gateway, but the Platform API serves no "
                                   "trunk of this name (deleted?). It keeps registering and "
                                   "taking calls until it is removed: %1.")
                                    .arg(kill.line)
                              : tr("FreeSWITCH runs this gateway, but the Platform API serves no "
                                   "trunk of this name (deleted?). It keeps registering and "
                                   "taking calls until it is removed with killgw; its name is "
                                   "not one FreeSWITCH accepts, so no command is offered."))
            + u"\n"_s + d.detail;
    }
    return d;
}

Diagnosis GatewayMonitor::diagnosis(const QString &node, const QString &name) const
{
    const int row = rowOf(node, name);
    return row < 0 ? Diagnosis {} : diagnosisAt(row);
}

int GatewayMonitor::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int GatewayMonitor::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant GatewayMonitor::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GatewayRecord &r = m_rows[index.row()];
    switch (role) {
    case HealthRole:
        return int(diagnosisAt(index.row()).health);
    case StaleRole:
        return isStale(r.node);
    case NodeRole:
        return r.node;
    case NameRole:
        return r.name;
    case Qt::ToolTipRole:
        return diagnosisAt(index.row()).detail;
    case Qt::DisplayRole:
    case SortRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Node:
        return role == Qt::DisplayRole ? nodeLabel(r.node) : r.node;
    case Gateway:
        return r.name;
    case Profile:
        return r.profile;
    case State:
        if (r.presence != Presence::Running && r.stoppedByOperatorAt.isValid())
            return tr("STOPPED");
        if (r.presence == Presence::NotRunning)
            return tr("NOT RUNNING");
        if (r.presence == Presence::Gone)
            return tr("GONE");
        return r.state;
    case Ping:
        // The status and, for a gateway that pings, the last round trip FreeSWITCH measured.
        if (role == SortRole)
            return r.pingTimeMs;
        return r.pingTimeMs < 0 || r.presence != Presence::Running
            ? r.pingStatus
            : tr("%1 · %2 ms").arg(r.pingStatus, QLocale().toString(r.pingTimeMs, 'f', 2));
    case LastStatus:
        if (role == SortRole)
            return r.lastStatus;
        return r.lastStatus ? u"%1 %2"_s.arg(r.lastStatus).arg(r.lastPhrase) : QString();
    case Since:
        if (role == SortRole)
            return r.since;
        return displayDateTime(r.since);
    case Calls:
        // As `sofia status gateway` counts them (CallsIN/CallsOUT), from the last status read.
        if (role == SortRole)
            return r.callsIn + r.callsOut;
        return r.presence == Presence::Running ? u"%1 / %2"_s.arg(r.callsIn).arg(r.callsOut)
                                               : QString();
    case FailedCalls:
        if (role == SortRole)
            return r.failedCallsIn + r.failedCallsOut;
        return r.presence == Presence::Running
            ? u"%1 / %2"_s.arg(r.failedCallsIn).arg(r.failedCallsOut)
            : QString();
    case Summary:
        return diagnosisAt(index.row()).summary;
    default:
        return {};
    }
}

QVariant GatewayMonitor::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Node:
        return tr("Node");
    case Gateway:
        return tr("Gateway");
    case Profile:
        return tr("Profile");
    case State:
        return tr("State");
    case Ping:
        return tr("Ping");
    case LastStatus:
        return tr("Last SIP answer");
    case Since:
        return tr("Since");
    case Calls:
        return tr("Calls in / out");
    case FailedCalls:
        return tr("Failed in / out");
    case Summary:
        return tr("Diagnosis");
    default:
        return {};
    }
}

} // namespace xynap::session
