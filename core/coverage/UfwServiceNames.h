#pragma once

#include "coverage/PortSet.h"
#include "coverage/UfwRule.h"

#include <QStringView>
#include <optional>

namespace xynap::coverage {

// The few /etc/services names and ufw application profiles the parsers resolve without I/O.
// Anything else named in a rule is kept as an application whose ports are unknown.
class UfwServiceNames final {
public:
    UfwServiceNames() = delete;

    struct Service {
        PortSet ports;
        UfwProtocol protocol = UfwProtocol::Any;
    };
    static std::optional<Service> service(QStringView name); // "ssh", "sip", "sip-tls", …
    static std::optional<Service> application(QStringView name); // "OpenSSH", "Nginx Full", …
};

} // namespace xynap::coverage
