#include "core/history/DataFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>

#ifdef Q_OS_UNIX
#    include <sys/stat.h>
#    include <unistd.h>
#endif

namespace portone::datafolder {

namespace {

QString refused(const char *text, const QString &path)
{
    return QCoreApplication::translate("portone::DataFolder", text)
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

std::optional<QString> prepare(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    struct stat status
    {
    };
    if (::lstat(native.constData(), &status) != 0) {
        if (errno != ENOENT || !QDir().mkpath(QFileInfo(path).absolutePath())
            || (::mkdir(native.constData(), 0700) != 0 && errno != EEXIST))
            return refused(QT_TRANSLATE_NOOP("portone::DataFolder",
                                             "The data folder %1 could not be created."),
                           path);
        if (::lstat(native.constData(), &status) != 0)
            return refused(QT_TRANSLATE_NOOP("portone::DataFolder",
                                             "The data folder %1 could not be created."),
                           path);
    }
    if (S_ISLNK(status.st_mode))
        return refused(
            QT_TRANSLATE_NOOP(
                "portone::DataFolder",
                "The data folder %1 is a symbolic link. PortOne Desk keeps its history "
                "and audit log only in a real folder of your own: replace the link with a "
                "folder and start again."),
            path);
    if (!S_ISDIR(status.st_mode))
        return refused(
            QT_TRANSLATE_NOOP("portone::DataFolder", "The data folder %1 is not a folder."), path);
    if (status.st_uid != ::geteuid())
        return refused(QT_TRANSLATE_NOOP(
                           "portone::DataFolder",
                           "The data folder %1 belongs to another user account. PortOne Desk keeps "
                           "its history and audit log only in a folder of your own: remove it or "
                           "give it to your account, and start again."),
                       path);
    if ((status.st_mode & 07777) != 0700 && ::chmod(native.constData(), 0700) != 0)
        return refused(
            QT_TRANSLATE_NOOP("portone::DataFolder",
                              "The data folder %1 could not be made private (mode 0700)."),
            path);
    return std::nullopt;
#else
    if (!QDir().mkpath(path))
        return refused(
            QT_TRANSLATE_NOOP("portone::DataFolder", "The data folder %1 could not be created."),
            path);
    return std::nullopt;
#endif
}

bool restrictToOwner(const QString &filePath)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(filePath);
    struct stat status
    {
    };
    if (::stat(native.constData(), &status) != 0)
        return false;
    return (status.st_mode & 07777) == 0600 || ::chmod(native.constData(), 0600) == 0;
#else
    return QFile::setPermissions(filePath, OwnerOnly);
#endif
}

bool makePrivateFile(const QString &filePath)
{
    if (!QFileInfo::exists(filePath)) {
        QDir().mkpath(QFileInfo(filePath).absolutePath());
        QFile file(filePath);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Append, OwnerOnly))
            return false;
    }
    return restrictToOwner(filePath);
}

} // namespace portone::datafolder
