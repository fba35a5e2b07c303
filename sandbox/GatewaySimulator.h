#pragma once

#include "esl/Message.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "sandbox/GatewayDirectory.h"
#include "sandbox/GatewayTable.h"
#include "sandbox/Scenario.h"
#include "sandbox/SimScheduler.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace xynap::sandbox {

// Is `address` allowed by the ACL list `listName`? As FreeSWITCH decides: the most specific
// node that contains it, else the list's default (coverage::AclEvaluator).
bool aclContains(
    const QList<ScenarioAclList> &acl, const QString &listName, const QHostAddress &address);

// Stands in for mod_sofia's gateways and the SIP providers behind them: their SIP behaviour.
// Gateways come from the Platform API's xml-curl endpoint, exactly as FreeSWITCH loads them, into
// a GatewayTable, and move through the state sequences the captures recorded (register, ping and
// failure timers), answered the way Plusnet and 1&1 answer. GatewayStatusWriter prints the table.
class GatewaySimulator final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GatewaySimulator)

public:
    using Reply = std::function<void(const QByteArray &)>;
    // Fetches a profile's gateways (mod_xml_curl); nullopt when the API cannot be reached.
    using Fetcher = std::function<void(
        const QString &profile, std::function<void(std::optional<GatewayDirectory>)>)>;

    GatewaySimulator(SimScheduler *scheduler, ProviderCatalog catalog, QObject *parent = nullptr);
    ~GatewaySimulator() override;

    void setFetcher(Fetcher fetcher) { m_fetcher = std::move(fetcher); }
    void setProfiles(const QList<SofiaProfile> &profiles, const QHash<QString, int> &calls)
    {
        m_table.setProfiles(profiles, calls);
    }
    void setAcl(const QList<ScenarioAclList> &acl) { m_acl = acl; }
    // Failure modes of a scenario (Scenario::rescanNeverAnswers, providersUnavailable).
    void setRescanNeverAnswers(bool never) { m_rescanNeverAnswers = never; }
    void setProvidersUnavailable(const QStringList &ids) { m_providersUnavailable = ids; }
    void setProvidersUnreachable(const QStringList &silent, const QStringList &closed)
    {
        m_providersSilent = silent;
        m_providersClosed = closed;
    }

    // What FreeSWITCH does when it starts: one xml-curl fetch per profile.
    void startProfiles();

    bool hasProfile(const QString &name) const { return m_table.profile(name) != nullptr; }
    // `sofia profile P rescan`: fetches again, adds new gateways only.
    void rescan(const QString &profile, const Reply &reply);
    // `sofia profile P killgw NAME`.
    QByteArray killGateway(const QString &profile, const QString &name);
    // FreeSWITCH shutting down: DOWN and gateway_delete for every gateway, synchronously.
    void stopAll();
    // `sofia profile P restart`: drops the profile's calls, recreates its gateways.
    void restart(const QString &profile, const Reply &reply);

    // The profiles and gateways as they are now (GatewayStatusWriter prints them).
    const GatewayTable &table() const { return m_table; }
    int calls(const QString &profile = {}) const { return m_table.calls(profile); }
    QStringList gatewayNames(const QString &profile) const { return m_table.gatewayNames(profile); }
    // For tests: the state of a gateway ("REGED", ...), empty if it does not exist.
    QString gatewayState(const QString &name) const;
    QString gatewayPingStatus(const QString &name) const;

Q_SIGNALS:
    // A CUSTOM event with its subclass and event-specific headers; the switch core adds the
    // standard headers.
    void eventFired(const xynap::esl::Event &event);

private:
    using Gateway = SimGateway;
    using Profile = SimProfile;

    void loadGateways(Profile &profile, const GatewayDirectory &dir);
    void addGateway(Profile &profile, const GatewayDefinition &def);
    void plan(Gateway &gw);
    void registerAttempt(Gateway &gw);
    void reRegister(Gateway &gw);
    void failRegistration(Gateway &gw, int status, const QByteArray &phrase, bool backoffGrows);
    void ping(Gateway &gw);
    void deleteGateway(Profile &profile, const QString &name, bool announceDown);
    void emitState(
        const Gateway &gw, const QByteArray &state, int status = 0, const QByteArray &phrase = {});
    void emitSimple(const QByteArray &subclass, const Gateway &gw, bool profileFirst);
    void after(Gateway &gw, qint64 ms, std::function<void(Gateway &)> step);

    SimScheduler *m_scheduler;
    ProviderCatalog m_catalog;
    Fetcher m_fetcher;
    QList<ScenarioAclList> m_acl;
    bool m_rescanNeverAnswers = false;
    QStringList m_providersUnavailable;
    QStringList m_providersSilent;
    QStringList m_providersClosed;
    GatewayTable m_table;
};

} // namespace xynap::sandbox
