#include "outbox.h"

#include "collections.h"
#include "identity.h"
#include "profile/store.h"
#include "records.h"

#include <QSet>

namespace bollplank::sync {

void queueIn(Store &store, const QByteArray &collectionId, const QString &table, const QString &id)
{
    store.db()
        .prepare("DELETE FROM sync_outbox WHERE collection_id = ? AND record_id = ? AND envelope IS NULL")
        .bind(1, collectionId)
        .bind(2, id)
        .run();
    store.db()
        .prepare("INSERT INTO sync_outbox (collection_id, table_name, record_id) VALUES (?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, table)
        .bind(3, id)
        .run();
}

void queueChange(Store &store, const QString &table, const QString &id)
{
    if (!isSyncedTable(table))
        return;
    {
        auto any = store.db().prepare("SELECT 1 FROM sync_collection LIMIT 1");
        if (!any.step())
            return;
    }
    Collections collections(store);
    QList<QByteArray> targets = homeCollections(store, collections, table, id);
    {
        // Never again into a frozen collection: a device revoked from it could still read it.
        auto sent = store.db().prepare("SELECT collection_id FROM sync_record WHERE record_id = ? AND deleted = 0 "
                                       "AND collection_id NOT IN (SELECT id FROM sync_collection WHERE frozen_at IS NOT NULL)");
        sent.bind(1, id);
        while (sent.step())
            if (!targets.contains(sent.blob(0)))
                targets.append(sent.blob(0));
    }
    for (const QByteArray &collectionId : targets)
        queueIn(store, collectionId, table, id);
}

void queueExisting(Store &store, Collections &collections, const Collection &collection)
{
    // Parents before children, so the other side can always insert what refers to them.
    static const char *const order[] = { "mentorship", "reflection", "meeting", "meeting_focus", "minutes",
        "action_item", "evaluation", "agreement", "adhoc_request", "comment", "mentor_note" };
    for (const char *table : order) {
        const QString name = QString::fromLatin1(table);
        if (!allowedIn(collection.kind, name))
            continue;
        QStringList ids;
        {
            auto q = store.db().prepare(std::string("SELECT id FROM ") + table + " WHERE deleted = 0 ORDER BY seq");
            while (q.step())
                ids.append(q.text(0));
        }
        for (const QString &id : ids)
            if (homeCollections(store, collections, name, id).contains(collection.id))
                queueIn(store, collection.id, name, id);
    }
}

void shareWithOwnDevices(Store &store, Collections &collections, const Collection &shared)
{
    const std::optional<Collection> own
        = isAdeptProfile(store) ? collections.journal() : collections.notes(shared.mentorshipId);
    if (!own)
        return;
    const QByteArray self = DeviceIdentity::load(store).signPublicKey();
    bool others = false;
    for (const Member &m : collections.members(own->id))
        if (m.signPublicKey != self && !collections.member(shared.id, m.signPublicKey)) {
            collections.addMember(shared.id, m);
            others = true;
        }
    if (others)
        queueIn(store, own->id, QString::fromLatin1(GrantTable),
            QStringLiteral("grant:") + QString::fromLatin1(shared.id.toHex()));
}

} // namespace bollplank::sync
