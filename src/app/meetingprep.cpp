#include "meetingprep.h"

#include "appcontext.h"
#include "journal.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "domain/focusareas.h"
#include "profile/profile.h"
#include "query/progress.h"
#include "repo/actionitems.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "repo/requests.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace bollplank {

namespace {

constexpr qsizetype MaxSharedShown = 6;

QString nowError()
{
    return MeetingPrep::tr("That could not be saved. Try again.");
}

} // namespace

MeetingPrep::MeetingPrep(Session *session, Settings *settings, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    connect(session, &Session::opened, this, &MeetingPrep::refresh);
    connect(session, &Session::aboutToClose, this, &MeetingPrep::clear);
    connect(settings, &Settings::languageChanged, this, &MeetingPrep::refresh);
    connect(journal, &Journal::reflectionChanged, this, &MeetingPrep::refresh);
}

MeetingPrep *MeetingPrep::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::meetingPrep);
}

void MeetingPrep::clear()
{
    m_mentorshipId.clear();
    m_mentorName.clear();
    m_progressText.clear();
    m_progress = 0;
    m_nextMeeting.clear();
    m_chosenAreas.clear();
    m_openActions.clear();
    m_sharedSince.clear();
    m_openRequests.clear();
    emit changed();
}

void MeetingPrep::refresh()
{
    Store *s = m_session->store();
    if (!s) {
        clear();
        return;
    }
    const QLocale locale = m_settings->locale();
    try {
        const QList<Mentorship> mentorships = MentorshipRepository(*s).list();
        if (mentorships.isEmpty()) {
            clear();
            return;
        }
        const Mentorship &m = mentorships.first();
        m_mentorshipId = m.meta.id;
        m_mentorName = m.mentorName;

        const QDate today = QDate::currentDate();
        const Progress p = bollplank::progress(*s, m.meta.id, today);
        //: Progress of the mentorship, e.g. "Month 14 of 18"
        m_progressText = tr("Month %1 of %2").arg(qMin(p.monthsElapsed + 1, p.plannedMonths)).arg(p.plannedMonths);
        m_progress = p.fractionElapsed();

        MeetingRepository meetings(*s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const std::optional<Meeting> next = meetings.nextPlanned(m.meta.id, now);
        m_nextMeeting.clear();
        m_chosenAreas.clear();
        if (next) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(next->startsAt).toLocalTime();
            const QDateTime end = start.addSecs(qint64(next->durationMinutes) * 60);
            const qint64 days = QDate::currentDate().daysTo(start.date());
            QString inDays;
            if (days == 0)
                inDays = tr("Today");
            else if (days == 1)
                inDays = tr("Tomorrow");
            else
                //: How far away the next meeting is
                inDays = tr("In %n days", nullptr, int(days));
            m_nextMeeting = { { QStringLiteral("meetingId"), next->meta.id },
                { QStringLiteral("dayText"), Labels::longDate(start.date(), locale) },
                { QStringLiteral("timeText"),
                    Labels::time(start.time(), locale) + QStringLiteral("–") + Labels::time(end.time(), locale) },
                { QStringLiteral("weekText"), Labels::week(start.date()) }, { QStringLiteral("place"), next->place },
                { QStringLiteral("inDaysText"), inDays },
                { QStringLiteral("adHoc"), next->kind == MeetingKind::AdHoc } };
            for (int area : meetings.focusAreas(next->meta.id))
                m_chosenAreas.append(area);
        }

        m_openActions.clear();
        for (const ActionItem &item : ActionItemRepository(*s).open(m.meta.id)) {
            m_openActions.append(QVariantMap { { QStringLiteral("itemId"), item.meta.id },
                { QStringLiteral("body"), item.body }, { QStringLiteral("ownerText"), Labels::owner(item.owner) },
                { QStringLiteral("dueText"),
                    item.dueDate.isValid() ? tr("Due %1").arg(Labels::shortDate(item.dueDate, locale)) : QString() },
                { QStringLiteral("overdue"), item.dueDate.isValid() && item.dueDate < today } });
        }

        // Shared since the last held meeting (or ever, before the first one).
        const std::optional<Meeting> last = meetings.lastHeldBefore(m.meta.id, now);
        m_sharedSince.clear();
        ReflectionFilter sharedOnly;
        sharedOnly.visibility = Visibility::Shared;
        const qint64 since = last ? last->startsAt : 0;
        for (const Reflection &r : ReflectionRepository(*s).list(sharedOnly, 200)) {
            if (r.sharedAt.value_or(0) < since || (!r.mentorshipId.isEmpty() && r.mentorshipId != m.meta.id))
                continue;
            // The page shows a few; the rest are only counted, so no excerpt is made for them.
            const bool shown = m_sharedSince.size() < MaxSharedShown;
            const QDate date = QDateTime::fromMSecsSinceEpoch(r.createdAt).toLocalTime().date();
            m_sharedSince.append(QVariantMap { { QStringLiteral("reflectionId"), r.meta.id },
                { QStringLiteral("excerpt"), shown ? Labels::excerpt(r.body, 140) : QString() },
                { QStringLiteral("dateText"), Labels::shortDate(date, locale) } });
        }

        m_openRequests.clear();
        for (const AdHocRequest &r : RequestRepository(*s).open(m.meta.id)) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(r.meta.updatedAt).toLocalTime().date();
            m_openRequests.append(QVariantMap { { QStringLiteral("requestId"), r.meta.id },
                { QStringLiteral("urgencyText"), Labels::urgency(r.urgency) }, { QStringLiteral("reason"), r.reason },
                { QStringLiteral("dateText"), Labels::shortDate(date, locale) } });
        }
        emit changed();
    } catch (const StoreError &) {
        setError(tr("The meeting details could not be read."));
    }
}

