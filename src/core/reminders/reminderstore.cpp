#include "reminderstore.h"

#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/recordio.h"
#include "repo/requests.h"
#include "schedule/seriesrepository.h"
#include "store/transaction.h"

#include <QStringList>

namespace bollplank {

namespace {

const std::string SelectSettings = std::string("SELECT ") + MetaColumns
    + ", meeting_on, meeting_offsets, prepare_on, prepare_days, reflect_on, unbooked_on, request_on,"
      " quiet_start, quiet_end, discreet FROM reminder_settings ";

std::optional<QTime> timeOf(const std::optional<qint64> &minutes)
{
    if (!minutes)
        return std::nullopt;
    return QTime(int(*minutes / 60), int(*minutes % 60));
}

QVariant minutesOf(const std::optional<QTime> &time)
{
    return time ? QVariant(time->hour() * 60 + time->minute()) : QVariant();
}

ReminderSettings settingsFrom(const Statement &row)
{
    ReminderSettings s;
    s.meta = readMeta(row);
    s.meetingOn = row.integer(5) != 0;
    s.meetingOffsets.clear();
    for (const QString &part : row.text(6).split(QLatin1Char(','), Qt::SkipEmptyParts))
        s.meetingOffsets.append(part.toInt());
    s.prepareOn = row.integer(7) != 0;
    s.prepareDays = row.integer(8);
    s.reflectOn = row.integer(9) != 0;
    s.unbookedOn = row.integer(10) != 0;
    s.requestOn = row.integer(11) != 0;
    s.quietStart = timeOf(row.optionalInt64(12));
    s.quietEnd = timeOf(row.optionalInt64(13));
    s.discreet = row.integer(14) != 0;
    return s;
}

} // namespace

ReminderSettings ReminderSettingsRepository::load()
{
    const QList<ReminderSettings> rows = fetchAll(
        m_store, SelectSettings + "WHERE deleted = 0 LIMIT 1", [](Statement &) {}, &settingsFrom);
    return rows.isEmpty() ? ReminderSettings() : rows.first();
}

void ReminderSettingsRepository::save(ReminderSettings &s)
{
    require(s.meetingOffsets.size() <= 5, "At most five meeting reminders");
    for (int offset : s.meetingOffsets)
        require(offset >= 1 && offset <= 20160, "A meeting reminder comes 1 minute to 14 days before");
    require(s.prepareDays >= 1 && s.prepareDays <= 14, "The preparation reminder comes 1 to 14 days before");
    require(s.quietStart.has_value() == s.quietEnd.has_value(), "Quiet hours need both a start and an end");
    require(
        !s.quietStart || (s.quietStart->isValid() && s.quietEnd->isValid()), "Quiet hours need real times");
    QList<int> offsets = s.meetingOffsets;
    std::sort(offsets.begin(), offsets.end(), std::greater<int>());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    s.meetingOffsets = offsets;
    QStringList text;
    for (int offset : offsets)
        text.append(QString::number(offset));
    Transaction tx(m_store.db());
    if (s.meta.id.isEmpty())
        if (const auto id = findIdBy(m_store, "reminder_settings", { { "singleton", 1 } }))
            s.meta.id = *id;
    writeRecord(m_store, "reminder_settings", s.meta,
        { { "singleton", 1 }, { "meeting_on", s.meetingOn ? 1 : 0 },
            { "meeting_offsets", text.join(QLatin1Char(',')) }, { "prepare_on", s.prepareOn ? 1 : 0 },
            { "prepare_days", s.prepareDays }, { "reflect_on", s.reflectOn ? 1 : 0 },
            { "unbooked_on", s.unbookedOn ? 1 : 0 }, { "request_on", s.requestOn ? 1 : 0 },
            { "quiet_start", minutesOf(s.quietStart) }, { "quiet_end", minutesOf(s.quietEnd) },
            { "discreet", s.discreet ? 1 : 0 } });
    tx.commit();
}

bool ReminderLog::wasDelivered(const QString &reminderId)
{
    auto q = m_store.db().prepare("SELECT 1 FROM reminder_delivered WHERE reminder_id = ? AND deleted = 0");
    q.bind(1, reminderId);
    return q.step();
}

QSet<QString> ReminderLog::delivered(const QList<Reminder> &reminders)
{
    QSet<QString> ids;
    for (const Reminder &r : reminders)
        if (wasDelivered(r.id))
            ids.insert(r.id);
    return ids;
}

void ReminderLog::markDelivered(const QList<Reminder> &reminders, qint64 deliveredAt)
{
    Transaction tx(m_store.db());
    for (const Reminder &r : reminders) {
        if (wasDelivered(r.id))
            continue;
        RecordMeta meta;
        if (const auto id = findIdBy(m_store, "reminder_delivered", { { "reminder_id", r.id } }))
            meta.id = *id;
        writeRecord(m_store, "reminder_delivered", meta,
            { { "reminder_id", r.id }, { "fire_at", r.fireAt }, { "delivered_at", deliveredAt } });
    }
    tx.commit();
}

void ReminderLog::prune(qint64 cutoff)
{
    auto q = m_store.db().prepare("DELETE FROM reminder_delivered WHERE fire_at < ?");
    q.bind(1, cutoff);
    q.run();
}

PlanInput loadPlanInput(Store &store, Language language, const QString &timeZone)
{
    PlanInput input;
    input.language = language;
    input.timeZone = timeZone;
    {
        auto q = store.db().prepare("SELECT role FROM profile WHERE deleted = 0 LIMIT 1");
        if (q.step())
            input.role = parseRole(q.text(0));
    }
    MeetingRepository meetings(store);
    MeetingSeriesRepository series(store);
    RequestRepository requests(store);
    for (const Mentorship &m : MentorshipRepository(store).list()) {
        MentorshipSchedule s;
        s.mentorship = m;
        s.series = series.forMentorship(m.meta.id);
        if (s.series)
            s.exceptions = series.exceptions(s.series->meta.id);
        s.meetings = meetings.listFor(m.meta.id);
        s.openRequests = requests.open(m.meta.id);
        input.mentorships.append(s);
    }
    return input;
}

} // namespace bollplank
