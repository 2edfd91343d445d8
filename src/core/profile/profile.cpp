#include "profile.h"

#include "store/migrations.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>
#include <QUuid>

namespace bollplank {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

std::string inFolder(const QString &folder)
{
    return QDir::toNativeSeparators(folder).toStdString();
}

void removeDatabaseFiles(const QString &db)
{
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(db + QLatin1String(suffix));
}

} // namespace

UnlockedProfile::UnlockedProfile(QString folder, std::unique_ptr<QLockFile> lock, SecureKey key, QByteArray keyFile,
    std::unique_ptr<Store> store)
    : m_folder(std::move(folder))
    , m_lock(std::move(lock))
    , m_key(std::move(key))
    , m_keyFile(std::move(keyFile))
    , m_store(std::move(store))
{
}

UnlockedProfile::~UnlockedProfile()
{
    // Close the database before the lock goes, so no other process opens it mid-close.
    m_store.reset();
}

bool UnlockedProfile::exists(const QString &folder)
{
    return QFile::exists(QDir(folder).filePath(KeyFileName));
}

std::unique_ptr<QLockFile> UnlockedProfile::lockFolder(const QString &folder)
{
    auto lock = std::make_unique<QLockFile>(QDir(folder).filePath(LockFileName));
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        throw StoreError(StoreError::Kind::InUse,
            "This profile is open in another process (pid " + std::to_string(pid) + "); close it there first");
    }
    throw StoreError(StoreError::Kind::Io, "Cannot lock the profile folder " + inFolder(folder));
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::create(
    const QString &folder, const QString &passphrase, Role role, const QString &displayName, KdfParams params)
{
    if (passphrase.isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, "The passphrase must not be empty");
    if (displayName.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, "A display name is needed");
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        throw StoreError(StoreError::Kind::Io, "Cannot create the profile folder " + inFolder(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto lock = lockFolder(folder);
    const QString dbPath = dir.filePath(DatabaseFile);
    const QString keyPath = dir.filePath(KeyFileName);
    if (QFile::exists(keyPath))
        throw StoreError(StoreError::Kind::InvalidInput, "A profile already exists in " + inFolder(folder));
    if (QFile::exists(dbPath))
        throw StoreError(StoreError::Kind::InvalidInput,
            "An incomplete profile (a database without its key file) is in " + inFolder(folder)
                + "; move it away to start again");

    SecureKey key = SecureKey::random();
    try {
        const QString deviceId = newId();
        auto store = std::make_unique<Store>(Database::open(dbPath, key), deviceId);
        migrate(store->db());
        Transaction tx(store->db());
        const qint64 now = store->now();
        store->db()
            .prepare("INSERT INTO profile (id, rev, author_device, updated_at, role, display_name, device_id, "
                     "created_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)")
            .bind(1, newId())
            .bind(2, deviceId)
            .bind(3, now)
            .bind(4, toString(role))
            .bind(5, displayName.trimmed())
            .bind(6, deviceId)
            .bind(7, now)
            .run();
        tx.commit();
        // The key file goes last: until it exists, the folder holds no profile.
        QByteArray keyFile = KeyFile::wrap(key, passphrase, params);
        KeyFile::write(keyPath, keyFile);
        QFile::setPermissions(dbPath, QFile::ReadOwner | QFile::WriteOwner);
        return std::unique_ptr<UnlockedProfile>(new UnlockedProfile(
            folder, std::move(lock), std::move(key), std::move(keyFile), std::move(store)));
    } catch (...) {
        QFile::remove(keyPath);
        removeDatabaseFiles(dbPath);
        throw;
    }
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::open(const QString &folder, const QString &passphrase)
{
    const QString keyPath = QDir(folder).filePath(KeyFileName);
    if (!QFile::exists(keyPath))
        throw StoreError(StoreError::Kind::NotFound, "There is no Bollplank profile in " + inFolder(folder));
    auto lock = lockFolder(folder);
    // An older key file is converted in memory only: it reaches the disk with the next write.
    QByteArray current;
    SecureKey key = KeyFile::unwrap(KeyFile::read(keyPath), passphrase, kdfFloorForThisRun(), &current);
    return openUnwrapped(folder, std::move(lock), std::move(key), std::move(current));
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::openWithDeviceKey(const QString &folder, const SecureKey &deviceKey)
{
    const QString keyPath = QDir(folder).filePath(KeyFileName);
    if (!QFile::exists(keyPath))
        throw StoreError(StoreError::Kind::NotFound, "There is no Bollplank profile in " + inFolder(folder));
    auto lock = lockFolder(folder);
    QByteArray keyFile = KeyFile::read(keyPath);
    SecureKey key = KeyFile::unwrapWithDeviceKey(keyFile, deviceKey);
    return openUnwrapped(folder, std::move(lock), std::move(key), std::move(keyFile));
}

std::unique_ptr<UnlockedProfile> UnlockedProfile::openUnwrapped(
    const QString &folder, std::unique_ptr<QLockFile> lock, SecureKey key, QByteArray keyFile)
{
    const QString dbPath = QDir(folder).filePath(DatabaseFile);
    if (!QFile::exists(dbPath))
        throw StoreError(StoreError::Kind::CorruptDatabase,
            "The profile's database file is missing from " + inFolder(folder));

    Database db = Database::open(dbPath, key);
    migrate(db);
    QString deviceId;
    {
        auto row = db.prepare("SELECT device_id FROM profile WHERE deleted = 0 LIMIT 1");
        if (!row.step())
            throw StoreError(StoreError::Kind::CorruptDatabase, "The profile's database has no profile record");
        deviceId = row.text(0);
    }
    auto store = std::make_unique<Store>(std::move(db), deviceId);
    return std::unique_ptr<UnlockedProfile>(
        new UnlockedProfile(folder, std::move(lock), std::move(key), std::move(keyFile), std::move(store)));
}

std::unique_ptr<Store> UnlockedProfile::openConnection() const
{
    auto store = std::make_unique<Store>(Database::open(QDir(m_folder).filePath(DatabaseFile), m_key), m_store->deviceId());
    store->setClock(m_store->clock());
    return store;
}

Profile UnlockedProfile::profile()
{
    auto row = m_store->db().prepare("SELECT id, rev, author_device, updated_at, deleted, role, display_name, "
                                     "device_id, created_at FROM profile WHERE deleted = 0 LIMIT 1");
    if (!row.step())
        throw StoreError(StoreError::Kind::CorruptDatabase, "The profile's database has no profile record");
    Profile p;
    p.meta = { row.text(0), row.int64(1), row.text(2), row.int64(3), row.int64(4) != 0 };
    p.role = parseRole(row.text(5));
    p.displayName = row.text(6);
    p.deviceId = row.text(7);
    p.createdAt = row.int64(8);
    return p;
}

void UnlockedProfile::setDisplayName(const QString &name)
{
    if (name.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, "A display name is needed");
    m_store->db()
        .prepare("UPDATE profile SET display_name = ?, rev = rev + 1, updated_at = ?, author_device = ? "
                 "WHERE deleted = 0")
        .bind(1, name.trimmed())
        .bind(2, m_store->now())
        .bind(3, m_store->deviceId())
        .run();
}

void UnlockedProfile::changePassphrase(const QString &current, const QString &next, KdfParams params)
{
    if (next.isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, "The new passphrase must not be empty");
    // Proves the caller knows the current passphrase, and that the file on disk wraps our key.
    const QByteArray file = KeyFile::read(keyPath());
    const SecureKey onDisk = KeyFile::unwrap(file, current);
    if (!(onDisk == m_key))
        throw StoreError(StoreError::Kind::CorruptKeyFile, "The key file no longer matches this profile's database");
    // The device slot wraps the database key, not the passphrase: it stays valid as it is.
    writeKeyFile(KeyFile::withDeviceSlotOf(KeyFile::wrap(m_key, next, params), file));
}

void UnlockedProfile::rememberDevice(const SecureKey &deviceKey)
{
    writeKeyFile(KeyFile::withDeviceSlot(m_keyFile, m_key, deviceKey));
}

void UnlockedProfile::forgetDevice()
{
    writeKeyFile(KeyFile::withoutDeviceSlot(m_keyFile));
}

bool UnlockedProfile::rememberedOnDevice() const
{
    return KeyFile::hasDeviceSlot(m_keyFile);
}

QString UnlockedProfile::keyPath() const
{
    return QDir(m_folder).filePath(KeyFileName);
}

void UnlockedProfile::writeKeyFile(const QByteArray &file)
{
    KeyFile::write(keyPath(), file);
    m_keyFile = file;
}

void UnlockedProfile::verifyIntegrity()
{
    auto check = m_store->db().prepareOnce("PRAGMA quick_check");
    while (check.step()) {
        if (check.text(0) != QLatin1String("ok"))
            throw StoreError(StoreError::Kind::CorruptDatabase,
                "The database is damaged: " + check.text(0).toStdString());
    }
}

} // namespace bollplank
