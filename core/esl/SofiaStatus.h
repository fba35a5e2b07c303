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
//
// `fields` says what GatewayStatus::fields keeps: every element (for a test that compares two
// replies element by element), or only those the console reads (GatewayFields::readNames()),
// which is what a node's gateways are held in memory as.
enum class Fields { All, Read };
GatewayStatusParse parseGatewayXmlStatus(
    const QByteArray &body, int maxGateways = MaxGatewaysPerNode, Fields fields = Fields::All);

} // namespace xynap::esl
