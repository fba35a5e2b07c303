#include "ConnectDialog.h"

#include "platform/PlatformApi.h"
#include "common/Prompter.h"
#include "common/ScreenFit.h"
#include "platform/ApiClient.h"
#include "platform/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using platform::ConnectionProfile;
using platform::SecretResult;
using platform::SecretStore;

namespace {

bool isLoopbackUrl(const QUrl &url)
{
    const QHostAddress address(url.host());
    return url.host() == u"localhost"_s || (!address.isNull() && address.isLoopback());
}

} // namespace

ConnectDialog::ConnectDialog(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_esl(new QPlainTextEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_pin(new QLineEdit(this))
    , m_insecure(new QCheckBox(tr("Allow plain &HTTP to this host"), this))
    , m_insecureWarning(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_eslPassword(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Keep the secrets in the system keychain"), this))
    , m_message(new QLabel(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connect to a platform"));
    m_list->setObjectName(u"profileListWidget"_s);
    m_list->setAccessibleName(tr("Saved connection profiles"));
    m_name->setObjectName(u"profileNameLineEdit"_s);
    m_url->setObjectName(u"apiUrlLineEdit"_s);
    m_url->setPlaceholderText(tr("https://platform.example.net"));
    m_esl->setObjectName(u"eslEndpointsPlainTextEdit"_s);
    m_esl->setPlaceholderText(tr("fs1.example.net:8021 — one FreeSWITCH node per line"));
    m_esl->setTabChangesFocus(true);
    m_esl->setMaximumHeight(m_esl->fontMetrics().lineSpacing() * 4 + 12);
    m_caFile->setObjectName(u"caFileLineEdit"_s);
    m_caFile->setPlaceholderText(tr("optional: the platform's own CA (PEM)"));
    m_pin->setObjectName(u"pinLineEdit"_s);
    m_pin->setPlaceholderText(tr("optional: SHA-256 of the server's public key, base64"));
    m_insecure->setObjectName(u"allowInsecureCheckBox"_s);
    m_insecureWarning->setObjectName(u"insecureWarningLabel"_s);
    m_insecureWarning->setWordWrap(true);
    m_insecureWarning->setStyleSheet(u"QLabel { color: #a40000; }"_s);
    m_token->setObjectName(u"apiTokenLineEdit"_s);
    m_token->setEchoMode(QLineEdit::Password);
    m_eslPassword->setObjectName(u"eslPasswordLineEdit"_s);
    m_eslPassword->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"rememberCheckBox"_s);
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("Off: the secrets typed here are used for this session only and "
                              "written nowhere."));
    m_message->setObjectName(u"connectMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_connect->setObjectName(u"connectPushButton"_s);
    m_connect->setDefault(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"),
            m_caFile->text(), tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    auto *form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("Platform &API:"), m_url);
    form->addRow(tr("&Event Socket:"), m_esl);
    auto *caLabel = new QLabel(tr("CA &file:"), this);
    caLabel->setBuddy(m_caFile); // a row of two widgets gets no buddy by itself
    form->addRow(caLabel, caRow);
    form->addRow(tr("Public-key &pin:"), m_pin);
    form->addRow(QString(), m_insecure);
    form->addRow(QString(), m_insecureWarning);
    form->addRow(tr("API t&oken:"), m_token);
    form->addRow(tr("Event Socket pass&word:"), m_eslPassword);
    form->addRow(QString(), m_remember);

    auto *newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(u"newProfilePushButton"_s);
    auto *deleteButton = new QPushButton(tr("&Delete…"), this);
    deleteButton->setObjectName(u"deleteProfilePushButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(deleteButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *test = new QPushButton(tr("&Test"), this);
    test->setObjectName(u"testPushButton"_s);
    test->setToolTip(tr("Sign in with /api/v1/auth/me and show who the token belongs to."));
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(u"savePushButton"_s);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(test, QDialogButtonBox::ActionRole);
    buttons->addButton(save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(m_message);
    right->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(buttons);

    connect(newButton, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(deleteButton, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(test, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(save, &QPushButton::clicked, this, &ConnectDialog::saveProfile);
    connect(m_connect, &QPushButton::clicked, this, &ConnectDialog::connectToPlatform);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectDialog::updateInsecureWarning);
    connect(m_insecure, &QCheckBox::toggled, this, &ConnectDialog::updateInsecureWarning);
    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString &name) {
        const auto found = platform::ProfileStore(m_settings).find(name);
        if (found)
            showProfile(*found);
    });

    reloadList();
    if (m_list->count() > 0) {
        m_list->setCurrentRow(0);
        // The profile connected to last time, preselected.
        selectProfile(m_settings->value(u"connect/lastProfile"_s).toString());
    } else {
        newProfile();
    }
    fitToScreen(this, QSize(820, 480));
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::messageText() const
{
    return m_message->text();
}

void ConnectDialog::setMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? u"QLabel { color: #a40000; }"_s : QString());
}

void ConnectDialog::reloadList()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ConnectionProfile &p : platform::ProfileStore(m_settings).profiles())
        m_list->addItem(p.name);
}

void ConnectDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items = m_list->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
}

void ConnectDialog::newProfile()
{
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(-1);
    showProfile({});
    m_name->setFocus();
}

void ConnectDialog::showProfile(const ConnectionProfile &p)
{
    m_name->setText(p.name);
    m_url->setText(p.apiUrl.toString());
    QStringList endpoints;
    for (const platform::EslEndpoint &e : p.eslEndpoints)
        endpoints.append(e.toString());
    m_esl->setPlainText(endpoints.join(u'\n'));
    m_caFile->setText(p.caFile);
    m_pin->setText(p.publicKeyPin);
    m_insecure->setChecked(p.allowInsecureHttp);
    m_token->clear();
    m_eslPassword->clear();
    setMessage({}, false);
    updateInsecureWarning();
    updateSecretHints();
}

void ConnectDialog::updateInsecureWarning()
{
    const QUrl url(m_url->text().trimmed());
    const bool plainRemote
        = url.scheme() == u"http"_s && !url.host().isEmpty() && !isLoopbackUrl(url);
    m_insecure->setVisible(plainRemote || m_insecure->isChecked());
    m_insecureWarning->setVisible(plainRemote);
    m_insecureWarning->setText(m_insecure->isChecked()
            ? tr("⚠ Plain HTTP: the API token and every change travel unencrypted and can be "
                 "read or altered on the way. The console keeps a warning on screen.")
            : tr("Plain HTTP to a host other than this computer is refused. Use https://, or "
                 "tick the box to allow it for this profile."));
}

// Says, per secret, whether the keychain holds one — without ever showing it.
void ConnectDialog::updateSecretHints()
{
    const QString name = m_name->text().trimmed();
    m_token->setPlaceholderText(tr("not stored"));
    m_eslPassword->setPlaceholderText(tr("not stored: FreeSWITCH's default is tried"));
    if (name.isEmpty())
        return;
    m_secrets->read(SecretStore::apiTokenKey(name), this, [this, name](const SecretResult &r) {
        if (m_name->text().trimmed() != name)
            return;
        m_token->setPlaceholderText(r.ok() ? tr("stored in the keychain — type to replace")
                : r.status == SecretResult::Status::NotFound ? tr("not stored")
                                                             : tr("keychain: %1").arg(r.error));
    });
    const QString first = m_esl->toPlainText().section(u'\n', 0, 0).trimmed();
    const auto endpoint = platform::EslEndpoint::parse(first);
    if (!endpoint)
        return;
    m_secrets->read(SecretStore::eslPasswordKey(name, endpoint->toString()), this,
        [this, name](const SecretResult &r) {
            if (m_name->text().trimmed() != name)
                return;
            if (r.ok())
                m_eslPassword->setPlaceholderText(tr("stored in the keychain — type to replace"));
            else if (r.status != SecretResult::Status::NotFound)
                m_eslPassword->setPlaceholderText(tr("keychain: %1").arg(r.error));
        });
}

std::optional<ConnectionProfile> ConnectDialog::formProfile()
{
    const auto problem = [this](QWidget *field, const QString &text) {
        setMessage(text, true);
        field->setFocus();
        return std::nullopt;
    };
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    if (p.name.isEmpty())
        return problem(m_name, tr("Name: give the profile a name, e.g. production."));
    if (p.name.contains(u'/'))
        return problem(m_name, tr("Name: \"/\" cannot be part of a profile name."));
    p.apiUrl = QUrl(m_url->text().trimmed());
    if (!p.apiUrl.isValid() || p.apiUrl.host().isEmpty()
        || (p.apiUrl.scheme() != u"https"_s && p.apiUrl.scheme() != u"http"_s))
        return problem(m_url,
            tr("Platform API: \"%1\" is not an http(s) URL such as https://platform.example.net.")
                .arg(m_url->text()));
    p.allowInsecureHttp = m_insecure->isChecked();
    if (p.apiUrl.scheme() == u"http"_s && !isLoopbackUrl(p.apiUrl) && !p.allowInsecureHttp)
        return problem(m_url,
            tr("Platform API: plain HTTP to %1 is refused. Use https://, or allow plain HTTP "
               "for this profile.")
                .arg(p.apiUrl.host()));
    const QStringList lines = m_esl->toPlainText().split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const auto endpoint = platform::EslEndpoint::parse(lines.at(i));
        if (!endpoint)
            return problem(m_esl,
                tr("Event Socket, line %1: \"%2\" is not HOST:PORT (IPv6 in brackets: "
                   "[2001:db8::1]:8021).")
                    .arg(i + 1)
                    .arg(lines.at(i).trimmed()));
        p.eslEndpoints.append(*endpoint);
    }
    p.caFile = m_caFile->text().trimmed();
    if (!p.caFile.isEmpty()) // kept absolute: the profile is used from any directory
        p.caFile = QFileInfo(p.caFile).absoluteFilePath();
    p.publicKeyPin = m_pin->text().trimmed();
    platform::ApiClient check;
    QString error;
    if (!check.setCaFile(p.caFile, &error))
        return problem(m_caFile, tr("CA file: %1").arg(error));
    if (!check.setPublicKeyPin(p.publicKeyPin, &error))
        return problem(m_pin, tr("Public-key pin: %1").arg(error));
    return p;
}

// Writes the typed secrets to the keychain. What the keychain cannot keep stays for this session
// only; the message says so. `done` runs once every write has answered.
void ConnectDialog::storeSecrets(const ConnectionProfile &p, std::function<void()> done)
{
    const QString token = m_token->text().trimmed();
    const QString eslPassword = m_eslPassword->text();
    m_sessionToken.clear();
    m_sessionEslPassword.clear();
    if (!m_remember->isChecked()) {
        m_sessionToken = token;
        m_sessionEslPassword = eslPassword;
        done();
        return;
    }
    QList<std::pair<QString, QString>> writes; // key, secret
    if (!token.isEmpty())
        writes.append({SecretStore::apiTokenKey(p.name), token});
    if (!eslPassword.isEmpty())
        for (const platform::EslEndpoint &e : p.eslEndpoints)
            writes.append({SecretStore::eslPasswordKey(p.name, e.toString()), eslPassword});
    if (writes.isEmpty()) {
        done();
        return;
    }
    auto pending = std::make_shared<int>(int(writes.size()));
    auto failures = std::make_shared<QStringList>();
    auto timeouts = std::make_shared<QStringList>(); // may still land later (SecretStore)
    for (const auto &[key, secret] : std::as_const(writes)) {
        const bool isToken = key == SecretStore::apiTokenKey(p.name);
        m_secrets->write(key, secret, this,
            [this, pending, failures, timeouts, isToken, token, eslPassword, done](
                const SecretResult &r) {
                if (!r.ok()) {

                    if (isToken)
                        m_sessionToken = token;
                    else
                        m_sessionEslPassword = eslPassword;
                    QStringList *list = r.status == SecretResult::Status::Timeout ? timeouts.get()
                                                                                  : failures.get();
                    if (!list->contains(r.error))
                        list->append(r.error);
                }
                if (--*pending > 0)
                    return;
                QStringList said;
                if (!failures->isEmpty())
                    said.append(tr("The keychain could not keep the secrets (%1). They are used "
                                   "for this session only and written nowhere.")
                                    .arg(failures->join(u"; "_s)));
                if (!timeouts->isEmpty())
                    said.append(tr("The keychain did not answer in time (%1). The secrets are "
                                   "used for this session; the keychain may still store them "
                                   "later.")
                                    .arg(timeouts->join(u"; "_s)));
                if (!said.isEmpty())
                    setMessage(said.join(u' '), true);
                done();
            });
    }
}

void ConnectDialog::saveProfile()
{
    if (m_busy)
        return;
    const std::optional<ConnectionProfile> p = formProfile();
    if (!p) {
        Q_EMIT saved(false);
        return;
    }
    platform::ProfileStore(m_settings).save(*p);
    m_settings->sync();
    reloadList();
    {
        const QSignalBlocker blocker(m_list);
        selectProfile(p->name);
    }
    m_busy = true;
    storeSecrets(*p, [this, profile = *p] {
        m_busy = false;
        m_chosen = profile;
        if (m_sessionToken.isEmpty() && m_sessionEslPassword.isEmpty())
            setMessage(tr("Profile %1 saved.").arg(profile.name), false);
        m_token->clear();
        m_eslPassword->clear();
        updateSecretHints();
        Q_EMIT saved(true);
    });
}

void ConnectDialog::connectToPlatform()
{
    if (m_busy) { // a save is still writing to the keychain: connect with what it saves, not this
        setMessage(tr("Still saving to the keychain… try again in a moment."), false);
        return;
    }
    setMessage({}, false);
    QMetaObject::Connection *once = new QMetaObject::Connection;
    *once = connect(this, &ConnectDialog::saved, this, [this, once](bool ok) {
        disconnect(*once);
        delete once;
        if (ok) {
            m_settings->setValue(u"connect/lastProfile"_s, m_chosen.name);
            accept();
        }
    });
    saveProfile();
}

void ConnectDialog::testConnection()
{
    const std::optional<ConnectionProfile> p = formProfile();
    if (!p) {
        Q_EMIT tested(false, m_message->text());
        return;
    }
    m_testClient = std::make_unique<platform::ApiClient>();
    QString ignored;
    m_testClient->setBaseUrl(p->apiUrl);
    m_testClient->setAllowInsecureHttp(p->allowInsecureHttp);
    m_testClient->setCaFile(p->caFile, &ignored);
    m_testClient->setPublicKeyPin(p->publicKeyPin, &ignored);
    setMessage(tr("Signing in to %1…").arg(p->apiUrl.toString()), false);
    const auto ask = [this](const QString &token) {
        m_testClient->setToken(token);
        platform::ApiJob *job = platform::PlatformApi(m_testClient.get()).me();
        connect(job, &platform::ApiJob::finished, this, [this](const platform::ApiResult &r) {
            QString text;
            if (r.ok()) {
                const QJsonObject o = r.json.object();
                QStringList permissions;
                for (const auto &v : o.value(u"permissions"_s).toArray())
                    permissions.append(v.toString());
                text = tr("✔ Signed in as %1 (%2).")
                           .arg(o.value(u"operator"_s).toString(), permissions.join(u", "_s));
                if (!permissions.contains(u"trunks:write"_s))
                    text += u' ' + tr("This token may look, but not change trunks.");
            } else {
                text = u"✖ "_s + platform::operatorMessage(r);
            }
            setMessage(text, !r.ok());
            Q_EMIT tested(r.ok(), text);
        });
    };
    const QString typed = m_token->text().trimmed();
    if (!typed.isEmpty()) {
        ask(typed);
        return;
    }
    m_secrets->read(SecretStore::apiTokenKey(p->name), this,
        [ask](const SecretResult &r) { ask(r.ok() ? r.secret : QString()); });
}

void ConnectDialog::deleteProfile()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    if (!Prompter::instance()->confirm(this, tr("Delete profile"),
            tr("Delete the connection profile %1 and its secrets in the keychain? xynapctl "
               "uses the same profiles.")
                .arg(name),
            tr("Delete")))
        return;
    const auto found = platform::ProfileStore(m_settings).find(name);
    platform::ProfileStore(m_settings).remove(name);
    m_settings->sync();
    m_secrets->remove(SecretStore::apiTokenKey(name), this, [](const SecretResult &) {});
    if (found)
        for (const platform::EslEndpoint &e : found->eslEndpoints)
            m_secrets->remove(
                SecretStore::eslPasswordKey(name, e.toString()), this, [](const SecretResult &) {});
    reloadList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        newProfile();
    setMessage(tr("Profile %1 deleted.").arg(name), false);
}

} // namespace xynap::ui
