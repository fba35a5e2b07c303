#pragma once

#include "lint/Finding.h"
#include "model/ProviderSpec.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

namespace xynap::session {

class GatewayMonitor;

// What the lint knows about the trunk behind each running gateway, for the live views (`check`,
// `status`, the NOC): a saved change FreeSWITCH does not run yet (XY-NOT-APPLIED) and every error
// of the trunk itself (a wrong realm, an IPv4 profile for 1&1, no outbound proxy …) — the likely
// cause when that gateway fails, and "will fail when applied" while it does not. Keyed by gateway
// name; drift findings carry their node.
QHash<QString, QList<lint::Finding>> gatewayFindings(
    const GatewayMonitor &monitor, const ProviderCatalog &catalog);
// Whether a finding is one of those (a gateway's, not XY-NOT-RUNNING: drift or an error).
bool isGatewayFinding(const lint::Finding &f);
// The same, from findings a full lint already produced.
QHash<QString, QList<lint::Finding>> gatewayFindings(const QList<lint::Finding> &findings);

// The finding that best explains a failing gateway on `node`: an error of its trunk, else nullptr.
const lint::Finding *likelyCause(const QList<lint::Finding> &findings);
// The findings of `gateway` that concern `node` (drift is per node; trunk errors are everywhere).
QList<lint::Finding> findingsOn(
    const QHash<QString, QList<lint::Finding>> &all, const QString &gateway, const QString &node);
// The same without copying a finding (every repaint of every row asks): pointers into `all`.
using FindingRefs = QVarLengthArray<const lint::Finding *, 4>;
FindingRefs findingRefsOn(
    const QHash<QString, QList<lint::Finding>> &all, const QString &gateway, const QString &node);
const lint::Finding *likelyCause(const FindingRefs &findings);

} // namespace xynap::session
