#include "meetingtestsupport.h"

#include "appcontext.h"
#include "meetingsession.h"
#include "session.h"

#include "profile/profile.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/reflections.h"
#include "repo/requests.h"

#include <QDateTime>
#include <QDirIterator>
#include <QFile>
#include <QQmlEngine>

namespace bollplank {

namespace {

Store &storeOf(AppContext *context)
{
    return context->session()->profile()->store();
}

} // namespace

MeetingTestSupport::MeetingTestSupport(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

MeetingTestSupport *MeetingTestSupport::create(QQmlEngine *engine, QJSEngine *)
{
    return new MeetingTestSupport(AppContext::of(engine), engine);
}

QVariantMap MeetingTestSupport::seedMentorship()
{
    Store &store = storeOf(m_context);
    const QDate today = QDate::currentDate();
    Mentorship m;
    m.adeptName = QStringLiteral("Karin");
    m.mentorName = QStringLiteral("Anders");
    m.startDate = today.addMonths(-4);
    MentorshipRepository(store).save(m);

    MeetingRepository meetings(store);
    Meeting held;
    held.mentorshipId = m.meta.id;
    held.status = MeetingStatus::Held;
    held.startsAt = QDateTime(today.addMonths(-1), QTime(9, 0)).toMSecsSinceEpoch();
    held.place = QStringLiteral("Hotel Eggers");
    meetings.save(held);
    Minutes minutes;
    minutes.meetingId = held.meta.id;
    minutes.body = QStringLiteral("We talked about the autumn budget.");
    MinutesRepository(store).save(minutes);
    Evaluation evaluation;
    evaluation.meetingId = held.meta.id;
    evaluation.rating = 4;
    evaluation.body = QStringLiteral("Good to say it aloud.");
    EvaluationRepository(store).save(evaluation);
    ActionItem item;
    item.mentorshipId = m.meta.id;
    item.meetingId = held.meta.id;
    item.body = QStringLiteral("Ask the chairman for a one-to-one");
    item.dueDate = today.addDays(-2);
    ActionItemRepository(store).save(item);

    Reflection shared;
    shared.mentorshipId = m.meta.id;
    shared.body = QStringLiteral("The board meeting left me doubting the plan.");
    shared.visibility = Visibility::Shared;
    ReflectionRepository(store).save(shared);

    Meeting today9;
    today9.mentorshipId = m.meta.id;
    today9.startsAt = QDateTime(today, QTime(0, 5)).toMSecsSinceEpoch();
    today9.place = QStringLiteral("Hotel Eggers");
    meetings.save(today9);
    meetings.setFocusAreas(today9.meta.id, { 2, 6 });

    AdHocRequest request;
    request.mentorshipId = m.meta.id;
    request.urgency = Urgency::High;
    request.reason = QStringLiteral("The chairman wants my resignation");
    RequestRepository(store).save(request);

    m_context->meetingSession()->refreshOverview();
    return { { QStringLiteral("mentorshipId"), m.meta.id }, { QStringLiteral("meetingId"), today9.meta.id },
        { QStringLiteral("requestId"), request.meta.id } };
}

void MeetingTestSupport::freezeClock()
{
    m_now = QDateTime::currentMSecsSinceEpoch();
    m_context->meetingSession()->setClock([this] { return m_now; });
}

void MeetingTestSupport::advanceMinutes(int minutes)
{
    m_now += qint64(minutes) * 60'000;
    m_context->meetingSession()->setClock([this] { return m_now; }); // tells the page the time changed
}

QVariantMap MeetingTestSupport::meeting(const QString &meetingId) const
{
    const Meeting m = MeetingRepository(storeOf(m_context)).get(meetingId);
    return { { QStringLiteral("status"), toString(m.status) }, { QStringLiteral("kind"), toString(m.kind) },
        { QStringLiteral("startsAt"),
            QDateTime::fromMSecsSinceEpoch(m.startsAt).toLocalTime().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm")) },
        { QStringLiteral("place"), m.place }, { QStringLiteral("durationMinutes"), m.durationMinutes } };
}

QVariantList MeetingTestSupport::focusAreas(const QString &meetingId) const
{
    QVariantList list;
    for (int area : MeetingRepository(storeOf(m_context)).focusAreas(meetingId))
        list.append(area);
    return list;
}

QVariantMap MeetingTestSupport::minutes(const QString &meetingId) const
{
    QVariantMap map;
    for (const Minutes &m : MinutesRepository(storeOf(m_context)).forMeeting(meetingId))
        map.insert(QString::number(m.area), m.body);
    return map;
}

QVariantList MeetingTestSupport::actionItems(const QString &meetingId) const
{
    QVariantList list;
    for (const ActionItem &a : ActionItemRepository(storeOf(m_context)).forMeeting(meetingId))
        list.append(QVariantMap { { QStringLiteral("owner"), toString(a.owner) }, { QStringLiteral("body"), a.body },
            { QStringLiteral("due"), a.dueDate.toString(Qt::ISODate) } });
    return list;
}

int MeetingTestSupport::openActionItems(const QString &mentorshipId) const
{
    return int(ActionItemRepository(storeOf(m_context)).open(mentorshipId).size());
}

QVariantList MeetingTestSupport::evaluations(const QString &meetingId) const
{
    QVariantList list;
    for (const Evaluation &e : EvaluationRepository(storeOf(m_context)).forMeeting(meetingId))
        list.append(QVariantMap { { QStringLiteral("party"), toString(e.party) },
            { QStringLiteral("rating"), e.rating }, { QStringLiteral("body"), e.body } });
    return list;
}

QString MeetingTestSupport::plannedAfter(const QString &mentorshipId, const QString &meetingId) const
{
    MeetingRepository meetings(storeOf(m_context));
    const auto next = meetings.nextPlanned(mentorshipId, meetings.get(meetingId).startsAt + 1);
    return next ? next->meta.id : QString();
}

int MeetingTestSupport::meetingCount(const QString &mentorshipId) const
{
    return int(MeetingRepository(storeOf(m_context)).listFor(mentorshipId).size());
}

QVariantMap MeetingTestSupport::request(const QString &requestId) const
{
    const AdHocRequest r = RequestRepository(storeOf(m_context)).get(requestId);
    return { { QStringLiteral("status"), toString(r.status) }, { QStringLiteral("meetingId"), r.meetingId } };
}

bool MeetingTestSupport::profileFilesContain(const QString &text) const
{
    const QByteArray utf8 = text.toUtf8();
    const QByteArray utf16(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    QDirIterator it(m_context->options().profileFolder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        if (bytes.contains(utf8) || bytes.contains(utf16))
            return true;
    }
    return false;
}

} // namespace bollplank
