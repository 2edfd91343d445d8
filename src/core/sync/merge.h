#pragma once

#include <QString>
#include <optional>

namespace bollplank::sync {

/// A line-based three-way merge (diff3): the changes ours and theirs each made to base, combined.
/// nullopt when both changed the same lines differently (a conflict the person must see).
[[nodiscard]] std::optional<QString> mergeLines(const QString &base, const QString &ours, const QString &theirs);

} // namespace bollplank::sync
