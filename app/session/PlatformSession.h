#pragma once

#include "GatewayMonitor.h"
#include "TrunkTableModel.h"
#include "platform/ApiClient.h"

#include <QObject>

namespace xynap::session {

// One connected platform: its API client and the models the UI and the CLI read.
class PlatformSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformSession)

public:
    explicit PlatformSession(QObject *parent = nullptr);

    platform::ApiClient *api() { return &m_api; }
    TrunkTableModel *trunks() { return &m_trunks; }
    GatewayMonitor *gateways() { return &m_gateways; }
    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    bool isSandbox() const { return m_sandbox; }
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }

    void refreshTrunks();
    bool isLoading() const { return m_loading; }
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void trunksLoaded();
    void loadFailed(const QString &message);

private:
    platform::ApiClient m_api;
    TrunkTableModel m_trunks;
    GatewayMonitor m_gateways;
    QString m_displayName;
    QString m_lastError;
    bool m_sandbox = false;
    bool m_loading = false;
};

} // namespace xynap::session
