#include "drafts.h"

#include "appcontext.h"
#include "session.h"

#include "profile/profile.h"
#include "repo/editordrafts.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDrafts, "bollplank.drafts")

namespace bollplank {

Drafts::Drafts(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    // Before the profile closes (lock, idle lock, background lock), while its store is open.
    connect(m_session, &Session::aboutToClose, this, &Drafts::keepNow);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        // Inactive: another window took the focus; hidden or suspended: the background, where a
        // phone may end the app without another word.
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state != Qt::ApplicationActive)
                emit keepNow();
        });
        connect(app, &QCoreApplication::aboutToQuit, this, &Drafts::keepNow);
    }
}

Drafts *Drafts::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::drafts);
}

bool Drafts::keep(const QString &key, const QVariantMap &fields)
{
    if (!m_session->profile())
        return false;
    try {
        EditorDraftRepository(m_session->profile()->store()).keep(key, fields);
        return true;
    } catch (const std::exception &e) {
        qCWarning(lcDrafts) << "cannot keep a draft:" << e.what();
        return false;
    }
}

QVariantMap Drafts::find(const QString &key) const
{
    if (!m_session->profile())
        return {};
    try {
        return EditorDraftRepository(m_session->profile()->store()).find(key).value_or(QVariantMap());
    } catch (const std::exception &e) {
        qCWarning(lcDrafts) << "cannot read a draft:" << e.what();
        return {};
    }
}

void Drafts::discard(const QString &key)
{
    if (!m_session->profile())
        return;
    try {
        EditorDraftRepository(m_session->profile()->store()).discard(key);
    } catch (const std::exception &e) {
        qCWarning(lcDrafts) << "cannot remove a draft:" << e.what();
    }
}

} // namespace bollplank
