#include "sandbox/GatewayTable.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace xynap::sandbox {

void SimProfile::add(std::unique_ptr<SimGateway> gw)
{
    byName.insert(gw->name, gw.get());
    byUid.insert(gw->uid, gw.get());
    gateways.push_back(std::move(gw));
}

void SimProfile::remove(quint64 uid)
{
    SimGateway *gw = byUid.take(uid);
    if (!gw)
        return;
    byName.remove(gw->name, gw);
    std::erase_if(gateways, [gw](const std::unique_ptr<SimGateway> &g) { return g.get() == gw; });
}

void SimProfile::clear()
{
    byName.clear();
    byUid.clear();
    gateways.clear();
}

void GatewayTable::setProfiles(
    const QList<SofiaProfile> &profiles, const QHash<QString, int> &calls)
{
    m_profiles.clear();
    for (const SofiaProfile &config : profiles) {
        auto p = std::make_unique<SimProfile>();
        p->config = config;
        p->calls = calls.value(config.name);
        m_profiles.push_back(std::move(p));
    }
}

SimProfile *GatewayTable::profile(const QString &name)
{
    for (const auto &p : m_profiles) {
        if (p->config.name == name)
            return p.get();
    }
    return nullptr;
}

const SimProfile *GatewayTable::profile(const QString &name) const
{
    return const_cast<GatewayTable *>(this)->profile(name);
}

SimGateway *GatewayTable::gateway(const QString &profileName, quint64 uid)
{
    SimProfile *p = profile(profileName);
    return p ? p->byUid.value(uid) : nullptr;
}

const SimGateway *GatewayTable::find(const QString &rawName) const
{
    QString profileName;
    QString name = rawName;
    const qsizetype sep = rawName.indexOf(u"::"_s);
    if (sep > 0) {
        profileName = rawName.left(sep);
        name = rawName.mid(sep + 2);
    }
    const SimGateway *best = nullptr;
    for (const auto &p : m_profiles) {
        if (!profileName.isEmpty() && p->config.name != profileName)
            continue;
        for (auto it = p->byName.constFind(name); it != p->byName.cend() && it.key() == name;
             ++it) {
            if (!best || (*it)->uid > best->uid)
                best = *it;
        }
    }
    return best;
}

QStringList GatewayTable::gatewayNames(const QString &profileName) const
{
    QStringList names;
    if (const SimProfile *p = profile(profileName)) {
        for (const auto &gw : p->gateways)
            names.append(gw->name);
    }
    return names;
}

int GatewayTable::calls(const QString &profileName) const
{
    int total = 0;
    for (const auto &p : m_profiles) {
        if (profileName.isEmpty() || p->config.name == profileName)
            total += p->calls;
    }
    return total;
}

} // namespace xynap::sandbox
