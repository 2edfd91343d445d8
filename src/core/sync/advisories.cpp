#include "advisories.h"

#include "profile/store.h"

namespace bollplank::sync {

namespace {

QString kindName(Advisory::Kind kind)
{
    switch (kind) {
    case Advisory::Kind::DeviceAdded:
        return QStringLiteral("device-added");
    case Advisory::Kind::DeviceRevoked:
        return QStringLiteral("device-revoked");
    case Advisory::Kind::Ended:
        return QStringLiteral("ended");
    }
    return {};
}

} // namespace

void addAdvisory(Store &store, const QByteArray &collectionId, Advisory::Kind kind, const QByteArray &signPublicKey,
    const QString &deviceId, const QString &role, std::optional<int> erasedRecords)
{
    store.db()
        .prepare("INSERT INTO sync_advisory (collection_id, kind, sign_public, device_id, role, at, erased_records) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, kindName(kind))
        .bind(3, signPublicKey.isEmpty() ? QVariant() : QVariant(signPublicKey))
        .bind(4, deviceId.isEmpty() ? QVariant() : QVariant(deviceId))
        .bind(5, role.isEmpty() ? QVariant() : QVariant(role))
        .bind(6, store.now())
        .bind(7, erasedRecords ? QVariant(*erasedRecords) : QVariant())
        .run();
}

QList<Advisory> unseenAdvisories(Store &store)
{
    QList<Advisory> out;
    auto q = store.db().prepare("SELECT seq, collection_id, kind, sign_public, device_id, role, at, erased_records FROM sync_advisory "
                                "WHERE seen_at IS NULL ORDER BY seq");
    while (q.step()) {
        Advisory a;
        a.id = q.int64(0);
        a.collectionId = q.blob(1);
        const QString kind = q.text(2);
        a.kind = kind == QLatin1String("ended") ? Advisory::Kind::Ended
            : kind == QLatin1String("device-revoked")     ? Advisory::Kind::DeviceRevoked
                                                           : Advisory::Kind::DeviceAdded;
        a.signPublicKey = q.blob(3);
        a.deviceId = q.optionalText(4).value_or(QString());
        a.role = q.optionalText(5).value_or(QString());
        a.at = q.int64(6);
        if (!q.isNull(7))
            a.erasedRecords = q.integer(7);
        out.append(a);
    }
    return out;
}

void markAdvisorySeen(Store &store, qint64 id)
{
    store.db().prepare("UPDATE sync_advisory SET seen_at = ? WHERE seq = ?").bind(1, store.now()).bind(2, id).run();
}

} // namespace bollplank::sync
