#pragma once

#include "cli/Command.h"
#include "cli/CoverageIo.h"
#include "cli/Help.h"
#include "cli/Invocation.h"

#include <memory>

namespace xynap::esl {
class Connection;
}

namespace xynap::cli {

// `xynapctl coverage`: reportCoverage (CoverageIo.h) over the firewall of --ufw/--ufw6 or,
// without them, the rules the Platform API serves (as the console's Coverage page and `lint`
// read them), and the ACL of --acl or, without it, as the first Event Socket node sees it
// (xml_locate). Neither a rules file nor an API is a usage error: coverage of no firewall says
// nothing.
class CoverageCommand final : public Command {
    Q_OBJECT

public:
    struct Options {
        QString ufw;
        QString ufw6;
        QString acl;
        bool json = false;
    };
    CoverageCommand(Target target, Io io, Options options, QObject *parent = nullptr);

    // As xynapctl runs it (Commands.h): its words, its secrets, its options read and its run.
    static CommandHelp help();
    static Secrets secrets(const QCommandLineParser &parser);
    static int execute(const Invocation &invocation);
    ~CoverageCommand() override;

protected:
    void start() override;

private:
    void fetchUfw();
    void fetchAcl();
    void step();
    Options m_options;
    CoverageInputs m_inputs;
    int m_pending = 0;
    std::unique_ptr<esl::Connection> m_connection;
};

} // namespace xynap::cli
