#pragma once

#include "model/GatewayStatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace xynap::esl {

struct [[nodiscard]] GatewayStatusParse {
    QList<GatewayStatus> gateways;
    QString error; // "Invalid Gateway!" and the like, or an XML error with its line
    // The reply exceeds a bound (more than maxGateways gateways, or more than MaxSnapshotBytes):
    // `error` says which; `gateways` is empty.
    bool overLimit = false;
    bool ok() const { return error.isEmpty(); }
};

// Reads `sofia xmlstatus gateway [NAME]`. Tolerant as it must be: realm, username, to, proxy
// and context are not XML-escaped by mod_sofia, and loose text may follow </gateway>.
// More than `maxGateways` gateways, or a body longer than MaxSnapshotBytes, is an error
// (overLimit): reading stops there, nothing is kept.
GatewayStatusParse parseGatewayXmlStatus(
    const QByteArray &body, int maxGateways = MaxGatewaysPerNode);

} // namespace xynap::esl
