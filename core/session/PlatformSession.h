#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/UfwParseResult.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "platform/ApiClient.h"
#include "session/ActivityLog.h"
#include "session/DeferredSave.h"
#include "session/GatewayMonitor.h"
#include "session/TrunkTableModel.h"

#include <QDateTime>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace xynap::session {

// One connected platform: its API client and the models the UI and the CLI read.
class PlatformSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlatformSession)

public:
    // The catalog of providers is the session's, handed to everything that needs one (the
    // monitor's diagnosis, the lint, the coverage, the editor's templates and buttons).
    explicit PlatformSession(QObject *parent = nullptr);
    explicit PlatformSession(ProviderCatalog catalog, QObject *parent = nullptr);
    // Keeps what it saw last: a save of the seen gateways still waiting is done now.
    ~PlatformSession() override;

    const ProviderCatalog &catalog() const { return m_catalog; }

    platform::ApiClient *api() { return &m_api; }
    TrunkTableModel *trunks() { return &m_trunks; }
    // The ETag the Platform API gave with the last trunk list, exactly as sent: the If-Match of
    // a PUT or DELETE of that trunk. Empty when the list had none for it.
    QByteArray trunkEtag(int trunkId) const { return m_trunkEtags.value(trunkId); }
    GatewayMonitor *gateways() { return &m_gateways; }
    ActivityLog *activity() { return &m_activity; }
    const QList<SofiaProfile> &profiles() const { return m_profiles; }
    void logNote(const QString &note) { m_activity.addNote(note); }
    // From /api/v1/auth/me; empty until checked.
    QStringList permissions() const { return m_permissions; }
    QString operatorName() const { return m_operator; }
    bool canWriteTrunks() const { return m_permissions.contains(QStringLiteral("trunks:write")); }
    void checkIdentity();
    // The lint findings over all trunks (what the list's badges and the findings panel show).
    // The lint runs on a thread of its own over a snapshot taken when something it reads
    // changed: linted says when its result is here, findingsChanged when that result differs
    // from the findings before (a relint after every gateway event mostly finds the same: the
    // findings panel is not rebuilt for it); until then these are the previous run's. A result
    // whose snapshot was overtaken by a newer change is dropped, never shown.
    const QList<lint::Finding> &findings() const { return m_findings; }
    // Whether a lint is under way (its findings not yet here).
    bool isLinting() const { return m_lintInFlight; }
    // Lints again what the session holds now (it does so by itself after every change it sees:
    // trunks, profiles, coverage, what FreeSWITCH runs); the findings follow with findingsChanged.
    void relint();
    QString displayName() const { return m_displayName; }
    void setDisplayName(const QString &name) { m_displayName = name; }
    bool isSandbox() const { return m_sandbox; }
    // What the window must keep saying about this connection ("token for this session only").
    QString connectionNote() const { return m_connectionNote; }
    void setConnectionNote(const QString &note)
    {
        m_connectionNote = note;
        Q_EMIT connectionChanged();
    }
    void setSandbox(bool sandbox) { m_sandbox = sandbox; }
    // The gateways each node ran when last seen (by this console or xynapctl), kept in the
    // settings; call before the nodes connect. Not for the sandbox, which starts anew.
    void loadSeenGateways();

    // Sofia profiles and trunks from the Platform API, and refreshCoverage() (whose
    // coverageLoaded then also waits for the profiles).
    void refreshTrunks();
    bool isLoading() const { return m_loading; }
    // After a failure that may pass by itself (nothing listening yet, a timeout, a 5xx) the
    // trunks are read again with back-off (2, 4, 8, 16, 30 s …): seconds until the next try, -1
    // when none is planned (loaded, or a failure only the operator can mend: token, TLS, …).
    int retryInSeconds() const;
    QString lastError() const { return m_lastError; }

    // What the coverage analysis and the lint need from the running platform: UFW from
    // GET /api/v1/firewall/ufw, the ACL from the first connected FreeSWITCH node (`xml_locate
    // configuration configuration name acl.conf`; a node still connecting gets ten seconds).
    // Emits coverageLoaded; what could not be loaded stays unknown, never "empty".
    void refreshCoverage();
    const std::optional<coverage::UfwParseResult> &liveUfw() const { return m_liveUfw; }
    QString liveUfwSource() const { return m_liveUfwSource; }
    const std::optional<coverage::AclParseResult> &liveAcl() const { return m_liveAcl; }
    QString liveAclSource() const { return m_liveAclSource; }
    // One line per source that could not be loaded in the last refreshCoverage().
    QStringList coverageProblems() const { return m_coverageProblems; }

Q_SIGNALS:
    void trunksLoaded();
    void identityChecked();
    void findingsChanged();
    // A lint's result is here (findings() is its result), changed or not.
    void linted();
    void coverageLoaded(bool ok);
    void connectionChanged();
    void loadFailed(const QString &message);
    // A retry is planned in `seconds` (also every second of the countdown is readable through
    // retryInSeconds()).
    void retryScheduled(int seconds);

private:
    void loadAppliedVersions();
    void scheduleSeenSave();
    bool m_appliedLoaded = false;
    ProviderCatalog m_catalog;
    platform::ApiClient m_api;
    TrunkTableModel m_trunks;
    QHash<int, QByteArray> m_trunkEtags;
    GatewayMonitor m_gateways;
    ActivityLog m_activity;
    QList<SofiaProfile> m_profiles;
    QList<lint::Finding> m_findings;
    QTimer m_relintTimer;
    QTimer m_runningTimer;
    void startLint();
    void lintFinished(int generation, QList<lint::Finding> findings,
        const QHash<QString, QList<lint::Finding>> &byGateway);
    void requestAcl(int generation, bool mayWait);
    void coverageStepDone(int generation);
    std::optional<coverage::UfwParseResult> m_liveUfw;
    QString m_liveUfwSource;
    std::optional<coverage::AclParseResult> m_liveAcl;
    QString m_liveAclSource;
    QStringList m_coverageProblems;
    int m_coverageGeneration = 0;
    int m_coveragePending = 0;
    QStringList m_permissions;
    QString m_operator;
    QString m_displayName;
    QString m_connectionNote;
    QString m_lastError;
    bool m_sandbox = false;
    bool m_loading = false;
    QTimer m_retryTimer;
    QDateTime m_retryAt;
    int m_retryBackoffMs = 2000;
    int m_lintGeneration = 0; // one more for every change the lint must see
    bool m_lintInFlight = false;
    // Last: destroyed first, so a lint still running finishes before the rest of the session
    // goes (its queued result then goes with the session's QObject).
    QThreadPool m_lintPool;
    // What the console remembers (seen gateways, applied versions): a burst of changes is one
    // write, on a thread of its own; written at the end too. After the monitor: it reads it.
    DeferredSave m_saves;
};

} // namespace xynap::session
