#pragma once

#include "notifier.h"

#include <QDBusConnection>
#include <QObject>

namespace bollplank {

/// Desktop notifications over D-Bus (org.freedesktop.Notifications, Notify), shown while the
/// app runs. The call is asynchronous: a slow or absent notification server never blocks the UI.
class DBusNotifier : public QObject, public Notifier
{
    Q_OBJECT

public:
    explicit DBusNotifier(QDBusConnection bus = QDBusConnection::sessionBus(),
        QString appName = QStringLiteral("Bollplank"), QObject *parent = nullptr);

    void show(const Notification &notification) override;

    static inline const QString Service = QStringLiteral("org.freedesktop.Notifications");
    static inline const QString Path = QStringLiteral("/org/freedesktop/Notifications");

signals:
    /// The server refused or did not answer (no notification daemon running, for instance).
    void failed(const QString &id, const QString &error);

private:
    QDBusConnection m_bus;
    QString m_appName;
};

} // namespace bollplank
