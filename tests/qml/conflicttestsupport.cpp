#include "conflicttestsupport.h"

#include "appcontext.h"
#include "conflicts.h"
#include "journal.h"
#include "paperconflict.h"
#include "session.h"

#include "profile/profile.h"
#include "repo/reflections.h"
#include "store/storeerror.h"

#include <QQmlEngine>

namespace bollplank {

ConflictSupport::ConflictSupport(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

ConflictSupport *ConflictSupport::create(QQmlEngine *engine, QJSEngine *)
{
    return new ConflictSupport(AppContext::of(engine), engine);
}

QString ConflictSupport::makeConflict(const QString &mine, const QString &theirs)
{
    Store &store = m_context->session()->profile()->store();
    Reflection r;
    r.body = mine;
    ReflectionRepository(store).save(r);
    (void)test::paperConflict(store, r.meta.id, theirs);
    m_context->journal()->model()->reload();
    m_context->conflicts()->reload();
    return r.meta.id;
}

QString ConflictSupport::body(const QString &id) const
{
    try {
        return ReflectionRepository(m_context->session()->profile()->store()).get(id).body;
    } catch (const StoreError &) {
        return {};
    }
}

int ConflictSupport::reflections() const
{
    return ReflectionRepository(m_context->session()->profile()->store()).count();
}

} // namespace bollplank
