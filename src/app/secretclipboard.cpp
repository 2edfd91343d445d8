#include "secretclipboard.h"

#include "appcontext.h"
#include "session.h"

#include <QClipboard>
#include <QGuiApplication>

namespace bollplank {

SecretClipboard::SecretClipboard(Session *session, std::chrono::milliseconds hold, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(hold);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clear);
    // Locking ends what the code was copied for; it must not outlive the unlocked journal.
    if (session)
        connect(session, &Session::aboutToClose, this, &SecretClipboard::clear);
}

SecretClipboard *SecretClipboard::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::secretClipboard);
}

void SecretClipboard::copy(const QString &secret)
{
    if (secret.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(secret);
    m_secret = secret;
    m_timer.start();
    emit holdingChanged();
}

void SecretClipboard::clear()
{
    m_timer.stop();
    if (m_secret.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_secret)
        clipboard->clear();
    m_secret.clear();
    emit holdingChanged();
}

} // namespace bollplank