bool MeetingPrep::setAreaChosen(int areaId, bool chosen)
{
    Store *s = m_session->store();
    if (!s || !hasNextMeeting() || !FocusAreas::isValid(areaId))
        return false;
    QList<int> areas;
    for (const QVariant &v : std::as_const(m_chosenAreas))
        areas.append(v.toInt());
    areas.removeAll(areaId);
    if (chosen)
        areas.append(areaId);
    std::sort(areas.begin(), areas.end());
    try {
        MeetingRepository(*s).setFocusAreas(m_nextMeeting.value(QStringLiteral("meetingId")).toString(), areas);
        m_chosenAreas.clear();
        for (int area : areas)
            m_chosenAreas.append(area);
        setError({});
        emit changed();
        return true;
    } catch (const StoreError &) {
        setError(nowError());
        return false;
    }
}

bool MeetingPrep::setActionDone(const QString &itemId, bool done)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    try {
        ActionItemRepository(*s).setDone(itemId, done);
        setError({});
        refresh();
        return true;
    } catch (const StoreError &) {
        setError(nowError());
        return false;
    }
}

bool MeetingPrep::requestSoundingBoard(const QString &urgency, const QString &reason)
{
    Store *s = m_session->store();
    if (!s || !hasMentorship())
        return false;
    const QString text = reason.trimmed();
    if (text.isEmpty() || text.size() > RequestRepository::MaxReasonLength) {
        setError(tr("Write a short reason, at most %1 characters.").arg(RequestRepository::MaxReasonLength));
        return false;
    }
    try {
        AdHocRequest request;
        request.mentorshipId = m_mentorshipId;
        request.urgency = parseUrgency(urgency);
        request.reason = text;
        RequestRepository(*s).save(request);
        setError({});
        refresh();
        return true;
    } catch (const StoreError &) {
        setError(nowError());
        return false;
    }
}

QVariantList MeetingPrep::urgencyChoices() const
{
    QVariantList list;
    for (Urgency u : { Urgency::Low, Urgency::Medium, Urgency::High })
        list.append(QVariantMap { { QStringLiteral("value"), toString(u) }, { QStringLiteral("text"), Labels::urgency(u) } });
    return list;
}

int MeetingPrep::maxReasonLength() const
{
    return int(RequestRepository::MaxReasonLength);
}

void MeetingPrep::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
