#pragma once

#include <QString>
#include <QStringList>

namespace bollplank::cli {

/// The --help text, built from the command table: with no words, every command, the global
/// options, the environment and the exit codes; with words naming a group or a command
/// ("reflection", "reflection add"), that group's commands. Throws a usage error otherwise.
[[nodiscard]] QString helpText(const QStringList &words = {});

} // namespace bollplank::cli
