#include "planner.h"

#include "schedule/recurrence.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>
#include <algorithm>
#include <limits>

namespace bollplank {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;

bool sameMinute(qint64 a, qint64 b)
{
    return a / Minute == b / Minute;
}

/// Texts, in the two languages. Built only from what may show on a lock screen.
struct Texts
{
    Language language;
    QTimeZone zone;
    bool discreet;

    [[nodiscard]] bool sv() const { return language == Language::Swedish; }
    [[nodiscard]] QString tr(const char *en, const char *svText) const
    {
        return QString::fromUtf8(sv() ? svText : en);
    }
    [[nodiscard]] QString when(qint64 at) const
    {
        const QLocale locale = sv() ? QLocale(QLocale::Swedish, QLocale::Sweden)
                                    : QLocale(QLocale::English, QLocale::UnitedKingdom);
        return locale.toString(QDateTime::fromMSecsSinceEpoch(at, zone), QStringLiteral("dddd d MMMM HH:mm"));
    }
    [[nodiscard]] QString withName(const QString &name) const
    {
        if (discreet || name.trimmed().isEmpty())
            return {};
        return tr(" with ", " med ") + name.trimmed();
    }
    [[nodiscard]] QString atPlace(const QString &place) const
    {
        if (discreet || place.trimmed().isEmpty())
            return {};
        return QStringLiteral(", ") + place.trimmed();
    }
    [[nodiscard]] QString urgency(Urgency u) const
    {
        switch (u) {
        case Urgency::Low:
            return tr("low", "låg");
        case Urgency::Medium:
            return tr("medium", "medel");
        case Urgency::High:
            return tr("high", "hög");
        }
        return {};
    }
};

/// Moves a fire time out of quiet hours: to their end, or, when that would be at or after the
/// deadline (the meeting), to just before they begin.
qint64 outsideQuietHours(qint64 fireAt, const ReminderSettings &s, const QTimeZone &zone, qint64 deadline)
{
    if (!s.quietStart || !s.quietEnd || *s.quietStart == *s.quietEnd)
        return fireAt;
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(fireAt, zone);
    const QTime t = local.time();
    const QTime start = *s.quietStart;
    const QTime end = *s.quietEnd;
    const bool wraps = start > end;
    const bool quiet = wraps ? (t >= start || t < end) : (t >= start && t < end);
    if (!quiet)
        return fireAt;
    const QDate endDate = (wraps && t >= start) ? local.date().addDays(1) : local.date();
    const qint64 after = QDateTime(endDate, end, zone).toMSecsSinceEpoch();
    if (after < deadline)
        return after;
    const QDate startDate = (wraps && t < end) ? local.date().addDays(-1) : local.date();
    return QDateTime(startDate, start, zone).toMSecsSinceEpoch() - Minute;
}

} // namespace

QList<UpcomingMeeting> meetingsBetween(const MentorshipSchedule &s, qint64 from, qint64 to)
{
    QList<UpcomingMeeting> result;
    QList<qint64> recordTimes;
    for (const Meeting &m : s.meetings) {
        if (m.meta.deleted)
            continue;
        recordTimes.append(m.startsAt);
        if (m.status == MeetingStatus::Cancelled || m.startsAt < from || m.startsAt >= to)
            continue;
        result.append({ s.mentorship.meta.id, m.startsAt, m.durationMinutes, m.place, m.kind });
    }
    if (s.series) {
        for (const Recurrence::Occurrence &o : Recurrence::expand(*s.series, s.exceptions, from, to, 5000)) {
            if (o.cancelled)
                continue;
            const bool recorded = std::any_of(recordTimes.cbegin(), recordTimes.cend(),
                [&](qint64 t) { return sameMinute(t, o.startsAt); });
            if (!recorded)
                result.append({ s.mentorship.meta.id, o.startsAt, o.durationMinutes, s.series->place,
                    MeetingKind::Formal });
        }
    }
    std::sort(result.begin(), result.end(),
        [](const UpcomingMeeting &a, const UpcomingMeeting &b) { return a.startsAt < b.startsAt; });
    return result;
}

