#pragma once

#include "coverage/AclParseResult.h"

#include <QStringView>

namespace xynap::coverage {

// Reads FreeSWITCH's acl.conf.xml, or what `api xml_locate configuration configuration name
// acl.conf` prints (the same element, possibly inside <document><section>):
//     <configuration name="acl.conf"><network-lists>
//       <list name="sip-gateways" default="deny"><node type="allow" cidr="92.197.176.0/24"/>
// Node forms: cidr (comma-separated blocks allowed), host + mask, domain; port, ports="a,b",
// port-min/port-max. Everything FreeSWITCH would reject or silently misread is an error here.
class AclParser final {
public:
    AclParser() = delete;

    static AclParseResult parse(QStringView xml);
};

} // namespace xynap::coverage
