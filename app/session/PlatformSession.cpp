#include "PlatformSession.h"

#include "lint/LintEngine.h"

#include <QJsonArray>
#include <QJsonObject>

namespace xynap::session {

PlatformSession::PlatformSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_api, &platform::ApiClient::requestFinished, &m_activity, &ActivityLog::addRequest);
}

void PlatformSession::checkIdentity()
{
    platform::ApiJob *job = m_api.get(QStringLiteral("/api/v1/auth/me"));
    connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &result) {
        m_permissions.clear();
        if (result.ok()) {
            m_operator = result.json.object().value(QStringLiteral("operator")).toString();
            for (const QJsonValue &p :
                result.json.object().value(QStringLiteral("permissions")).toArray())
                m_permissions.append(p.toString());
        }
        Q_EMIT identityChecked();
    });
}

void PlatformSession::relint()
{
    lint::Snapshot snapshot;
    snapshot.catalog = ProviderCatalog::builtIn();
    snapshot.trunks = m_trunks.trunks();
    snapshot.profiles = m_profiles;
    m_findings = lint::LintEngine().run(snapshot);
    m_trunks.setFindings(m_findings);
    Q_EMIT findingsChanged();
}

void PlatformSession::refreshTrunks()
{
    platform::ApiJob *profiles = m_api.get(QStringLiteral("/api/v1/sip/profiles"));
    connect(profiles, &platform::ApiJob::finished, this, [this](const platform::ApiResult &result) {
        if (!result.ok())
            return;
        m_profiles.clear();
        for (const QJsonValue &p : result.json.object().value(QStringLiteral("profiles")).toArray())
            m_profiles.append(profileFromJson(p.toObject()));
        relint();
    });
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
        relint();
        Q_EMIT trunksLoaded();
    });
}

} // namespace xynap::session
