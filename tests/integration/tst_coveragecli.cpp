// `xynapctl coverage` on files: the exit code follows the findings (0 clean, 1 warnings,
// 2 errors; info does not count), 65 names the file and line it cannot read, --json carries the
// matrix, the findings and the fixes.

#include "DocumentedRules.h"
#include "cli/CoverageIo.h"
#include "coverage/UfwParser.h"
#include "coverage/UfwRenderer.h"
#include "model/FileRead.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <sys/stat.h>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace xynap;

namespace {

const QString kDocumentedRules = xynap::test::documentedUfwRules();

const QString kSipGateways = xynap::test::documentedSipGatewaysAcl();

struct Run {
    int code = -1;
    QString out;
    QString err;
};

} // namespace

class TestCoverageCli final : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    QString write(const QString &name, const QString &text)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(text.toUtf8());
        return f.fileName();
    }

    static Run run(const QString &ufw, const QString &ufw6, const QString &acl, bool json = false,
        const QString &aclFromEsl = {})
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.code = cli::runCoverageCommand(
            ProviderCatalog::builtIn(), ufw, ufw6, acl, aclFromEsl, json, out, err);
        out.flush();
        err.flush();
        if (qEnvironmentVariableIsSet("XYNAP_SHOW_OUTPUT")) // to look at the output by eye
            qInfo().noquote() << r.out << r.err;
        return r;
    }

