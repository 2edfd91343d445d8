// Meeting mode's fields: the coaching timer, focus areas and minutes, action items,
// evaluations and the next meeting. Every change goes into the draft after a short pause.
#include "meetingsession.h"

#include "labels.h"
#include "meetingtime.h"
#include "settings.h"

#include "domain/focusareas.h"

namespace bollplank {

namespace {

QString twoDigits(qint64 n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

} // namespace

qint64 MeetingSession::coachingElapsedMs() const
{
    return coachingStarted() ? qMax<qint64>(0, now() - m_state.coachingStartedAt) : 0;
}

bool MeetingSession::coachingOver() const
{
    return coachingStarted() && coachingElapsedMs() >= qint64(m_state.coachingMinutes) * 60'000;
}

QString MeetingSession::coachingClock() const
{
    const qint64 total = qint64(m_state.coachingMinutes) * 60'000;
    const qint64 left = total - coachingElapsedMs();
    // Whole seconds left, rounded up: the clock shows 00:00 only when the time is up.
    const qint64 seconds = left >= 0 ? (left + 999) / 1000 : -left / 1000;
    const QString clock = twoDigits(seconds / 60) + QLatin1Char(':') + twoDigits(seconds % 60);
    return left >= 0 ? clock : QLatin1Char('+') + clock;
}

double MeetingSession::coachingProgress() const
{
    const qint64 total = qint64(m_state.coachingMinutes) * 60'000;
    return total > 0 ? qMin(1.0, double(coachingElapsedMs()) / double(total)) : 1.0;
}

void MeetingSession::startCoaching()
{
    if (!m_active || coachingStarted())
        return;
    restartCoaching();
}

void MeetingSession::restartCoaching()
{
    if (!m_active)
        return;
    m_state.coachingStartedAt = now();
    m_tick.start();
    emit coachingChanged();
    saveDraftNow(); // the start time is what keeps the timer going: keep it at once
}

QVariantList MeetingSession::chosenAreas() const
{
    QVariantList list;
    for (int area : m_state.areas)
        list.append(area);
    return list;
}

void MeetingSession::setAreaChosen(int areaId, bool chosen)
{
    if (!m_active || !FocusAreas::isValid(areaId) || m_state.areas.contains(areaId) == chosen)
        return;
    if (chosen)
        m_state.areas.append(areaId);
    else
        m_state.areas.removeAll(areaId);
    std::sort(m_state.areas.begin(), m_state.areas.end());
    emit areasChanged();
    touched();
}

QString MeetingSession::minutesFor(int areaId) const
{
    return m_state.minutes.value(areaId);
}

void MeetingSession::setMinutes(int areaId, const QString &text)
{
    if (!m_active || (areaId != 0 && !FocusAreas::isValid(areaId)) || m_state.minutes.value(areaId) == text)
        return;
    m_state.minutes.insert(areaId, text);
    touched();
}

void MeetingSession::setEarlierActionDone(const QString &itemId, bool done)
{
    if (!m_active || m_state.doneActionIds.contains(itemId) == done)
        return;
    if (done)
        m_state.doneActionIds.append(itemId);
    else
        m_state.doneActionIds.removeAll(itemId);
    touched();
}

QVariantList MeetingSession::actions() const
{
    QVariantList list;
    for (qsizetype i = 0; i < m_state.actions.size(); ++i) {
        const DraftActionItem &a = m_state.actions.at(i);
        list.append(QVariantMap { { QStringLiteral("key"), int(i) }, { QStringLiteral("owner"), toString(a.owner) },
            { QStringLiteral("body"), a.body }, { QStringLiteral("due"), a.due } });
    }
    return list;
}

QVariantList MeetingSession::ownerChoices() const
{
    return { QVariantMap { { QStringLiteral("value"), QStringLiteral("adept") },
                 { QStringLiteral("text"), m_adeptName.isEmpty() ? tr("Adept") : m_adeptName } },
        QVariantMap { { QStringLiteral("value"), QStringLiteral("mentor") }, { QStringLiteral("text"), tr("Mentor") } } };
}

void MeetingSession::addAction(const QString &owner)
{
    if (!m_active)
        return;
    DraftActionItem item;
    item.owner = owner == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    // Open action items are usually due by the next meeting.
    item.due = m_state.bookNext ? m_state.nextDate : QString();
    m_state.actions.append(item);
    emit actionsChanged();
    touched();
}

void MeetingSession::setActionOwner(int index, const QString &owner)
{
    if (!m_active || index < 0 || index >= m_state.actions.size())
        return;
    m_state.actions[index].owner = owner == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    touched();
}

void MeetingSession::setActionBody(int index, const QString &body)
{
    if (!m_active || index < 0 || index >= m_state.actions.size() || m_state.actions.at(index).body == body)
        return;
    m_state.actions[index].body = body;
    touched();
}

void MeetingSession::setActionDue(int index, const QString &isoDate)
{
    if (!m_active || index < 0 || index >= m_state.actions.size() || m_state.actions.at(index).due == isoDate)
        return;
    m_state.actions[index].due = isoDate;
    touched();
}

void MeetingSession::removeAction(int index)
{
    if (!m_active || index < 0 || index >= m_state.actions.size())
        return;
    m_state.actions.removeAt(index);
    emit actionsChanged();
    touched();
}

QString MeetingSession::dueHint(const QString &isoDate) const
{
    if (isoDate.trimmed().isEmpty())
        return tr("No due date");
    const auto date = meetingtime::parseDate(isoDate);
    if (!date)
        return tr("Write the date as YYYY-MM-DD.");
    //: When an action item is due, e.g. "Due Tuesday 12 May 2026"
    return tr("Due %1").arg(Labels::longDate(*date, m_settings->locale()));
}

void MeetingSession::setAdeptRating(int rating)
{
    if (!m_active || rating < 0 || rating > 5 || rating == m_state.adeptRating)
        return;
    m_state.adeptRating = rating;
    emit evaluationChanged();
    touched();
}

void MeetingSession::setAdeptEvaluation(const QString &text)
{
    if (!m_active || text == m_state.adeptEvaluation)
        return;
    m_state.adeptEvaluation = text;
    emit evaluationChanged();
    touched();
}

void MeetingSession::setMentorRating(int rating)
{
    if (!m_active || rating < 0 || rating > 5 || rating == m_state.mentorRating)
        return;
    m_state.mentorRating = rating;
    emit evaluationChanged();
    touched();
}

void MeetingSession::setMentorEvaluation(const QString &text)
{
    if (!m_active || text == m_state.mentorEvaluation)
        return;
    m_state.mentorEvaluation = text;
    emit evaluationChanged();
    touched();
}

void MeetingSession::setBookNext(bool book)
{
    if (!m_active || book == m_state.bookNext)
        return;
    m_state.bookNext = book;
    emit nextChanged();
    touched();
}

void MeetingSession::setNextDate(const QString &date)
{
    if (!m_active || date == m_state.nextDate)
        return;
    m_state.nextDate = date;
    emit nextChanged();
    touched();
}

void MeetingSession::setNextTime(const QString &time)
{
    if (!m_active || time == m_state.nextTime)
        return;
    m_state.nextTime = time;
    emit nextChanged();
    touched();
}

void MeetingSession::setNextDurationMinutes(int minutes)
{
    if (!m_active || minutes == m_state.nextDurationMinutes)
        return;
    m_state.nextDurationMinutes = minutes;
    emit nextChanged();
    touched();
}

void MeetingSession::setNextPlace(const QString &place)
{
    if (!m_active || place == m_state.nextPlace)
        return;
    m_state.nextPlace = place;
    emit nextChanged();
    touched();
}

bool MeetingSession::nextValid() const
{
    using namespace meetingtime;
    const auto date = parseDate(m_state.nextDate);
    const auto time = parseTime(m_state.nextTime);
    return validMeetingTime(m_state.nextDate, m_state.nextTime, m_state.nextDurationMinutes)
        && QDateTime(*date, *time).toMSecsSinceEpoch() > m_state.startsAt;
}

QString MeetingSession::nextSummary() const
{
    using namespace meetingtime;
    const auto date = parseDate(m_state.nextDate);
    const auto time = parseTime(m_state.nextTime);
    if (date && time && QDateTime(*date, *time).toMSecsSinceEpoch() <= m_state.startsAt)
        return tr("The next meeting must come after this one.");
    return describe(m_state.nextDate, m_state.nextTime, m_state.nextDurationMinutes);
}

bool MeetingSession::validMeetingTime(const QString &date, const QString &time, int durationMinutes) const
{
    return meetingtime::parseDate(date) && meetingtime::parseTime(time) && durationMinutes >= 15
        && durationMinutes <= 1440;
}

QString MeetingSession::describe(const QString &dateText, const QString &timeText, int durationMinutes) const
{
    using namespace meetingtime;
    const auto date = parseDate(dateText);
    if (!date)
        return tr("Write the date as YYYY-MM-DD.");
    const auto time = parseTime(timeText);
    if (!time)
        return tr("Write the time as HH:MM.");
    if (durationMinutes < 15 || durationMinutes > 1440)
        return tr("A meeting lasts from 15 minutes to 24 hours.");
    const QLocale locale = m_settings->locale();
    const QTime end = time->addSecs(qint64(durationMinutes) * 60);
    //: A meeting's day and time, e.g. "Tuesday 12 May 2026 · Week 20 · 09:00–11:30"
    return tr("%1 · %2 · %3–%4")
        .arg(Labels::longDate(*date, locale), Labels::week(*date), Labels::time(*time, locale),
            Labels::time(end, locale));
}

} // namespace bollplank
