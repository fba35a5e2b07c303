#include "session/ConnectionTest.h"

#include "platform/PlatformApi.h"

namespace xynap::session {

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

ConnectionTest::~ConnectionTest() = default;

void ConnectionTest::start(
    const platform::ConnectionProfile &profile, const platform::Credentials &secrets)
{
    // A test started again forgets the answers of the one before.
    const int generation = ++m_generation;
    m_nodes.clear();
    m_pending = 1 + int(profile.eslEndpoints.size());
    if (const auto problem = platform::ConnectionRules::configure(m_api, profile, secrets.token)) {
        platform::ApiResult refused;
        refused.error = platform::ApiError::Invalid;
        refused.message = problem->detail;
        Q_EMIT apiChecked(refused, std::nullopt);
        m_pending = 0;
        Q_EMIT finished();
        return;
    }
    platform::ApiJob *job = platform::PlatformApi(&m_api).me();
    connect(
        job, &platform::ApiJob::finished, this, [this, generation](const platform::ApiResult &r) {
            if (generation != m_generation)
                return;
            Q_EMIT apiChecked(
                r, r.ok() ? platform::ConnectionRules::parseIdentity(r.json) : std::nullopt);
            oneDone();
        });
    for (qsizetype i = 0; i < profile.eslEndpoints.size(); ++i) {
        const platform::EslEndpoint endpoint = profile.eslEndpoints.at(i);
        auto connection = std::make_unique<esl::Connection>();
        esl::Connection *c = connection.get();
        m_nodes.push_back(std::move(connection));
        const int index = int(i);
        // Exactly one answer per node: ready, or the first failure.
        auto answered = std::make_shared<bool>(false);
        connect(c, &esl::Connection::ready, this, [this, c, index, endpoint, answered] {
            if (std::exchange(*answered, true))
                return;
            Q_EMIT nodeChecked(index, {endpoint, true, esl::LinkError::None, {}});
            c->disconnectFromServer();
            oneDone();
        });
        connect(c, &esl::Connection::failed, this,
            [this, index, endpoint, answered](esl::LinkError error, const QString &detail) {
                if (std::exchange(*answered, true))
                    return;
                Q_EMIT nodeChecked(index, {endpoint, false, error, detail});
                oneDone();
            });
        c->connectToServer(endpoint.host, endpoint.port,
            secrets.eslPasswords.value(i, platform::ConnectionRules::defaultEslPassword()));
    }
}

void ConnectionTest::oneDone()
{
    if (--m_pending == 0)
        Q_EMIT finished();
}

} // namespace xynap::session
