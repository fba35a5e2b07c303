// xynapctl's one table of commands and options: what --help, `help COMMAND`, the man page and the
// completion are made of; and when its words are coloured.
#include "cli/Cli.h"
#include "cli/Help.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace xynap::cli;

class TestCliHelp final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void overviewNamesEveryCommandAndCommonOption()
    {
        const QString help = overviewHelp();
        QVERIFY(help.startsWith(u"Usage: xynapctl "_s));
        for (const CommandHelp &c : commandTable())
            QVERIFY2(help.contains(u"\n  "_s + c.name + u' '), qPrintable(c.name));
        for (const OptionHelp &o : optionTable())
            QCOMPARE(help.contains(u"--"_s + o.names.constLast() + u' '), o.commands.isEmpty());
        for (const QString &code : {u"64"_s, u"65"_s, u"69"_s, u"77"_s})
            QVERIFY(help.contains(u"\n  "_s + code + u"  "_s));
    }

    void everyOptionIsInTheHelpOfItsCommands()
    {
        for (const OptionHelp &o : optionTable()) {
            for (const QString &command : o.commands) {
                const CommandHelp *c = findCommand(command);
                QVERIFY2(c, qPrintable(command));
                QVERIFY2(commandHelp(*c).contains(u"--"_s + o.names.constLast()),
                    qPrintable(command + u": --"_s + o.names.constLast()));
            }
        }
        QVERIFY(commandHelp(*findCommand(u"check"_s)).contains(u"-w, --warning RANGE"_s));
        QVERIFY(!commandHelp(*findCommand(u"status"_s)).contains(u"--warning"_s));
    }

    void helpFitsATerminal()
    {
        QStringList texts {overviewHelp()};
        for (const CommandHelp &c : commandTable())
            texts.append(commandHelp(c));
        for (const QString &text : std::as_const(texts))
            for (const QString &line : text.split(u'\n'))
                QVERIFY2(line.size() <= 80, qPrintable(line));
    }

    void versionNamesXynapctl()
    {
        QVERIFY(QRegularExpression(u"^xynapctl [0-9]+\\.[0-9]+\\.[0-9]+\n$"_s)
                    .match(versionText())
                    .hasMatch());
    }

    void colourOnlyOnATerminalWithoutNoColor()
    {
        QVERIFY(colourWanted(true, {}, "xterm-256color"));
        QVERIFY(!colourWanted(false, {}, "xterm-256color"));
        QVERIFY(!colourWanted(true, "1", "xterm-256color"));
        QVERIFY(!colourWanted(true, "", "dumb"));
        QCOMPARE(paintSeverity(u"ERROR"_s, false), u"ERROR"_s);
        QCOMPARE(paintSeverity(u"ERROR"_s, true), u"\x1b[1;31mERROR\x1b[0m"_s);
        QCOMPARE(paintSeverity(u"warning"_s, true), u"\x1b[1;33mwarning\x1b[0m"_s);
        QCOMPARE(paintSeverity(u"something"_s, true), u"something"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
