#include "LintEngine.h"

#include "Rules.h"

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

QList<Finding> LintEngine::run(const Snapshot &snapshot) const
{
    QHash<QString, const SofiaProfile *> profiles;
    profiles.reserve(snapshot.profiles.size());
    for (const SofiaProfile &p : snapshot.profiles)
        profiles.insert(p.name, &p);
    QHash<QString, const ProviderSpec *> providers;
    for (const ProviderSpec &p : snapshot.catalog.providers())
        providers.insert(p.id.toLower(), &p);

    QList<Finding> findings;
    for (const Trunk &t : snapshot.trunks) {
        const TrunkContext ctx {t, profiles.value(t.profile), providers.value(t.provider.toLower()),
            snapshot, profiles};
        for (const auto &rule : m_rules)
            rule->check(ctx, findings);
    }
    for (const auto &rule : m_rules)
        rule->checkSnapshot(snapshot, findings);
    return findings;
}

QList<Finding> LintEngine::runOnTrunk(const Trunk &draft, const Snapshot &snapshot) const
{
    Snapshot s = snapshot;
    s.ufw.reset(); // coverage findings are about the platform, never about one draft
    s.acl.reset();
    bool replaced = false;
    for (Trunk &t : s.trunks) {
        if (draft.id != 0 && t.id == draft.id) {
            t = draft;
            replaced = true;
        }
    }
    if (!replaced)
        s.trunks.append(draft);
    QList<Finding> all = run(s);
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
