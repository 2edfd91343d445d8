// What the mentor can start: each adept's next meeting (or the draft to resume), and ad-hoc
// requests to turn into booked meetings.
#include "meetingsession.h"

#include "labels.h"
#include "meetingtime.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "repo/meetingdrafts.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/requests.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDateTime>

namespace bollplank {

namespace {

int daysFor(Urgency urgency)
{
    switch (urgency) {
    case Urgency::High:
        return 1;
    case Urgency::Medium:
        return 3;
    case Urgency::Low:
        return 7;
    }
    return 7;
}

constexpr int AdHocMinutes = 90;

} // namespace

void MeetingSession::refreshOverview()
{
    Store *s = m_session->store();
    m_mentorships.clear();
    m_openRequests.clear();
    if (!s) {
        emit overviewChanged();
        return;
    }
    const QLocale locale = m_settings->locale();
    try {
        MeetingRepository meetings(*s);
        MeetingDraftRepository drafts(*s);
        RequestRepository requests(*s);
        // A meeting booked for earlier today can still be held today.
        const QDate today = QDateTime::fromMSecsSinceEpoch(now()).toLocalTime().date();
        const qint64 from = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
        QVariantList urgent, others;
        for (const Mentorship &m : MentorshipRepository(*s).list()) {
            const auto next = meetings.nextPlanned(m.meta.id, from);
            QString nextText;
            if (next) {
                const QDateTime start = QDateTime::fromMSecsSinceEpoch(next->startsAt).toLocalTime();
                nextText = Labels::longDate(start.date(), locale) + QStringLiteral(" · ")
                    + Labels::time(start.time(), locale);
            }
            m_mentorships.append(QVariantMap { { QStringLiteral("mentorshipId"), m.meta.id },
                { QStringLiteral("adeptName"), m.adeptName }, { QStringLiteral("hasDraft"), drafts.exists(m.meta.id) },
                { QStringLiteral("nextMeetingId"), next ? next->meta.id : QString() },
                { QStringLiteral("nextText"), nextText },
                { QStringLiteral("nextAdHoc"), next && next->kind == MeetingKind::AdHoc } });
            for (const AdHocRequest &r : requests.open(m.meta.id)) {
                const QDate date = QDateTime::fromMSecsSinceEpoch(r.meta.updatedAt).toLocalTime().date();
                const QVariantMap row { { QStringLiteral("requestId"), r.meta.id },
                    { QStringLiteral("mentorshipId"), m.meta.id }, { QStringLiteral("adeptName"), m.adeptName },
                    { QStringLiteral("urgencyText"), Labels::urgency(r.urgency) },
                    { QStringLiteral("urgent"), r.urgency == Urgency::High }, { QStringLiteral("reason"), r.reason },
                    { QStringLiteral("dateText"), Labels::shortDate(date, locale) } };
                (r.urgency == Urgency::High ? urgent : others).append(row);
            }
        }
        m_openRequests = urgent + others;
    } catch (const StoreError &) {
        setError(tr("The meetings could not be read."));
    }
    emit overviewChanged();
}

QVariantMap MeetingSession::adHocProposal(const QString &requestId)
{
    using namespace meetingtime;
    Store *s = m_session->store();
    if (!s)
        return {};
    try {
        const AdHocRequest request = RequestRepository(*s).get(requestId);
        const auto last = MeetingRepository(*s).lastHeldBefore(request.mentorshipId, now());
        const QDate today = QDateTime::fromMSecsSinceEpoch(now()).toLocalTime().date();
        const QTime time = last ? QDateTime::fromMSecsSinceEpoch(last->startsAt).toLocalTime().time() : QTime(9, 0);
        const Mentorship mentorship = MentorshipRepository(*s).get(request.mentorshipId);
        return { { QStringLiteral("requestId"), request.meta.id }, { QStringLiteral("adeptName"), mentorship.adeptName },
            { QStringLiteral("mentorshipId"), request.mentorshipId },
            { QStringLiteral("urgencyText"), Labels::urgency(request.urgency) },
            { QStringLiteral("reason"), request.reason },
            { QStringLiteral("date"), isoDate(today.addDays(daysFor(request.urgency))) },
            { QStringLiteral("time"), hhmm(time) }, { QStringLiteral("durationMinutes"), AdHocMinutes },
            { QStringLiteral("place"), last ? last->place : QString() } };
    } catch (const StoreError &) {
        setError(tr("That request is no longer there."));
        return {};
    }
}

QString MeetingSession::bookAdHoc(const QString &requestId, const QString &dateText, const QString &timeText,
    int durationMinutes, const QString &place)
{
    using namespace meetingtime;
    Store *s = m_session->store();
    if (!s)
        return {};
    const auto date = parseDate(dateText);
    const auto time = parseTime(timeText);
    if (!date || !time || durationMinutes < 15 || durationMinutes > 1440) {
        setError(describe(dateText, timeText, durationMinutes));
        return {};
    }
    try {
        RequestRepository requests(*s);
        const AdHocRequest request = requests.get(requestId);
        if (request.status != RequestStatus::Open) {
            setError(tr("That request was already handled."));
            return {};
        }
        Meeting meeting;
        meeting.mentorshipId = request.mentorshipId;
        meeting.kind = MeetingKind::AdHoc;
        meeting.startsAt = QDateTime(*date, *time).toMSecsSinceEpoch();
        meeting.durationMinutes = durationMinutes;
        meeting.coachingMinutes = qMin(30, durationMinutes);
        meeting.place = place.trimmed();
        // The meeting and the request's answer are one step: never a meeting for a request that
        // still looks open, nor a request accepted for no meeting.
        Transaction tx(s->db());
        MeetingRepository(*s).save(meeting);
        requests.accept(requestId, meeting.meta.id);
        tx.commit();
        setError({});
        refreshOverview();
        emit meetingsSaved();
        return meeting.meta.id;
    } catch (const StoreError &) {
        setError(tr("The ad-hoc meeting could not be booked. Nothing was changed; try again."));
        return {};
    }
}

} // namespace bollplank
