#include "grants.h"

#include "envelope.h"
#include "publickeys.h"
#include "routes.h"

#include <QCborArray>
#include <QCborValue>

namespace bollplank::sync {

QVariantMap grantFields(Store &store, Collections &collections, const Collection &c)
{
    QCborArray keys;
    for (const auto &[epoch, key] : collections.keys(c.id))
        keys.append(QCborArray {
            epoch, QByteArray(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size)) });
    QCborArray members;
    for (const Member &m : collections.members(c.id))
        members.append(QCborArray { m.signPublicKey, m.boxPublicKey, m.deviceId, m.role });
    QVariantMap fields { { QStringLiteral("id"), c.id }, { QStringLiteral("kind"), toString(c.kind) },
        { QStringLiteral("mentorship"), c.mentorshipId }, { QStringLiteral("epoch"), c.currentEpoch },
        { QStringLiteral("keys"), QCborValue(keys).toCbor() },
        { QStringLiteral("members"), QCborValue(members).toCbor() } };
    // Where the shared space meets the other person, so this person's other devices go there too
    // (routes.h): one endpoint a line. Only this person's own devices read a private collection.
    if (const QStringList routes = routesOf(store, c.id); !routes.isEmpty())
        fields.insert(QStringLiteral("endpoints"), routes.join(QLatin1Char('\n')));
    return fields;
}

void adoptGrant(Store &store, Collections &collections, const Collection &via, const QVariantMap &fields,
    const QString &recordId)
{
    Collection c;
    c.id = fields.value(QStringLiteral("id")).toByteArray();
    const auto kind = parseCollectionKind(fields.value(QStringLiteral("kind")).toString());
    c.mentorshipId = fields.value(QStringLiteral("mentorship")).toString();
    c.currentEpoch = int(fields.value(QStringLiteral("epoch")).toLongLong());
    if (c.id.size() != Collections::IdSize || kind != CollectionKind::Shared || c.currentEpoch < 1
        || recordId != QStringLiteral("grant:") + QString::fromLatin1(c.id.toHex()))
        refuseEnvelope(QStringLiteral("malformed collection grant"));
    c.kind = *kind;
    QList<std::pair<int, SecureKey>> keys;
    for (const QCborValue &k :
        QCborValue::fromCbor(fields.value(QStringLiteral("keys")).toByteArray()).toArray()) {
        const QByteArray blob = k.toArray().at(1).toByteArray();
        if (blob.size() != int(SecureKey::Size))
            refuseEnvelope(QStringLiteral("malformed collection grant"));
        SecureKey key;
        std::copy(blob.cbegin(), blob.cend(), reinterpret_cast<char *>(key.data()));
        keys.append({ int(k.toArray().at(0).toInteger()), std::move(key) });
    }
    QList<Member> members;
    const QString mine = ownRole(store);
    for (const QCborValue &v :
        QCborValue::fromCbor(fields.value(QStringLiteral("members")).toByteArray()).toArray()) {
        Member m { v.toArray().at(0).toByteArray(), v.toArray().at(1).toByteArray(),
            v.toArray().at(2).toString(), {} };
        if (!isValidSignKey(m.signPublicKey) || !isValidBoxKey(m.boxPublicKey) || m.deviceId.isEmpty())
            refuseEnvelope(QStringLiteral("malformed collection grant"));
        // This person's devices are the members of the private collection the grant came through;
        // every other member of the shared space is the other person's.
        m.role = collections.member(via.id, m.signPublicKey) ? mine : otherRole(mine);
        members.append(m);
    }
    if (keys.isEmpty())
        refuseEnvelope(QStringLiteral("malformed collection grant"));
    collections.adopt(c, keys, members);
    const QStringList routes
        = fields.value(QStringLiteral("endpoints")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &endpoint : routes)
        if (!endpoint.trimmed().isEmpty() && endpoint.size() <= 2048)
            bindRoute(store, c.id, endpoint);
}

} // namespace bollplank::sync
