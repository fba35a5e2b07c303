#include "lint/LintEngine.h"

#include "lint/Rules.h"

#include <QCoreApplication>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace xynap::lint {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("xynap::lint", text);
}

QString normalizedDomain(const QString &domain)
{
    QString d = domain.trimmed().toLower();
    if (d.endsWith(u'.'))
        d.chop(1);
    return d;
}

bool isFamily(const QString &address, QAbstractSocket::NetworkLayerProtocol family)
{
    QHostAddress a;
    return a.setAddress(address.trimmed()) && a.protocol() == family;
}

Finding makeFinding(
    const QString &ruleId, Severity severity, const Trunk &trunk, const QStringList &fields)
{
    Finding f;
    f.ruleId = ruleId;
    f.severity = severity;
    f.trunkId = trunk.id;
    f.gatewayName = trunk.gatewayName;
    f.fields = fields;
    return f;
}

LintEngine::LintEngine()
{
    addAddressRules(m_rules);
    addProviderRules(m_rules);
    addGatewayRules(m_rules);
    addNumberRules(m_rules);
    addDriftRules(m_rules);
    addCoverageRules(m_rules);
}

QStringList LintEngine::ruleIds() const
{
    QStringList ids;
    for (const auto &r : m_rules)
        ids.append(r->id());
    return ids;
}

namespace {
// What every rule looks up per trunk: the profiles by name, the providers by id and what runs by
// gateway name.
struct Lookups {
    explicit Lookups(const Snapshot &snapshot)
    {
        profiles.reserve(snapshot.profiles.size());
        for (const SofiaProfile &p : snapshot.profiles)
            profiles.insert(p.name, &p);
        for (const ProviderSpec &p : snapshot.catalog.providers())
            providers.insert(p.id.toLower(), &p);
        if (snapshot.running) {
            qsizetype size = 0;
            for (const NodeRunning &node : *snapshot.running)
                size += node.gateways.size();
            running.reserve(size);
            for (const NodeRunning &node : *snapshot.running) {
                for (const RunningGateway &g : node.gateways)
                    running[g.name].append({&g, &node.node});
            }
        }
    }
    TrunkContext contextOf(const Trunk &t, const Snapshot &snapshot) const
    {
        return {t, profiles.value(t.profile), providers.value(t.provider.toLower()), snapshot,
            profiles, running};
    }
    QHash<QString, const SofiaProfile *> profiles;
    QHash<QString, const ProviderSpec *> providers;
    RunningByName running;
};
} // namespace

QList<Finding> LintEngine::run(const Snapshot &snapshot) const
{
    return run(snapshot, {});
}

QList<Finding> LintEngine::run(
    const Snapshot &snapshot, const std::function<bool(const Finding &)> &keep) const
{
    const Lookups lookups(snapshot);
    QList<Finding> findings;
    QList<Finding> scratch;
    QList<Finding> &out = keep ? scratch : findings;
    const auto sift = [&] {
        if (!keep)
            return;
        for (Finding &f : scratch) {
            if (keep(f))
                findings.append(std::move(f));
        }
        scratch.clear();
    };
    for (const Trunk &t : snapshot.trunks) {
        const TrunkContext ctx = lookups.contextOf(t, snapshot);
        for (const auto &rule : m_rules)
            rule->check(ctx, out);
        sift();
    }
    for (const auto &rule : m_rules)
        rule->checkSnapshot(snapshot, out);
    sift();
    return findings;
}

QList<Finding> LintEngine::runOnTrunk(const Trunk &draft, const Snapshot &snapshot) const
{
    Snapshot s = snapshot;
    s.ufw.reset(); // coverage findings are about the platform, never about one draft
    s.acl.reset();
    const Trunk *inSnapshot = nullptr;
    if (draft.id != 0) {
        for (qsizetype i = 0; i < s.trunks.size(); ++i) {
            if (s.trunks.at(i).id == draft.id) {
                s.trunks[i] = draft;
                inSnapshot = &s.trunks.at(i);
                break;
            }
        }
    }
    if (!inSnapshot) {
        s.trunks.append(draft);
        inSnapshot = &s.trunks.constLast();
    }
    // Only the draft's own checks, and the rules that compare it with the other trunks (a
    // duplicate name, a gateway no trunk stands for): not every rule over every trunk, which is
    // what the editor paid per keystroke before.
    const Lookups lookups(s);
    QList<Finding> all;
    const TrunkContext ctx = lookups.contextOf(*inSnapshot, s);
    for (const auto &rule : m_rules)
        rule->check(ctx, all);
    for (const auto &rule : m_rules)
        rule->checkSnapshot(s, all);
    all.removeIf([&draft](const Finding &f) {
        return f.trunkId != draft.id || f.gatewayName != draft.gatewayName;
    });
    return all;
}

int exitCodeFor(const QList<Finding> &findings)
{
    int code = 0;
    for (const Finding &f : findings) {
        if (f.severity == Severity::Error)
            return 2;
        if (f.severity == Severity::Warning)
            code = 1;
    }
    return code;
}

} // namespace xynap::lint
