#pragma once

#include "domain/records.h"
#include "profile/store.h"
#include "store/keyfile.h"

#include <QLockFile>
#include <QString>
#include <memory>

namespace bollplank {

/// A profile folder: the encrypted database, the key file that wraps its key, and a lock file
/// that keeps a second process out. An object of this class is an unlocked profile.
class UnlockedProfile
{
public:
    static inline const QString DatabaseFile = QStringLiteral("bollplank.db");
    static inline const QString KeyFileName = QStringLiteral("bollplank.key");
    static inline const QString LockFileName = QStringLiteral("bollplank.lock");

    /// True when folder holds a profile (its key file exists).
    [[nodiscard]] static bool exists(const QString &folder);

    /// Creates a new profile in folder (made if absent, owner-only). Throws InvalidInput if one
    /// is already there; on any failure, removes what it wrote.
    [[nodiscard]] static std::unique_ptr<UnlockedProfile> create(const QString &folder, const QString &passphrase,
        Role role, const QString &displayName, KdfParams params = KdfParams::standard());

    /// Unlocks an existing profile. Throws StoreError: WrongPassphrase, CorruptKeyFile,
    /// CorruptDatabase, NewerSchema, InUse, NotFound (no profile there). Nothing on disk changes on failure.
    [[nodiscard]] static std::unique_ptr<UnlockedProfile> open(const QString &folder, const QString &passphrase);
    /// Unlocks with the key this device keeps in the OS key store (see rememberDevice). Throws
    /// as open(), and NotFound when the key file holds no device slot, WrongPassphrase when
    /// deviceKey does not open it.
    [[nodiscard]] static std::unique_ptr<UnlockedProfile> openWithDeviceKey(
        const QString &folder, const SecureKey &deviceKey);

    ~UnlockedProfile();

    [[nodiscard]] Store &store() noexcept { return *m_store; }
    /// A second connection to the same database, for work on another thread (sync): SQLite
    /// connections are not shared between threads. WAL lets it read while store() writes; writers
    /// take turns, each holding the lock only for a short transaction (busy timeout 5 s).
    [[nodiscard]] std::unique_ptr<Store> openConnection() const;
    [[nodiscard]] Profile profile();
    void setDisplayName(const QString &name);
    [[nodiscard]] const QString &folder() const noexcept { return m_folder; }

    /// Re-wraps the database key under a new passphrase; the data is not re-encrypted.
    /// The old key file stays in place until the new one is safely on disk.
    void changePassphrase(const QString &current, const QString &next, KdfParams params = KdfParams::standard());

    /// Adds (or replaces) the key file's device slot: the database key wrapped by deviceKey,
    /// which the caller keeps in the OS key store. The passphrase slot is kept as it is.
    void rememberDevice(const SecureKey &deviceKey);
    /// Removes the device slot, so the key in the OS key store no longer opens anything.
    void forgetDevice();
    /// True when the key file holds a device slot.
    [[nodiscard]] bool rememberedOnDevice() const;

    /// Reads every page of the database; throws CorruptDatabase if any fails its check.
    void verifyIntegrity();

private:
    UnlockedProfile(QString folder, std::unique_ptr<QLockFile> lock, SecureKey key, QByteArray keyFile,
        std::unique_ptr<Store> store);
    static std::unique_ptr<QLockFile> lockFolder(const QString &folder);
    static std::unique_ptr<UnlockedProfile> openUnwrapped(const QString &folder, std::unique_ptr<QLockFile> lock,
        SecureKey key, QByteArray keyFile);
    [[nodiscard]] QString keyPath() const;
    void writeKeyFile(const QByteArray &file);

    QString m_folder;
    std::unique_ptr<QLockFile> m_lock;
    SecureKey m_key;
    QByteArray m_keyFile; ///< the key file as on disk, in the current format (an older one converted)
    std::unique_ptr<Store> m_store;
};

} // namespace bollplank
