#include "dbusnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace bollplank {

DBusNotifier::DBusNotifier(QDBusConnection bus, QString appName, QObject *parent)
    : QObject(parent)
    , m_bus(std::move(bus))
    , m_appName(std::move(appName))
{
}

void DBusNotifier::show(const Notification &n)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, Path, Service, QStringLiteral("Notify"));
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), QStringLiteral("bollplank"));
    hints.insert(QStringLiteral("category"), QStringLiteral("x-bollplank.reminder"));
    hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1)));
    // Servers may read the body as markup; ours is plain text.
    call << m_appName << uint(0) << QStringLiteral("bollplank") << n.title << n.body.toHtmlEscaped()
         << QStringList() << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    const QString id = n.id;
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, id](QDBusPendingCallWatcher *w) {
        const QDBusPendingReply<uint> reply = *w;
        if (reply.isError())
            emit failed(id, reply.error().message());
        w->deleteLater();
    });
}

} // namespace bollplank
