#pragma once

#include "model/GatewayStatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace xynap::esl {

struct [[nodiscard]] GatewayStatusParse {
    QList<GatewayStatus> gateways;
    QString error; // "Invalid Gateway!" and the like, or an XML error with its line
    bool ok() const { return error.isEmpty(); }
};

// Reads `sofia xmlstatus gateway [NAME]`. Tolerant as it must be: realm, username, to, proxy
// and context are not XML-escaped by mod_sofia, and loose text may follow </gateway>.
GatewayStatusParse parseGatewayXmlStatus(const QByteArray &body);

} // namespace xynap::esl
