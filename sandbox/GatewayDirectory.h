#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace xynap::sandbox {

// One <gateway> as FreeSWITCH reads it from a mod_xml_curl directory document.
struct GatewayDefinition {
    QString name;
    QHash<QString, QString> params;
    QString param(const QString &key) const { return params.value(key); }
};

struct GatewayDirectory {
    bool notFound = false; // the "not found" result document
    QList<GatewayDefinition> gateways;
    QString error; // a document FreeSWITCH could not parse
};

// Reads gateways where mod_sofia reads them: domain/user/gateways/gateway and
// domain/groups/group/users/user/gateways/gateway — never domain/users/user. Params may sit
// directly under <gateway> or inside <params>.
GatewayDirectory parseGatewayDirectory(const QByteArray &xml);

} // namespace xynap::sandbox
