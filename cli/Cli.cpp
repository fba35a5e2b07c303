#include "cli/Cli.h"

#include "model/TextSafety.h"
#include "platform/ConnectionRules.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace xynap::cli {

QJsonObject commandJson(const SuggestedCommand &command)
{
    return {{u"line"_s, command.line}, {u"argv"_s, QJsonArray::fromStringList(command.argv)}};
}

QString jsonOutput(const QJsonDocument &document)
{
    return QString::fromUtf8(jsonText(document));
}

QString Target::eslPassword(const platform::EslEndpoint &e) const
{
    if (!eslPasswordOverride.isEmpty())
        return eslPasswordOverride;
    return eslPasswords.value(e.toString(), platform::ConnectionRules::defaultEslPassword());
}

platform::ConnectionProfile Target::connection() const
{
    platform::ConnectionProfile p;
    p.name = profile;
    p.apiUrl = apiUrl;
    p.eslEndpoints = esl;
    p.allowInsecureHttp = allowInsecure;
    p.caFile = caFile;
    p.publicKeyPin = publicKeyPin;
    p.requestDeadlineSeconds = 0; // set below: xynapctl keeps milliseconds
    return p;
}

void configure(platform::ApiClient &client, const Target &target)
{
    // The trust was checked when the command line was read: configure() cannot fail here.
    (void)platform::ConnectionRules::configure(client, target.connection(), target.token);
    client.setTotalDeadlineMs(target.requestDeadlineMs);
}

int exitFor(const platform::ApiResult &r)
{
    switch (r.error) {
    case platform::ApiError::Unauthorized:
    case platform::ApiError::Forbidden:
    case platform::ApiError::TokenRefused:
        return NoPermission;
    case platform::ApiError::BadReply:
    case platform::ApiError::Invalid:
        return DataError;
    default:
        return Unavailable;
    }
}

bool colourWanted(bool outIsTerminal, const QByteArray &noColor, const QByteArray &term)
{
    return outIsTerminal && noColor.isEmpty() && term != "dumb";
}

QString paintSeverity(const QString &word, bool colour)
{
    if (!colour)
        return word;
    const QString w = word.toLower();
    const char *code = nullptr;
    if (w == u"error"_s || w == u"critical"_s || w == u"down"_s)
        code = "31"; // red
    else if (w == u"warning"_s || w == u"degraded"_s)
        code = "33"; // yellow
    else if (w == u"unknown"_s || w == u"info"_s)
        code = "34"; // blue
    else if (w == u"ok"_s || w == u"healthy"_s)
        code = "32"; // green
    if (!code)
        return word;
    return u"\x1b[1;%1m%2\x1b[0m"_s.arg(QLatin1StringView(code), word);
}

int complain(Io io, int code, const QString &message)
{
    // The message may carry what a server or a file said: never raw to the terminal.
    io.err << u"xynapctl: "_s << terminalSafe(message) << u'\n';
    io.err.flush();
    return code;
}

} // namespace xynap::cli
