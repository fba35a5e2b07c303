// xynap-sandbox: the stand-in platform on loopback (Platform API + FreeSWITCH Event Socket).
#include "model/FileRead.h"
#include "platform/CommandLine.h"
#include "platform/ProcessHardening.h"
#include "platform/ProcessMemory.h"
#include "platform/StopSignals.h"
#include "sandbox/Sandbox.h"
#include "sandbox/Scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimer>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;
using namespace xynap::sandbox;

namespace {
// A secret from --NAME, --NAME-file or the environment variable: at most one of them. A file
// holds the secret on its first line (a final line break is dropped). The variable is removed
// from the environment once read, so no child process inherits it.
struct SecretSource {
    QString option; // "operator-token"
    const char *environment; // "XYNAP_SANDBOX_OPERATOR_TOKEN"
};

std::optional<QString> readSecret(
    const QCommandLineParser &parser, const SecretSource &source, QString *value)
{
    const QString fileOption = source.option + u"-file"_s;
    const QByteArray fromEnvironment = qgetenv(source.environment);
    qunsetenv(source.environment);
    const int given = int(parser.isSet(source.option)) + int(parser.isSet(fileOption))
        + int(!fromEnvironment.isEmpty());
    if (given > 1)
        return u"give only one of --%1, --%2 and %3"_s.arg(
            source.option, fileOption, QString::fromLatin1(source.environment));
    if (parser.isSet(source.option)) {
        *value = parser.value(source.option);
    } else if (parser.isSet(fileOption)) {
        const xynap::FileReadResult read
            = xynap::readInputFile(parser.value(fileOption), qint64(64) * 1024);
        if (!read.ok())
            return u"--%1: %2"_s.arg(fileOption, read.error);
        QByteArray data = read.data;
        if (data.endsWith('\n'))
            data.chop(1);
        if (data.endsWith('\r'))
            data.chop(1);
        *value = QString::fromUtf8(data);
    } else {
        *value = QString::fromUtf8(fromEnvironment);
    }
    if (value->contains(u'\n') || value->contains(u'\r'))
        return u"--%1: the secret must be one line"_s.arg(source.option);
    return std::nullopt;
}

bool parsePort(const QString &text, quint16 &port)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < 0 || value > 65535)
        return false;
    port = quint16(value);
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    xynap::platform::disableCoreDumps(); // it holds the tokens
    xynap::platform::returnBigBlocksToTheSystem();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"xynap-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A stand-in xynap platform on loopback: the Platform API over HTTP and a FreeSWITCH "
        "Event Socket, seeded with the documented Plusnet and 1&1 setup. Prints one JSON line "
        "with api_url, esl_host, esl_port, esl_password, operator_token and readonly_token, "
        "then runs until stopped.\n\n"
        "Secrets (the tokens, the xml-curl credentials): prefer --…-file FILE (mode 0600) or "
        "the environment (XYNAP_SANDBOX_OPERATOR_TOKEN, XYNAP_SANDBOX_READONLY_TOKEN, "
        "XYNAP_SANDBOX_XML_CURL_CREDENTIALS; removed from the environment once read). A value "
        "on the command line is visible to every user of the machine in `ps`; those options "
        "are kept for throw-away tokens and tests."_s);
    parser.addHelpOption();
    xynap::platform::addVersionOption(parser);
    const QCommandLineOption apiPort(
        u"api-port"_s, u"Platform API port (0: any free port)."_s, u"N"_s, u"8001"_s);
    const QCommandLineOption eslPort(
        u"esl-port"_s, u"Event Socket port (0: any free port)."_s, u"N"_s, u"8021"_s);
    const QCommandLineOption operatorToken(u"operator-token"_s,
        u"Bearer token with every permission (random if not given). Visible in `ps`: prefer "
        "--operator-token-file or XYNAP_SANDBOX_OPERATOR_TOKEN."_s,
        u"T"_s);
    const QCommandLineOption operatorTokenFile(u"operator-token-file"_s,
        u"Read the operator token from the first line of FILE."_s, u"FILE"_s);
    const QCommandLineOption readonlyToken(u"readonly-token"_s,
        u"Bearer token that may only read (random if not given). Visible in `ps`: prefer "
        "--readonly-token-file or XYNAP_SANDBOX_READONLY_TOKEN."_s,
        u"T"_s);
    const QCommandLineOption readonlyTokenFile(u"readonly-token-file"_s,
        u"Read the read-only token from the first line of FILE."_s, u"FILE"_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"Serve the API over HTTPS with this PEM certificate."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(
        u"tls-key"_s, u"The PEM private key for --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption scenario(u"scenario"_s,
        u"A JSON data set replacing the built-in one (format: README), or the name of a "
        "built-in scenario (--list-scenarios)."_s,
        u"FILE|NAME"_s);
    const QCommandLineOption listScenarios(
        u"list-scenarios"_s, u"Print the built-in scenarios and what each one breaks."_s);
    const QCommandLineOption xmlCurl(u"xml-curl-credentials"_s,
        u"Require these HTTP Basic credentials from mod_xml_curl (otherwise loopback only). "
        "Visible in `ps`: prefer --xml-curl-credentials-file or "
        "XYNAP_SANDBOX_XML_CURL_CREDENTIALS."_s,
        u"USER:PASS"_s);
    const QCommandLineOption xmlCurlFile(u"xml-curl-credentials-file"_s,
        u"Read USER:PASS for mod_xml_curl from the first line of FILE."_s, u"FILE"_s);
    const QCommandLineOption eslAllow(u"esl-allow"_s,
        u"Let only this subnet use the Event Socket (repeatable; default loopback)."_s, u"CIDR"_s);
    parser.addOptions(
        {apiPort, eslPort, operatorToken, operatorTokenFile, readonlyToken, readonlyTokenFile,
            tlsCert, tlsKey, scenario, listScenarios, xmlCurl, xmlCurlFile, eslAllow});
    // A usage error exits 64 and names xynap-sandbox, as every mistake on the command line below.
    if (const auto code = xynap::platform::parseCommandLine(
            parser, QCoreApplication::arguments(), u"xynap-sandbox"_s))
        return *code;
    if (parser.isSet(listScenarios)) {
        for (const QString &name : builtInScenarioNames()) {
            const ScenarioLoad load = scenarioFromFile(name);
            std::printf("%-32s %s\n", qPrintable(name),
                qPrintable(load.ok() ? load.scenario.description : load.error));
        }
        return 0;
    }

    // Exit codes as xynapctl's: 64 a bad option or argument, 65 a scenario that cannot be read,
    // 69 a port that cannot be opened.
    constexpr int DataError = 65, Unavailable = 69;
    const auto die = [](const QString &message, int code = 64) {
        std::fprintf(stderr, "xynap-sandbox: %s\n", qPrintable(message));
        return code;
    };

    SandboxOptions options;
    if (!parsePort(parser.value(apiPort), options.apiPort))
        return die(
            u"--api-port: \"%1\" is not a port number (0-65535)"_s.arg(parser.value(apiPort)));
    if (!parsePort(parser.value(eslPort), options.eslPort))
        return die(
            u"--esl-port: \"%1\" is not a port number (0-65535)"_s.arg(parser.value(eslPort)));
    if (const auto error = readSecret(
            parser, {u"operator-token"_s, "XYNAP_SANDBOX_OPERATOR_TOKEN"}, &options.operatorToken))
        return die(*error);
    if (const auto error = readSecret(
            parser, {u"readonly-token"_s, "XYNAP_SANDBOX_READONLY_TOKEN"}, &options.readonlyToken))
        return die(*error);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return die(u"--tls-cert and --tls-key go together"_s);
    if (const auto error
        = readSecret(parser, {u"xml-curl-credentials"_s, "XYNAP_SANDBOX_XML_CURL_CREDENTIALS"},
            &options.xmlCurlCredentials))
        return die(*error);
    if (!options.xmlCurlCredentials.isEmpty() && !options.xmlCurlCredentials.contains(u':'))
        return die(u"--xml-curl-credentials: expected USER:PASS"_s);
    for (const QString &cidr : parser.values(eslAllow)) {
        const auto subnet = QHostAddress::parseSubnet(cidr);
        if (subnet.first.isNull())
            return die(u"--esl-allow: \"%1\" is not a subnet such as 127.0.0.1/32"_s.arg(cidr));
        options.eslAllowed.append(subnet);
    }

    ScenarioLoad load;
    if (parser.isSet(scenario))
        load = scenarioFromFile(parser.value(scenario));
    else
        load.scenario = Scenario::builtIn();
    if (!load.ok())
        return die(u"--scenario: "_s + load.error, DataError);

    Sandbox sandbox(load.scenario, options);
    if (!sandbox.start())
        return die(sandbox.errorString(), Unavailable);

    const QByteArray line = QJsonDocument(sandbox.connectionInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // SIGTERM/SIGINT: stop like FreeSWITCH does, with a disconnect notice to every client.
    xynap::platform::StopSignals stopSignals;
    QObject::connect(&stopSignals, &xynap::platform::StopSignals::stopRequested, &app,
        [&sandbox] { sandbox.shutdown(); });
    QObject::connect(&sandbox, &Sandbox::stopped, &app,
        [] { QTimer::singleShot(200, qApp, [] { QCoreApplication::exit(0); }); });
    return app.exec();
}
