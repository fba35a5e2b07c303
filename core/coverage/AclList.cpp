#include "coverage/AclList.h"

namespace xynap::coverage {

bool isBuiltInAclList(const QString &name)
{
    // switch_core.c: switch_load_network_lists()
    static const QStringView builtIn[]
        = {u"rfc6598.auto", u"rfc1918.auto", u"wan.auto", u"wan_v4.auto", u"wan_v6.auto",
            u"nat.auto", u"loopback.auto", u"localnet.auto", u"any_v4.auto", u"any_v6.auto"};
    for (const QStringView n : builtIn) {
        if (name == n)
            return true;
    }
    return false;
}

} // namespace xynap::coverage
