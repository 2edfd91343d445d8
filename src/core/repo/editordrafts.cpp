#include "editordrafts.h"

#include "profile/store.h"
#include "store/storeerror.h"

#include <QCborMap>
#include <QCborValue>

namespace bollplank {

void EditorDraftRepository::keep(const QString &key, const QVariantMap &fields)
{
    if (key.isEmpty() || key.size() > 200)
        throw StoreError(StoreError::Kind::InvalidInput, "A draft needs a key of 1 to 200 characters");
    const QByteArray bytes = QCborMap::fromVariantMap(fields).toCborValue().toCbor();
    if (bytes.size() > MaxBytes)
        throw StoreError(StoreError::Kind::InvalidInput, "This draft is too large to keep");
    m_store.db()
        .prepare("INSERT OR REPLACE INTO editor_draft (key, fields, saved_at) VALUES (?, ?, ?)")
        .bind(1, key)
        .bind(2, bytes)
        .bind(3, m_store.now())
        .run();
}

std::optional<QVariantMap> EditorDraftRepository::find(const QString &key)
{
    auto q = m_store.db().prepare("SELECT fields FROM editor_draft WHERE key = ?");
    q.bind(1, key);
    if (!q.step())
        return std::nullopt;
    const QCborValue value = QCborValue::fromCbor(q.blob(0));
    if (!value.isMap())
        return std::nullopt; // unreadable: as if there were none, never a crash on the way in
    return value.toMap().toVariantMap();
}

void EditorDraftRepository::discard(const QString &key)
{
    m_store.db().prepare("DELETE FROM editor_draft WHERE key = ?").bind(1, key).run();
}

} // namespace bollplank
