#pragma once

#include "model/ProviderSpec.h"
#include "model/Trunk.h"
#include "session/GatewayRecord.h"

namespace xynap::session {

// Says in the operator's language what a gateway's state means, using the saved trunk and the
// provider documentation where they are known. `now` is injected for countdowns.
Diagnosis diagnose(const GatewayRecord &gateway, const Trunk *trunk, const ProviderSpec *provider,
    const QDateTime &now);

QString healthName(Health health);

} // namespace xynap::session

namespace xynap::session {
// The health a single transition stands for, for history charts.
Health healthOf(const QString &state, const QString &pingStatus);
} // namespace xynap::session
