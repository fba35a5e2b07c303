#include "Cli.h"

#include "model/TextSafety.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

QString Target::eslPassword(const platform::EslEndpoint &e) const
{
    if (!eslPasswordOverride.isEmpty())
        return eslPasswordOverride;
    return eslPasswords.value(e.toString(), u"ClueCon"_s);
}

void configure(platform::ApiClient &client, const Target &target)
{
    client.setBaseUrl(target.apiUrl);
    client.setAllowInsecureHttp(target.allowInsecure);
    client.setToken(target.token);
    client.setTotalDeadlineMs(target.requestDeadlineMs);
    QString ignored; // both were checked when the command line was read
    client.setCaFile(target.caFile, &ignored);
    client.setPublicKeyPin(target.publicKeyPin, &ignored);
}

int exitFor(const platform::ApiResult &r)
{
    switch (r.error) {
    case platform::ApiError::Unauthorized:
    case platform::ApiError::Forbidden:
        return NoPermission;
    case platform::ApiError::BadReply:
    case platform::ApiError::Invalid:
        return DataError;
    default:
        return Unavailable;
    }
}

int complain(Io io, int code, const QString &message)
{
    // The message may carry what a server or a file said: never raw to the terminal.
    io.err << u"xynapctl: "_s << terminalSafe(message) << u'\n';
    io.err.flush();
    return code;
}

} // namespace xynap::cli
