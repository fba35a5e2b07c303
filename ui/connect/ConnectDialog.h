#pragma once

#include "platform/ConnectionProfile.h"
#include "platform/ConnectionRules.h"

#include <QDialog>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace xynap::platform {
class SecretStore;
} // namespace xynap::platform
namespace xynap::session {
class ConnectionTest;
} // namespace xynap::session

namespace xynap::ui {

namespace Ui {
class ConnectDialog;
}

// "Connect to a platform": the saved connection profiles (the ones `xynapctl profile` keeps) on
// the left, the chosen one on the right — name, Platform API URL, Event Socket nodes, TLS trust
// (CA file, public-key pin), plain HTTP only when ticked — and its secrets: the API token and the
// Event Socket password, written to the system keychain only, never to the settings. "Test"
// signs in with /api/v1/auth/me and to every node's Event Socket. When the keychain cannot keep
// a secret the dialog says so and the secret is used for this session only. The rules (URL,
// loopback, trust, where secrets come from) are platform::ConnectionRules'; the form is
// ConnectDialog.ui.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    // exec()'s answer when the operator chose the demo sandbox instead of a platform.
    static constexpr int DemoRequested = 2;

    ConnectDialog(QSettings *settings, platform::SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void selectProfile(const QString &name);
    // Whether Connect may use edited fields once without saving them (not when the profile is
    // handed to another process by name).
    void setOfferUseOnce(bool offer) { m_offerUseOnce = offer; }
    // After accept(): the profile to connect to and the secrets for this session only (typed,
    // but not kept by the keychain or not to be kept).
    platform::ConnectionProfile profile() const { return m_chosen; }
    QString sessionToken() const { return m_sessionToken; }
    QString sessionEslPassword() const { return m_sessionEslPassword; }
    QString messageText() const;
    bool showsFirstRunGuidance() const;

    // The buttons' actions, for tests and shortcuts.
    void saveProfile(); // emits saved(ok)
    // Saves (asking first when a saved profile's fields were edited), then accepts.
    void connectToPlatform();
    void testConnection(); // emits tested(ok, message)
    void deleteProfile();

Q_SIGNALS:
    void saved(bool ok);
    void tested(bool ok, const QString &message);

private:
    void reloadList();
    void showProfile(const platform::ConnectionProfile &profile);
    void newProfile();
    void updateInsecureWarning();
    void updateSecretHints();
    // The form as a profile, or nullopt after naming the field that is wrong (and focusing it).
    std::optional<platform::ConnectionProfile> formProfile();
    void storeSecrets(
        const platform::ConnectionProfile &profile, const std::function<void()> &done);
    void setMessage(const QString &text, bool problem);
    void showTestLine(int row, const QString &line, bool ok);
    void connectOnce(const platform::ConnectionProfile &profile);

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QSettings *m_settings;
    platform::SecretStore *m_secrets;
    platform::CredentialResolver m_resolver;
    std::unique_ptr<session::ConnectionTest> m_test;
    QStringList m_testLines; // the API first, then one per node
    bool m_testOk = true;
    platform::ConnectionProfile m_chosen;
    QString m_sessionToken;
    QString m_sessionEslPassword;
    bool m_busy = false;
    bool m_offerUseOnce = true;
};

} // namespace xynap::ui
