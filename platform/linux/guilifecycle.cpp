#include "guilifecycle.h"

#include <QEvent>
#include <QGuiApplication>
#include <QWindow>

namespace bollplank::platform {

GuiLifecycle::GuiLifecycle(QObject *parent)
    : AppLifecycle(parent)
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        connect(app, &QGuiApplication::applicationStateChanged, this, [this](Qt::ApplicationState state) {
            if (state == Qt::ApplicationHidden || state == Qt::ApplicationSuspended)
                emit movedToBackground();
        });
        app->installEventFilter(this);
    }
}

bool GuiLifecycle::eventFilter(QObject *watched, QEvent *event)
{
    // X11 and Wayland report a minimised window only as a window state, not an application state.
    if (event->type() == QEvent::WindowStateChange) {
        if (auto *window = qobject_cast<QWindow *>(watched); window && window->windowState() == Qt::WindowMinimized)
            emit movedToBackground();
    }
    return AppLifecycle::eventFilter(watched, event);
}

} // namespace bollplank::platform
