#pragma once

#include "platform/ConnectionProfile.h"
#include "platform/ConnectionRules.h"

#include <QObject>
#include <QPointer>
#include <functional>

namespace xynap::platform {
class SecretStore;
}
namespace xynap::session {
class PlatformSession;
}

namespace xynap::ui {

// Connects a session to a saved connection profile: the profile's URL and TLS trust (CA file,
// public-key pin, plain HTTP only if allowed), its Event Socket nodes with their passwords, and
// the API token. The secrets are found by platform::CredentialResolver (the session-only values
// typed into the connect dialog, then XYNAP_TOKEN / XYNAP_ESL_PASSWORD, then the keychain), the
// profile is applied by platform::ConnectionRules, as xynapctl does both. When the keychain has no
// token or cannot be used, the connector says so and asks for a token for this session only
// (askToken), which it writes nowhere; the session's connection note keeps saying so in the window.
class Connector final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Connector)

public:
    // Returns the token typed for this session, or an empty string to go on without one.
    using AskToken = std::function<QString(const QString &profile, const QString &why)>;

    Connector(session::PlatformSession *session, platform::SecretStore *secrets,
        QObject *parent = nullptr);
    void setAskToken(AskToken ask) { m_askToken = std::move(ask); }

    void start(const platform::ConnectionProfile &profile, const QString &sessionToken = {},
        const QString &sessionEslPassword = {});

Q_SIGNALS:
    // Configured: the identity check and the first load are running.
    void connected();
    // A setting of the profile cannot be used (its CA file, its pin); nothing was sent.
    void failed(const QString &message);

private:
    void resolved(const platform::Credentials &credentials);

    session::PlatformSession *m_session;
    platform::CredentialResolver m_resolver;
    AskToken m_askToken;
    platform::ConnectionProfile m_profile;
};

} // namespace xynap::ui
