// Configured versus running: what the API serves and what FreeSWITCH actually runs.
#include "lint/Rules.h"

#include <QSet>
#include <algorithm>
#include <tuple>
#include <utility>

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
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::DriftRule)

public:
    QString id() const override { return u"XY-NOT-APPLIED"_s; }
    void check(const TrunkContext &ctx, QList<Finding> &out) const override
    {
        if (!ctx.snapshot.running)
            return;
        const QStringList nodes = ctx.snapshot.runningNodes.isEmpty() ? QStringList {QString()}
                                                                      : ctx.snapshot.runningNodes;
        // The same words on every node: translated once per trunk, not once per finding (a
        // fleet has a finding per trunk per node).
        const Texts texts {tr("Apply to FreeSWITCH (killgw + rescan)"),
            tr("Only a gateway FreeSWITCH loaded while the console watched, or one applied "
               "from here, has a known version. Apply it (killgw + rescan) to be sure."),
            tr("A plain rescan never changes an existing gateway (\"Ignoring duplicate "
               "gateway\"); only killgw followed by rescan applies the saved trunk.")};
        for (const QString &node : nodes)
            checkNode(ctx, node, nodes.size() > 1, texts, out);
    }

private:
    struct Texts {
        QString applyLabel;
        QString unknownWhy;
        QString notAppliedWhy;
    };

    void checkNode(const TrunkContext &ctx, const QString &node, bool nameNode, const Texts &texts,
        QList<Finding> &out) const
    {
        const Trunk &t = ctx.trunk;
        // What runs under this name (one entry per node, rarely more): looked up, never scanned.
        const RunningGateway *running = nullptr;
        const auto sameName = ctx.runningByName.constFind(t.gatewayName);
        if (sameName != ctx.runningByName.cend()) {
            for (const RunningRef &g : sameName.value()) {
                if ((g.gateway->profile.isEmpty() || g.gateway->profile == t.profile)
                    && (node.isEmpty() || *g.node == node))
                    running = g.gateway; // a node has one entry per name; else the last
            }
        }
        const QString onNode = nameNode ? tr(" (node %1)").arg(node) : QString();
        if (!running) {
            // Down in every live view (check CRITICAL): an error here too, one severity table.
            Finding f = makeFinding(u"XY-NOT-RUNNING"_s, Severity::Error, t, {});
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
        const auto differ = [&](const QString &field, const QString &label, const QString &running,
                                const QString &saved) {
            differs.append(tr("%1 %2 instead of %3")
                               .arg(label, running.isEmpty() ? tr("(none)") : running,
                                   saved.isEmpty() ? tr("(none)") : saved));
            fields.append(field);
        };
        const GatewayFields &reported = running->fields;
        const QString savedRealm = t.realm.isEmpty() ? stripSip(t.proxy) : t.realm;
        if (!running->realm.isEmpty() && running->realm != savedRealm)
            differ(u"realm"_s, tr("realm"), running->realm, savedRealm);
        if (!running->proxy.isEmpty() && !t.proxy.isEmpty()
            && stripSip(running->proxy) != stripSip(t.proxy))
            differ(u"proxy"_s, tr("proxy"), stripSip(running->proxy), stripSip(t.proxy));
        if (t.registerEnabled && !t.username.isEmpty() && !running->username.isEmpty()
            && running->username != t.username)
            differ(u"username"_s, tr("username"), running->username, t.username);
        // From carries the from-domain, which the Platform API sets to the realm.
        const QString from = reported.value(u"from"_s);
        if (!from.isEmpty() && !t.realm.isEmpty()) {
            QString domain = stripSip(from.section(u'@', 1));
            domain = domain.section(u'>', 0, 0).section(u';', 0, 0);
            if (!domain.isEmpty() && domain != t.realm && domain.section(u':', 0, 0) != t.realm)
                differ(u"realm"_s, tr("From domain"), domain, t.realm);
        }
        // The Platform API serves the caller ID as the gateway's `extension`; xmlstatus reports it
        // as <exten>.
        const QString exten = reported.value(u"exten"_s);
        if (!exten.isEmpty() && !t.callerId.isEmpty() && exten != t.callerId)
            differ(u"caller_id"_s, tr("caller ID"), exten, t.callerId);
        const bool runningRegisters = running->state != u"NOREG"_s;
        if (!running->state.isEmpty() && runningRegisters != t.registerEnabled) {
            differs.append(t.registerEnabled ? tr("it does not register") : tr("it registers"));
            fields.append(u"register"_s);
        }
        bool ok = false;
        const int expires = reported.value(u"expires"_s).toInt(&ok);
        const int savedExpires = t.expireSeconds < 5 ? 3600 : t.expireSeconds; // as sofia.c
        if (ok && t.registerEnabled && expires != savedExpires)
            differ(u"expire_seconds"_s, tr("registration expiry"), QString::number(expires),
                QString::number(savedExpires));
        const int pingFreq = reported.value(u"pingfreq"_s).toInt(&ok);
        const int savedPing = t.pingSeconds < 5 ? 0 : t.pingSeconds; // < 5 disables pinging
        if (ok && (pingFreq < 5 ? 0 : pingFreq) != savedPing)
            differ(u"ping_seconds"_s, tr("ping interval"), QString::number(pingFreq),
                QString::number(savedPing));
        // What xmlstatus does not report: the version the node loaded last.
        const auto applied
            = ctx.snapshot.appliedVersions.constFind(node + QChar(0x1f) + t.gatewayName);
        if (differs.isEmpty() && applied != ctx.snapshot.appliedVersions.cend()
            && t.version > applied.value()) {
            differs.append(tr("the version it loaded (%1) while version %2 is saved")
                               .arg(applied.value())
                               .arg(t.version));
        }
        // Both findings below are fixed by the same apply, on this node.
        const auto offerApply = [&out, &node, &texts](Finding &f) {
            f.offersApply = true;
            f.node = node;
            f.fixLabel = texts.applyLabel;
            out.append(std::move(f));
        };
        if (differs.isEmpty() && applied == ctx.snapshot.appliedVersions.cend()) {
            // Everything FreeSWITCH reports agrees, and no node was seen loading this gateway:
            // the fields it does not report cannot be compared. Said, not taken for clean.
            Finding f = makeFinding(u"XY-APPLIED-UNKNOWN"_s, Severity::Info, t, {});
            f.message = tr("Cannot tell whether FreeSWITCH runs the saved %1 entirely: it does not "
                           "report the outbound proxy, the password, the retry interval or "
                           "caller-id-in-from, and the console has not seen it load this gateway.")
                            .arg(t.gatewayName)
                + onNode;
            f.why = texts.unknownWhy;
            offerApply(f);
            return;
        }
        if (differs.isEmpty())
            return;
        fields.removeDuplicates(); // realm and the From domain are one field
        Finding f = makeFinding(id(), Severity::Warning, t, fields);
        f.message = tr("Saved but not applied: FreeSWITCH runs %1 with %2.")
                        .arg(t.gatewayName, differs.join(u"; "_s))
            + onNode;
        f.why = texts.notAppliedWhy;
        offerApply(f);
    }
};

