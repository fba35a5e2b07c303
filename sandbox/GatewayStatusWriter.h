#pragma once

#include "sandbox/GatewayTable.h"

#include <QByteArray>
#include <QString>

namespace xynap::sandbox {

class SimScheduler;

// What FreeSWITCH prints about its profiles and gateways — `sofia status`, `sofia status gateway
// NAME`, `sofia xmlstatus [gateway [NAME] | profile NAME]` — byte for byte as the captures, read
// from a GatewayTable at the scheduler's time.
class GatewayStatusWriter {
public:
    GatewayStatusWriter(const GatewayTable &table, const SimScheduler &scheduler)
        : m_table(table)
        , m_scheduler(scheduler)
    {
    }

    QByteArray statusTable() const; // sofia status
    QByteArray xmlStatus() const; // sofia xmlstatus
    QByteArray xmlStatusGateway(const QString &name) const; // sofia xmlstatus gateway [NAME]
    QByteArray statusGateway(const QString &name) const; // sofia status gateway NAME
    QByteArray xmlStatusProfile(const QString &name) const; // sofia xmlstatus profile NAME

private:
    QByteArray gatewayXml(const SimGateway &gw, int indent) const;

    const GatewayTable &m_table;
    const SimScheduler &m_scheduler;
};

} // namespace xynap::sandbox
