#pragma once

#include "RealFreeSwitch.h"
#include "SipStandIn.h"

#include <QHash>
#include <QJsonValue>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QUrl>
#include <functional>
#include <memory>

// What every test against the real FreeSWITCH sets up: both providers as loopback stand-ins,
// xynap-sandbox as the Platform API serving the documented Plusnet and 1&1 trunks — with loopback
// proxies and short timers — and FreeSWITCH fetching them through mod_xml_curl.
namespace xynap::testsupport {

struct CtlResult {
    int code = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

struct GatewayXml {
    QHash<QString, QString> fields; // element name -> text of `sofia xmlstatus gateway NAME`
    bool exists = false;
    QString operator[](const QString &name) const { return fields.value(name); }
};
GatewayXml parseGatewayXml(const QString &xml);

// PUTs one field of the trunk of `gateway` through a Platform API (reads its ETag first, sends
// what it read with the field changed); true on 200, the answer in `detail`.
[[nodiscard]] bool putTrunkField(const QUrl &api, const QString &token, const QString &gateway,
    const QString &field, const QJsonValue &value, QString *detail = nullptr);

class RealPlatform final {
public:
    RealPlatform();
    ~RealPlatform();

    // Starts the stand-ins, the sandbox and FreeSWITCH; false with error(). Without the API,
    // FreeSWITCH starts while nothing answers its xml-curl URL; startApiLate() brings the API up
    // there afterwards (the documented "late API").
    [[nodiscard]] bool start(bool withApi = true);
    [[nodiscard]] bool startApiLate();
    QString error() const { return m_error; }

    SipStandIn &plusnet() { return *m_plusnet; }
    SipStandIn &oneAndOne() { return *m_oneAndOne; }
    RealFreeSwitch &freeSwitch() { return *m_fs; }
    SandboxProcess &api() { return *m_api; }

    GatewayXml gateway(const QString &name) const;
    // Whether `sofia xmlstatus gateway` (the whole list) still names it: after killgw the single
    // lookup says "Invalid Gateway!" at once, the list keeps the gateway until it is deleted.
    bool listed(const QString &name) const;
    // Waits (polling FreeSWITCH, never sleeping blindly) until `done` holds for the gateway.
    bool waitFor(
        const QString &name, const std::function<bool(const GatewayXml &)> &done, int timeoutMs);

    // xynapctl (the installed binary's build) with the API and this FreeSWITCH's Event Socket.
    CtlResult ctl(const QStringList &arguments, int timeoutMs = 60'000, bool withApi = true) const;
    // The same, running on while the test goes on (watch); the caller reads and ends it.
    std::unique_ptr<QProcess> startCtl(const QStringList &arguments, bool withApi = true) const;
    // PUTs a trunk field change through the Platform API (reads the ETag first); true on 200.
    [[nodiscard]] bool changeTrunk(const QString &gateway, const QString &field,
        const QJsonValue &value, QString *detail = nullptr);

private:
    QByteArray scenario() const;
    void prepare(QProcess &process, const QStringList &arguments, bool withApi) const;

    std::unique_ptr<SipStandIn> m_plusnet;
    std::unique_ptr<SipStandIn> m_oneAndOne;
    std::unique_ptr<SandboxProcess> m_api;
    std::unique_ptr<RealFreeSwitch> m_fs;
    QTemporaryDir m_home;
    QString m_error;
    quint16 m_lateApiPort = 0;
};

} // namespace xynap::testsupport

// In initTestCase(): skips with the one line that says how to enable the tests when
// XYNAP_FREESWITCH is not set (ctest reports them as not run), fails when it is set but unusable.
#define XYNAP_REQUIRE_FREESWITCH()                                                                 \
    do {                                                                                           \
        const auto bundle = ::xynap::testsupport::locateFreeSwitchBundle();                        \
        if (!bundle.configured)                                                                    \
            QSKIP(qPrintable(bundle.error));                                                       \
        QVERIFY2(bundle.ok(), qPrintable(bundle.error));                                           \
    } while (false)
