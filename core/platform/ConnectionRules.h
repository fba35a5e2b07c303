#pragma once

#include "platform/ConnectionProfile.h"
#include "platform/SecretStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <optional>

namespace xynap::platform {

class ApiClient;

// What is wrong with a connection profile, as data: the GUI names the field in the operator's
// language, xynapctl names the option. `line` is 1-based (Event Socket lines), `detail` the
// offending text or the reason a CA file or pin cannot be used.
struct ProfileProblem {
    enum class Kind {
        NameMissing,
        NameHasSlash,
        // Not 1-128 of A-Z a-z 0-9 _ . - (model/SofiaNames, the one grammar of names): no line
        // break or escape sequence for `profile list` and the shell completion to print.
        NameInvalid,
        UrlNotHttp, // not an http(s) URL with a host
        PlainHttpRefused, // http:// to a host other than this computer, not allowed
        EslNotHostPort,
        CaFileUnusable,
        PinInvalid,
    };
    Kind kind;
    QString detail;
    int line = 0;
};

// Who a token belongs to and what it may do (GET /api/v1/auth/me).
struct Identity {
    QString operatorName;
    QStringList permissions;
    bool mayWriteTrunks() const { return permissions.contains(QStringLiteral("trunks:write")); }
};

// The rules of a connection, one place for the console, its connect dialog and xynapctl: which
// URLs are acceptable, when plain HTTP is allowed, how the TLS trust is checked and set, and
// where the secrets come from.
class ConnectionRules final {
public:
    ConnectionRules() = delete;

    // localhost or a loopback address: plain HTTP needs no permission there.
    static bool isLoopbackHost(const QString &host);
    // An http or https URL with a host.
    static bool isHttpUrl(const QUrl &url);
    // http:// to a host other than this computer: refused unless the profile allows it.
    static bool isPlainRemote(const QUrl &url);

    // One Event Socket endpoint per non-empty line.
    static std::optional<ProfileProblem> parseEslLines(
        const QString &text, QList<EslEndpoint> *endpoints);
    // The CA file can be read and holds a certificate; the pin is a SHA-256 in base64.
    static std::optional<ProfileProblem> checkTrust(const QString &caFile, const QString &pin);
    // Everything of a profile as the dialog saves it: name, URL, plain HTTP, trust.
    static std::optional<ProfileProblem> check(const ConnectionProfile &profile);

    // Sets a client up for the profile: URL, plain-HTTP permission, trust, the profile's
    // deadline and the token. A problem (the CA file or pin cannot be used) leaves the trust
    // as it was, and the client should not be used.
    static std::optional<ProfileProblem> configure(
        ApiClient &client, const ConnectionProfile &profile, const QString &token);

    // The /auth/me reply; nullopt when it is not an object with an operator.
    static std::optional<Identity> parseIdentity(const QJsonDocument &json);

    // FreeSWITCH's default Event Socket password, as a fresh event_socket.conf.xml has it.
    static QString defaultEslPassword();
    // XYNAP_TOKEN and XYNAP_ESL_PASSWORD: for scripts, they win over the keychain.
    static QString tokenFromEnvironment();
    static QString eslPasswordFromEnvironment();
    // The environment for a console started for another platform: this process's own
    // XYNAP_TOKEN / XYNAP_ESL_PASSWORD removed (they are not the other platform's), the secrets
    // typed for that session only put in their place — never on a command line.
    static QProcessEnvironment environmentForOtherConsole(const QProcessEnvironment &base,
        const QString &sessionToken, const QString &sessionEslPassword);
};

// The secrets of one connection and where each came from.
struct Credentials {
    enum class Source { Session, Environment, Keychain, Default, None };
    QString token;
    Source tokenSource = Source::None;
    // XYNAP_TOKEN was set but not used: the profile has its own, different token in the keychain
    // (a token belongs to its platform: a lab token is never sent to production).
    bool tokenEnvironmentIgnored = false;
    // When the token was not found (NotFound) or the keychain failed: its result.
    SecretResult tokenLookup;
    QStringList eslPasswords; // per endpoint, in the profile's order
    QList<Source> eslSources;
    // Endpoint (HOST:PORT) → keychain error, for the nodes whose password could not be read.
    QHash<QString, QString> eslErrors;
};

// Finds a profile's secrets in one order for every program: what was typed for this session
// only, then XYNAP_TOKEN / XYNAP_ESL_PASSWORD, then the system keychain; an Event Socket
// password found nowhere is FreeSWITCH's default. XYNAP_TOKEN applies only where no profile
// names a token: with a named profile whose keychain holds a different token, the keychain's
// is used and tokenEnvironmentIgnored says so. Asynchronous, as the keychain is.
class CredentialResolver final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialResolver)

public:
    struct Request {
        ConnectionProfile profile;
        QString sessionToken;
        QString sessionEslPassword;
        bool wantToken = true;
        bool wantEslPasswords = true;
    };
    using Done = std::function<void(const Credentials &)>;

    explicit CredentialResolver(SecretStore *secrets, QObject *parent = nullptr);
    // `done` runs once, later or at once, with everything found.
    void resolve(const Request &request, Done done);

private:
    void nextEsl(int index);
    void readToken();
    // A lookup still running for an earlier request is forgotten.
    bool isCurrent(int generation) const { return generation == m_generation; }

    SecretStore *m_secrets;
    Request m_request;
    Credentials m_result;
    Done m_done;
    int m_generation = 0;
};

} // namespace xynap::platform
