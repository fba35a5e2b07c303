#pragma once

#include "cli/Command.h"

#include <memory>

namespace xynap::esl {
class Connection;
}

namespace xynap::cli {

// `xynapctl coverage`: runCoverageCommand (CoverageCommand.h) over the files given, with the ACL
// from --acl or, without it, as the first Event Socket node sees it (xml_locate).
class CoverageRunCommand final : public Command {
    Q_OBJECT

public:
    struct Options {
        QString ufw;
        QString ufw6;
        QString acl;
        bool json = false;
    };
    CoverageRunCommand(Target target, Io io, Options options, QObject *parent = nullptr);
    ~CoverageRunCommand() override;

protected:
    void start() override;

private:
    void analyze(const QString &liveAcl);
    Options m_options;
    std::unique_ptr<esl::Connection> m_connection;
};

} // namespace xynap::cli
