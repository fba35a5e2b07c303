#pragma once

#include <QString>

namespace xynap {

// Text from the Platform API, an Event Socket or a file is untrusted: these make it safe for
// where it is written. Each is total (any input, no failure) and leaves ordinary text alone.

// For a terminal (or any line-oriented output): every C0 control character (including ESC,
// TAB, CR, LF), DEL and every C1 control character is written as a visible `\xNN`; Unicode
// line/paragraph separators and bidirectional overrides as `\u{NNNN}`. The result holds no
// escape sequence and no line break, so it can neither recolour the terminal nor spoof a row.
QString terminalSafe(const QString &text);

// For the one-line output of a monitoring plugin (Nagios/Icinga): as terminalSafe(), and '|'
// (which starts the performance data) written as `\x7c`.
QString pluginSafe(const QString &text);

// One CSV cell (RFC 4180, comma-separated): a cell that a spreadsheet would read as a formula
// (starting with '=', '+', '-', '@', TAB or CR) gets a leading apostrophe; a cell holding a
// comma, a double quote, CR or LF is quoted with its quotes doubled.
QString csvCell(const QString &text);

} // namespace xynap
