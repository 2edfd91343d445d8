#include "platformservices.h"

#include "fake/fakelifecycle.h"
#include "fake/memorysecretstore.h"
#include "linux/guilifecycle.h"
#include "linux/keychainsecretstore.h"

namespace bollplank::platform {

std::unique_ptr<PlatformServices> createPlatformServices(const QString &serviceName)
{
    auto services = std::make_unique<PlatformServices>();
    // Linux is the platform built here; Android and iOS add their branches beside this one.
    services->secrets = std::make_unique<KeychainSecretStore>(serviceName);
    services->lifecycle = std::make_unique<GuiLifecycle>();
    return services;
}

std::unique_ptr<PlatformServices> createFakePlatformServices(bool keyStoreAvailable)
{
    auto services = std::make_unique<PlatformServices>();
    services->secrets = std::make_unique<MemorySecretStore>(keyStoreAvailable);
    services->lifecycle = std::make_unique<FakeLifecycle>();
    return services;
}

} // namespace bollplank::platform
