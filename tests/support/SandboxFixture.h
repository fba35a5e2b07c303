#pragma once

#include "ManualClock.h"
#include "esl/Link.h"
#include "sandbox/Sandbox.h"

#include <functional>
#include <memory>

namespace xynap::platform {
class ApiClient;
}
namespace xynap::session {
class GatewayMonitor;
class PlatformSession;
} // namespace xynap::session
namespace xynap {
struct Trunk;
}

// What the integration and GUI tests share: the sandbox (Platform API + Event Socket + the
// simulated gateways) on loopback in manual time, the console's side wired to it, and waits
// that move simulated time instead of sleeping.
namespace xynap::testsupport {

inline const QString SandboxNode = QStringLiteral("sandbox");

// A sandbox on loopback, any free ports, in manual time.
sandbox::SandboxOptions loopbackOptions();
// Started, or nullptr (the reason goes to the test log).
std::unique_ptr<sandbox::Sandbox> startSandbox(
    const sandbox::Scenario &scenario, const sandbox::SandboxOptions &options = loopbackOptions());
std::unique_ptr<sandbox::Sandbox> startSandbox();

// The client talks to the sandbox's API with the operator token.
void useSandboxApi(platform::ApiClient &client, const sandbox::Sandbox &sandbox);
// Saves a change of the trunk of `gateway` through the session's API as the editor does (with
// its ETag); true when the platform saved it.
bool saveTrunkChange(session::PlatformSession &session, const QString &gateway,
    const std::function<void(Trunk &)> &change);
// Short back-off (50..400 ms), so a reconnect in a test is quick.
esl::Link::Options fastLinkOptions();
// The sandbox's Event Socket as node "sandbox" of the monitor (its link starts at once).
esl::Link *addSandboxNode(session::GatewayMonitor &monitor, const sandbox::Sandbox &sandbox,
    const esl::Link::Options &options = fastLinkOptions());

// Moves simulated time in steps of `stepMs`, letting the sockets work after each step, until
// `done` (true) or `maxMs` of simulated time have passed and the sockets had a last chance.
bool advanceUntil(sandbox::SimScheduler &scheduler, const std::function<bool()> &done, qint64 maxMs,
    qint64 stepMs = 250);
bool advanceUntil(
    ManualClock &clock, const std::function<bool()> &done, qint64 maxMs, qint64 stepMs = 250);
// All of `ms` of the sandbox's time in steps; after each, the xml-curl fetches it set off are
// answered before time moves on (as they would be on a real switch, in milliseconds).
bool advanceWithSockets(sandbox::Sandbox &sandbox, qint64 ms, qint64 stepMs = 250);

} // namespace xynap::testsupport
