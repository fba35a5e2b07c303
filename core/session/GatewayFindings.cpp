#include "session/GatewayFindings.h"

#include "session/GatewayMonitor.h"
#include "session/SnapshotBuilder.h"

using namespace Qt::StringLiterals;

namespace xynap::session {

QHash<QString, QList<lint::Finding>> gatewayFindings(
    const GatewayMonitor &monitor, const ProviderCatalog &catalog)
{
    QHash<QString, QList<lint::Finding>> byGateway;
    if (!monitor.trunksKnown())
        return byGateway;
    SnapshotBuilder snapshot(catalog);
    snapshot.setTrunks(monitor.trunks());
    [[maybe_unused]] const bool running = snapshot.setRunning(monitor);
    // Only what is kept below is kept while the lint runs: a fleet has an info per trunk.
    return gatewayFindings(lint::LintEngine().run(snapshot.snapshot(), isGatewayFinding));
}

bool isGatewayFinding(const lint::Finding &f)
{
    if (f.gatewayName.isEmpty() || f.ruleId == u"XY-NOT-RUNNING"_s)
        return false;
    return f.ruleId == u"XY-NOT-APPLIED"_s || f.severity == lint::Severity::Error;
}

QHash<QString, QList<lint::Finding>> gatewayFindings(const QList<lint::Finding> &findings)
{
    QHash<QString, QList<lint::Finding>> byGateway;
    for (const lint::Finding &f : findings) {
        if (isGatewayFinding(f))
            byGateway[f.gatewayName].append(f);
    }
    return byGateway;
}

const lint::Finding *likelyCause(const QList<lint::Finding> &findings)
{
    for (const lint::Finding &f : findings) {
        if (f.severity == lint::Severity::Error && f.ruleId != u"XY-NOT-RUNNING"_s)
            return &f;
    }
    return nullptr;
}

const lint::Finding *likelyCause(const FindingRefs &findings)
{
    for (const lint::Finding *f : findings) {
        if (f->severity == lint::Severity::Error && f->ruleId != u"XY-NOT-RUNNING"_s)
            return f;
    }
    return nullptr;
}

FindingRefs findingRefsOn(
    const QHash<QString, QList<lint::Finding>> &all, const QString &gateway, const QString &node)
{
    FindingRefs out;
    const auto it = all.constFind(gateway);
    if (it == all.cend())
        return out; // the usual case
    for (const lint::Finding &f : it.value()) {
        if (f.node.isEmpty() || f.node == node)
            out.append(&f);
    }
    return out;
}

QList<lint::Finding> findingsOn(
    const QHash<QString, QList<lint::Finding>> &all, const QString &gateway, const QString &node)
{
    QList<lint::Finding> out;
    const auto it = all.constFind(gateway);
    if (it == all.cend())
        return out; // the usual case, on every repaint of every row
    for (const lint::Finding &f : it.value()) {
        if (f.node.isEmpty() || f.node == node)
            out.append(f);
    }
    return out;
}

} // namespace xynap::session
