#pragma once

#include "platform/ApiClient.h"

#include <QJsonDocument>

namespace xynap::platform {

// The Platform API's resources (resources/api/platform-api.yaml), typed: nobody outside this
// file writes an "/api/v1/…" path.
class PlatformApi final {
public:
    explicit PlatformApi(ApiClient *client)
        : m_client(client)
    {
    }

    ApiJob *me() const; // GET /auth/me: who the token belongs to and what it may do
    ApiJob *trunks() const; // GET /sip/trunks (with ETags)
    ApiJob *trunk(int id) const;
    ApiJob *createTrunk(const QJsonDocument &body) const;
    ApiJob *updateTrunk(int id, const QJsonDocument &body, const QByteArray &ifMatch) const;
    ApiJob *deleteTrunk(int id, const QByteArray &ifMatch) const;
    ApiJob *previewTrunk(const QJsonDocument &body) const; // the <gateway> FreeSWITCH would get
    ApiJob *profiles() const; // GET /sip/profiles
    ApiJob *ufw() const; // GET /firewall/ufw

private:
    ApiClient *m_client;
};

} // namespace xynap::platform
