#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

class QSettings;

namespace xynap::session {

// Which saved version of each trunk each FreeSWITCH node loaded last (GatewayMonitor's
// appliedVersions()), kept per platform beside the console's settings file (`settings` says
// where; a file of their own, one line per gateway), so that "saved, not applied" survives a
// restart of the console or a run of xynapctl. Not secret: node, gateway, version. What earlier
// versions kept in the settings is read while there is no file, and removed by the next save.
QHash<QString, int> loadAppliedVersions(QSettings &settings, const QString &platform);
void saveAppliedVersions(
    QSettings &settings, const QString &platform, const QHash<QString, int> &versions);

// The gateways each node was last seen running (GatewayMonitor::seenGateways()), by node: kept
// the same way, whether or not a Platform API is known.
QHash<QString, QDateTime> loadSeenGateways(QSettings &settings);
void saveSeenGateways(QSettings &settings, const QHash<QString, QDateTime> &seen);

} // namespace xynap::session
