#include "routes.h"

#include "collections.h"
#include "profile/store.h"
#include "store/storeerror.h"

namespace bollplank::sync {

QStringList routesOf(Store &store, const QByteArray &collectionId)
{
    QStringList out;
    auto q = store.db().prepare("SELECT endpoint FROM sync_route WHERE collection_id = ? ORDER BY endpoint");
    q.bind(1, collectionId);
    while (q.step())
        out.append(q.text(0));
    return out;
}

void bindRoute(Store &store, const QByteArray &collectionId, const QString &endpoint)
{
    if (endpoint.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::InvalidInput, "A collection can only be bound to a named endpoint");
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_route (collection_id, endpoint) VALUES (?, ?)")
        .bind(1, collectionId)
        .bind(2, endpoint)
        .run();
}

void copyRoutes(Store &store, const QByteArray &from, const QByteArray &to)
{
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_route (collection_id, endpoint) "
                 "SELECT ?, endpoint FROM sync_route WHERE collection_id = ?")
        .bind(1, to)
        .bind(2, from)
        .run();
}

QStringList boundEndpoints(Store &store)
{
    QStringList out;
    auto q = store.db().prepare("SELECT DISTINCT endpoint FROM sync_route ORDER BY endpoint");
    while (q.step())
        out.append(q.text(0));
    return out;
}

bool syncsThrough(Store &store, const Collection &c, const QString &endpoint, const QStringList &ownEndpoints,
    const QStringList &unboundShared)
{
    const QStringList routes = routesOf(store, c.id);
    if (routes.contains(endpoint))
        return true;
    if (c.kind == CollectionKind::Shared && routes.isEmpty() && unboundShared.contains(endpoint))
        return true;
    // A shared space bound to its pairing's endpoint goes nowhere else: not to this person's own
    // server, which the other person may not use, nor anywhere the other person never went.
    const bool followsOwn = c.kind != CollectionKind::Shared || routes.isEmpty();
    return followsOwn && ownEndpoints.contains(endpoint);
}

void bindPairing(Store &store, const QByteArray &mailboxId, const QString &endpoint, const QStringList &ownEndpoints)
{
    if (endpoint.isEmpty())
        return;
    QString role;
    QString purpose;
    QString mentorship;
    {
        auto q = store.db().prepare("SELECT role, purpose, mentorship_id FROM sync_invite WHERE mailbox = ?");
        q.bind(1, mailboxId);
        if (!q.step())
            return;
        role = q.text(0);
        purpose = q.text(1);
        mentorship = q.optionalText(2).value_or(QString());
    }
    Collections collections(store);
    if (purpose == QLatin1String("partner")) {
        if (const std::optional<Collection> shared = collections.shared(mentorship))
            bindRoute(store, shared->id, endpoint);
        return;
    }
    if (role != QLatin1String("issued") || ownEndpoints.contains(endpoint))
        return;
    for (const Collection &c : collections.all())
        if (!c.frozen && c.kind != CollectionKind::Shared)
            bindRoute(store, c.id, endpoint);
}

QString pairingEndpoint(Store &store, const QByteArray &mailboxId)
{
    auto q = store.db().prepare("SELECT endpoint FROM sync_invite WHERE mailbox = ?");
    q.bind(1, mailboxId);
    return q.step() ? q.optionalText(0).value_or(QString()) : QString();
}

void setPairingEndpoint(Store &store, const QByteArray &mailboxId, const QString &endpoint)
{
    store.db()
        .prepare("UPDATE sync_invite SET endpoint = ? WHERE mailbox = ?")
        .bind(1, endpoint.isEmpty() ? QVariant() : QVariant(endpoint))
        .bind(2, mailboxId)
        .run();
}

} // namespace bollplank::sync
