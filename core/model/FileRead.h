#pragma once

#include <QByteArray>
#include <QString>

namespace xynap {

// The largest file the console reads as input (ufw rules, acl.conf.xml, trunk exports, sandbox
// scenarios, a CA file): a fleet's export of 50,000 trunks (about 35 MB) fits, a wrong path
// cannot fill the memory.
inline constexpr qint64 MaxInputFileBytes = qint64(48) * 1024 * 1024;

struct [[nodiscard]] FileReadResult {
    QByteArray data;
    QString error; // translated, "<path>: <reason>"; empty on success
    QString reason; // the same without the path, for a message that names the file its own way

    bool ok() const { return error.isEmpty(); }
};

// Reads a whole input file, refusing what is not a plain file: a directory, a FIFO (which would
// block), a device such as /dev/zero (which never ends) or a socket, and anything larger than
// `maxBytes` (checked before and while reading, so a growing file is refused too). Symbolic
// links are followed. Never blocks on the file's kind. A path starting with ':' is a Qt resource.
FileReadResult readInputFile(const QString &path, qint64 maxBytes = MaxInputFileBytes);

} // namespace xynap
