// The one place that picks the notifier for the platform being built.
#include "notifier.h"

#if defined(Q_OS_ANDROID)
#include "android/androidnotifier.h"
#elif defined(Q_OS_IOS)
#include "ios/iosnotifier.h"
#else
#include "dbusnotifier.h"
#endif

namespace bollplank {

std::unique_ptr<Notifier> createPlatformNotifier()
{
#if defined(Q_OS_ANDROID)
    return std::make_unique<AndroidNotifier>();
#elif defined(Q_OS_IOS)
    return std::make_unique<IosNotifier>();
#else
    return std::make_unique<DBusNotifier>();
#endif
}

} // namespace bollplank
