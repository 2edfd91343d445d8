#include "paperconflict.h"

#include "profile/store.h"
#include "repo/reflections.h"

namespace bollplank::test {

QString paperConflict(Store &store, const QString &reflectionId, const QString &otherBody)
{
    Reflection copy = ReflectionRepository(store).get(reflectionId);
    copy.meta = {};
    copy.body = otherBody;
    ReflectionRepository(store).save(copy);
    store.db()
        .prepare("INSERT INTO sync_conflict (table_name, record_id, copy_id, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, QStringLiteral("reflection"))
        .bind(2, reflectionId)
        .bind(3, copy.meta.id)
        .bind(4, store.now())
        .run();
    return copy.meta.id;
}

} // namespace bollplank::test
