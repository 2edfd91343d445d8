#pragma once

#include <QString>

namespace bollplank::cli {

/// The --help text: every command (or only those of group, e.g. "reflection"), the global
/// options, the environment and the exit codes. Built from the command table.
[[nodiscard]] QString helpText(const QString &group = QString());

} // namespace bollplank::cli
