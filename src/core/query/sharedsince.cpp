#include "sharedsince.h"

#include "profile/store.h"
#include "store/statement.h"

namespace bollplank {

namespace {

// The same rule as ReflectionRepository::sharedSince with the last held meeting's start.
const char *Counts
    = "SELECT r.mentorship_id, count(*) FROM reflection r"
      " WHERE r.deleted = 0 AND r.visibility = 'shared' AND r.mentorship_id IS NOT NULL"
      " AND r.shared_at >= coalesce((SELECT max(m.starts_at) FROM meeting m"
      "   WHERE m.mentorship_id = r.mentorship_id AND m.deleted = 0 AND m.status = 'held'"
      "   AND m.starts_at < ?1), 0)"
      " GROUP BY r.mentorship_id";

} // namespace

QHash<QString, int> sharedSinceLastMeeting(Store &store, qint64 now)
{
    QHash<QString, int> counts;
    Statement s = store.db().prepare(Counts);
    s.bind(1, now);
    while (s.step())
        counts.insert(s.text(0), s.integer(1));
    return counts;
}

} // namespace bollplank