QList<Reminder> planReminders(
    const PlanInput &input, const ReminderSettings &settings, qint64 now, qint64 from, qint64 to)
{
    QList<Reminder> out;
    if (to <= from)
        return out;
    const QString zoneId = input.timeZone.isEmpty() ? Recurrence::defaultZone() : input.timeZone;
    const QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid())
        throw StoreError(StoreError::Kind::InvalidInput, "Unknown time zone " + zoneId.toStdString());
    const Texts text { input.language, zone, settings.discreet };
    const bool mentor = input.role == Role::Mentor;

    int maxOffset = 0;
    for (int o : settings.meetingOffsets)
        maxOffset = std::max(maxOffset, o);
    const qint64 lookahead = std::max<qint64>(maxOffset * Minute, settings.prepareDays * Day) + Day;
    constexpr qint64 Lookback = 92 * Day; // far enough back to find the meeting before the next

    auto add = [&](Reminder r, qint64 deadline) {
        r.fireAt = outsideQuietHours(r.fireAt, settings, zone, deadline);
        if (r.fireAt >= from && r.fireAt < to)
            out.append(std::move(r));
    };

    for (const MentorshipSchedule &s : input.mentorships) {
        if (s.mentorship.meta.deleted)
            continue;
        const QString mid = s.mentorship.meta.id;
        const QString name = mentor ? s.mentorship.adeptName : s.mentorship.mentorName;
        const QList<UpcomingMeeting> meetings = meetingsBetween(s, from - Lookback, to + lookahead);

        for (qsizetype i = 0; i < meetings.size(); ++i) {
            const UpcomingMeeting &m = meetings.at(i);
            if (m.startsAt <= now)
                continue;
            const QString at = QString::number(m.startsAt);
            if (settings.meetingOn) {
                for (int offset : settings.meetingOffsets) {
                    Reminder r;
                    r.id = QStringLiteral("meeting:%1:%2:%3").arg(mid, at).arg(offset);
                    r.kind = ReminderKind::Meeting;
                    r.fireAt = m.startsAt - offset * Minute;
                    r.subjectAt = m.startsAt;
                    r.mentorshipId = mid;
                    r.title = m.kind == MeetingKind::AdHoc ? text.tr("Ad-hoc meeting", "Extra möte")
                                                           : text.tr("Mentorship meeting", "Mentorsmöte");
                    r.body = text.when(m.startsAt) + text.withName(name) + text.atPlace(m.place);
                    add(r, m.startsAt);
                }
            }
            if (settings.prepareOn && m.kind == MeetingKind::Formal) {
                Reminder r;
                r.id = QStringLiteral("prepare:%1:%2").arg(mid, at);
                r.kind = ReminderKind::Prepare;
                r.fireAt = m.startsAt - settings.prepareDays * Day;
                r.subjectAt = m.startsAt;
                r.mentorshipId = mid;
                r.title = text.tr("Prepare for the meeting", "Förbered mötet");
                r.body = (mentor ? text.tr(
                              "Read the shared reflections before ", "Läs de delade reflektionerna före ")
                                 : text.tr("Choose focus areas and share reflections before ",
                                     "Välj fokusområden och dela reflektioner före "))
                    + text.when(m.startsAt) + text.withName(name);
                add(r, m.startsAt);
            }
            if (settings.reflectOn && !mentor && i > 0) {
                const UpcomingMeeting &previous = meetings.at(i - 1);
                const qint64 gap = m.startsAt - previous.startsAt;
                if (gap >= 14 * Day) {
                    Reminder r;
                    r.id = QStringLiteral("reflect:%1:%2").arg(mid, at);
                    r.kind = ReminderKind::Reflect;
                    r.fireAt = previous.startsAt + gap / 2;
                    r.subjectAt = m.startsAt;
                    r.mentorshipId = mid;
                    r.title = text.tr("A moment to reflect", "En stund för reflektion");
                    r.body = text.tr("How has it gone since the last meeting? Write a reflection.",
                        "Hur har det gått sedan förra mötet? Skriv en reflektion.");
                    add(r, m.startsAt);
                }
            }
        }

        if (mentor && settings.unbookedOn) {
            const QDate end = s.mentorship.startDate.isValid()
                ? s.mentorship.startDate.addMonths(s.mentorship.plannedMonths)
                : QDate();
            const bool booked = !meetingsBetween(s, now, now + 400 * Day).isEmpty();
            if (!booked) {
                const QList<UpcomingMeeting> past = meetingsBetween(s, now - 400 * Day, now);
                Reminder r;
                r.kind = ReminderKind::Unbooked;
                r.mentorshipId = mid;
                if (!past.isEmpty()) {
                    r.id = QStringLiteral("unbooked:%1:%2").arg(mid).arg(past.last().startsAt);
                    r.fireAt = past.last().startsAt + past.last().durationMinutes * Minute + Day;
                } else {
                    r.id = QStringLiteral("unbooked:%1:start").arg(mid);
                    const QDate first
                        = s.mentorship.startDate.isValid() ? s.mentorship.startDate : QDate(1970, 1, 2);
                    r.fireAt = QDateTime(first, QTime(9, 0), zone).toMSecsSinceEpoch();
                }
                // A condition that still holds: if its time has passed, it is due now.
                if (r.fireAt <= now)
                    r.fireAt = std::max(r.fireAt, from);
                r.subjectAt = r.fireAt;
                r.title = text.tr("No next meeting booked", "Inget nästa möte bokat");
                r.body = settings.discreet
                    ? text.tr("Book the next meeting with your adept.", "Boka nästa möte med din adept.")
                    : text.tr("Book the next meeting", "Boka nästa möte") + text.withName(name)
                        + QLatin1Char('.');
                const bool ended
                    = end.isValid() && r.fireAt >= QDateTime(end, QTime(0, 0), zone).toMSecsSinceEpoch();
                if (!ended)
                    add(r, std::numeric_limits<qint64>::max());
            }
        }

        if (mentor && settings.requestOn) {
            for (const AdHocRequest &q : s.openRequests) {
                if (q.meta.deleted || q.status != RequestStatus::Open)
                    continue;
                Reminder r;
                r.id = QStringLiteral("request:%1").arg(q.meta.id);
                r.kind = ReminderKind::Request;
                r.mentorshipId = mid;
                r.fireAt = q.meta.updatedAt <= now ? std::max(q.meta.updatedAt, from) : q.meta.updatedAt;
                r.subjectAt = q.meta.updatedAt;
                r.title = text.tr("Request for a meeting", "Önskan om ett möte");
                const QString who = settings.discreet || name.trimmed().isEmpty()
                    ? text.tr("Your adept", "Din adept")
                    : name.trimmed();
                r.body = who + text.tr(" would like to meet (urgency: ", " vill träffas (angelägenhet: ")
                    + text.urgency(q.urgency) + QStringLiteral(").");
                add(r, std::numeric_limits<qint64>::max());
            }
        }
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Reminder &a, const Reminder &b) { return a.fireAt < b.fireAt; });
    return out;
}

