#pragma once

#include <QStringView>

namespace xynap {

// The longest Sofia profile or gateway name the console puts into a command. FreeSWITCH itself
// has no limit; real names are short, and a cap keeps hostile values out of commands and logs.
inline constexpr qsizetype MaxSofiaNameLength = 128;

// A Sofia profile or gateway name as FreeSWITCH's grammar allows it (mod_sofia checks gateway
// names against ^[\w.\-]+$ with PCRE's ASCII \w): 1 to MaxSofiaNameLength characters of
// [A-Za-z0-9_.-], the whole string. No whitespace, no line break, no ':' (so never "profile::gw"),
// nothing that could end or extend an Event Socket command. Check every name taken from the
// API, an event or the command line before it goes into `sofia profile P …`.
bool isValidSofiaName(QStringView name);

} // namespace xynap
