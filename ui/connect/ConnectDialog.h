#pragma once

#include "platform/ConnectionProfile.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSettings;

namespace xynap::platform {
class ApiClient;
class SecretStore;
} // namespace xynap::platform

namespace xynap::ui {

// "Connect to a platform": the saved connection profiles (the ones `xynapctl profile` keeps) on
// the left, the chosen one on the right — name, Platform API URL, Event Socket nodes, TLS trust
// (CA file, public-key pin), plain HTTP only when ticked — and its secrets: the API token and the
// Event Socket password, written to the system keychain only, never to the settings. "Test"
// signs in with /api/v1/auth/me. When the keychain cannot keep a secret the dialog says so and
// the secret is used for this session only.
class ConnectDialog final : public QDialog {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectDialog)

public:
    ConnectDialog(QSettings *settings, platform::SecretStore *secrets, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void selectProfile(const QString &name);
    // After accept(): the profile to connect to and the secrets for this session only (typed,
    // but not kept by the keychain or not to be kept).
    platform::ConnectionProfile profile() const { return m_chosen; }
    QString sessionToken() const { return m_sessionToken; }
    QString sessionEslPassword() const { return m_sessionEslPassword; }
    QString messageText() const;

    // The buttons' actions, for tests and shortcuts.
    void saveProfile(); // emits saved(ok)
    void connectToPlatform(); // saves, then accepts
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
    void storeSecrets(const platform::ConnectionProfile &profile, std::function<void()> done);
    void setMessage(const QString &text, bool problem);

    QSettings *m_settings;
    platform::SecretStore *m_secrets;
    QListWidget *m_list;
    QLineEdit *m_name;
    QLineEdit *m_url;
    QPlainTextEdit *m_esl;
    QLineEdit *m_caFile;
    QLineEdit *m_pin;
    QCheckBox *m_insecure;
    QLabel *m_insecureWarning;
    QLineEdit *m_token;
    QLineEdit *m_eslPassword;
    QCheckBox *m_remember;
    QLabel *m_message;
    QPushButton *m_connect;
    std::unique_ptr<platform::ApiClient> m_testClient;
    platform::ConnectionProfile m_chosen;
    QString m_sessionToken;
    QString m_sessionEslPassword;
    bool m_busy = false;
};

} // namespace xynap::ui
