#include "privatefiles.h"

#include <QCoreApplication>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace rr {

namespace {
// The catalogues' context of this file's texts (free functions have no tr() of their own).
struct PrivateFilesText
{
    Q_DECLARE_TR_FUNCTIONS(rr::PrivateFiles)
};
} // namespace

namespace {

constexpr mode_t kGroupOrOthers = S_IRWXG | S_IRWXO;

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString octal(mode_t mode)
{
    return QStringLiteral("0%1").arg(uint(mode & 07777), 3, 8, QLatin1Char('0'));
}

// Tightens `path` (already checked to be of the expected type) to `wanted` when group or others have access.
Result<QString> tighten(const QString &path, const struct stat &st, mode_t wanted, const QString &what)
{
    if ((st.st_mode & kGroupOrOthers) == 0)
        return QString();
    const QByteArray name = QFile::encodeName(path);
    if (::chmod(name.constData(), wanted) != 0)
        return Failure{
            PrivateFilesText::tr("%1 %2 can be read by others (mode %3) and could not be made private: %4; "
                                 "run chmod %5 %2")
                .arg(what, path, octal(st.st_mode), systemError(errno), QString::number(uint(wanted), 8))};
    return PrivateFilesText::tr("%1 %2 could be read by others (mode %3): made private (%4)")
        .arg(what, path, octal(st.st_mode), octal(wanted));
}

} // namespace

Result<QString> ensurePrivateDirectory(const QString &dir)
{
    const QByteArray name = QFile::encodeName(dir);
    struct stat st
    {
    };
    if (::stat(name.constData(), &st) != 0) {
        if (errno != ENOENT)
            return Failure{
                PrivateFilesText::tr("cannot use the directory %1: %2").arg(dir, systemError(errno))};
        const QString parent = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(parent))
            return Failure{PrivateFilesText::tr("cannot create the directory %1").arg(parent)};
        if (::mkdir(name.constData(), 0700) != 0 && errno != EEXIST)
            return Failure{
                PrivateFilesText::tr("cannot create the directory %1: %2").arg(dir, systemError(errno))};
        if (::stat(name.constData(), &st) != 0)
            return Failure{
                PrivateFilesText::tr("cannot use the directory %1: %2").arg(dir, systemError(errno))};
    }
    if (!S_ISDIR(st.st_mode))
        return Failure{PrivateFilesText::tr("%1 is not a directory").arg(dir)};
    return tighten(dir, st, 0700, PrivateFilesText::tr("the directory"));
}

Result<QString> ensurePrivateFile(const QString &path)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return Failure{PrivateFilesText::tr("cannot use the file %1: %2").arg(path, systemError(errno))};
    if (!S_ISREG(st.st_mode))
        return Failure{PrivateFilesText::tr("%1 is not a regular file").arg(path)};
    return tighten(path, st, 0600, PrivateFilesText::tr("the file"));
}

Result<QByteArray> readSecretFile(const QString &path, const QString &what, qint64 maxBytes)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return Failure{PrivateFilesText::tr("cannot read %1 %2: %3").arg(what, path, systemError(errno))};
    struct stat st
    {
    };
    QString problem;
    if (::fstat(fd, &st) != 0)
        problem = PrivateFilesText::tr("cannot read %1 %2: %3").arg(what, path, systemError(errno));
    else if (!S_ISREG(st.st_mode))
        problem = PrivateFilesText::tr("%1 %2 is not a regular file").arg(what, path);
    else if (st.st_mode & kGroupOrOthers)
        problem =
            PrivateFilesText::tr("%1 %2 can be read by other users (mode %3): refused. Make it private with "
                                 "`chmod 600 %2` (and replace the secret if others may have read it)")
                .arg(what, path, octal(st.st_mode));
    QByteArray data;
    if (problem.isEmpty()) {
        data.resize(qsizetype(qMin<qint64>(maxBytes, qint64(st.st_size) + 1)));
        qsizetype got = 0;
        while (got < data.size()) {
            const ssize_t n = ::read(fd, data.data() + got, size_t(data.size() - got));
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                problem = PrivateFilesText::tr("cannot read %1 %2: %3").arg(what, path, systemError(errno));
                break;
            }
            if (n == 0)
                break;
            got += n;
        }
        data.resize(got);
    }
    ::close(fd);
    if (!problem.isEmpty()) {
        data.fill('\0');
        return Failure{problem};
    }
    return data;
}

} // namespace rr
