#pragma once

// Small helpers several tests share: find a trunk by gateway name in anything that holds trunks
// (a scenario, a lint snapshot), and wait for one Platform API job's typed result.
#include "model/Trunk.h"
#include "platform/ApiClient.h"

#include <QTest>
#include <memory>
#include <optional>

namespace xynap::testsupport {

// The trunk whose gateway is `gatewayName` in `holder.trunks`; the test stops when there is none.
template<typename Holder>
Trunk &trunkNamed(Holder &holder, const QString &gatewayName)
{
    for (Trunk &t : holder.trunks) {
        if (t.gatewayName == gatewayName)
            return t;
    }
    qFatal("no trunk %s", qPrintable(gatewayName));
}

// Waits for one job's result; nullopt when it never came within the time.
inline std::optional<platform::ApiResult> waitFor(platform::ApiJob *job, int timeoutMs = 10'000)
{
    auto out = std::make_shared<std::optional<platform::ApiResult>>();
    QObject::connect(
        job, &platform::ApiJob::finished, job, [out](const platform::ApiResult &r) { *out = r; });
    (void)QTest::qWaitFor([&out] { return out->has_value(); }, timeoutMs);
    return *out;
}

} // namespace xynap::testsupport
