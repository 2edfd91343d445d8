#pragma once

#include "appoptions.h"

#include <QString>
#include <QUrl>

class QGuiApplication;
class QQmlEngine;

namespace bollplank {

/// Set-up shared by the app, the QML tests, the screenshot program and the benchmark, so all
/// of them run the same QML the same way.
namespace Startup {

/// Style, application names, icon. Call once, after the QGuiApplication exists.
void configureApplication(QGuiApplication &app);
/// Import path for the QML modules compiled into the binary, and the app's context.
void prepareEngine(QQmlEngine &engine, AppOptions options);
/// The window (ApplicationWindow) and the shell inside it (for tests and screenshots).
[[nodiscard]] QUrl mainWindowUrl();
[[nodiscard]] QUrl shellUrl();
/// Where the profile lives unless --profile says otherwise.
[[nodiscard]] QString defaultProfileFolder();

} // namespace Startup

} // namespace bollplank
