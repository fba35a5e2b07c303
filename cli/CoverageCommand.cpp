#include "cli/CoverageCommand.h"

#include "esl/Connection.h"
#include "platform/PlatformApi.h"
#include "session/CoverageSources.h"
#include "session/SofiaActions.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

CoverageCommand::CoverageCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
{
}

CoverageCommand::~CoverageCommand() = default;

void CoverageCommand::start()
{
    const bool ufwFiles = !m_options.ufw.isEmpty() || !m_options.ufw6.isEmpty();
    if (!ufwFiles && m_target.apiUrl.isEmpty()) {
        finish(complain(Usage,
            u"coverage of which firewall? give --ufw FILE, or --api URL / --profile NAME for "
            "the rules the Platform API serves"_s));
        return;
    }
    if (ufwFiles) {
        m_inputs.ufw = readUfwFiles(m_options.ufw, m_options.ufw6, err(), &m_inputs.ufwSource);
        if (!m_inputs.ufw) {
            finish(DataError);
            return;
        }
    } else if (m_target.token.isEmpty()) {
        finish(complain(NoPermission,
            u"no API token for the firewall rules: store one with `xynapctl token set "
            "--profile NAME`, set XYNAP_TOKEN, or give --ufw FILE"_s));
        return;
    }
    if (!m_options.acl.isEmpty()) {
        m_inputs.acl = readAcl(m_options.acl, {}, err(), &m_inputs.aclSource);
        if (!m_inputs.acl) {
            finish(DataError);
            return;
        }
    }
    ++m_pending; // this start, so that no answer can report before both are asked
    if (!ufwFiles)
        fetchUfw();
    if (m_options.acl.isEmpty() && !m_target.esl.isEmpty())
        fetchAcl();
    step();
}

void CoverageCommand::fetchUfw()
{
    ++m_pending;
    auto *client = new platform::ApiClient(this);
    configure(*client, m_target);
    connect(platform::PlatformApi(client).ufw(), &platform::ApiJob::finished, this,
        [this](const platform::ApiResult &r) {
            if (!r.ok()) {
                finish(complain(
                    exitFor(r), u"firewall rules: %1"_s.arg(platform::operatorMessage(r))));
                return;
            }
            QString error;
            const QString source = u"Platform API"_s;
            m_inputs.ufw
                = session::CoverageSources::parseUfwApiReply(r.json.object(), source, &error);
            if (!m_inputs.ufw) {
                finish(complain(DataError,
                    u"the Platform API sent firewall rules that cannot be read: %1"_s.arg(error)));
                return;
            }
            m_inputs.ufwSource = source;
            step();
        });
}

void CoverageCommand::fetchAcl()
{
    ++m_pending;
    const platform::EslEndpoint e = m_target.esl.first();
    m_connection = std::make_unique<esl::Connection>();
    connect(m_connection.get(), &esl::Connection::failed, this,
        [this, e](esl::LinkError error, const QString &detail) {
            finish(complain(error == esl::LinkError::WrongPassword ? NoPermission : Unavailable,
                u"%1: %2"_s.arg(e.toString(), detail)));
        });
    connect(m_connection.get(), &esl::Connection::ready, this, [this, e] {
        m_connection->api(
            session::SofiaActions::aclCommand(), [this, e](const esl::CommandReply &r) {
                if (!r.ok()) {
                    finish(complain(Unavailable,
                        u"%1: the Event Socket did not answer: %2"_s.arg(e.toString(), r.error)));
                    return;
                }
                m_inputs.acl = readAcl({}, QString::fromUtf8(r.body), err(), &m_inputs.aclSource);
                if (!m_inputs.acl) {
                    finish(DataError);
                    return;
                }
                step();
            });
    });
    m_connection->connectToServer(e.host, e.port, m_target.eslPassword(e));
}

void CoverageCommand::step()
{
    if (--m_pending > 0 || isFinished())
        return;
    finish(reportCoverage(m_target.catalog, m_inputs, m_options.json, out(), err(), m_io.colour));
}

CommandHelp CoverageCommand::help()
{
    return {u"coverage"_s, u"[--ufw FILE [--ufw6 FILE]] [--acl FILE] [--json]"_s,
        u"firewall and ACL coverage of the provider ranges"_s,
        u"Which provider ranges UFW and the FreeSWITCH ACL let through, on each service "
        "(SIP UDP 5060, SIP TLS 5061, RTP, WSS 7443), by which rule, and the exact `ufw "
        "allow` and <node/> lines that close a gap. The firewall from --ufw (and --ufw6) "
        "or, without them, the rules the Platform API serves (--api or --profile), as the "
        "console's Coverage page and lint read them; the ACL from --acl or, without it, the "
        "live ACL of the first Event Socket node. Never changes a firewall.\n\n"
        "Exit 0 clean, 1 warnings, 2 errors; 64 without --ufw and without an API; 65 when a "
        "file or the API's rules cannot be read; 69 when the API or the Event Socket cannot "
        "be reached; 77 without a valid token."_s};
}

Secrets CoverageCommand::secrets(const QCommandLineParser &parser)
{
    // The token only for the Platform API's firewall rules, when no file gives them.
    return {!parser.isSet(u"ufw"_s) && !parser.isSet(u"ufw6"_s), true};
}

int CoverageCommand::execute(const Invocation &in)
{
    const QCommandLineParser &parser = in.parser;
    return CoverageCommand(in.target, in.io,
        {parser.value(u"ufw"_s), parser.value(u"ufw6"_s), parser.value(u"acl"_s),
            parser.isSet(u"json"_s)})
        .run(in.deadline(EslDeadlineMs));
}

} // namespace xynap::cli
