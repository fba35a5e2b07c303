#include "SandboxFixture.h"

#include "platform/ApiClient.h"
#include "session/GatewayMonitor.h"
#include "session/PlatformSession.h"
#include "session/TrunkEditSession.h"

#include <QtTest>

namespace xynap::testsupport {

namespace {
// How long the sockets get after a step of simulated time to do what it set off: on loopback
// this ends as soon as `done` holds, and is reached only when something is broken.
constexpr int SocketsMs = 15;
constexpr int LastChanceMs = 2000;
} // namespace

sandbox::SandboxOptions loopbackOptions()
{
    sandbox::SandboxOptions o;
    o.apiPort = 0;
    o.eslPort = 0;
    o.timeMode = sandbox::SimScheduler::Mode::Manual;
    return o;
}

std::unique_ptr<sandbox::Sandbox> startSandbox(
    const sandbox::Scenario &scenario, const sandbox::SandboxOptions &options)
{
    auto sb = std::make_unique<sandbox::Sandbox>(scenario, options);
    if (!sb->start()) {
        qWarning("sandbox did not start: %s", qPrintable(sb->errorString()));
        return nullptr;
    }
    return sb;
}

std::unique_ptr<sandbox::Sandbox> startSandbox()
{
    return startSandbox(sandbox::Scenario::builtIn());
}

void useSandboxApi(platform::ApiClient &client, const sandbox::Sandbox &sandbox)
{
    client.setBaseUrl(sandbox.apiUrl());
    client.setToken(sandbox.options().operatorToken);
}

bool saveTrunkChange(session::PlatformSession &session, const QString &gateway,
    const std::function<void(Trunk &)> &change)
{
    Trunk trunk;
    for (const Trunk &t : session.trunks()->trunks())
        if (t.gatewayName == gateway)
            trunk = t;
    if (trunk.gatewayName.isEmpty())
        return false;
    session::TrunkEditSession edit(session.api());
    edit.begin(trunk, session.trunkEtag(trunk.id));
    Trunk changed = trunk;
    change(changed);
    edit.setDraft(changed);
    QSignalSpy saved(&edit, &session::TrunkEditSession::saved);
    edit.save();
    return saved.wait(5000);
}

esl::Link::Options fastLinkOptions()
{
    esl::Link::Options options;
    options.initialBackoffMs = 50;
    options.maxBackoffMs = 400;
    return options;
}

esl::Link *addSandboxNode(session::GatewayMonitor &monitor, const sandbox::Sandbox &sandbox,
    const esl::Link::Options &options)
{
    return monitor.addNode(
        SandboxNode, sandbox.eslHost(), sandbox.eslPort(), sandbox.options().eslPassword, options);
}

namespace {
bool advanceUntil(const std::function<void(qint64)> &advance, const std::function<bool()> &done,
    qint64 maxMs, qint64 stepMs)
{
    for (qint64 t = 0; t <= maxMs; t += stepMs) {
        if (QTest::qWaitFor(done, SocketsMs))
            return true;
        advance(stepMs);
    }
    return QTest::qWaitFor(done, LastChanceMs);
}
} // namespace

bool advanceUntil(sandbox::SimScheduler &scheduler, const std::function<bool()> &done, qint64 maxMs,
    qint64 stepMs)
{
    return advanceUntil([&scheduler](qint64 ms) { scheduler.advance(ms); }, done, maxMs, stepMs);
}

bool advanceUntil(
    ManualClock &clock, const std::function<bool()> &done, qint64 maxMs, qint64 stepMs)
{
    return advanceUntil([&clock](qint64 ms) { clock.advance(ms); }, done, maxMs, stepMs);
}

bool advanceWithSockets(sandbox::Sandbox &sandbox, qint64 ms, qint64 stepMs)
{
    for (qint64 t = 0; t < ms; t += stepMs) {
        sandbox.scheduler()->advance(qMin(stepMs, ms - t));
        if (!QTest::qWaitFor([&sandbox] { return sandbox.fetchesInFlight() == 0; }, LastChanceMs))
            return false;
    }
    return true;
}

} // namespace xynap::testsupport
