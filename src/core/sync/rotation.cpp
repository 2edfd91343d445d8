#include "rotation.h"
#include "routes.h"

#include "advisories.h"
#include "identity.h"
#include "outbox.h"
#include "profile/store.h"
#include "publickeys.h"
#include "records.h"
#include "securebytes.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "transport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSet>
#include <sodium.h>

namespace bollplank::sync {

namespace {

[[noreturn]] void refuse(const QString &why)
{
    throw SyncError(SyncErrorKind::Tampered, QStringLiteral("Envelope refused: rotation: ") + why);
}

const unsigned char *u(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

// What was waiting to go to the old collection goes to the new one instead (encoded afresh
// there); a tombstone also needs the new collection to know the record was exchanged before.
void moveOutbox(Store &store, const QByteArray &from, const QByteArray &to)
{
    auto &db = store.db();
    db.prepare("INSERT OR IGNORE INTO sync_record (collection_id, record_id, table_name, revision, deleted) "
               "SELECT ?, r.record_id, r.table_name, r.revision, r.deleted FROM sync_record r JOIN sync_outbox o "
               "ON o.collection_id = r.collection_id AND o.record_id = r.record_id WHERE r.collection_id = ?")
        .bind(1, to)
        .bind(2, from)
        .run();
    db.prepare("UPDATE sync_outbox SET collection_id = ?, envelope = NULL WHERE collection_id = ? "
               "AND table_name NOT IN (?, ?, ?)")
        .bind(1, to)
        .bind(2, from)
        .bind(3, QString::fromLatin1(MemberTable))
        .bind(4, QString::fromLatin1(GrantTable))
        .bind(5, QString::fromLatin1(RotationTable))
        .run();
    db.prepare("DELETE FROM sync_outbox WHERE collection_id = ?").bind(1, from).run();
}

QString recordIdFor(const QByteArray &newId)
{
    return QStringLiteral("rotation:") + QString::fromLatin1(newId.toHex());
}

} // namespace

Collection revokeDevices(Store &store, Collections &collections, const DeviceIdentity &self, const Collection &old,
    const QList<QByteArray> &revoked)
{
    if (old.frozen)
        throw StoreError(StoreError::Kind::InvalidInput, "This collection was replaced already");
    const QSet<QByteArray> cut(revoked.cbegin(), revoked.cend());
    if (cut.contains(self.signPublicKey()))
        throw StoreError(StoreError::Kind::InvalidInput, "A device cannot revoke itself; revoke it from another device");
    QList<Member> remaining;
    int found = 0;
    for (const Member &m : collections.members(old.id)) {
        if (cut.contains(m.signPublicKey))
            ++found;
        else if (m.signPublicKey == self.signPublicKey())
            remaining.prepend(m);
        else
            remaining.append(m);
    }
    if (found != cut.size())
        throw StoreError(StoreError::Kind::NotFound, "That device is not a member here");

    Transaction tx(store.db());
    const Collection replacement = collections.create(old.kind, old.mentorshipId, remaining);
    // The devices that remain meet where they met before (routes.h).
    copyRoutes(store, old.id, replacement.id);
    for (const QByteArray &key : cut)
        store.db()
            .prepare("INSERT OR IGNORE INTO sync_revoked (collection_id, sign_public) VALUES (?, ?)")
            .bind(1, old.id)
            .bind(2, key)
            .run();
    moveOutbox(store, old.id, replacement.id);
    collections.freeze(old.id, replacement.id);
    // Everything goes to the new collection again, so a device that joins it later has it all.
    queueExisting(store, collections, replacement);
    queueIn(store, old.id, QString::fromLatin1(RotationTable), recordIdFor(replacement.id));
    tx.commit();
    return *collections.find(replacement.id);
}

QVariantMap rotationFields(Collections &collections, const DeviceIdentity &self, const Collection &old)
{
    const std::optional<Collection> replacement = collections.find(old.replacedBy);
    if (old.replacedBy.isEmpty() || !replacement)
        return {};
    QCborArray keys;
    for (const auto &[epoch, key] : collections.keys(replacement->id)) {
        QByteArray blob(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size));
        keys.append(QCborArray { epoch, blob });
        wipe(blob);
    }
    const QList<Member> members = collections.members(replacement->id);
    QCborArray memberList;
    for (const Member &m : members)
        memberList.append(QCborArray { m.signPublicKey, m.boxPublicKey, m.deviceId });
    QByteArray plain = QCborValue(QCborMap { { QStringLiteral("id"), replacement->id },
                                      { QStringLiteral("replaces"), old.id },
                                      { QStringLiteral("kind"), toString(old.kind) },
                                      { QStringLiteral("epoch"), replacement->currentEpoch },
                                      { QStringLiteral("keys"), keys }, { QStringLiteral("members"), memberList } })
                           .toCbor();
    QCborArray to;
    for (const Member &m : members) {
        if (m.signPublicKey == self.signPublicKey() || !isValidBoxKey(m.boxPublicKey))
            continue;
        QByteArray sealed(plain.size() + crypto_box_SEALBYTES, '\0');
        if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), u(plain), std::size_t(plain.size()),
                u(m.boxPublicKey))
            != 0)
            continue; // never a buffer that failed to seal
        to.append(QCborArray { m.signPublicKey, sealed });
    }
    wipe(plain);
    return { { QStringLiteral("to"), QCborValue(to).toCbor() } };
}

