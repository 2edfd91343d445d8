#pragma once

#include "storycalendar.h"
#include "storytypes.h"

#include <QDate>
#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::demo {

class DemoClock;

struct WrittenMentorship
{
    QString id;
    QDate start;
};

/// Writes one mentorship's story as the device of `device` holds it: an adept's device has every
/// reflection, a mentor's only the shared ones plus the mentor's private notes. Each record is
/// stamped with its time in the story. Call inside a Transaction; throws std::logic_error when
/// the text does not match the plan (a bug in the tables).
WrittenMentorship writeMentorship(Store &store, DemoClock &clock, const QDate &today,
    const MentorshipPlan &plan, const MentorshipText &text, Role device);

} // namespace bollplank::demo
