#include "model/FileRead.h"

#include <QCoreApplication>
#include <QFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace xynap {

namespace {
// "xynap": the context lupdate gives a tr() in a free function of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("xynap", text);
}

QString tooLarge(qint64 maxBytes)
{
    return tr("the file is larger than %1 MiB, the limit for input files; it was not read.")
        .arg(double(maxBytes) / (1024.0 * 1024.0), 0, 'g', 3);
}

QString notRegular()
{
    return tr("not a regular file (a directory, device, FIFO or socket); only regular files are "
              "read.");
}

void setError(FileReadResult &r, const QString &path, const QString &reason)
{
    r.data.clear();
    r.reason = reason;
    r.error = QStringLiteral("%1: %2").arg(path, reason);
}

// Through QFile: Qt resources (":/…", bounded and regular by construction) and systems
// without POSIX.
FileReadResult readWithQFile(const QString &path, qint64 maxBytes)
{
    FileReadResult r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(r, path, file.errorString());
        return r;
    }
    if (file.isSequential()) {
        setError(r, path, notRegular());
        return r;
    }
    if (file.size() > maxBytes) {
        setError(r, path, tooLarge(maxBytes));
        return r;
    }
    r.data = file.read(maxBytes + 1);
    if (r.data.size() > maxBytes)
        setError(r, path, tooLarge(maxBytes));
    return r;
}

} // namespace

FileReadResult readInputFile(const QString &path, qint64 maxBytes)
{
    if (path.startsWith(u':'))
        return readWithQFile(path, maxBytes);
    FileReadResult r;
#ifdef Q_OS_UNIX
    // O_NONBLOCK: opening a FIFO must not wait for a writer. The kind is checked on the open
    // descriptor (fstat), so the file cannot be swapped between the check and the read.
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        setError(r, path, QString::fromLocal8Bit(std::strerror(errno)));
        return r;
    }
    struct ::stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        setError(r, path, notRegular());
        return r;
    }
    if (st.st_size > maxBytes) {
        ::close(fd);
        setError(r, path, tooLarge(maxBytes));
        return r;
    }
    QByteArray data;
    data.reserve(qsizetype(st.st_size));
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            setError(r, path, QString::fromLocal8Bit(std::strerror(errno)));
            ::close(fd);
            return r;
        }
        if (n == 0)
            break;
        if (data.size() + n > maxBytes) { // it grew while being read
            ::close(fd);
            setError(r, path, tooLarge(maxBytes));
            return r;
        }
        data.append(buffer, qsizetype(n));
    }
    ::close(fd);
    r.data = std::move(data);
#else
    r = readWithQFile(path, maxBytes);
#endif
    return r;
}

} // namespace xynap
