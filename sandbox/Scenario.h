#pragma once

#include "model/SofiaProfile.h"
#include "model/Trunk.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace xynap::sandbox {

struct ScenarioAclNode {
    QString type; // allow | deny
    QString cidr;
};

struct ScenarioAclList {
    QString name;
    QString defaultPolicy; // allow | deny | empty (no default attribute: allows everything)
    QList<ScenarioAclNode> nodes;
};

struct Extension {
    int id = 0;
    QString user;
    QString domain;
    QString password;
    QString displayName;
};

struct SwitchIdentity {
    QString hostname = QStringLiteral("xynap-fs1");
    QString ipv4 = QStringLiteral("46.4.96.105");
    QString ipv6 = QStringLiteral("2a01:4f8:140:829d::2");
    QString version = QStringLiteral("1.10.12-release~64bit");
};

// The data set a sandbox starts from: the built-in one (resources/demo/platform.json) or an
// operator's own file given with --scenario (see the README for the format).
struct Scenario {
    QString description;
    SwitchIdentity switchIdentity;
    QList<SofiaProfile> profiles;
    QHash<QString, int> callsPerProfile;
    QList<Trunk> trunks; // passwords in clear text here; the API stores them encrypted
    QList<Extension> extensions;
    bool ufwIpv6 = true;
    QStringList ufwRules;
    QList<ScenarioAclList> acl;
    // Seconds the Platform API stays unreachable after start (FreeSWITCH then loads no gateways
    // until a rescan, as the provider documentation warns).
    int apiStartDelaySeconds = 0;
    // Failures FreeSWITCH shows and the console must not call healthy:
    // what `sofia xmlstatus gateway` answers instead of the list ("-ERR sofia Command not
    // found!" when mod_sofia is not loaded; empty: the list),
    QString xmlStatusAnswer;
    // a `sofia profile P rescan` that never reports back (no api answer, no BACKGROUND_JOB),
    bool rescanNeverAnswers = false;
    // providers whose registrars answer 503 to every REGISTER, over IPv6 too (an outage),
    QStringList providersUnavailable;
    // Provider ids whose servers receive and never answer (408 from FreeSWITCH's own stack), and
    // whose ports are closed (ICMP port unreachable: 503 from FreeSWITCH's own stack).
    QStringList providersSilent;
    QStringList providersUnreachable;
    // FreeSWITCH stopping this long after start: DOWN and gateway_delete for every gateway,
    // then the disconnect notice (0: never).
    int shutdownAfterSeconds = 0;
    // The lint findings (rule ids) this data set must produce: what a broken scenario teaches.
    QStringList expectedFindings;

    static Scenario builtIn();
};

struct [[nodiscard]] ScenarioLoad {
    Scenario scenario;
    QString error; // "where: what", empty on success
    bool ok() const { return error.isEmpty(); }
};

// A file, or the name of a built-in scenario (resources/scenarios/NAME.json). A scenario with
// "based_on": "production" holds only what differs from the built-in data set.
ScenarioLoad scenarioFromJson(const QByteArray &json, const QString &sourceName);
ScenarioLoad scenarioFromFile(const QString &path);
QStringList builtInScenarioNames(); // sorted

// The ACL as `xml_locate configuration configuration name acl.conf` prints it.
QByteArray aclConfigurationXml(const QList<ScenarioAclList> &lists);

} // namespace xynap::sandbox
