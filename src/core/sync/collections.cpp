#include "collections.h"

#include "identity.h"
#include "profile/store.h"
#include "records.h"
#include "securebytes.h"
#include "store/transaction.h"
#include "transport.h"

#include <algorithm>
#include <sodium.h>

namespace bollplank::sync {

namespace {

const char *const SelectCollection
    = "SELECT id, kind, mentorship_id, current_epoch, frozen_at IS NOT NULL, replaced_by FROM sync_collection ";

Collection collectionFrom(const Statement &row)
{
    Collection c;
    c.id = row.blob(0);
    c.kind = parseCollectionKind(row.text(1)).value_or(CollectionKind::Journal);
    c.mentorshipId = row.optionalText(2).value_or(QString());
    c.currentEpoch = row.integer(3);
    c.frozen = row.int64(4) != 0;
    c.replacedBy = row.blob(5);
    return c;
}

QByteArray keyBlob(const SecureKey &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size));
}

void insertKey(Store &store, const QByteArray &collectionId, int epoch, const SecureKey &key)
{
    QByteArray blob = keyBlob(key);
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_collection_key (collection_id, epoch, key) VALUES (?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, epoch)
        .bind(3, blob)
        .run();
    wipe(blob);
}

} // namespace

QString toString(CollectionKind kind)
{
    switch (kind) {
    case CollectionKind::Journal:
        return QStringLiteral("journal");
    case CollectionKind::Shared:
        return QStringLiteral("shared");
    case CollectionKind::Notes:
        return QStringLiteral("notes");
    }
    return {};
}

