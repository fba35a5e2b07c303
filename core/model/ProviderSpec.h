#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace xynap {

enum class AddressFamily { Any, IPv4, IPv6 };

struct ProviderRange {
    QString cidr;
    QStringList services; // "sip-udp", "sip-tls", ...
};

// What a SIP provider requires, read from resources/providers/<id>.json: a third provider is a
// file, not code.
struct ProviderSpec {
    QString id;
    QString name;
    AddressFamily family = AddressFamily::Any;
    bool registers = false;
    QString proxy;
    QString outboundProxy;
    bool outboundProxyMandatory = false;
    QString realm;
    QString profile;
    int pingSeconds = 0;
    int expireSeconds = 3600;
    int retrySeconds = 30;
    bool callerIdInFrom = false;
    QHash<QString, QStringList> hosts; // host name -> addresses it resolves to
    QList<ProviderRange> signalling;
    QList<QPair<int, int>> mediaPorts;
    QStringList enabledSourceAddresses; // IP authentication: addresses enabled at the provider
    QString notes;

    // Does this provider own the host (a known name or an address in its ranges)?
    bool ownsHost(const QString &host) const;
};

ProviderSpec providerFromJson(const QJsonObject &json);

class ProviderCatalog {
public:
    // The catalog compiled into the binaries (":/providers/*.json").
    static const ProviderCatalog &builtIn();
    static ProviderCatalog fromDirectory(const QString &path);

    void add(const ProviderSpec &spec) { m_providers.append(spec); }
    const QList<ProviderSpec> &providers() const { return m_providers; }
    const ProviderSpec *find(const QString &id) const;
    // The provider that owns a host name or address, or nullptr.
    const ProviderSpec *ownerOf(const QString &host) const;

private:
    QList<ProviderSpec> m_providers;
};

} // namespace xynap
