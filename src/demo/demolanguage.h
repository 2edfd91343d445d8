#pragma once

#include "storytypes.h"

#include <QString>

namespace bollplank::demo {

/// "sv" and "en", or a locale name starting with either ("sv_SE"). Throws StoreError
/// InvalidInput for anything else, so a typo does not quietly give the other language.
[[nodiscard]] Language languageOf(const QString &name);

} // namespace bollplank::demo
