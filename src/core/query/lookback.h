#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// What a meeting opens with: the previous meeting's minutes and evaluations, the open action
/// items, and the reflections shared since the previous meeting.
struct LookBack
{
    Meeting meeting;
    std::optional<Meeting> previous;   ///< the last held meeting before this one
    QList<Minutes> previousMinutes;
    QList<Evaluation> previousEvaluations;
    QList<ActionItem> openActionItems;
    QList<Reflection> sharedSince;     ///< shared after the previous meeting started (or ever, without one)
};

[[nodiscard]] LookBack lookBack(Store &store, const QString &meetingId);

} // namespace bollplank
