#pragma once

#include "model/ProviderSpec.h"
#include "model/Trunk.h"

#include <QDateTime>
#include <QString>

namespace xynap::session {

struct GatewayRecord;

// The console's severity model: unknown is never healthy.
enum class Health : quint8 { Healthy, Degraded, Down, Unknown };

struct Diagnosis {
    Health health = Health::Unknown;
    // The words depend on the clock ("Next attempt in 12 s"): never reused from a cache.
    bool changesWithTime = false; // beside health: one padding, not two (every row holds one)
    QString summary; // one line for tables and tiles
    QString detail; // the why, for the detail pane
};

// Says in the operator's language what a gateway's state means, using the saved trunk and the
// provider documentation where they are known. `now` is injected for countdowns.
Diagnosis diagnose(const GatewayRecord &gateway, const Trunk *trunk, const ProviderSpec *provider,
    const QDateTime &now);

QString healthName(Health health);

// The health a single transition stands for, for history charts.
Health healthOf(const QString &state, const QString &pingStatus);
} // namespace xynap::session
