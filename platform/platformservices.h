#pragma once

#include "lifecycle.h"
#include "secretstore.h"

#include <memory>

namespace bollplank::platform {

/// Everything the app asks of the operating system, as one bundle.
struct PlatformServices
{
    std::unique_ptr<SecretStore> secrets;
    std::unique_ptr<AppLifecycle> lifecycle;
};

/// The one place that picks the implementation for the platform we are built for.
[[nodiscard]] std::unique_ptr<PlatformServices> createPlatformServices(const QString &serviceName);

/// In-memory services for tests: a key store that lives as long as the process and a
/// lifecycle that moves to the background only when told to.
[[nodiscard]] std::unique_ptr<PlatformServices> createFakePlatformServices(bool keyStoreAvailable = true);

} // namespace bollplank::platform
