#include "cli/CoverageRunCommand.h"

#include "cli/CoverageCommand.h"
#include "esl/Connection.h"

using namespace Qt::StringLiterals;

namespace xynap::cli {

CoverageRunCommand::CoverageRunCommand(Target target, Io io, Options options, QObject *parent)
    : Command(std::move(target), io, parent)
    , m_options(std::move(options))
{
}

CoverageRunCommand::~CoverageRunCommand() = default;

void CoverageRunCommand::start()
{
    if (!m_options.acl.isEmpty() || m_target.esl.isEmpty()) {
        analyze({});
        return;
    }
    const platform::EslEndpoint e = m_target.esl.first();
    m_connection = std::make_unique<esl::Connection>();
    connect(m_connection.get(), &esl::Connection::failed, this,
        [this, e](esl::LinkError error, const QString &detail) {
            finish(complain(error == esl::LinkError::WrongPassword ? NoPermission : Unavailable,
                u"%1: %2"_s.arg(e.toString(), detail)));
        });
    connect(m_connection.get(), &esl::Connection::ready, this, [this, e] {
        m_connection->api(u"xml_locate configuration configuration name acl.conf"_s,
            [this, e](const esl::CommandReply &r) {
                if (!r.ok()) {
                    finish(complain(Unavailable,
                        u"%1: the Event Socket did not answer: %2"_s.arg(e.toString(), r.error)));
                    return;
                }
                analyze(QString::fromUtf8(r.body));
            });
    });
    m_connection->connectToServer(e.host, e.port, m_target.eslPassword(e));
}

void CoverageRunCommand::analyze(const QString &liveAcl)
{
    finish(runCoverageCommand(m_target.catalog, m_options.ufw, m_options.ufw6, m_options.acl,
        liveAcl, m_options.json, out(), err(), m_io.colour));
}

} // namespace xynap::cli
