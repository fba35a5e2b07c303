#pragma once

#include "esl/Connection.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionRules.h"

#include <QObject>
#include <memory>
#include <optional>
#include <vector>

namespace xynap::session {

// "Test" in the connect dialog: signs in to the Platform API with /auth/me and to the Event
// Socket of every node of the profile with its password, each at once, and reports each answer
// as it comes. Nothing is changed on the platform; each Event Socket connection is closed again
// as soon as it answered.
class ConnectionTest final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTest)

public:
    struct NodeResult {
        platform::EslEndpoint endpoint;
        bool ok = false;
        esl::LinkError error = esl::LinkError::None;
        QString detail; // translated, from the connection, when !ok
    };

    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    // The profile must have passed ConnectionRules::check(). `eslPasswords` per endpoint.
    void start(const platform::ConnectionProfile &profile, const platform::Credentials &secrets);
    bool isRunning() const { return m_pending > 0; }

Q_SIGNALS:
    // `identity` is set when the API answered with who the token belongs to.
    void apiChecked(const xynap::platform::ApiResult &result,
        const std::optional<xynap::platform::Identity> &identity);
    void nodeChecked(int index, const xynap::session::ConnectionTest::NodeResult &result);
    void finished();

private:
    void oneDone();

    platform::ApiClient m_api;
    std::vector<std::unique_ptr<esl::Connection>> m_nodes;
    int m_pending = 0;
    int m_generation = 0;
};

} // namespace xynap::session
