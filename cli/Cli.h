#pragma once

#include "model/ProviderSpec.h"
#include "model/SofiaNames.h"
#include "platform/ApiClient.h"
#include "platform/ConnectionProfile.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTextStream>
#include <QUrl>

namespace xynap::cli {

// Exit codes (README, "Exit codes"): monitoring-plugin style where it applies.
enum Exit {
    Ok = 0,
    Warning = 1,
    Critical = 2,
    Unknown = 3,
    Usage = 64,
    DataError = 65,
    // A bound of the console was exceeded (README, "Hostile input"): a node reporting more than
    // 100,000 gateways, a snapshot reply too long. What it runs is not read, never "healthy".
    LimitExceeded = 66,
    Unavailable = 69,
    NoPermission = 77
};

// Where a command's words go: standard output and error in xynapctl, buffers in the tests.
struct Io {
    QTextStream &out;
    QTextStream &err;
    bool colour = false; // severity words in colour on out (see colourWanted)
};

// Colour only on a terminal, never with NO_COLOR set (https://no-color.org) or TERM=dumb.
bool colourWanted(bool outIsTerminal, const QByteArray &noColor, const QByteArray &term);
// A severity or health word ("error", "WARNING", "down", …) in its colour when `colour` is set:
// red for error/critical/down, yellow for warning/degraded, blue for unknown/info, green for
// ok/healthy. Anything else is returned as it is.
QString paintSeverity(const QString &word, bool colour);

// What a command talks to, and with which secrets, as the command line and the profile say.
struct Target {
    QString profile;
    QString token;
    QUrl apiUrl;
    bool allowInsecure = false;
    QString caFile;
    QString publicKeyPin;
    QList<platform::EslEndpoint> esl;
    QHash<QString, QString> eslPasswords; // by HOST:PORT, from the keychain
    QString eslPasswordOverride; // XYNAP_ESL_PASSWORD
    int requestDeadlineMs = platform::ApiClient::DefaultTotalDeadlineMs; // the profile's
    // The providers: one catalog for the whole run, handed to every command.
    ProviderCatalog catalog;

    // The override, else the keychain's for this node, else FreeSWITCH's default.
    QString eslPassword(const platform::EslEndpoint &e) const;
    // As a connection profile, for platform::ConnectionRules.
    platform::ConnectionProfile connection() const;
};

// Every command talks to the Platform API the same way: the target's URL, its plain-HTTP
// permission, its trust settings and the token found for it.
void configure(platform::ApiClient &client, const Target &target);
int exitFor(const platform::ApiResult &result);
// A suggested command in a finding's JSON (`fix_commands`): {"line": …, "argv": […]}.
QJsonObject commandJson(const SuggestedCommand &command);
// A JSON document as every command prints it (model::jsonText: no raw C1 control).
QString jsonOutput(const QJsonDocument &document);

// "xynapctl: MESSAGE" on err; returns code.
int complain(Io io, int code, const QString &message);

} // namespace xynap::cli
