#include "platform/PlatformApi.h"

using namespace Qt::StringLiterals;

namespace xynap::platform {

namespace {
QString trunkPath(int id)
{
    return u"/api/v1/sip/trunks/%1"_s.arg(id);
}
} // namespace

ApiJob *PlatformApi::me() const
{
    return m_client->get(u"/api/v1/auth/me"_s);
}

ApiJob *PlatformApi::trunks() const
{
    // Read one trunk at a time (trunksFromReply): a fleet's list is tens of MB of JSON.
    ApiJob *job = m_client->get(u"/api/v1/sip/trunks"_s);
    job->setRawBody(true);
    return job;
}

ApiJob *PlatformApi::trunk(int id) const
{
    return m_client->get(trunkPath(id));
}

ApiJob *PlatformApi::createTrunk(const QJsonDocument &body) const
{
    return m_client->post(u"/api/v1/sip/trunks"_s, body);
}

ApiJob *PlatformApi::updateTrunk(int id, const QJsonDocument &body, const QByteArray &ifMatch) const
{
    return m_client->put(trunkPath(id), body, ifMatch);
}

ApiJob *PlatformApi::deleteTrunk(int id, const QByteArray &ifMatch) const
{
    return m_client->remove(trunkPath(id), ifMatch);
}

ApiJob *PlatformApi::previewTrunk(const QJsonDocument &body) const
{
    return m_client->post(u"/api/v1/sip/trunks/preview"_s, body);
}

ApiJob *PlatformApi::profiles() const
{
    return m_client->get(u"/api/v1/sip/profiles"_s);
}

ApiJob *PlatformApi::ufw() const
{
    return m_client->get(u"/api/v1/firewall/ufw"_s);
}

} // namespace xynap::platform
