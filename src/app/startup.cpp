#include "startup.h"

#include "appcontext.h"

#include <QDir>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>

namespace bollplank::Startup {

void configureApplication(QGuiApplication &app)
{
    app.setOrganizationName(QStringLiteral("Bollplank"));
    app.setApplicationName(QStringLiteral("Bollplank"));
    // The window title is the app's name and the page's, never anything from a note.
    app.setApplicationDisplayName(QStringLiteral("Bollplank"));
    app.setDesktopFileName(QStringLiteral("se.bollplank.Bollplank"));
    app.setWindowIcon(QIcon(QStringLiteral(":/icons/bollplank.svg")));
    QQuickStyle::setStyle(QStringLiteral("Material"));
}

void prepareEngine(QQmlEngine &engine, AppOptions options)
{
    // Qt 6.4 puts modules at qrc:/<URI path>; 6.5 would use qrc:/qt/qml.
    engine.addImportPath(QStringLiteral("qrc:/"));
    AppContext::install(&engine, std::move(options));
}

QUrl mainWindowUrl()
{
    return QUrl(QStringLiteral("qrc:/Bollplank/Shell/Main.qml"));
}

QUrl shellUrl()
{
    return QUrl(QStringLiteral("qrc:/Bollplank/Shell/AppShell.qml"));
}

QString defaultProfileFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("profile"));
}

} // namespace bollplank::Startup
