#include "platform/CommandLine.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace xynap::platform {

namespace {
QString dashed(const QString &name)
{
    return (name.size() == 1 ? u"-"_s : u"--"_s) + name;
}
} // namespace

QString helpText(const QCommandLineParser &parser, const QString &program)
{
    QString text = parser.helpText();
    // Qt's first line is "Usage: " and argv[0] as typed (a build path, ./xynap-console, …).
    const qsizetype firstEnd = text.indexOf(u'\n');
    const QString first = text.left(firstEnd);
    const qsizetype options = first.indexOf(u" ["_s);
    return u"Usage: "_s + program + (options < 0 ? QString() : first.mid(options))
        + text.mid(firstEnd);
}

void addVersionOption(QCommandLineParser &parser)
{
    // Qt's own words for it, so that Qt's catalog (qtbase_de) translates them as before.
    static constexpr const char *Description = "Displays version information.";
    parser.addOption(QCommandLineOption(
        {u"V"_s, u"version"_s}, QCoreApplication::translate("QCommandLineParser", Description)));
}

QString usageErrorText(const QCommandLineParser &parser)
{
    const QStringList unknown = parser.unknownOptionNames();
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const QString &name : unknown)
            names.append(dashed(name));
        return (names.size() == 1 ? u"unknown option %1"_s : u"unknown options %1"_s)
            .arg(names.join(u", "_s));
    }
    // The other two errors QCommandLineParser knows name the option as typed ("--api", "-t").
    static const QRegularExpression missing(u"^Missing value after '(.+)'\\.$"_s);
    static const QRegularExpression unexpected(u"^Unexpected value after '(.+)'\\.$"_s);
    QString error = parser.errorText();
    if (const auto m = missing.match(error); m.hasMatch())
        return u"%1 needs a value"_s.arg(m.captured(1));
    if (const auto m = unexpected.match(error); m.hasMatch())
        return u"%1 takes no value"_s.arg(m.captured(1).section(u'=', 0, 0));
    return error;
}

int usageError(const QString &program, const QString &message)
{
    std::fprintf(stderr, "%s: %s; see %s --help\n", qPrintable(program), qPrintable(message),
        qPrintable(program));
    return 64;
}

std::optional<int> parseCommandLine(
    QCommandLineParser &parser, const QStringList &arguments, const QString &program)
{
    if (!parser.parse(arguments))
        return usageError(program, usageErrorText(parser));
    if (parser.isSet(u"help-all"_s))
        parser.process(arguments); // Qt's own options too: prints them and exits 0
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(helpText(parser, program)), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf(
            "%s %s\n", qPrintable(program), qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return std::nullopt;
}

} // namespace xynap::platform
