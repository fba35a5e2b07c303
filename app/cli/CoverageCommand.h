#pragma once

#include <QString>
#include <QTextStream>

namespace xynap::cli {

// `xynapctl coverage`: which provider ranges UFW and the FreeSWITCH ACL let through, read from
// files, against the built-in provider catalog (profiles unknown: the catalog's RTP ports).
//
//   ufwFile        UFW text of any form: user.rules, `ufw status [numbered|verbose]`,
//                  `ufw show added` / a script of ufw commands; with ufw6File: user.rules
//   ufw6File       user6.rules (read together with ufwFile as ufw does); may be empty
//   aclFile        acl.conf.xml or saved `xml_locate configuration configuration name acl.conf`
//   aclXmlFromEsl  that command's output, fetched by the caller (used when aclFile is empty)
//   json           machine-readable output instead of the text matrix
//
// Prints the matrix (rows: provider ranges and addresses; columns: SIP UDP 5060, SIP TLS 5061,
// RTP, WSS 7443, ACL sip-gateways), the findings and the suggested fix to `out`; problems with
// the input to `err`. Never changes a firewall.
//
// Returns 0 clean, 1 warnings, 2 errors (info findings do not count), 64 when no input is given,
// 65 when an input cannot be read or parsed (the message names the file and the line).
int runCoverageCommand(const QString &ufwFile, const QString &ufw6File, const QString &aclFile,
    const QString &aclXmlFromEsl, bool json, QTextStream &out, QTextStream &err);

} // namespace xynap::cli
