// xynap-sandbox: the stand-in platform on loopback (Platform API + FreeSWITCH Event Socket).
#include "sandbox/Sandbox.h"
#include "sandbox/Scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QSocketNotifier>
#include <QTimer>
#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace xynap::sandbox;

namespace {
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const auto n = ::write(signalPipe[1], &c, 1);
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
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"xynap-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A stand-in xynap platform on loopback: the Platform API over HTTP and a FreeSWITCH "
        "Event Socket, seeded with the documented Plusnet and 1&1 setup. Prints one JSON line "
        "with api_url, esl_host, esl_port, esl_password, operator_token and readonly_token, "
        "then runs until stopped."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption apiPort(
        u"api-port"_s, u"Platform API port (0: any free port)."_s, u"N"_s, u"8001"_s);
    const QCommandLineOption eslPort(
        u"esl-port"_s, u"Event Socket port (0: any free port)."_s, u"N"_s, u"8021"_s);
    const QCommandLineOption operatorToken(u"operator-token"_s,
        u"Bearer token with every permission (random if not given)."_s, u"T"_s);
    const QCommandLineOption readonlyToken(
        u"readonly-token"_s, u"Bearer token that may only read (random if not given)."_s, u"T"_s);
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
        u"Require these HTTP Basic credentials from mod_xml_curl (otherwise loopback only)."_s,
        u"USER:PASS"_s);
    const QCommandLineOption eslAllow(u"esl-allow"_s,
        u"Let only this subnet use the Event Socket (repeatable; default loopback)."_s, u"CIDR"_s);
    parser.addOptions({apiPort, eslPort, operatorToken, readonlyToken, tlsCert, tlsKey, scenario,
        listScenarios, xmlCurl, eslAllow});
    parser.process(app);
    if (parser.isSet(listScenarios)) {
        for (const QString &name : builtInScenarioNames()) {
            const ScenarioLoad load = scenarioFromFile(name);
            std::printf("%-32s %s\n", qPrintable(name),
                qPrintable(load.ok() ? load.scenario.description : load.error));
        }
        return 0;
    }

    const auto die = [](const QString &message) {
        std::fprintf(stderr, "xynap-sandbox: %s\n", qPrintable(message));
        return 2;
    };

    SandboxOptions options;
    if (!parsePort(parser.value(apiPort), options.apiPort))
        return die(
            u"--api-port: \"%1\" is not a port number (0-65535)"_s.arg(parser.value(apiPort)));
    if (!parsePort(parser.value(eslPort), options.eslPort))
        return die(
            u"--esl-port: \"%1\" is not a port number (0-65535)"_s.arg(parser.value(eslPort)));
    options.operatorToken = parser.value(operatorToken);
    options.readonlyToken = parser.value(readonlyToken);
    options.tlsCertificate = parser.value(tlsCert);
    options.tlsKey = parser.value(tlsKey);
    if (options.tlsCertificate.isEmpty() != options.tlsKey.isEmpty())
        return die(u"--tls-cert and --tls-key go together"_s);
    options.xmlCurlCredentials = parser.value(xmlCurl);
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
        return die(u"--scenario: "_s + load.error);

    Sandbox sandbox(load.scenario, options);
    if (!sandbox.start())
        return die(sandbox.errorString());

    const QByteArray line = QJsonDocument(sandbox.connectionInfo()).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);

    // SIGTERM/SIGINT: stop like FreeSWITCH does, with a disconnect notice to every client.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(
            notifier, &QSocketNotifier::activated, &app, [&sandbox] { sandbox.shutdown(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    QObject::connect(&sandbox, &Sandbox::stopped, &app,
        [] { QTimer::singleShot(200, qApp, [] { QCoreApplication::exit(0); }); });
    return app.exec();
}
