#include "testhooks.h"

#include <QtGlobal>

namespace bollplank::testHooks {

bool fastKdf()
{
#ifdef BOLLPLANK_TEST_HOOKS
    return qEnvironmentVariableIntValue("BOLLPLANK_TEST_FAST_KDF") == 1;
#else
    return false;
#endif
}

} // namespace bollplank::testHooks
