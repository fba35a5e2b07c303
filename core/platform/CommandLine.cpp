#include "platform/CommandLine.h"

#include <QCoreApplication>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace xynap::platform {

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

std::optional<int> parseCommandLine(
    QCommandLineParser &parser, const QStringList &arguments, const QString &program)
{
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "%s: %s (see %s --help)\n", qPrintable(program),
            qPrintable(parser.errorText()), qPrintable(program));
        return 64;
    }
    if (parser.isSet(u"help-all"_s))
        parser.process(arguments); // Qt's own options too: prints them and exits 0
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(helpText(parser, program)), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("%s %s\n", qPrintable(program),
            qPrintable(QCoreApplication::applicationVersion()));
        return 0;
    }
    return std::nullopt;
}

} // namespace xynap::platform