std::optional<Erasure> applyRotation(Store &store, Collections &collections, const DeviceIdentity &self,
    const Collection &c, const Member &author, const QVariantMap &fields)
{
    QByteArray sealed;
    for (const QCborValue &entry : QCborValue::fromCbor(fields.value(QStringLiteral("to")).toByteArray()).toArray())
        if (entry.toArray().at(0).toByteArray() == self.signPublicKey())
            sealed = entry.toArray().at(1).toByteArray();

    if (sealed.isEmpty()) {
        // This device is not among those that remain: it was cut off (or the other person ended
        // the pairing). The record is signed by a member, so it is as good a proof as a signed
        // revocation: nothing more is sent or read here, and the copy is erased.
        return eraseCutOff(store, collections, self, c, author);
    }
    if (sealed.size() <= int(crypto_box_SEALBYTES))
        refuse(QStringLiteral("damaged"));
    QByteArray plain(sealed.size() - int(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), u(sealed), std::size_t(sealed.size()),
            u(self.boxPublicKey()), self.boxSecretKey().data())
        != 0)
        refuse(QStringLiteral("not sealed to this device"));
    const QCborMap body = QCborValue::fromCbor(plain).toMap();
    wipe(plain);

    Collection next;
    next.id = body.value(QStringLiteral("id")).toByteArray();
    next.kind = c.kind;
    next.mentorshipId = c.mentorshipId; // this device's own binding, never the sender's
    const qint64 epoch = body.value(QStringLiteral("epoch")).toInteger();
    if (body.value(QStringLiteral("replaces")).toByteArray() != c.id
        || body.value(QStringLiteral("kind")).toString() != toString(c.kind) || next.id.size() != Collections::IdSize
        || epoch < 1 || epoch > 1'000'000)
        refuse(QStringLiteral("it does not replace this collection"));
    next.currentEpoch = int(epoch);
    if (const std::optional<Collection> there = collections.find(next.id)) {
        if (c.replacedBy == next.id)
            return std::nullopt; // applied before (the same rotation through another page)
        refuse(QStringLiteral("it names a collection this device already holds"));
    }

    QList<std::pair<int, SecureKey>> keys;
    for (const QCborValue &k : body.value(QStringLiteral("keys")).toArray()) {
        QByteArray blob = k.toArray().at(1).toByteArray();
        if (blob.size() != int(SecureKey::Size)) {
            wipe(blob);
            refuse(QStringLiteral("damaged key"));
        }
        SecureKey key;
        std::copy_n(u(blob), SecureKey::Size, key.data());
        wipe(blob);
        keys.append({ int(k.toArray().at(0).toInteger()), std::move(key) });
    }
    if (keys.size() != 1 || keys.first().first != next.currentEpoch)
        refuse(QStringLiteral("damaged key"));

    // Members that remain: each one this device already knows here, with the same keys; roles
    // as this device bound them. A rotation can only ever take devices away.
    QList<Member> remaining;
    QSet<QByteArray> kept;
    for (const QCborValue &v : body.value(QStringLiteral("members")).toArray()) {
        const QCborArray a = v.toArray();
        const std::optional<Member> known = collections.member(c.id, a.at(0).toByteArray());
        if (!known || known->boxPublicKey != a.at(1).toByteArray() || known->deviceId != a.at(2).toString())
            refuse(QStringLiteral("it adds a device or changes a key"));
        if (!kept.contains(known->signPublicKey))
            remaining.append(*known);
        kept.insert(known->signPublicKey);
    }
    if (!kept.contains(self.signPublicKey()) || !kept.contains(author.signPublicKey))
        refuse(QStringLiteral("damaged member list"));

    Transaction tx(store.db());
    collections.adopt(next, keys, remaining);
    copyRoutes(store, c.id, next.id);
    for (const Member &m : collections.members(c.id))
        if (!kept.contains(m.signPublicKey))
            addAdvisory(store, c.id, Advisory::Kind::DeviceRevoked, m.signPublicKey, m.deviceId, m.role);
    moveOutbox(store, c.id, next.id);
    collections.freeze(c.id, next.id);
    tx.commit();
    return std::nullopt;
}

int endPairing(Store &store, const QString &mentorshipId)
{
    Collections collections(store);
    const DeviceIdentity self = DeviceIdentity::load(store);
    const std::optional<Collection> shared = collections.shared(mentorshipId);
    const QString mine = ownRole(store);
    QList<QByteArray> theirs;
    if (shared)
        for (const Member &m : collections.members(shared->id))
            if (m.role != mine)
                theirs.append(m.signPublicKey);
    if (theirs.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, "This mentorship is not paired");
    (void)revokeDevices(store, collections, self, *shared, theirs);
    return int(theirs.size());
}

int revokeDeviceEverywhere(Store &store, const QByteArray &signPublicKey)
{
    Collections collections(store);
    const DeviceIdentity self = DeviceIdentity::load(store);
    Transaction tx(store.db());
    int replaced = 0;
    for (const Collection &c : collections.all())
        if (!c.frozen && collections.member(c.id, signPublicKey)) {
            (void)revokeDevices(store, collections, self, c, { signPublicKey });
            ++replaced;
        }
    if (replaced == 0)
        throw StoreError(StoreError::Kind::NotFound, "That device is not linked to this profile");
    tx.commit();
    return replaced;
}

QList<QByteArray> revokedFrom(Store &store, const QByteArray &collectionId)
{
    QList<QByteArray> out;
    auto q = store.db().prepare("SELECT sign_public FROM sync_revoked WHERE collection_id = ? ORDER BY sign_public");
    q.bind(1, collectionId);
    while (q.step())
        out.append(q.blob(0));
    return out;
}

} // namespace bollplank::sync