// A gateway FreeSWITCH runs that no trunk stands for: a deleted trunk keeps registering and
// taking calls until it is killed.
class NotServedRule final : public Rule {
    Q_DECLARE_TR_FUNCTIONS(xynap::lint::NotServedRule)

public:
    QString id() const override { return u"XY-NOT-SERVED"_s; }
    void checkSnapshot(const Snapshot &snapshot, QList<Finding> &out) const override
    {
        if (!snapshot.running || !snapshot.trunksKnown)
            return;
        QSet<QString> served;
        for (const Trunk &t : snapshot.trunks)
            served.insert(t.gatewayName);
        const bool nameNode = snapshot.runningNodes.size() > 1;
        const qsizetype first = out.size();
        for (const NodeRunning &node : *snapshot.running) {
            for (const RunningGateway &g : node.gateways) {
                if (!served.contains(g.name))
                    out.append(notServed(node.node, g, nameNode));
            }
        }
        // By node, then name: a list's order moves with every delete (its last entry fills the
        // hole), and the same findings in another order would be news to every view.
        std::stable_sort(out.begin() + first, out.end(), [](const Finding &a, const Finding &b) {
            return std::tie(a.node, a.gatewayName) < std::tie(b.node, b.gatewayName);
        });
    }

private:
    Finding notServed(const QString &node, const RunningGateway &g, bool nameNode) const
    {
        Finding f;
        f.ruleId = id();
        f.severity = Severity::Warning;
        f.gatewayName = g.name;
        f.subject = g.name;
        f.node = node;
        f.message = tr("FreeSWITCH runs the gateway %1 on %2, but the Platform API serves no "
                       "trunk of that name.")
                        .arg(g.name, g.profile)
            + (nameNode ? tr(" (node %1)").arg(node) : QString());
        f.why = tr("Deleting a trunk does not stop its gateway: it keeps registering and "
                   "taking calls until it is removed with killgw.");
        // A name FreeSWITCH reported may be anything (an &#10; in xmlstatus, "_all_"): a fix
        // only from names that pass the grammar.
        if (const SuggestedCommand kill = killGatewayCommand(g.profile, g.name); kill.ok()) {
            f.fixLines = {kill.line};
            f.fixCommands = {kill};
        }
        return f;
    }
};

} // namespace

void addDriftRules(std::vector<std::unique_ptr<Rule>> &rules)
{
    rules.push_back(std::make_unique<DriftRule>());
    rules.push_back(std::make_unique<NotServedRule>());
}

} // namespace xynap::lint
