#pragma once

namespace bollplank::testHooks {

/// True only in a build configured with BOLLPLANK_TEST_HOOKS=ON (the dev and test build), and
/// there only while BOLLPLANK_TEST_FAST_KDF=1 is set: the test suites' cheap key derivation.
/// A release build ignores the variable, so nothing can make it write or accept a cheap key file.
[[nodiscard]] bool fastKdf();

} // namespace bollplank::testHooks
