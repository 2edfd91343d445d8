#include "testsupport.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QUuid>

#include <sodium.h>

namespace bollplank::test {

TempProfile::TempProfile(Role role)
    : now(QDateTime(QDate(2026, 1, 15), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch())
{
    if (!dir.isValid())
        qFatal("Cannot create a temporary folder");
    profile = UnlockedProfile::create(dir.path(), Passphrase, role,
        role == Role::Adept ? QStringLiteral("Karin") : QStringLiteral("Anders"), KdfParams::minimal());
    profile->store().setClock([this] { return now; });
}

TempProfile::~TempProfile() = default;

void TempProfile::reopen()
{
    profile.reset();
    profile = UnlockedProfile::open(dir.path(), Passphrase);
    profile->store().setClock([this] { return now; });
}

qint64 at(int year, int month, int day, int hour, int minute)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute)).toMSecsSinceEpoch();
}

QStringList filesUnder(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

bool fileContains(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.readAll();
    const QByteArray utf8 = needle.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    return bytes.contains(utf8) || bytes.contains(utf16);
}

sync::Member otherDeviceKeys(const QString &role)
{
    QByteArray sign(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray signSecret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(sign.data()), reinterpret_cast<unsigned char *>(signSecret.data()));
    QByteArray box(crypto_box_PUBLICKEYBYTES, '\0');
    QByteArray boxSecret(crypto_box_SECRETKEYBYTES, '\0');
    crypto_box_keypair(reinterpret_cast<unsigned char *>(box.data()), reinterpret_cast<unsigned char *>(boxSecret.data()));
    return { sign, box, QUuid::createUuid().toString(QUuid::WithoutBraces), role };
}

} // namespace bollplank::test
