#include "distribution.h"

#include "profile/store.h"
#include "store/statement.h"

#include <QDateTime>
#include <QHash>

namespace bollplank {

namespace {

// Six sums over the bit set, one row per month: the counting stays in SQLite.
const char *ReflectionCounts
    = "SELECT strftime('%Y-%m', created_at / 1000, 'unixepoch', 'localtime') AS month,"
      " sum(focus_mask & 1 > 0), sum(focus_mask & 2 > 0), sum(focus_mask & 4 > 0),"
      " sum(focus_mask & 8 > 0), sum(focus_mask & 16 > 0), sum(focus_mask & 32 > 0)"
      " FROM reflection WHERE deleted = 0 AND created_at >= ?1 AND created_at < ?2"
      " AND (?3 IS NULL OR mentorship_id = ?3) GROUP BY month";

const char *MeetingCounts
    = "SELECT strftime('%Y-%m', m.starts_at / 1000, 'unixepoch', 'localtime') AS month, f.area, count(*)"
      " FROM meeting_focus f JOIN meeting m ON m.id = f.meeting_id"
      " WHERE f.deleted = 0 AND m.deleted = 0 AND m.status != 'cancelled' AND m.starts_at >= ?1"
      " AND m.starts_at < ?2 AND (?3 IS NULL OR m.mentorship_id = ?3) GROUP BY month, f.area";

} // namespace

QList<FocusMonth> focusDistribution(
    Store &store, const QDate &from, const QDate &to, const std::optional<QString> &mentorshipId)
{
    QList<FocusMonth> months;
    if (!from.isValid() || !to.isValid() || to < from)
        return months;
    QHash<QString, qsizetype> index;
    for (QDate m(from.year(), from.month(), 1); m <= to; m = m.addMonths(1)) {
        index.insert(m.toString(QStringLiteral("yyyy-MM")), months.size());
        months.append(FocusMonth { m, {}, {} });
    }
    const qint64 start = QDate(from.year(), from.month(), 1).startOfDay().toMSecsSinceEpoch();
    const qint64 end = to.addDays(1).startOfDay().toMSecsSinceEpoch();
    const QVariant mentorship = mentorshipId ? QVariant(*mentorshipId) : QVariant();

    auto reflections = store.db().prepare(ReflectionCounts);
    reflections.bind(1, start).bind(2, end).bind(3, mentorship);
    while (reflections.step()) {
        const auto it = index.constFind(reflections.text(0));
        if (it == index.cend())
            continue;
        for (int area = 0; area < 6; ++area)
            months[*it].reflections[std::size_t(area)] = reflections.integer(area + 1);
    }
    auto meetings = store.db().prepare(MeetingCounts);
    meetings.bind(1, start).bind(2, end).bind(3, mentorship);
    while (meetings.step()) {
        const auto it = index.constFind(meetings.text(0));
        const int area = meetings.integer(1);
        if (it != index.cend() && area >= 1 && area <= 6)
            months[*it].meetings[std::size_t(area - 1)] = meetings.integer(2);
    }
    return months;
}

} // namespace bollplank
