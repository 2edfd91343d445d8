#pragma once

#include "store/securekey.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <map>
#include <memory>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class DeviceIdentity;

/// The three kinds of collection (DESIGN.md section 3). Each has its own random key, so the
/// other party of a mentorship never holds the keys of a person's journal or notes.
enum class CollectionKind {
    Journal, ///< the adept's private journal: reflections and mentorships; own devices only
    Shared,  ///< a pair's shared space, one per mentorship
    Notes,   ///< the mentor's private notes about one adept; own devices only
};

[[nodiscard]] QString toString(CollectionKind kind);
[[nodiscard]] std::optional<CollectionKind> parseCollectionKind(const QString &text);

/// A device allowed to write a collection, by its public keys.
struct Member
{
    QByteArray signPublicKey; ///< Ed25519, 32 bytes
    QByteArray boxPublicKey;  ///< X25519, 32 bytes
    QString deviceId;         ///< the UUID its records name as author_device
    /// "adept" or "mentor": whose device it is. In a shared space it decides which tables and
    /// columns the device may write (authorship.h); bound by the signed grant, never by the device.
    QString role;
};

/// The role names members carry, and this profile's own.
[[nodiscard]] QString roleName(bool adept);
[[nodiscard]] QString ownRole(Store &store);
[[nodiscard]] QString otherRole(const QString &role);

struct Collection
{
    QByteArray id; ///< 16 random bytes; opaque to servers
    CollectionKind kind = CollectionKind::Journal;
    QString mentorshipId; ///< this device's mentorship a shared or notes collection belongs to
    int currentEpoch = 1; ///< the key epoch new envelopes use
    /// Replaced after a revocation (rotation.h): read-only here, nothing is sent to it again.
    bool frozen = false;
    QByteArray replacedBy; ///< the collection that took its place; empty when none (unpaired)
};

/// Collections, their keys (by epoch) and members, kept in the encrypted store.
class Collections
{
public:
    static constexpr int IdSize = 16;

    explicit Collections(Store &store)
        : m_store(store)
    {
    }

    /// A new collection with a fresh random key (epoch 1) and self as its first member.
    Collection create(CollectionKind kind, const QString &mentorshipId, const DeviceIdentity &self);
    /// The same with these members (self among them, first).
    Collection create(CollectionKind kind, const QString &mentorshipId, const QList<Member> &members);
    /// Freezes a collection: nothing new is sent to it or read from it; replacedBy may be empty.
    void freeze(const QByteArray &id, const QByteArray &replacedBy);
    /// Stores a collection received in a key grant (its id, kind, binding, keys and members).
    void adopt(const Collection &collection, const QList<std::pair<int, SecureKey>> &keys,
        const QList<Member> &members);

    [[nodiscard]] std::optional<Collection> find(const QByteArray &id);
    [[nodiscard]] QList<Collection> all();
    [[nodiscard]] std::optional<Collection> journal();
    [[nodiscard]] std::optional<Collection> shared(const QString &mentorshipId);
    [[nodiscard]] std::optional<Collection> notes(const QString &mentorshipId);
    /// Every live (not frozen) shared collection, for records tied to no mentorship in particular.
    [[nodiscard]] QList<Collection> allShared();

    /// The key of an epoch; nullopt when this device does not hold it.
    [[nodiscard]] std::optional<SecureKey> key(const QByteArray &collectionId, int epoch);
    [[nodiscard]] QList<std::pair<int, SecureKey>> keys(const QByteArray &collectionId);
    /// The same key, kept in guarded memory for this object's life (guarded allocations are
    /// slow: a sync opens thousands of envelopes with one key). nullptr when not held.
    [[nodiscard]] const SecureKey *cachedKey(const QByteArray &collectionId, int epoch);
    /// Erases every key of the collection, from the store and from this object's cache; nothing
    /// of it can be opened here afterwards (sync/erasure.h).
    void forgetKeys(const QByteArray &collectionId);

    [[nodiscard]] std::optional<Member> member(const QByteArray &collectionId, const QByteArray &signPublicKey);
    [[nodiscard]] QList<Member> members(const QByteArray &collectionId);
    /// Adds a member. A device that is a member already keeps the keys, id and role it joined
    /// with: nothing another device sends may overwrite them (returns false then). announced: the
    /// server already knows it (a member another device added); otherwise the next sync tells it.
    bool addMember(const QByteArray &collectionId, const Member &member, bool announced = false);
    /// Members the server has not been told about yet; markAnnounced once it has.
    [[nodiscard]] QList<Member> unannounced(const QByteArray &collectionId);
    void markAnnounced(const QByteArray &collectionId, const QByteArray &signPublicKey);

private:
    std::optional<Collection> findWhere(const char *where, const QVariant &value);

    Store &m_store;
    std::map<std::pair<QByteArray, int>, std::unique_ptr<SecureKey>> m_keys;
};

} // namespace bollplank::sync
