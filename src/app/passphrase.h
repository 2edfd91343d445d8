#pragma once

#include <QString>

namespace bollplank::passphrase {

/// A rough strength estimate, 0 (very weak) to 4 (very strong), from length, the kinds of
/// characters used and obvious patterns (repeats, runs, common choices). It only guides the
/// person choosing; Argon2id is what makes guessing slow.
[[nodiscard]] int strength(const QString &passphrase);

/// Estimated bits of entropy behind strength().
[[nodiscard]] double estimatedBits(const QString &passphrase);

inline constexpr int MinimumStrength = 2;

} // namespace bollplank::passphrase