qint64 nextAllowedTime(const ReminderSettings &settings, qint64 at, const QString &zoneId)
{
    const QTimeZone zone((zoneId.isEmpty() ? Recurrence::defaultZone() : zoneId).toUtf8());
    return outsideQuietHours(
        at, settings, zone.isValid() ? zone : QTimeZone::utc(), std::numeric_limits<qint64>::max());
}

Reminder collapseMissed(const QList<Reminder> &missed, Language language)
{
    if (missed.size() == 1)
        return missed.first();
    Reminder r;
    r.id = QStringLiteral("missed:") + (missed.isEmpty() ? QString() : missed.last().id);
    r.kind = missed.isEmpty() ? ReminderKind::Meeting : missed.last().kind;
    r.fireAt = missed.isEmpty() ? 0 : missed.last().fireAt;
    const bool sv = language == Language::Swedish;
    r.title = sv ? QStringLiteral("%1 påminnelser medan Bollplank var stängt").arg(missed.size())
                 : QStringLiteral("%1 reminders while Bollplank was closed").arg(missed.size());
    QStringList lines;
    for (qsizetype i = 0; i < missed.size() && i < 5; ++i)
        lines.append(missed.at(i).title + QStringLiteral(": ") + missed.at(i).body);
    if (missed.size() > 5)
        lines.append(QStringLiteral("…"));
    r.body = lines.join(QLatin1Char('\n'));
    return r;
}

} // namespace bollplank