private Q_SLOTS:
    void documentedRulesAreClean()
    {
        const Run r = run(
            write(u"rules.txt"_s, kDocumentedRules), {}, write(u"acl.conf.xml"_s, kSipGateways));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.err, QString());
        const QStringList lines = r.out.split(u'\n');
        QVERIFY(lines.at(0).startsWith(u"UFW: "_s));
        QVERIFY(r.out.contains(u"SIP UDP 5060"_s));
        QVERIFY(r.out.contains(u"ACL sip-gateways"_s));
        const auto row = std::find_if(lines.begin(), lines.end(),
            [](const QString &l) { return l.startsWith(u"92.197.177.0/24 "_s); });
        QVERIFY(row != lines.end());
        QVERIFY2(row->simplified()
                == u"92.197.177.0/24 Plusnet ✔ covered ✔ covered ✔ covered – not needed ✔ covered"_s,
            qPrintable(*row));
        // Documented openings are notes, not warnings.
        QVERIFY(r.out.contains(u"INFO  XY-UFW-RTP-OPEN-TO-ANY"_s));
        QVERIFY(r.out.contains(u"0 error(s), 0 warning(s)"_s));
    }

    void missingRuleIsAnError()
    {
        QString rules = kDocumentedRules;
        rules.remove(u"ufw allow from 92.197.177.0/24 to any port 5060 proto udp\n"_s);
        const Run r = run(write(u"missing.txt"_s, rules), {}, {});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.contains(u"ERROR  XY-UFW-RANGE-NOT-COVERED  92.197.177.0/24 sip-udp"_s));
        QVERIFY(r.out.contains(u"\nufw allow from 92.197.177.0/24 to any port 5060 proto udp\n"_s));
        QVERIFY(r.out.contains(u"? not loaded"_s)); // no ACL given
    }

    void warningsOnlyExitOne()
    {
        const QString acl
            = QString(kSipGateways)
                  .replace(u"  </network-lists>"_s,
                      u"    <list name=\"lan\">\n      <node type=\"allow\" cidr=\"10.0.0.0/8\"/>\n    </list>\n  </network-lists>"_s);
        const Run r = run(write(u"rules.txt"_s, kDocumentedRules), {}, write(u"lan.xml"_s, acl));
        QVERIFY2(r.code == 1, qPrintable(r.out));
        QVERIFY(r.out.contains(u"WARNING  XY-ACL-NO-DEFAULT  lan"_s));
    }

    void jsonCarriesTheMatrix()
    {
        const Run r = run(write(u"open.txt"_s, kDocumentedRules + u"ufw allow 5060/udp\n"_s), {},
            {}, true, kSipGateways);
        QCOMPARE(r.code, 2);
        QJsonParseError error {};
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(root.value(u"exit_code"_s).toInt(), 2);
        QCOMPARE(root.value(u"sources"_s).toObject().value(u"acl"_s).toString(),
            u"Event Socket (xml_locate)"_s);
        QJsonObject plusnet;
        for (const QJsonValue &t : root.value(u"targets"_s).toArray()) {
            if (t.toObject().value(u"label"_s).toString() == u"92.197.176.0/24"_s)
                plusnet = t.toObject();
        }
        QCOMPARE(plusnet.value(u"provider"_s).toString(), u"plusnet"_s);
        const QJsonObject udp
            = plusnet.value(u"coverage"_s).toObject().value(u"sip-udp"_s).toObject();
        QCOMPARE(udp.value(u"state"_s).toString(), u"covered"_s);
        QCOMPARE(udp.value(u"rules"_s).toArray(), (QJsonArray {1}));
        QCOMPARE(plusnet.value(u"coverage"_s)
                     .toObject()
                     .value(u"wss"_s)
                     .toObject()
                     .value(u"state"_s)
                     .toString(),
            u"not-needed"_s);
        const QJsonObject acl = plusnet.value(u"coverage"_s).toObject().value(u"acl"_s).toObject();
        QCOMPARE(acl.value(u"status"_s).toString(), u"allowed"_s);
        QCOMPARE(
            acl.value(u"decisions"_s).toArray().first().toObject().value(u"node_line"_s).toInt(),
            4);
        bool open = false;
        for (const QJsonValue &f : root.value(u"findings"_s).toArray()) {
            const QJsonObject o = f.toObject();
            if (o.value(u"rule"_s).toString() == u"XY-UFW-SIP-OPEN-TO-ANY"_s) {
                open = true;
                QCOMPARE(o.value(u"severity"_s).toString(), u"error"_s);
                QCOMPARE(o.value(u"ufw_rules"_s).toArray(), (QJsonArray {12}));
                QCOMPARE(
                    o.value(u"fixes"_s).toArray(), (QJsonArray {u"ufw delete allow 5060/udp"_s}));
            }
        }
        QVERIFY(open);
    }

    void userRulesFilesTogether()
    {
        const coverage::UfwParseResult documented = coverage::UfwParser::parse(kDocumentedRules);
        const Run r
            = run(write(u"user.rules"_s,
                      coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv4)),
                write(u"user6.rules"_s,
                    coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv6)),
                write(u"acl.conf.xml"_s, kSipGateways));
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(u"user.rules + "_s));
    }

    void unreadableInputIs65()
    {
        const QString missing = m_dir.filePath(u"nope.rules"_s);
        Run r = run(missing, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.startsWith(u"xynapctl: "_s + missing + u": "_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());

        const QString bad = write(u"bad.rules"_s,
            u"ufw allow from 92.197.176.0/24 to any port 5060 proto udp\nufw alow 5061/tcp\n"_s);
        r = run(bad, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.startsWith(u"xynapctl: "_s + bad + u":2: "_s), qPrintable(r.err));

        const QString badAcl = write(u"bad.xml"_s,
            u"<configuration name=\"acl.conf\">\n<network-lists>\n<list name=\"x\" default=\"deny\">\n<node type=\"allow\" cidr=\"1.2.3.4/40\"/>\n</list></network-lists></configuration>\n"_s);
        r = run({}, {}, badAcl);
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(badAcl + u":4: "_s), qPrintable(r.err));

        QFile binary(m_dir.filePath(u"binary.rules"_s));
        QVERIFY(binary.open(QIODevice::WriteOnly));
        binary.write("ufw allow 22/tcp\n\xff\xfe\x00garbage\n", 25);
        binary.close();
        r = run(binary.fileName(), {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(binary.fileName() + u":2: "_s), qPrintable(r.err));

        r = run({}, {}, {}, false, u"-ERR no reply\n"_s);
        QCOMPARE(r.code, 65);
    }

    // /dev/zero drove the command past 3 GB; a FIFO blocked forever.
    void onlyRegularFilesUpToTheLimitAreRead()
    {
        Run r = run(u"/dev/zero"_s, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(u"/dev/zero: not a regular file"_s), qPrintable(r.err));
        r = run({}, {}, u"/dev/zero"_s);
        QCOMPARE(r.code, 65);
        r = run({}, u"/dev/zero"_s, {});
        QCOMPARE(r.code, 65);

        const QString fifo = m_dir.filePath(u"fifo.rules"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        r = run(fifo, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(fifo + u": not a regular file"_s), qPrintable(r.err));

        r = run(m_dir.path(), {}, {});
        QCOMPARE(r.code, 65);

        QFile big(m_dir.filePath(u"big.rules"_s));
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(MaxInputFileBytes + 1));
        big.close();
        r = run(big.fileName(), {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(u"48 MiB"_s), qPrintable(r.err));
    }

    // `--ufw6 FILE` took any content and reported "0 rule(s)", every range
    // uncovered, no error. Each file's format is checked against what it is given as.
    void ruleFilesMustBeTheirKind_data()
    {
        const coverage::UfwParseResult documented = coverage::UfwParser::parse(kDocumentedRules);
        const QString v4 = coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv4);
        const QString v6 = coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv6);
        QTest::addColumn<QString>("ufw");
        QTest::addColumn<QString>("ufw6");
        QTest::addColumn<QString>("wrongFile");
        QTest::addColumn<QString>("message");
        QTest::newRow("user.rules as --ufw6") << QString() << v4 << u"6"_s << u"user.rules"_s;
        QTest::newRow("both swapped") << v6 << v4 << u"4"_s << u"user6.rules"_s;
        QTest::newRow("random text as --ufw6")
            << QString() << u"hello world\nthis is not ufw\n"_s << u"6"_s << u"not a user6.rules"_s;
        QTest::newRow("ufw status as --ufw6")
            << QString() << u"Status: active\n\nTo Action From\n"_s << u"6"_s << u"ufw status"_s;
        QTest::newRow("commands as --ufw with --ufw6")
            << u"ufw allow 5060/udp\n"_s << v6 << u"4"_s << u"not a user.rules"_s;
    }
    void ruleFilesMustBeTheirKind()
    {
        QFETCH(QString, ufw);
        QFETCH(QString, ufw6);
        QFETCH(QString, wrongFile);
        QFETCH(QString, message);
        const QString v4Path = ufw.isEmpty() ? QString() : write(u"given-as-v4.rules"_s, ufw);
        const QString v6Path = write(u"given-as-v6.rules"_s, ufw6);
        const Run r = run(v4Path, v6Path, {});
        QCOMPARE(r.code, 65);
        const QString wrongPath = wrongFile == u"6"_s ? v6Path : v4Path;
        QVERIFY2(r.err.contains(wrongPath + u":1: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"0 rule"_s), qPrintable(r.out));
    }

    void rightRuleFilesStillLoad()
    {
        const coverage::UfwParseResult documented = coverage::UfwParser::parse(kDocumentedRules);
        const Run r = run({},
            write(u"only6.rules"_s,
                coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv6)),
            {});
        QVERIFY2(r.code != 65, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    }

    // User6.rules given as --ufw alone was read as IPv4 rules; an empty file
    // counted as "no rules".
    void user6RulesAsUfwAloneIsAnError()
    {
        const coverage::UfwParseResult documented = coverage::UfwParser::parse(kDocumentedRules);
        const QString v6 = write(u"user6.rules"_s,
            coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv6));
        const Run r = run(v6, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(v6 + u":1: "_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"this is user6.rules (the IPv6 rules), not user.rules"_s),
            qPrintable(r.err));
        QCOMPARE(r.out, QString());
        // user.rules alone still loads.
        const Run v4
            = run(write(u"user.rules"_s,
                      coverage::UfwRenderer::rulesFile(documented.rules, AddressFamily::IPv4)),
                {}, {});
        QVERIFY2(v4.code != 65, qPrintable(v4.err));
    }

    void emptyUfwFileIsAnError_data()
    {
        QTest::addColumn<bool>("asUfw6");
        QTest::addColumn<QString>("text");
        QTest::newRow("--ufw empty") << false << QString();
        QTest::newRow("--ufw blank lines") << false << u"\n\n  \n"_s;
        QTest::newRow("--ufw6 empty") << true << QString();
    }
    void emptyUfwFileIsAnError()
    {
        QFETCH(bool, asUfw6);
        QFETCH(QString, text);
        const QString empty = write(u"empty.rules"_s, text);
        const Run r = asUfw6 ? run({}, empty, {}) : run(empty, {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(r.err.contains(empty + u": "_s) && r.err.contains(u"empty"_s), qPrintable(r.err));
        QCOMPARE(r.out, QString());
    }

    // Parse errors quote the rule; a rule with terminal escapes set the title and
    // cleared the screen. Every path escapes now.
    void parseErrorsAreEscaped_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("unknown action") << u"ufw \u001b]0;owned\u0007\u001b[2J 5060/udp"_s;
        QTest::newRow("invalid port") << u"ufw allow 99999\u001b[2J/udp"_s;
        QTest::newRow("not a ufw command") << u"\u001b[31mhello\u009b2J"_s;
    }
    void parseErrorsAreEscaped()
    {
        QFETCH(QString, rule);
        const Run r = run(write(u"hostile.rules"_s, rule + u"\n"_s), {}, {});
        QCOMPARE(r.code, 65);
        QVERIFY2(!r.err.isEmpty(), "a parse error is reported");
        QVERIFY2(!r.err.contains(QChar(0x1b)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QChar(0x07)), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QChar(0x9b)), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"\\x1b"_s) || r.err.contains(u"\\x9b"_s), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), r.err.count(u"xynapctl: "_s)); // one line per message
    }

    void noInputIsUsage()
    {
        const Run r = run({}, {}, {});
        QCOMPARE(r.code, 64);
        QVERIFY(r.err.startsWith(u"xynapctl: coverage: "_s));
    }
};

QTEST_GUILESS_MAIN(TestCoverageCli)
#include "tst_coveragecli.moc"
