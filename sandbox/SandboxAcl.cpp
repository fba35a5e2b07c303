// The sandbox's ACL decisions (`api acl IP LIST`, gw-auth-acl), made as FreeSWITCH makes them.
#include "coverage/AclEvaluator.h"
#include "coverage/AclParser.h"
#include "sandbox/GatewaySimulator.h"

namespace xynap::sandbox {

bool aclContains(
    const QList<ScenarioAclList> &acl, const QString &listName, const QHostAddress &address)
{
    if (listName.isEmpty() || address.isNull())
        return false;
    // FreeSWITCH's decision, made by the same evaluator the coverage analysis uses: of the nodes
    // that contain the address the most specific decides, else the list's default. The lists
    // go through the same XML FreeSWITCH would read (aclConfigurationXml).
    const coverage::AclParseResult parsed
        = coverage::AclParser::parse(QString::fromUtf8(aclConfigurationXml(acl)));
    const coverage::AclList *list = parsed.find(listName);
    if (!list)
        return false;
    return coverage::AclEvaluator::decide(*list, address).first;
}

} // namespace xynap::sandbox
