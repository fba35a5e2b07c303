#pragma once

#include "esl/Message.h"
#include "model/ProviderSpec.h"
#include "model/SofiaProfile.h"
#include "sandbox/GatewayDirectory.h"
#include "sandbox/Scenario.h"
#include "sandbox/SimScheduler.h"

#include <QHostAddress>
#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace xynap::sandbox {

// Stands in for mod_sofia's gateways and the SIP providers behind them. Gateways come from the
// Platform API's xml-curl endpoint, exactly as FreeSWITCH loads them, and move through the
// state sequences the captures recorded, answered the way Plusnet and 1&1 answer.
// Is `address` allowed by the ACL list `listName`? As FreeSWITCH decides: the most specific
// node that contains it, else the list's default (coverage::AclEvaluator).
bool aclContains(
    const QList<ScenarioAclList> &acl, const QString &listName, const QHostAddress &address);

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
    void setProfiles(const QList<SofiaProfile> &profiles, const QHash<QString, int> &calls);
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

    bool hasProfile(const QString &name) const;
    // `sofia profile P rescan`: fetches again, adds new gateways only.
    void rescan(const QString &profile, const Reply &reply);
    // `sofia profile P killgw NAME`.
    QByteArray killGateway(const QString &profile, const QString &name);
    // FreeSWITCH shutting down: DOWN and gateway_delete for every gateway, synchronously.
    void stopAll();
    // `sofia profile P restart`: drops the profile's calls, recreates its gateways.
    void restart(const QString &profile, const Reply &reply);

    QByteArray statusTable() const; // sofia status
    QByteArray xmlStatus() const; // sofia xmlstatus
    QByteArray xmlStatusGateway(const QString &name) const; // sofia xmlstatus gateway [NAME]
    QByteArray statusGateway(const QString &name) const; // sofia status gateway NAME
    QByteArray xmlStatusProfile(const QString &name) const; // sofia xmlstatus profile NAME
    int calls(const QString &profile = {}) const;
    QStringList gatewayNames(const QString &profile) const;
    // For tests: the state of a gateway ("REGED", ...), empty if it does not exist.
    QString gatewayState(const QString &name) const;
    QString gatewayPingStatus(const QString &name) const;

Q_SIGNALS:
    // A CUSTOM event with its subclass and event-specific headers; the switch core adds the
    // standard headers.
    void eventFired(const xynap::esl::Event &event);

private:
    struct Gateway;
    struct Profile;

    Profile *profile(const QString &name);
    const Profile *profile(const QString &name) const;
    const Gateway *findGateway(const QString &name) const;
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
    QByteArray gatewayXml(const Gateway &gw, int indent) const;

    SimScheduler *m_scheduler;
    ProviderCatalog m_catalog;
    Fetcher m_fetcher;
    QList<ScenarioAclList> m_acl;
    bool m_rescanNeverAnswers = false;
    QStringList m_providersUnavailable;
    QStringList m_providersSilent;
    QStringList m_providersClosed;
    std::vector<std::unique_ptr<Profile>> m_profiles;
    quint64 m_nextGatewayId = 1;
};

} // namespace xynap::sandbox
