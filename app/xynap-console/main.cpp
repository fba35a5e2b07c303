// xynap-console: the GUI. Parses arguments, wires objects, nothing else.
#include "platform/CommandLine.h"
#include "platform/ConnectionProfile.h"
#include "platform/ProcessHardening.h"
#include "platform/ProcessMemory.h"
#include "platform/SecretStore.h"
#include "sandbox/Sandbox.h"
#include "session/PlatformSession.h"
#include "ui/common/Translations.h"
#include "ui/connect/ConnectDialog.h"
#include "ui/connect/Connector.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/noc/NocDashboard.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

// The options, in the language installed when called (English before any is).
void describeOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Administration console for the xynap telephony platform."));
    parser.addHelpOption();
    xynap::platform::addVersionOption(parser);
    parser.addOptions({
        QCommandLineOption(u"demo"_s,
            QCoreApplication::translate(
                "main", "Start on the built-in sandbox platform (nothing real is touched).")),
        QCommandLineOption(
            u"noc"_s, QCoreApplication::translate("main", "Open the NOC dashboard full screen.")),
        QCommandLineOption(u"profile"_s,
            QCoreApplication::translate("main",
                "Connect with the saved connection profile NAME (without: choose one in the "
                "connect dialog)."),
            u"NAME"_s),
        QCommandLineOption(u"screenshot"_s,
            QCoreApplication::translate("main", "Render the main window to FILE (PNG) and exit."),
            u"FILE"_s),
        QCommandLineOption(u"scenario"_s,
            QCoreApplication::translate("main",
                "With --demo: start the sandbox on a built-in scenario (realm-typo, "
                "firewall-gap, …) or a scenario FILE."),
            u"NAME|FILE"_s),
    });
}

// Arguments that make no sense together, or that nothing reads: usage errors, not ignored.
std::optional<int> checkCombination(const QCommandLineParser &parser, const QString &program)
{
    if (!parser.positionalArguments().isEmpty())
        return xynap::platform::usageError(program,
            u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(u"scenario"_s) && !parser.isSet(u"demo"_s))
        return xynap::platform::usageError(program, u"--scenario needs --demo"_s);
    return std::nullopt;
}

// Qt's own GUI options (-platform, -style, …), which QApplication takes out of the arguments.
bool isQtOption(const QString &name)
{
    static const QStringList names {u"platform"_s, u"platformpluginpath"_s, u"platformtheme"_s,
        u"plugin"_s, u"qwindowgeometry"_s, u"qwindowicon"_s, u"qwindowtitle"_s, u"reverse"_s,
        u"session"_s, u"testability"_s, u"display"_s, u"name"_s, u"geometry"_s, u"title"_s,
        u"icon"_s, u"style"_s, u"stylesheet"_s, u"widgetcount"_s, u"qmljsdebugger"_s, u"nograb"_s,
        u"dograb"_s, u"sync"_s, u"visual"_s};
    return names.contains(name);
}

// What the command line asks for, read before any window system is touched: --help, --version
// and a usage error need no display (an SSH session, help2man, a package's smoke test). With
// one of Qt's own options the QApplication has to take it out first, so the window path reads
// the command line again.
enum class Wanted { Window, WordsOnly, WordsWithQtOptions };

std::variant<Wanted, int> readCommandLine(int argc, char *argv[], const QString &program)
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); // -platform
    describeOptions(parser);
    if (!parser.parse(arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        if (!unknown.isEmpty() && std::all_of(unknown.begin(), unknown.end(), isQtOption))
            return Wanted::Window;
        return xynap::platform::usageError(program, xynap::platform::usageErrorText(parser));
    }
    if (parser.isSet(u"help-all"_s))
        return Wanted::WordsWithQtOptions;
    if (parser.isSet(u"help"_s) || parser.isSet(u"version"_s))
        return Wanted::WordsOnly;
    if (const auto code = checkCombination(parser, program))
        return *code;
    return Wanted::Window;
}

} // namespace

