#include "model/ProviderSpec.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace xynap {

bool ProviderSpec::ownsHost(const QString &rawHost) const
{
    QString host = rawHost.trimmed().toLower();
    if (host.endsWith(u'.'))
        host.chop(1);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    if (hosts.contains(host))
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    for (const ProviderRange &range : signalling) {
        const auto subnet = QHostAddress::parseSubnet(range.cidr);
        if (address.isInSubnet(subnet))
            return true;
    }
    return false;
}

ProviderSpec providerFromJson(const QJsonObject &o)
{
    ProviderSpec p;
    p.id = o.value(u"id"_s).toString();
    p.name = o.value(u"name"_s).toString(p.id);
    const QString family = o.value(u"address_family"_s).toString();
    p.family = family == u"ipv4"_s ? AddressFamily::IPv4
        : family == u"ipv6"_s      ? AddressFamily::IPv6
                                   : AddressFamily::Any;
    p.registers = o.value(u"register"_s).toBool();
    p.proxy = o.value(u"proxy"_s).toString();
    p.outboundProxy = o.value(u"outbound_proxy"_s).toString();
    p.outboundProxyMandatory = o.value(u"outbound_proxy_mandatory"_s).toBool();
    p.realm = o.value(u"realm"_s).toString();
    p.profile = o.value(u"profile"_s).toString();
    p.pingSeconds = o.value(u"ping_seconds"_s).toInt(0);
    p.expireSeconds = o.value(u"expire_seconds"_s).toInt(3600);
    p.retrySeconds = o.value(u"retry_seconds"_s).toInt(30);
    p.callerIdInFrom = o.value(u"caller_id_in_from"_s).toBool();
    const QJsonObject hosts = o.value(u"hosts"_s).toObject();
    for (auto it = hosts.begin(); it != hosts.end(); ++it) {
        QStringList addresses;
        for (const auto &a : it.value().toArray())
            addresses.append(a.toString());
        p.hosts.insert(it.key().toLower(), addresses);
    }
    for (const auto &v : o.value(u"signalling"_s).toArray()) {
        const QJsonObject r = v.toObject();
        ProviderRange range {r.value(u"cidr"_s).toString(), {}};
        for (const auto &s : r.value(u"services"_s).toArray())
            range.services.append(s.toString());
        p.signalling.append(range);
    }
    for (const auto &v : o.value(u"media_ports"_s).toArray()) {
        const QJsonArray pair = v.toArray();
        p.mediaPorts.append({pair.at(0).toInt(), pair.at(1).toInt()});
    }
    for (const auto &a : o.value(u"enabled_source_addresses"_s).toArray())
        p.enabledSourceAddresses.append(a.toString());
    p.notes = o.value(u"notes"_s).toString();
    return p;
}

const ProviderCatalog &ProviderCatalog::builtIn()
{
    // Parsed once per process: the editor asks on every keystroke, the pages on every reload.
    static const ProviderCatalog catalog = fromDirectory(u":/providers"_s);
    return catalog;
}

ProviderCatalog ProviderCatalog::fromDirectory(const QString &path)
{
    ProviderCatalog catalog;
    const QDir dir(path);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        if (doc.isObject())
            catalog.add(providerFromJson(doc.object()));
    }
    return catalog;
}

const ProviderSpec *ProviderCatalog::find(const QString &id) const
{
    for (const ProviderSpec &p : m_providers) {
        if (p.id.compare(id, Qt::CaseInsensitive) == 0)
            return &p;
    }
    return nullptr;
}

const ProviderSpec *ProviderCatalog::ownerOf(const QString &host) const
{
    for (const ProviderSpec &p : m_providers) {
        if (p.ownsHost(host))
            return &p;
    }
    return nullptr;
}

} // namespace xynap
