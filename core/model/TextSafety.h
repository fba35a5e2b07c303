#pragma once

#include <QJsonDocument>
#include <QString>

namespace xynap {

// Text from the Platform API, an Event Socket or a file is untrusted: these make it safe for
// where it is written. Each is total (any input, no failure) and leaves ordinary text alone.

// For a terminal (or any line-oriented output): every C0 control character (including ESC,
// TAB, CR, LF), DEL and every C1 control character is written as a visible `\xNN`; Unicode
// line/paragraph separators, bidirectional overrides and invisible characters (zero-width
// space/joiners, word joiner, BOM, soft hyphen) as `\u{NNNN}`. The result holds no
// escape sequence and no line break, so it can neither recolour the terminal nor spoof a row.
QString terminalSafe(const QString &text);

// For the one-line output of a monitoring plugin (Nagios/Icinga): as terminalSafe(), and '|'
// (which starts the performance data) written as `\x7c`.
QString pluginSafe(const QString &text);

// One CSV cell (RFC 4180, comma-separated): a cell that a spreadsheet would read as a formula
// (starting with '=', '+', '-', '@', TAB or CR) gets a leading apostrophe; a cell holding a
// separator of either locale (',' or ';'), a double quote, CR or LF is quoted with its
// quotes doubled — so a formula start after a separator never becomes a cell of its own.
QString csvCell(const QString &text);

// A JSON document as xynapctl prints it (indented): as QJsonDocument writes it, with DEL, every
// C1 control, line/paragraph separators, bidirectional overrides and invisible characters
// written as \uXXXX escapes. The parsed values are the same; the bytes are safe to cat.
QByteArray jsonText(
    const QJsonDocument &document, QJsonDocument::JsonFormat format = QJsonDocument::Indented);

} // namespace xynap
