// Configured versus running: what the API serves and what FreeSWITCH actually runs.
#include "Rules.h"

using namespace Qt::StringLiterals;

namespace xynap::lint {

namespace {

QString stripSip(QString v)
{
    v = v.trimmed();
    if (v.startsWith(u"sip:"_s, Qt::CaseInsensitive))
        v = v.mid(4);
    return v;
}

class DriftRule final : public Rule {
public:
    QString id() const override { return u"XY-NOT-APPLIED"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.snapshot.running)
            return;
        const QStringList nodes = ctx.snapshot.runningNodes.isEmpty() ? QStringList {QString()}
                                                                      : ctx.snapshot.runningNodes;
        for (const QString &node : nodes)
            checkNode(ctx, node, nodes.size() > 1, out);
    }

private:
    void checkNode(
        const TrunkContext &ctx, const QString &node, bool nameNode, QList<Finding> &out) const
    {
        const Trunk &t = ctx.trunk;
        const GatewayStatus *running = nullptr;
        for (const GatewayStatus &g : *ctx.snapshot.running) {
            if (g.name == t.gatewayName && (g.profile.isEmpty() || g.profile == t.profile)
                && (node.isEmpty() || g.node == node))
                running = &g;
        }
        const QString onNode = nameNode ? tr(" (node %1)").arg(node) : QString();
        if (!running) {
            Finding f = makeFinding(u"XY-NOT-RUNNING"_s, Severity::Warning, t, {});
            f.message
                = tr("FreeSWITCH does not run the gateway %1 on %2.").arg(t.gatewayName, t.profile)
                + onNode;
            f.why = tr("If FreeSWITCH started before the Platform API answered, its profiles have "
                       "no gateways and never ask again; only a rescan of the profile loads them.");
            f.offersApply = true;
            f.node = node;
            f.fixLabel = tr("Rescan the profile %1").arg(t.profile);
            out.append(f);
            return;
        }
        QStringList differs;
        QStringList fields;
        const QString savedRealm = t.realm.isEmpty() ? stripSip(t.proxy) : t.realm;
        if (!running->realm.isEmpty() && running->realm != savedRealm) {
            differs.append(tr("realm %1 instead of %2").arg(running->realm, savedRealm));
            fields.append(u"realm"_s);
        }
        if (!running->proxy.isEmpty() && !t.proxy.isEmpty()
            && stripSip(running->proxy) != stripSip(t.proxy)) {
            differs.append(
                tr("proxy %1 instead of %2").arg(stripSip(running->proxy), stripSip(t.proxy)));
            fields.append(u"proxy"_s);
        }
        const bool runningRegisters = running->state != u"NOREG"_s;
        if (!running->state.isEmpty() && runningRegisters != t.registerEnabled) {
            differs.append(t.registerEnabled ? tr("it does not register") : tr("it registers"));
            fields.append(u"register"_s);
        }
        if (differs.isEmpty())
            return;
        Finding f = makeFinding(id(), Severity::Warning, t, fields);
        f.message = tr("Saved but not applied: FreeSWITCH runs %1 with %2.")
                        .arg(t.gatewayName, differs.join(u"; "_s))
            + onNode;
        f.why = tr("A plain rescan never changes an existing gateway (\"Ignoring duplicate "
                   "gateway\"); only killgw followed by rescan applies the saved trunk.");
        f.offersApply = true;
        f.node = node;
        f.fixLabel = tr("Apply to FreeSWITCH (killgw + rescan)");
        out.append(f);
    }
};

} // namespace

void addDriftRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<DriftRule>());
}

} // namespace xynap::lint
