#include "roster.h"

#include "identity.h"
#include "pairing.h"
#include "profile/store.h"

#include <QSet>
#include <algorithm>

namespace bollplank::sync {

namespace {

// A rotation re-adds the devices that remain to a new collection, so the row there is as new as
// the rotation; the first time the key was seen in any collection is when it was added.
qint64 firstSeen(Store &store, const QByteArray &signPublicKey)
{
    auto q = store.db().prepare("SELECT min(added_at) FROM sync_member WHERE sign_public = ?");
    q.bind(1, signPublicKey);
    return q.step() ? q.optionalInt64(0).value_or(0) : 0;
}

int kindOrder(CollectionKind kind)
{
    return kind == CollectionKind::Shared ? 1 : 0;
}

} // namespace

QList<RosterCollection> roster(Store &store)
{
    Collections collections(store);
    const DeviceIdentity self = DeviceIdentity::load(store);
    QList<RosterCollection> out;
    for (const Collection &c : collections.all()) {
        if (c.frozen)
            continue; // replaced after a revocation: nobody new reads it
        RosterCollection entry { c, {} };
        for (const Member &m : collections.members(c.id)) {
            RosterDevice d { m.signPublicKey, m.deviceId, m.role, firstSeen(store, m.signPublicKey),
                m.signPublicKey == self.signPublicKey(), {} };
            if (d.self)
                entry.devices.prepend(d);
            else {
                d.safetyNumber = safetyNumber(self.signPublicKey(), m.signPublicKey);
                entry.devices.append(d);
            }
        }
        out.append(entry);
    }
    std::stable_sort(out.begin(), out.end(), [](const RosterCollection &a, const RosterCollection &b) {
        return kindOrder(a.collection.kind) < kindOrder(b.collection.kind);
    });
    return out;
}

QList<RosterDevice> ownOtherDevices(Store &store)
{
    const QString mine = ownRole(store);
    QList<RosterDevice> out;
    QSet<QByteArray> seen;
    for (const RosterCollection &c : roster(store))
        for (const RosterDevice &d : c.devices)
            if (!d.self && d.role == mine && !seen.contains(d.signPublicKey)) {
                seen.insert(d.signPublicKey);
                out.append(d);
            }
    return out;
}

} // namespace bollplank::sync
