#pragma once

#include <QObject>

namespace bollplank::platform {

/// Tells the app when it leaves the foreground (minimised, hidden, suspended by the OS), so
/// that it can lock.
class AppLifecycle : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~AppLifecycle() override = default;

signals:
    void movedToBackground();
};

} // namespace bollplank::platform
