#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace xynap {

// The longest Sofia profile or gateway name the console puts into a command. FreeSWITCH itself
// has no limit; real names are short, and a cap keeps hostile values out of commands and logs.
inline constexpr qsizetype MaxSofiaNameLength = 128;

// mod_sofia's word for "every gateway of the profile" (`sofia profile P killgw _all_`): never
// the name of one gateway, and a command with it needs a confirmation of its own.
inline constexpr QStringView AllGateways = u"_all_";

// A Sofia profile or gateway name as FreeSWITCH's grammar allows it (mod_sofia checks gateway
// names against ^[\w.\-]+$ with PCRE's ASCII \w): 1 to MaxSofiaNameLength characters of
// [A-Za-z0-9_.-], the whole string. No whitespace, no line break, no ':' (so never "profile::gw"),
// nothing that could end or extend an Event Socket command. Check every name taken from the
// API, an event or the command line before it goes into `sofia profile P …`. The one grammar of
// names: gateways, Sofia profiles and connection profiles alike.
bool isValidSofiaName(QStringView name);
// A name that stands for one gateway: the grammar, and not AllGateways.
bool isValidGatewayName(QStringView name);
// The name of a connection profile (xynapctl --profile, the connect dialog): the same grammar.
// It is printed for the shell completion and is part of the keychain's keys.
bool isValidConnectionProfileName(QStringView name);

// A command the console suggests (a "fix"): the words it runs, and the line to show or paste.
// Built only from names that pass the grammar above; anything else gives no command at all.
struct [[nodiscard]] SuggestedCommand {
    QStringList argv; // the words, unquoted: what a program would exec
    QString line; // the display line: argv as one line for the shell or fs_cli
    QString error; // why there is no command: a name failed the grammar
    bool ok() const { return error.isEmpty(); }
};

// One word for a POSIX shell: left as it is when it holds only [A-Za-z0-9_.,/:=@%+-],
// single-quoted otherwise (a ' inside written as '\''). Total: any text,
// including line breaks, comes back as one word that runs nothing.
QString shellWord(QStringView word);
// The words as one shell line, each through shellWord().
QString shellLine(const QStringList &argv);

// `xynapctl reload --sofia-profile P --gateway G`, for a shell (`--gateway=G` when G starts with
// '-', so that no name is read as an option).
SuggestedCommand reloadGatewayCommand(const QString &sofiaProfile, const QString &gateway);
// `sofia profile P killgw G`, an fs_cli line (fs_cli has no quoting: every word must pass the
// grammar). Never for AllGateways.
SuggestedCommand killGatewayCommand(const QString &sofiaProfile, const QString &gateway);

} // namespace xynap
