#pragma once

#include "coverage/AclParseResult.h"
#include "coverage/UfwParseResult.h"
#include "model/ProviderSpec.h"

#include <QString>
#include <QTextStream>
#include <optional>

namespace xynap::cli {

// `xynapctl coverage`: which provider ranges UFW and the FreeSWITCH ACL let through, read from
// files, against the provider catalog given (profiles unknown: the catalog's RTP ports).
//
//   ufwFile        UFW text of any form: user.rules, `ufw status [numbered|verbose]`,
//                  `ufw show added` / a script of ufw commands; with ufw6File: user.rules
//   ufw6File       user6.rules (read together with ufwFile as ufw does); may be empty
//   aclFile        acl.conf.xml or saved `xml_locate configuration configuration name acl.conf`
//   aclXmlFromEsl  that command's output, fetched by the caller (used when aclFile is empty)
//   json           machine-readable output instead of the text matrix (findings in the keys of
//                  resources/schema/findings.schema.json)
//   colour         severity words in colour (a terminal without NO_COLOR)
//
// Prints the matrix (rows: provider ranges and addresses; columns: SIP UDP 5060, SIP TLS 5061,
// RTP, WSS 7443, ACL sip-gateways), the findings and the suggested fix to `out`; problems with
// the input to `err`. Never changes a firewall.
//
// Returns 0 clean, 1 warnings, 2 errors (info findings do not count), 64 when no input is given,
// 65 when an input cannot be read or parsed (the message names the file and the line).
int runCoverageCommand(const ProviderCatalog &catalog, const QString &ufwFile,
    const QString &ufw6File, const QString &aclFile, const QString &aclXmlFromEsl, bool json,
    QTextStream &out, QTextStream &err, bool colour = false);

// The readers `coverage` and `lint` share. Each names the file (and the line) on `err` and returns
// nullopt when a file cannot be read; parse errors are in the result (see reportParseIssues).
// ufwFile and ufw6File as for runCoverageCommand; `source` is set to what the rules came from.
std::optional<coverage::UfwParseResult> readUfwFiles(
    const QString &ufwFile, const QString &ufw6File, QTextStream &err, QString *source);
// aclFile, or (when it is empty) the output of xml_locate fetched over the Event Socket.
std::optional<coverage::AclParseResult> readAcl(
    const QString &aclFile, const QString &aclXmlFromEsl, QTextStream &err, QString *source);
// "file:line: message" for each; true if there were any.
bool reportParseIssues(const QList<coverage::ParseIssue> &issues, QTextStream &err);

} // namespace xynap::cli
