#pragma once

#include <QDate>
#include <QList>
#include <array>
#include <optional>

namespace bollplank {

class Store;

/// How often each focus area came up in one calendar month.
struct FocusMonth
{
    QDate month;                     ///< the first day of the month
    std::array<int, 6> reflections{}; ///< reflections tagged with area i+1
    std::array<int, 6> meetings{};    ///< meetings that chose area i+1
};

/// Month by month from `from` to `to` (inclusive, local time), every month present even when
/// empty, so a chart has no gaps.
[[nodiscard]] QList<FocusMonth> focusDistribution(Store &store, const QDate &from, const QDate &to,
    const std::optional<QString> &mentorshipId = std::nullopt);

} // namespace bollplank
