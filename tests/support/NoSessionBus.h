#pragma once

#include <QByteArray>
#include <QTemporaryDir>
#include <QtGlobal>

namespace xynap::test {

// While alive, this process has no D-Bus session bus: no address and an empty runtime
// directory, as on a machine without a desktop session, so the keychain is unavailable. The
// environment is restored when it goes.
class NoSessionBus final {
public:
    NoSessionBus()
        : m_address(qgetenv("DBUS_SESSION_BUS_ADDRESS"))
        , m_runtime(qgetenv("XDG_RUNTIME_DIR"))
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("XDG_RUNTIME_DIR", m_emptyRuntime.path().toLocal8Bit());
    }
    ~NoSessionBus()
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", m_address);
        qputenv("XDG_RUNTIME_DIR", m_runtime);
    }
    NoSessionBus(const NoSessionBus &) = delete;
    NoSessionBus &operator=(const NoSessionBus &) = delete;

private:
    QTemporaryDir m_emptyRuntime;
    QByteArray m_address;
    QByteArray m_runtime;
};

} // namespace xynap::test
