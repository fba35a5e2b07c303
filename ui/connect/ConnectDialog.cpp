#include "ui/connect/ConnectDialog.h"

#include "platform/SecretStore.h"
#include "session/ConnectionTest.h"
#include "ui/common/Prompter.h"
#include "ui/common/ScreenFit.h"
#include "ui_ConnectDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <memory>

using namespace Qt::StringLiterals;

namespace xynap::ui {

using platform::ConnectionProfile;
using platform::ConnectionRules;
using platform::ProfileProblem;
using platform::SecretResult;
using platform::SecretStore;

ConnectDialog::ConnectDialog(QSettings *settings, SecretStore *secrets, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ConnectDialog>())
    , m_settings(settings)
    , m_secrets(secrets)
    , m_resolver(secrets)
{
    m_ui->setupUi(this);
    m_ui->eslEndpointsPlainTextEdit->setMaximumHeight(
        m_ui->eslEndpointsPlainTextEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_ui->firstRunFrame->setAccessibleName(tr("First steps"));

    connect(m_ui->browsePushButton, &QPushButton::clicked, this, [this] {
        const QString file
            = QFileDialog::getOpenFileName(this, tr("CA certificate"), m_ui->caFileLineEdit->text(),
                tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
        if (!file.isEmpty())
            m_ui->caFileLineEdit->setText(file);
    });
    connect(m_ui->newProfilePushButton, &QPushButton::clicked, this, &ConnectDialog::newProfile);
    connect(
        m_ui->deleteProfilePushButton, &QPushButton::clicked, this, &ConnectDialog::deleteProfile);
    connect(m_ui->testPushButton, &QPushButton::clicked, this, &ConnectDialog::testConnection);
    connect(m_ui->savePushButton, &QPushButton::clicked, this, &ConnectDialog::saveProfile);
    connect(
        m_ui->connectPushButton, &QPushButton::clicked, this, &ConnectDialog::connectToPlatform);
    connect(m_ui->demoPushButton, &QPushButton::clicked, this, [this] { done(DemoRequested); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(
        m_ui->apiUrlLineEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateInsecureWarning);
    connect(m_ui->allowInsecureCheckBox, &QCheckBox::toggled, this,
        &ConnectDialog::updateInsecureWarning);
    connect(m_ui->profileListWidget, &QListWidget::currentTextChanged, this,
        [this](const QString &name) {
            const auto found = platform::ProfileStore(m_settings).find(name);
            if (found)
                showProfile(*found);
        });

    reloadList();
    if (m_ui->profileListWidget->count() > 0) {
        m_ui->profileListWidget->setCurrentRow(0);
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
    return m_ui->connectMessageLabel->text();
}

bool ConnectDialog::showsFirstRunGuidance() const
{
    return !m_ui->firstRunFrame->isHidden();
}

void ConnectDialog::setMessage(const QString &text, bool problem)
{
    m_ui->connectMessageLabel->setText(text);
    m_ui->connectMessageLabel->setStyleSheet(problem ? u"QLabel { color: #a40000; }"_s : QString());
}

void ConnectDialog::reloadList()
{
    QListWidget *list = m_ui->profileListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    for (const ConnectionProfile &p : platform::ProfileStore(m_settings).profiles())
        list->addItem(p.name);
    // First run: no profile yet, so say in a few lines what to enter, and offer the sandbox.
    m_ui->firstRunFrame->setHidden(list->count() > 0);
}

void ConnectDialog::selectProfile(const QString &name)
{
    const QList<QListWidgetItem *> items
        = m_ui->profileListWidget->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_ui->profileListWidget->setCurrentItem(items.first());
}

void ConnectDialog::newProfile()
{
    const QSignalBlocker blocker(m_ui->profileListWidget);
    m_ui->profileListWidget->setCurrentRow(-1);
    showProfile({});
    m_ui->profileNameLineEdit->setFocus();
}

void ConnectDialog::showProfile(const ConnectionProfile &p)
{
    m_ui->profileNameLineEdit->setText(p.name);
    m_ui->apiUrlLineEdit->setText(p.apiUrl.toString());
    QStringList endpoints;
    for (const platform::EslEndpoint &e : p.eslEndpoints)
        endpoints.append(e.toString());
    m_ui->eslEndpointsPlainTextEdit->setPlainText(endpoints.join(u'\n'));
    m_ui->caFileLineEdit->setText(p.caFile);
    m_ui->pinLineEdit->setText(p.publicKeyPin);
    m_ui->allowInsecureCheckBox->setChecked(p.allowInsecureHttp);
    m_ui->apiTokenLineEdit->clear();
    m_ui->eslPasswordLineEdit->clear();
    setMessage({}, false);
    updateInsecureWarning();
    updateSecretHints();
}

void ConnectDialog::updateInsecureWarning()
{
    const bool plainRemote
        = ConnectionRules::isPlainRemote(QUrl(m_ui->apiUrlLineEdit->text().trimmed()));
    const bool allowed = m_ui->allowInsecureCheckBox->isChecked();
    m_ui->allowInsecureCheckBox->setVisible(plainRemote || allowed);
    m_ui->insecureWarningLabel->setVisible(plainRemote);
    m_ui->insecureWarningLabel->setText(allowed
            ? tr("⚠ Plain HTTP: the API token and every change travel unencrypted and can be "
                 "read or altered on the way. The console keeps a warning on screen.")
            : tr("Plain HTTP to a host other than this computer is refused. Use https://, or "
                 "tick the box to allow it for this profile."));
}

// Says, per secret, whether the keychain holds one — without ever showing it.
void ConnectDialog::updateSecretHints()
{
    QLineEdit *token = m_ui->apiTokenLineEdit;
    QLineEdit *eslPassword = m_ui->eslPasswordLineEdit;
    const QString name = m_ui->profileNameLineEdit->text().trimmed();
    token->setPlaceholderText(tr("not stored"));
    eslPassword->setPlaceholderText(tr("not stored: FreeSWITCH's default is tried"));
    if (name.isEmpty())
        return;
    m_secrets->read(SecretStore::apiTokenKey(name), this, [this, name](const SecretResult &r) {
        if (m_ui->profileNameLineEdit->text().trimmed() != name)
            return;
        m_ui->apiTokenLineEdit->setPlaceholderText(r.ok()
                ? tr("stored in the keychain — type to replace")
                : r.status == SecretResult::Status::NotFound ? tr("not stored")
                                                             : tr("keychain: %1").arg(r.error));
    });
    const QString first
        = m_ui->eslEndpointsPlainTextEdit->toPlainText().section(u'\n', 0, 0).trimmed();
    const auto endpoint = platform::EslEndpoint::parse(first);
    if (!endpoint)
        return;
    m_secrets->read(SecretStore::eslPasswordKey(name, endpoint->toString()), this,
        [this, name](const SecretResult &r) {
            if (m_ui->profileNameLineEdit->text().trimmed() != name)
                return;
            if (r.ok())
                m_ui->eslPasswordLineEdit->setPlaceholderText(
                    tr("stored in the keychain — type to replace"));
            else if (r.status != SecretResult::Status::NotFound)
                m_ui->eslPasswordLineEdit->setPlaceholderText(tr("keychain: %1").arg(r.error));
        });
}

std::optional<ConnectionProfile> ConnectDialog::formProfile()
{
    ConnectionProfile p;
    p.name = m_ui->profileNameLineEdit->text().trimmed();
    p.apiUrl = QUrl(m_ui->apiUrlLineEdit->text().trimmed());
    p.allowInsecureHttp = m_ui->allowInsecureCheckBox->isChecked();
    p.caFile = m_ui->caFileLineEdit->text().trimmed();
    if (!p.caFile.isEmpty()) // kept absolute: the profile is used from any directory
        p.caFile = QFileInfo(p.caFile).absoluteFilePath();
    p.publicKeyPin = m_ui->pinLineEdit->text().trimmed();
    // A profile edited here keeps what only settings or xynapctl set (the request deadline).
    if (const auto stored = platform::ProfileStore(m_settings).find(p.name))
        p.requestDeadlineSeconds = stored->requestDeadlineSeconds;
    const auto eslProblem = ConnectionRules::parseEslLines(
        m_ui->eslEndpointsPlainTextEdit->toPlainText(), &p.eslEndpoints);
    auto problem = ConnectionRules::check(p);
    // The fields in the order the form shows them.
    const bool aboveEsl = problem
        && (problem->kind == ProfileProblem::Kind::NameMissing
            || problem->kind == ProfileProblem::Kind::NameHasSlash
            || problem->kind == ProfileProblem::Kind::NameInvalid
            || problem->kind == ProfileProblem::Kind::UrlNotHttp
            || problem->kind == ProfileProblem::Kind::PlainHttpRefused);
    if (eslProblem && !aboveEsl)
        problem = eslProblem;
    if (!problem)
        return p;
    QWidget *field = nullptr;
    QString text;
    switch (problem->kind) {
    case ProfileProblem::Kind::NameMissing:
        field = m_ui->profileNameLineEdit;
        text = tr("Name: give the profile a name, e.g. production.");
        break;
    case ProfileProblem::Kind::NameHasSlash:
        field = m_ui->profileNameLineEdit;
        text = tr("Name: \"/\" cannot be part of a profile name.");
        break;
    case ProfileProblem::Kind::NameInvalid:
        field = m_ui->profileNameLineEdit;
        text = tr("Name: use at most 128 letters, digits, \"_\", \".\" or \"-\", e.g. "
                  "production.");
        break;
    case ProfileProblem::Kind::UrlNotHttp:
        field = m_ui->apiUrlLineEdit;
        text = tr("Platform API: \"%1\" is not an http(s) URL such as "
                  "https://platform.example.net.")
                   .arg(m_ui->apiUrlLineEdit->text());
        break;
    case ProfileProblem::Kind::PlainHttpRefused:
        field = m_ui->apiUrlLineEdit;
        text = tr("Platform API: plain HTTP to %1 is refused. Use https://, or allow plain HTTP "
                  "for this profile.")
                   .arg(problem->detail);
        break;
    case ProfileProblem::Kind::EslNotHostPort:
        field = m_ui->eslEndpointsPlainTextEdit;
        text = tr("Event Socket, line %1: \"%2\" is not HOST:PORT (IPv6 in brackets: "
                  "[2001:db8::1]:8021).")
                   .arg(problem->line)
                   .arg(problem->detail);
        break;
    case ProfileProblem::Kind::CaFileUnusable:
        field = m_ui->caFileLineEdit;
        text = tr("CA file: %1").arg(problem->detail);
        break;
    case ProfileProblem::Kind::PinInvalid:
        field = m_ui->pinLineEdit;
        text = tr("Public-key pin: %1").arg(problem->detail);
        break;
    }
    setMessage(text, true);
    field->setFocus();
    return std::nullopt;
}

// Writes the typed secrets to the keychain. What the keychain cannot keep stays for this session
// only; the message says so. `done` runs once every write has answered.
void ConnectDialog::storeSecrets(const ConnectionProfile &p, const std::function<void()> &done)
{
    const QString token = m_ui->apiTokenLineEdit->text().trimmed();
    const QString eslPassword = m_ui->eslPasswordLineEdit->text();
    m_sessionToken.clear();
    m_sessionEslPassword.clear();
    if (!m_ui->rememberCheckBox->isChecked()) {
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
        const QSignalBlocker blocker(m_ui->profileListWidget);
        selectProfile(p->name);
    }
    m_busy = true;
    storeSecrets(*p, [this, profile = *p] {
        m_busy = false;
        m_chosen = profile;
        if (m_sessionToken.isEmpty() && m_sessionEslPassword.isEmpty())
            setMessage(tr("Profile %1 saved.").arg(profile.name), false);
        m_ui->apiTokenLineEdit->clear();
        m_ui->eslPasswordLineEdit->clear();
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
    const std::optional<ConnectionProfile> edited = formProfile();
    if (!edited)
        return;
    // A saved profile whose fields were changed here: never overwritten without asking.
    const auto stored = platform::ProfileStore(m_settings).find(edited->name);
    if (stored && *stored != *edited) {
        QStringList choices {tr("Save and connect")};
        if (m_offerUseOnce)
            choices.append(tr("Use once, don't save"));
        const int answer = Prompter::instance()->choose(this, tr("Save the changes?"),
            tr("You changed the saved profile %1. Save the changes for next time (xynapctl uses "
               "the same profiles), or use them for this connection only?")
                .arg(edited->name),
            choices);
        if (answer < 0)
            return;
        if (answer == 1) {
            connectOnce(*edited);
            return;
        }
    }
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

// The edited profile for this connection only: nothing is written, the typed secrets are used
// for this session.
void ConnectDialog::connectOnce(const ConnectionProfile &profile)
{
    m_chosen = profile;
    m_sessionToken = m_ui->apiTokenLineEdit->text().trimmed();
    m_sessionEslPassword = m_ui->eslPasswordLineEdit->text();
    m_settings->setValue(u"connect/lastProfile"_s, profile.name);
    accept();
}

void ConnectDialog::showTestLine(int row, const QString &line, bool ok)
{
    if (row < m_testLines.size())
        m_testLines[row] = line;
    m_testOk = m_testOk && ok;
    setMessage(m_testLines.join(u'\n'), !m_testOk);
}

void ConnectDialog::testConnection()
{
    const std::optional<ConnectionProfile> p = formProfile();
    if (!p) {
        Q_EMIT tested(false, messageText());
        return;
    }
    m_test = std::make_unique<session::ConnectionTest>();
    m_testOk = true;
    m_testLines = {tr("… Platform API: signing in to %1…").arg(p->apiUrl.toString())};
    for (const platform::EslEndpoint &e : p->eslEndpoints)
        m_testLines.append(tr("… Event Socket %1: connecting…").arg(e.toString()));
    setMessage(m_testLines.join(u'\n'), false);

    connect(m_test.get(), &session::ConnectionTest::apiChecked, this,
        [this](const platform::ApiResult &r, const std::optional<platform::Identity> &identity) {
            QString text;
            if (r.ok() && identity) {
                text = tr("✔ Platform API: signed in as %1 (%2).")
                           .arg(identity->operatorName, identity->permissions.join(u", "_s));
                if (!identity->mayWriteTrunks())
                    text += u' ' + tr("This token may look, but not change trunks.");
            } else {
                text = tr("✖ Platform API: %1")
                           .arg(r.ok() ? tr("the reply does not say whose token it is.")
                                       : platform::operatorMessage(r));
            }
            showTestLine(0, text, r.ok() && identity);
        });
    connect(m_test.get(), &session::ConnectionTest::nodeChecked, this,
        [this](int index, const session::ConnectionTest::NodeResult &n) {
            const QString endpoint = n.endpoint.toString();
            showTestLine(index + 1,
                n.ok ? tr("✔ Event Socket %1: signed in.").arg(endpoint)
                     : tr("✖ Event Socket %1: %2").arg(endpoint, n.detail),
                n.ok);
        });
    connect(m_test.get(), &session::ConnectionTest::finished, this,
        [this] { Q_EMIT tested(m_testOk, messageText()); });

    const platform::ConnectionProfile &profile = *p;
    m_resolver.resolve(
        {profile, m_ui->apiTokenLineEdit->text().trimmed(), m_ui->eslPasswordLineEdit->text()},
        [this, profile](const platform::Credentials &c) {
            if (m_test)
                m_test->start(profile, c);
        });
}

void ConnectDialog::deleteProfile()
{
    QListWidgetItem *item = m_ui->profileListWidget->currentItem();
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
    if (m_ui->profileListWidget->count() > 0)
        m_ui->profileListWidget->setCurrentRow(0);
    else
        newProfile();
    setMessage(tr("Profile %1 deleted.").arg(name), false);
}

} // namespace xynap::ui