int main(int argc, char *argv[])
{
    // Before any secret is read: no core file and no same-user debugger may see the token.
    xynap::platform::disableCoreDumps();
    xynap::platform::returnBigBlocksToTheSystem();
    const QString program = u"xynap-console"_s;
    const auto wanted = readCommandLine(argc, argv, program);
    if (const int *code = std::get_if<int>(&wanted))
        return *code;
    // Not an exit code, so what is wanted (get_if: no bad_variant_access can leave main).
    const Wanted want = *std::get_if<Wanted>(&wanted);
    std::unique_ptr<QCoreApplication> application;
    if (want == Wanted::WordsOnly) {
        application = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        // --help-all lists the GUI's Qt options (-platform, -display, …): only a QApplication
        // knows them, and the offscreen platform gives it one without a display.
        if (want == Wanted::WordsWithQtOptions)
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(u"xynap"_s);
    QCoreApplication::setApplicationName(u"xynap-console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(XYNAP_VERSION));
    QGuiApplication::setDesktopFileName(u"de.xynap.console"_s);
    // The language follows the locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG): German for de_*,
    // English otherwise.
    const xynap::ui::Translations translations;

    QCommandLineParser parser;
    describeOptions(parser);
    // A usage error exits 64 and names xynap-console; --help and --version say xynap-console.
    if (const auto code
        = xynap::platform::parseCommandLine(parser, QCoreApplication::arguments(), program))
        return *code;
    if (const auto code = checkCombination(parser, program))
        return *code;
    const QString demo = u"demo"_s, noc = u"noc"_s, profile = u"profile"_s,
                  screenshot = u"screenshot"_s, scenario = u"scenario"_s;

    // Exit codes as xynapctl's: 64 a bad option or argument, 65 a scenario that cannot be read,
    // 69 the sandbox cannot open its ports.
    const auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "xynap-console: %s\n", qPrintable(message));
        return code;
    };

    // Without --demo or --profile: the connect dialog, to choose, create or edit a profile — or
    // to try the sandbox.
    QSettings settings;
    auto *secrets = new xynap::platform::SecretStore(&app);
    bool demoMode = parser.isSet(demo);
    xynap::platform::ConnectionProfile chosen;
    QString sessionToken;
    QString sessionEslPassword;
    if (!demoMode && !parser.isSet(profile)) {
        xynap::ui::ConnectDialog dialog(&settings, secrets);
        const int answer = dialog.exec();
        if (answer == xynap::ui::ConnectDialog::DemoRequested)
            demoMode = true;
        else if (answer != QDialog::Accepted)
            return 0;
        chosen = dialog.profile();
        sessionToken = dialog.sessionToken();
        sessionEslPassword = dialog.sessionEslPassword();
    }

    xynap::session::PlatformSession session;
    std::unique_ptr<xynap::sandbox::Sandbox> sandbox;
    if (demoMode) {
        xynap::sandbox::SandboxOptions options;
        options.apiPort = 0;
        options.eslPort = 0;
        xynap::sandbox::ScenarioLoad load;
        if (parser.isSet(scenario))
            load = xynap::sandbox::scenarioFromFile(parser.value(scenario));
        else
            load.scenario = xynap::sandbox::Scenario::builtIn();
        if (!load.ok())
            return fail(QCoreApplication::translate("main", "--scenario: %1").arg(load.error), 65);
        sandbox = std::make_unique<xynap::sandbox::Sandbox>(load.scenario, options);
        if (!sandbox->start())
            return fail(QCoreApplication::translate("main", "The sandbox could not start: %1")
                            .arg(sandbox->errorString()),
                69);
        session.setSandbox(true);
        session.setDisplayName(QCoreApplication::translate("main", "Sandbox"));
        session.api()->setBaseUrl(sandbox->apiUrl());
        session.api()->setToken(sandbox->options().operatorToken);
        session.gateways()->addNode(
            u"sandbox"_s, sandbox->eslHost(), sandbox->eslPort(), sandbox->options().eslPassword);
    } else {
        if (parser.isSet(profile)) {
            const auto found = xynap::platform::ProfileStore(&settings).find(parser.value(profile));
            if (!found)
                return fail(
                    QCoreApplication::translate("main",
                        "No connection profile named \"%1\". Start without --profile to create it, "
                        "or use: xynapctl profile add")
                        .arg(parser.value(profile)),
                    64);
            chosen = *found;
        }
        auto *connector = new xynap::ui::Connector(&session, secrets, &app);
        QObject::connect(connector, &xynap::ui::Connector::failed, &app, [](const QString &why) {
            QMessageBox::critical(
                nullptr, QCoreApplication::translate("main", "Cannot connect"), why);
            QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(2); });
        });
        connector->start(chosen, sessionToken, sessionEslPassword);
    }
    xynap::ui::MainWindow window(&session);
    std::unique_ptr<xynap::ui::NocDashboard> dashboard;
    QWidget *shown = &window;
    if (parser.isSet(noc)) {
        dashboard = std::make_unique<xynap::ui::NocDashboard>(&session);
        shown = dashboard.get();
    }
    if (sandbox) {
        session.checkIdentity();
        session.refreshTrunks();
    }

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const auto shoot = [shown, file] {
            if (qobject_cast<xynap::ui::NocDashboard *>(shown))
                shown->resize(1600, 900);
            shown->show();
            // Give the Event Socket a moment for its snapshot, so the picture shows live state.
            QTimer::singleShot(2500, shown, [shown, file] {
                const bool saved = shown->grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "xynap-console: cannot write %s\n", qPrintable(file));
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        QObject::connect(&session, &xynap::session::PlatformSession::trunksLoaded, shown, shoot,
            Qt::SingleShotConnection);
        QObject::connect(&session, &xynap::session::PlatformSession::loadFailed, shown, shoot,
            Qt::SingleShotConnection);
        return app.exec();
    }
    if (dashboard)
        dashboard->showOnWallScreen();
    else
        window.show();
    return app.exec();
}
