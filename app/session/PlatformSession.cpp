#include "PlatformSession.h"

namespace xynap::session {

PlatformSession::PlatformSession(QObject *parent) : QObject(parent) { }

void PlatformSession::refreshTrunks()
{
    m_loading = true;
    platform::ApiJob *job = m_api.get(QStringLiteral("/api/v1/sip/trunks"));
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &result) {
        m_loading = false;
        if (!result.ok()) {
            m_lastError = platform::operatorMessage(result);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        QString error;
        const QList<Trunk> trunks = platform::trunksFromReply(result.json, &error);
        if (!error.isEmpty()) {
            m_lastError = tr("The Platform API sent trunks the console cannot read: %1").arg(error);
            Q_EMIT loadFailed(m_lastError);
            return;
        }
        m_lastError.clear();
        m_trunks.setTrunks(trunks);
        m_gateways.setTrunks(trunks);
        Q_EMIT trunksLoaded();
    });
}

} // namespace xynap::session
