#pragma once

#include <QString>
#include <chrono>
#include <functional>
#include <memory>

namespace bollplank {

class UnlockedProfile;

/// How this run of the app is set up: from the command line in main(), from a test's set-up,
/// or from the screenshot and benchmark programs.
struct AppOptions
{
    QString profileFolder;
    QString settingsFile;   ///< empty: the platform's usual QSettings place
    QString forcedLanguage; ///< "sv" or "en" for this run only (--lang), empty to use the setting
    QString forcedTheme;    ///< "light" or "dark" for this run only (screenshots), empty to use the setting
    QString keyStoreService = QStringLiteral("Bollplank");
    bool fastKdf = false;         ///< KdfParams::cheapestAccepted() for new profiles (tests only)
    bool fakePlatform = false;    ///< in-memory key store and lifecycle (tests)
    bool fakeKeyStoreAvailable = true;
    /// Lock after this long without input instead of the setting's minutes; zero keeps the
    /// setting. Lets a test watch the idle lock without waiting minutes (tests only).
    std::chrono::milliseconds idleTimeout { 0 };
    /// A profile that is already unlocked when the app starts (--demo, benchmarks).
    std::shared_ptr<std::unique_ptr<UnlockedProfile>> initialProfile;
};

} // namespace bollplank
