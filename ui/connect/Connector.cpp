#include "ui/connect/Connector.h"

#include "platform/ApiClient.h"
#include "platform/SecretStore.h"
#include "session/PlatformSession.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace xynap::ui {

Connector::Connector(
    session::PlatformSession *session, platform::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_resolver(secrets)
    , m_askToken([](const QString &profile, const QString &why) {
        bool ok = false;
        const QString token = QInputDialog::getText(nullptr, tr("API token for %1").arg(profile),
            why + u"\n"_s + tr("Enter the token for this session only; it is not saved."),
            QLineEdit::Password, {}, &ok);
        return ok ? token.trimmed() : QString();
    })
{
}

void Connector::start(const platform::ConnectionProfile &profile, const QString &sessionToken,
    const QString &sessionEslPassword)
{
    m_profile = profile;
    using Kind = platform::ProfileProblem::Kind;
    if (const auto problem
        = platform::ConnectionRules::checkTrust(profile.caFile, profile.publicKeyPin)) {
        Q_EMIT failed(problem->kind == Kind::CaFileUnusable
                ? tr("The profile's CA file cannot be used: %1").arg(problem->detail)
                : tr("The profile's public-key pin cannot be used: %1").arg(problem->detail));
        return;
    }
    m_session->setDisplayName(profile.name);
    m_resolver.resolve({profile, sessionToken, sessionEslPassword},
        [this](const platform::Credentials &c) { resolved(c); });
}

void Connector::resolved(const platform::Credentials &credentials)
{
    using Source = platform::Credentials::Source;
    QStringList notes; // what the keychain could not do, for the window
    m_session->loadSeenGateways(); // before the first snapshot: what vanished since is "gone"
    for (qsizetype i = 0; i < m_profile.eslEndpoints.size(); ++i) {
        const platform::EslEndpoint &e = m_profile.eslEndpoints.at(i);
        const QString error = credentials.eslErrors.value(e.toString());
        if (!error.isEmpty())
            notes.append(tr("The Event Socket password for %1 could not be read from the "
                            "keychain (%2); FreeSWITCH's default is tried.")
                             .arg(e.toString(), error));
        m_session->gateways()->addNode(
            e.toString(), e.host, e.port, credentials.eslPasswords.value(i));
    }
    QString token = credentials.token;
    if (credentials.tokenEnvironmentIgnored)
        notes.append(tr("XYNAP_TOKEN is not used: the profile %1 has its own API token in the "
                        "keychain, and a token belongs to its platform.")
                         .arg(m_profile.name));
    if (credentials.tokenSource == Source::Session) {
        notes.prepend(tr("The API token is used for this session only."));
    } else if (credentials.tokenSource == Source::None) {
        const platform::SecretResult &r = credentials.tokenLookup;
        const QString why = r.status == platform::SecretResult::Status::NotFound
            ? tr("No API token is stored in the keychain for %1.").arg(m_profile.name)
            : tr("The keychain cannot be used (%1).").arg(r.error);
        token = m_askToken(m_profile.name, why);
        notes.append(token.isEmpty()
                ? why + u' ' + tr("The console runs without a token: the platform refuses it.")
                : why + u' ' + tr("The API token is used for this session only."));
    }
    // The trust was checked in start(): configure() cannot fail here.
    (void)platform::ConnectionRules::configure(*m_session->api(), m_profile, token);
    m_session->setConnectionNote(notes.join(u' '));
    m_session->checkIdentity();
    m_session->refreshTrunks();
    Q_EMIT connected();
}

} // namespace xynap::ui
