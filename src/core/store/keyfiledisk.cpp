// Reading and writing the key file on disk; the format itself is in keyfile.cpp.
#include "keyfile.h"

#include "storeerror.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <filesystem>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace bollplank::KeyFile {

QByteArray read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        throw StoreError(StoreError::Kind::Io, "There is no key file at " + path.toStdString());
    if (!file.open(QIODevice::ReadOnly))
        throw StoreError(StoreError::Kind::Io, "Cannot read the key file: " + file.errorString().toStdString());
    // Never read more than a key file can be: a huge file is damage, not a key.
    QByteArray bytes = file.read(qint64(Size) + 1);
    if (file.error() != QFile::NoError)
        throw StoreError(StoreError::Kind::Io, "Cannot read the key file: " + file.errorString().toStdString());
    return bytes;
}

void write(const QString &path, const QByteArray &bytes)
{
    // Not QSaveFile: in Qt 6.4 its commit() reported success for a file cut short by a full disk
    // (seen with a file-size limit), and then renamed the stub over the good key file. Here the
    // new file is written beside the old one, synced, read back and compared, and only then
    // renamed over it, so the old key file survives any failure.
    const QString temp = path + QStringLiteral(".new");
    QFile::remove(temp);
    auto fail = [&](StoreError::Kind kind, const std::string &why) {
        QFile::remove(temp);
        throw StoreError(kind, "Cannot write the key file: " + why);
    };
    {
        QFile file(temp);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
            fail(StoreError::Kind::Io, file.errorString().toStdString());
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        if (file.write(bytes) != bytes.size() || !file.flush())
            fail(StoreError::Kind::DiskFull, file.errorString().toStdString());
#ifdef Q_OS_UNIX
        if (::fsync(file.handle()) != 0)
            fail(StoreError::Kind::DiskFull, std::strerror(errno));
#endif
        file.close();
    }
    {
        QFile check(temp);
        if (!check.open(QIODevice::ReadOnly) || check.readAll() != bytes)
            fail(StoreError::Kind::DiskFull, "what reached the disk differs from what was written");
    }
    std::error_code error;
    std::filesystem::rename(temp.toStdString(), path.toStdString(), error);
    if (error)
        fail(StoreError::Kind::Io, error.message());
}

} // namespace bollplank::KeyFile
