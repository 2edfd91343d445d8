#pragma once

#include "lifecycle.h"

namespace bollplank::platform {

/// A lifecycle for tests: the app goes to the background when a test calls simulateBackground().
class FakeLifecycle final : public AppLifecycle
{
    Q_OBJECT
public:
    using AppLifecycle::AppLifecycle;
    void simulateBackground() { emit movedToBackground(); }
};

} // namespace bollplank::platform
