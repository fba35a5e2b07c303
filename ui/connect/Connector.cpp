#include "Connector.h"

#include "platform/SecretStore.h"
#include "session/PlatformSession.h"

#include <QInputDialog>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using platform::SecretResult;
using platform::SecretStore;

Connector::Connector(
    session::PlatformSession *session, platform::SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_secrets(secrets)
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
    m_sessionEslPassword = sessionEslPassword;
    m_eslPasswords.clear();
    m_notes.clear();

    platform::ApiClient *api = m_session->api();
    QString error;
    if (!api->setCaFile(profile.caFile, &error)) {
        Q_EMIT failed(tr("The profile's CA file cannot be used: %1").arg(error));
        return;
    }
    if (!api->setPublicKeyPin(profile.publicKeyPin, &error)) {
        Q_EMIT failed(tr("The profile's public-key pin cannot be used: %1").arg(error));
        return;
    }
    m_session->setDisplayName(profile.name);
    api->setBaseUrl(profile.apiUrl);
    api->setAllowInsecureHttp(profile.allowInsecureHttp);
    api->setTotalDeadlineMs(profile.requestDeadlineSeconds * 1000);
    if (!sessionToken.isEmpty()) {
        m_notes.append(tr("The API token is used for this session only."));
        api->setToken(sessionToken);
    }
    readEslPasswords(0);
}

void Connector::readEslPasswords(int index)
{
    if (index == m_profile.eslEndpoints.size()) {
        for (int i = 0; i < m_profile.eslEndpoints.size(); ++i) {
            const platform::EslEndpoint &e = m_profile.eslEndpoints.at(i);
            m_session->gateways()->addNode(e.toString(), e.host, e.port, m_eslPasswords.at(i));
        }
        readToken();
        return;
    }
    const platform::EslEndpoint e = m_profile.eslEndpoints.at(index);
    const QString env = qEnvironmentVariable("XYNAP_ESL_PASSWORD");
    if (!m_sessionEslPassword.isEmpty() || !env.isEmpty()) {
        m_eslPasswords.append(!m_sessionEslPassword.isEmpty() ? m_sessionEslPassword : env);
        readEslPasswords(index + 1);
        return;
    }
    m_secrets->read(SecretStore::eslPasswordKey(m_profile.name, e.toString()), this,
        [this, index, e](const SecretResult &r) {
            // No entry: FreeSWITCH's default password, as a fresh event_socket.conf.xml has it.
            m_eslPasswords.append(r.ok() ? r.secret : u"ClueCon"_s);
            if (!r.ok() && r.status != SecretResult::Status::NotFound)
                m_notes.append(tr("The Event Socket password for %1 could not be read from the "
                                  "keychain (%2); FreeSWITCH's default is tried.")
                                   .arg(e.toString(), r.error));
            readEslPasswords(index + 1);
        });
}

void Connector::readToken()
{
    platform::ApiClient *api = m_session->api();
    if (api->hasToken()) {
        finish({});
        return;
    }
    const QString env = qEnvironmentVariable("XYNAP_TOKEN");
    if (!env.isEmpty()) {
        finish(env);
        return;
    }
    m_secrets->read(SecretStore::apiTokenKey(m_profile.name), this, [this](const SecretResult &r) {
        if (r.ok()) {
            finish(r.secret);
            return;
        }
        const QString why = r.status == SecretResult::Status::NotFound
            ? tr("No API token is stored in the keychain for %1.").arg(m_profile.name)
            : tr("The keychain cannot be used (%1).").arg(r.error);
        const QString token = m_askToken(m_profile.name, why);
        m_notes.append(token.isEmpty()
                ? why + u' ' + tr("The console runs without a token: the platform refuses it.")
                : why + u' ' + tr("The API token is used for this session only."));
        finish(token);
    });
}

void Connector::finish(const QString &token)
{
    if (!token.isEmpty())
        m_session->api()->setToken(token);
    m_session->setConnectionNote(m_notes.join(u' '));
    m_session->checkIdentity();
    m_session->refreshTrunks();
    Q_EMIT connected();
}

} // namespace xynap::ui
