// SofiaActions against the sandbox's real Event Socket: every command the console sends a node
// beyond watching it goes out only with names FreeSWITCH's grammar allows, FreeSWITCH's text
// answers ("-ERR", "Invalid Profile") come back as failures, and every command that went out is
// in the activity log with the answer.
#include "SandboxFixture.h"
#include "esl/Link.h"
#include "sandbox/Sandbox.h"
#include "session/ActivityLog.h"
#include "session/GatewayMonitor.h"
#include "session/SofiaActions.h"

#include <QtTest>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

struct Outcome {
    bool ok = false;
    QString message;
};

} // namespace

class TestSofiaActions final : public QObject {
    Q_OBJECT

    std::unique_ptr<sandbox::Sandbox> m_sb;
    std::unique_ptr<session::GatewayMonitor> m_monitor;
    std::unique_ptr<session::ActivityLog> m_log;

    const QString node = testsupport::SandboxNode;

    // Runs one action and waits for its answer (nullopt if none came).
    template<typename Start>
    std::optional<Outcome> answer(Start start)
    {
        std::optional<Outcome> result;
        start([&result](bool ok, const QString &message) { result = Outcome {ok, message}; });
        if (!QTest::qWaitFor([&result] { return result.has_value(); }, 10'000))
            return std::nullopt;
        return result;
    }

    QString profileOf(const QString &gateway) const
    {
        const session::GatewayRecord *r = m_monitor->record(node, gateway);
        return r ? r->profile : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_sb = testsupport::startSandbox();
        QVERIFY(m_sb);
        m_monitor = std::make_unique<session::GatewayMonitor>();
        m_log = std::make_unique<session::ActivityLog>();
        testsupport::addSandboxNode(*m_monitor, *m_sb);
        QTRY_VERIFY_WITH_TIMEOUT(m_monitor->record(node, u"1und1"_s), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(!profileOf(u"1und1"_s).isEmpty(), 10'000);
    }

    void cleanup()
    {
        m_monitor.reset();
        m_log.reset();
        m_sb.reset();
    }

    void killGatewayTakesItOutAndLogsTheCommand()
    {
        const QString profile = profileOf(u"1und1"_s);
        session::SofiaActions actions(m_monitor.get(), m_log.get());
        const auto r = answer([&](session::SofiaActions::Done done) {
            actions.killGateway(node, profile, u"1und1"_s, std::move(done));
        });
        QVERIFY(r);
        QVERIFY2(r->ok, qPrintable(r->message));
        QVERIFY(r->message.startsWith(u"+OK"_s));
        // FreeSWITCH removes it a moment later (the sandbox runs in manual time).
        QVERIFY(testsupport::advanceWithSockets(*m_sb, 1500));
        QVERIFY(m_sb->gateways()->gatewayState(u"1und1"_s).isEmpty());
        QCOMPARE(m_log->entries().size(), 1);
        const session::ActivityLog::Entry &e = m_log->entries().constFirst();
        QCOMPARE(e.path, u"sofia profile %1 killgw 1und1"_s.arg(profile));
        QCOMPARE(e.origin, session::ActivityLog::Origin::EventSocket);
        QVERIFY(!e.failed);
    }

    // A name that would be a second word (or a second command) of the fs_cli line never leaves
    // the console: nothing is sent, nothing is logged as sent.
    void hostileNamesAreNeverSent_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("gateway");
        QTest::newRow("gateway with a space") << u"internal"_s << u"1und1 restart"_s;
        QTest::newRow("gateway with a line break") << u"internal"_s << u"x\nreloadxml"_s;
        QTest::newRow("profile with a space") << u"internal restart"_s << u"1und1"_s;
        QTest::newRow("empty gateway") << u"internal"_s << QString();
    }
    void hostileNamesAreNeverSent()
    {
        QFETCH(QString, profile);
        QFETCH(QString, gateway);
        session::SofiaActions actions(m_monitor.get(), m_log.get());
        const auto r = answer([&](session::SofiaActions::Done done) {
            actions.killGateway(node, profile, gateway, std::move(done));
        });
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY2(r->message.startsWith(u"Not sent: "_s), qPrintable(r->message));
        QVERIFY(m_log->entries().isEmpty());
        QVERIFY(!m_sb->gateways()->gatewayState(u"1und1"_s).isEmpty());
    }

    // FreeSWITCH says "Invalid Profile [nosuch]" with a +OK-less text body and no error status:
    // a failure all the same, with its words.
    void restartOfAnUnknownProfileFails()
    {
        session::SofiaActions actions(m_monitor.get(), m_log.get());
        const auto r = answer([&](session::SofiaActions::Done done) {
            actions.restartProfile(node, u"nosuch"_s, std::move(done));
        });
        QVERIFY(r);
        QVERIFY(!r->ok);
        QVERIFY2(r->message.contains(u"Invalid Profile [nosuch]"_s), qPrintable(r->message));
        QCOMPARE(m_log->entries().size(), 1);
        QVERIFY(m_log->entries().constFirst().failed);
    }

    void aNodeNotConnectedFailsAtOnceAndSaysSo()
    {
        session::SofiaActions actions(m_monitor.get(), m_log.get());
        const auto r = answer([&](session::SofiaActions::Done done) {
            actions.reloadXml(u"fs9"_s, std::move(done));
        });
        QVERIFY(r);
        QVERIFY(!r->ok);
        QCOMPARE(r->message, u"Not connected to fs9."_s);
        QCOMPARE(m_log->entries().size(), 1);
        QVERIFY(m_log->entries().constFirst().failed);
        QCOMPARE(m_log->entries().constFirst().path, u"reloadxml"_s);
    }

    void reloadXmlAndAclAnswerOk()
    {
        session::SofiaActions actions(m_monitor.get(), m_log.get());
        for (const bool acl : {false, true}) {
            const auto r = answer([&](session::SofiaActions::Done done) {
                if (acl)
                    actions.reloadAcl(node, std::move(done));
                else
                    actions.reloadXml(node, std::move(done));
            });
            QVERIFY(r);
            QVERIFY2(r->ok && r->message.startsWith(u"+OK"_s), qPrintable(r->message));
        }
        QCOMPARE(m_log->entries().size(), 2);
    }

    void callsOnProfileOnlyForAProfileName()
    {
        session::SofiaActions actions(m_monitor.get());
        std::optional<int> calls;
        actions.callsOnProfile(node, profileOf(u"1und1"_s), [&calls](int n) { calls = n; });
        QTRY_VERIFY_WITH_TIMEOUT(calls.has_value(), 10'000);
        QVERIFY2(*calls >= 0, "the sandbox's profile list was not read");
        calls.reset();
        actions.callsOnProfile(node, u"internal restart"_s, [&calls](int n) { calls = n; });
        QVERIFY(calls.has_value()); // at once, nothing sent
        QCOMPARE(*calls, -1);
    }

    void theAclComesAsFreeSwitchServesIt()
    {
        session::SofiaActions actions(m_monitor.get());
        std::optional<std::pair<bool, QByteArray>> acl;
        actions.fetchAcl(node, [&acl](bool ok, const QByteArray &xml, const QString &) {
            acl = std::pair {ok, xml};
        });
        QTRY_VERIFY_WITH_TIMEOUT(acl.has_value(), 10'000);
        QVERIFY(acl->first);
        QVERIFY2(acl->second.contains("name=\"acl.conf\""), acl->second.left(300).constData());
    }
};

QTEST_GUILESS_MAIN(TestSofiaActions)
#include "tst_sofiaactions.moc"
