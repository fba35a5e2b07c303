#pragma once

#include <QList>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <optional>

namespace xynap::platform {

struct EslEndpoint {
    QString host;
    quint16 port = 8021;
    QString toString() const;
    static std::optional<EslEndpoint> parse(const QString &hostColonPort);
    bool operator==(const EslEndpoint &) const = default;
};

// Where a platform lives. Secrets are not part of it: they live in the system keychain.
struct ConnectionProfile {
    QString name;
    QUrl apiUrl;
    QList<EslEndpoint> eslEndpoints;
    bool allowInsecureHttp = false;
    QString caFile;
    QString publicKeyPin; // SHA-256, base64
    // The longest any one Platform API request may take, start to last byte (ApiClient's
    // total deadline). Read back clamped to MinRequestDeadlineSeconds..MaxRequestDeadlineSeconds.
    int requestDeadlineSeconds = DefaultRequestDeadlineSeconds;

    static constexpr int DefaultRequestDeadlineSeconds = 30;
    static constexpr int MinRequestDeadlineSeconds = 1;
    static constexpr int MaxRequestDeadlineSeconds = 3600;

    bool operator==(const ConnectionProfile &) const = default;
};

// The profiles kept in settings, shared by the GUI and xynapctl.
class ProfileStore {
public:
    explicit ProfileStore(QSettings *settings)
        : m_settings(settings)
    {
    }
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    void save(const ConnectionProfile &profile);
    bool remove(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace xynap::platform
