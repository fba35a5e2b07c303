#pragma once

#include "session/DeferredSave.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class QSettings;

namespace xynap::session {

class GatewayMonitor;

// Which saved version of each trunk each FreeSWITCH node loaded last (GatewayMonitor's
// appliedVersions()), kept per platform beside the console's settings file (`settings` says
// where; a file of their own, one line per gateway), so that "saved, not applied" survives a
// restart of the console or a run of xynapctl. Not secret: node, gateway, version. What earlier
// versions kept in the settings is read while there is no file, and removed by the next save.
QHash<QString, int> loadAppliedVersions(QSettings &settings, const QString &platform);
void saveAppliedVersions(
    QSettings &settings, const QString &platform, const QHash<QString, int> &versions);

// The gateways each node was last seen running (GatewayMonitor::seenByNode(): by node, then
// name), kept the same way ("NODE\x1fNAME<TAB>time"), whether or not a Platform API is known.
using SeenGateways = QHash<QString, QHash<QString, QDateTime>>;
SeenGateways loadSeenGateways(QSettings &settings);
void saveSeenGateways(QSettings &settings, const SeenGateways &seen);

// The writes a DeferredSave makes of what a monitor remembers (the console's session and
// xynapctl's runs): its applied versions and seen gateways taken now, as shared values, and
// written to the settings' place on the writer's thread.
DeferredSave::Write appliedVersionsWrite(const GatewayMonitor &monitor, const QString &platform);
DeferredSave::Write seenGatewaysWrite(const GatewayMonitor &monitor);

} // namespace xynap::session
