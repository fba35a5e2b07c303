#pragma once

#include <QHash>
#include <QString>

namespace xynap {

// One gateway as `sofia xmlstatus gateway` reports it.
struct GatewayStatus {
    QString node; // the FreeSWITCH node that reported it (empty: one node, unnamed)
    QString name;
    QString profile;
    QString realm;
    QString username;
    QString proxy;
    QString state; // REGED, NOREG, FAIL_WAIT, ...
    QString pingStatus; // UP / DOWN (the <status> element)
    int callsIn = 0;
    int callsOut = 0;
    int failedCallsIn = 0;
    int failedCallsOut = 0;
    QHash<QString, QString> fields; // every element, as read
};

} // namespace xynap