std::optional<CollectionKind> parseCollectionKind(const QString &text)
{
    for (CollectionKind k : { CollectionKind::Journal, CollectionKind::Shared, CollectionKind::Notes })
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

Collection Collections::create(CollectionKind kind, const QString &mentorshipId, const DeviceIdentity &self)
{
    return create(kind, mentorshipId, { Member { self.signPublicKey(), self.boxPublicKey(), self.deviceId(), ownRole(m_store) } });
}

Collection Collections::create(CollectionKind kind, const QString &mentorshipId, const QList<Member> &members)
{
    Collection c;
    c.id = QByteArray(IdSize, Qt::Uninitialized);
    randombytes_buf(c.id.data(), IdSize);
    c.kind = kind;
    c.mentorshipId = mentorshipId;
    adopt(c, {}, members);
    insertKey(m_store, c.id, 1, SecureKey::random());
    return c;
}

void Collections::adopt(const Collection &c, const QList<std::pair<int, SecureKey>> &keys, const QList<Member> &members)
{
    // A grant only ever brings a collection this device does not have. Keys, epochs and members
    // of a collection it holds change only through its own members' authenticated records;
    // otherwise a partner who learnt the journal's id could re-key it to a key of theirs.
    if (find(c.id))
        throw SyncError(SyncErrorKind::Tampered,
            QStringLiteral("A key grant may not change a collection this device already holds"));
    Transaction tx(m_store.db());
    m_store.db()
        .prepare("INSERT INTO sync_collection (id, kind, mentorship_id, current_epoch, created_at) "
                 "VALUES (?, ?, ?, ?, ?)")
        .bind(1, c.id)
        .bind(2, toString(c.kind))
        .bind(3, c.mentorshipId.isEmpty() ? QVariant() : QVariant(c.mentorshipId))
        .bind(4, c.currentEpoch)
        .bind(5, m_store.now())
        .run();
    for (const auto &[epoch, key] : keys)
        insertKey(m_store, c.id, epoch, key);
    // A granted collection's members are known to the server already (the granter told it).
    for (const Member &m : members)
        addMember(c.id, m, !keys.isEmpty());
    tx.commit();
}

std::optional<Collection> Collections::findWhere(const char *where, const QVariant &value)
{
    auto q = m_store.db().prepare(std::string(SelectCollection) + where + " ORDER BY created_at, id LIMIT 1");
    q.bind(1, value);
    if (!q.step())
        return std::nullopt;
    return collectionFrom(q);
}

std::optional<Collection> Collections::find(const QByteArray &id)
{
    return findWhere("WHERE id = ?", id);
}

// A frozen collection (replaced after a revocation) is never where anything new goes.
std::optional<Collection> Collections::journal()
{
    return findWhere("WHERE kind = ? AND frozen_at IS NULL", QStringLiteral("journal"));
}

std::optional<Collection> Collections::shared(const QString &mentorshipId)
{
    return findWhere("WHERE kind = 'shared' AND mentorship_id = ? AND frozen_at IS NULL", mentorshipId);
}

std::optional<Collection> Collections::notes(const QString &mentorshipId)
{
    return findWhere("WHERE kind = 'notes' AND mentorship_id = ? AND frozen_at IS NULL", mentorshipId);
}

QList<Collection> Collections::all()
{
    QList<Collection> out;
    // Private collections first: they bring the mentorships that shared records point to.
    auto q = m_store.db().prepare(std::string(SelectCollection)
        + "ORDER BY CASE kind WHEN 'shared' THEN 1 ELSE 0 END, created_at, id");
    while (q.step())
        out.append(collectionFrom(q));
    return out;
}

QList<Collection> Collections::allShared()
{
    QList<Collection> out;
    for (const Collection &c : all())
        if (c.kind == CollectionKind::Shared && !c.frozen)
            out.append(c);
    return out;
}

std::optional<SecureKey> Collections::key(const QByteArray &collectionId, int epoch)
{
    auto q = m_store.db().prepare("SELECT key FROM sync_collection_key WHERE collection_id = ? AND epoch = ?");
    q.bind(1, collectionId).bind(2, epoch);
    if (!q.step())
        return std::nullopt;
    QByteArray blob = q.blob(0);
    SecureKey key;
    if (blob.size() == int(SecureKey::Size))
        std::copy_n(reinterpret_cast<const unsigned char *>(blob.constData()), SecureKey::Size, key.data());
    wipe(blob);
    return key;
}

const SecureKey *Collections::cachedKey(const QByteArray &collectionId, int epoch)
{
    auto it = m_keys.find({ collectionId, epoch });
    if (it == m_keys.end()) {
        std::optional<SecureKey> k = key(collectionId, epoch);
        if (!k)
            return nullptr;
        it = m_keys.emplace(std::make_pair(collectionId, epoch), std::make_unique<SecureKey>(std::move(*k))).first;
    }
    return it->second.get();
}

void Collections::forgetKeys(const QByteArray &collectionId)
{
    m_store.db().prepare("DELETE FROM sync_collection_key WHERE collection_id = ?").bind(1, collectionId).run();
    for (auto it = m_keys.begin(); it != m_keys.end();)
        it = it->first.first == collectionId ? m_keys.erase(it) : std::next(it);
}

QList<std::pair<int, SecureKey>> Collections::keys(const QByteArray &collectionId)
{
    QList<int> epochs;
    {
        auto q = m_store.db().prepare("SELECT epoch FROM sync_collection_key WHERE collection_id = ? ORDER BY epoch");
        q.bind(1, collectionId);
        while (q.step())
            epochs.append(q.integer(0));
    }
    QList<std::pair<int, SecureKey>> out;
    for (int epoch : epochs)
        out.append({ epoch, *key(collectionId, epoch) });
    return out;
}

std::optional<Member> Collections::member(const QByteArray &collectionId, const QByteArray &signPublicKey)
{
    auto q = m_store.db().prepare(
        "SELECT sign_public, box_public, device_id, role FROM sync_member WHERE collection_id = ? AND sign_public = ?");
    q.bind(1, collectionId).bind(2, signPublicKey);
    if (!q.step())
        return std::nullopt;
    return Member { q.blob(0), q.blob(1), q.text(2), q.optionalText(3).value_or(QString()) };
}

QList<Member> Collections::members(const QByteArray &collectionId)
{
    QList<Member> out;
    auto q = m_store.db().prepare(
        "SELECT sign_public, box_public, device_id, role FROM sync_member WHERE collection_id = ? ORDER BY rowid");
    q.bind(1, collectionId);
    while (q.step())
        out.append(Member { q.blob(0), q.blob(1), q.text(2), q.optionalText(3).value_or(QString()) });
    return out;
}

QList<Member> Collections::unannounced(const QByteArray &collectionId)
{
    QList<Member> out;
    auto q = m_store.db().prepare("SELECT sign_public, box_public, device_id, role FROM sync_member "
                                  "WHERE collection_id = ? AND announced = 0 ORDER BY rowid");
    q.bind(1, collectionId);
    while (q.step())
        out.append(Member { q.blob(0), q.blob(1), q.text(2), q.optionalText(3).value_or(QString()) });
    return out;
}

void Collections::markAnnounced(const QByteArray &collectionId, const QByteArray &signPublicKey)
{
    m_store.db()
        .prepare("UPDATE sync_member SET announced = 1 WHERE collection_id = ? AND sign_public = ?")
        .bind(1, collectionId)
        .bind(2, signPublicKey)
        .run();
}

void Collections::freeze(const QByteArray &id, const QByteArray &replacedBy)
{
    m_store.db()
        .prepare("UPDATE sync_collection SET frozen_at = coalesce(frozen_at, ?), replaced_by = coalesce(replaced_by, ?) "
                 "WHERE id = ?")
        .bind(1, m_store.now())
        .bind(2, replacedBy.isEmpty() ? QVariant() : QVariant(replacedBy))
        .bind(3, id)
        .run();
}

bool Collections::addMember(const QByteArray &collectionId, const Member &m, bool announced)
{
    if (member(collectionId, m.signPublicKey))
        return false;
    m_store.db()
        .prepare("INSERT INTO sync_member (collection_id, sign_public, box_public, device_id, announced, role, added_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, m.signPublicKey)
        .bind(3, m.boxPublicKey)
        .bind(4, m.deviceId)
        .bind(5, announced)
        .bind(6, m.role.isEmpty() ? QVariant() : QVariant(m.role))
        .bind(7, m_store.now())
        .run();
    return true;
}

QString roleName(bool adept)
{
    return adept ? QStringLiteral("adept") : QStringLiteral("mentor");
}

QString ownRole(Store &store)
{
    return roleName(isAdeptProfile(store));
}

QString otherRole(const QString &role)
{
    return role == QLatin1String("adept") ? QStringLiteral("mentor") : QStringLiteral("adept");
}

} // namespace bollplank::sync
