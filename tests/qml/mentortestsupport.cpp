#include "mentortestsupport.h"

#include "adeptside.h"
#include "appcontext.h"
#include "mentorhome.h"
#include "session.h"

#include "profile/profile.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "repo/requests.h"

#include <QDateTime>
#include <QQmlEngine>

namespace bollplank {

namespace {

qint64 daysAgo(int days, int hour = 10)
{
    return QDateTime(QDate::currentDate().addDays(-days), QTime(hour, 0)).toMSecsSinceEpoch();
}

Mentorship mentorship(Store &store, const QString &adept, const QString &mentor, int monthsAgo)
{
    Mentorship m;
    m.adeptName = adept;
    m.mentorName = mentor;
    m.startDate = QDate::currentDate().addMonths(-monthsAgo);
    MentorshipRepository(store).save(m);
    return m;
}

Meeting heldMeeting(Store &store, const QString &mentorshipId, qint64 at)
{
    Meeting meeting;
    meeting.mentorshipId = mentorshipId;
    meeting.status = MeetingStatus::Held;
    meeting.startsAt = at;
    meeting.place = QStringLiteral("Café");
    MeetingRepository(store).save(meeting);
    return meeting;
}

void shareAt(Store &store, const QString &mentorshipId, const QString &body, qint64 at)
{
    // The repository stamps sharedAt with the store's clock: borrow it for a moment.
    const Store::Clock real = store.clock();
    store.setClock([at] { return at; });
    Reflection r;
    r.mentorshipId = mentorshipId;
    r.body = body;
    r.focusAreas = { 2 };
    r.visibility = Visibility::Shared;
    r.createdAt = at;
    ReflectionRepository(store).save(r);
    store.setClock(real);
}

} // namespace

MentorTestSupport::MentorTestSupport(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

MentorTestSupport *MentorTestSupport::create(QQmlEngine *engine, QJSEngine *)
{
    return new MentorTestSupport(AppContext::of(engine), engine);
}

Store &MentorTestSupport::store() const
{
    return m_context->session()->profile()->store();
}

void MentorTestSupport::seedAdepts()
{
    Store &s = store();
    const Mentorship elin = mentorship(s, QStringLiteral("Elin"), QStringLiteral("Anders"), 2);
    heldMeeting(s, elin.meta.id, daysAgo(7));
    shareAt(s, elin.meta.id, QStringLiteral("The bakery's ovens again"), daysAgo(3));

    const Mentorship johan = mentorship(s, QStringLiteral("Johan"), QStringLiteral("Anders"), 9);
    const Meeting last = heldMeeting(s, johan.meta.id, QDateTime::currentDateTime().addMonths(-2).addDays(-3).toMSecsSinceEpoch());
    shareAt(s, johan.meta.id, QStringLiteral("Before the last meeting"), last.startsAt - 86'400'000);
    shareAt(s, johan.meta.id, QStringLiteral("The chairman called"), daysAgo(20));
    shareAt(s, johan.meta.id, QStringLiteral("Confidence in the management"), daysAgo(10));
    shareAt(s, johan.meta.id, QStringLiteral("A sleepless night"), daysAgo(2));
    ActionItem overdue;
    overdue.mentorshipId = johan.meta.id;
    overdue.meetingId = last.meta.id;
    overdue.body = QStringLiteral("Talk to the chairman");
    overdue.dueDate = QDate::currentDate().addDays(-14);
    ActionItemRepository(s).save(overdue);
    AdHocRequest request;
    request.mentorshipId = johan.meta.id;
    request.urgency = Urgency::High;
    request.reason = QStringLiteral("The board meets on Friday");
    RequestRepository(s).save(request);
    m_context->mentorHome()->refresh();
}

QStringList MentorTestSupport::storedComments() const
{
    QStringList list;
    NoteRepository notes(store());
    ReflectionFilter shared;
    shared.visibility = Visibility::Shared;
    const QList<Reflection> all = ReflectionRepository(store()).list(shared, 1000);
    for (auto it = all.crbegin(); it != all.crend(); ++it)
        for (const Comment &c : notes.commentsOn(it->meta.id))
            list.append(c.body);
    return list;
}

QStringList MentorTestSupport::storedNotes() const
{
    QStringList list;
    NoteRepository notes(store());
    for (const Mentorship &m : MentorshipRepository(store()).list())
        for (const MentorNote &n : notes.notesFor(m.meta.id))
            list.append(n.body);
    return list;
}

QVariantMap MentorTestSupport::storedAgreement() const
{
    MentorshipRepository repo(store());
    const QList<Mentorship> all = repo.list();
    QVariantMap map { { QStringLiteral("count"), int(all.size()) } };
    if (all.isEmpty())
        return map;
    map.insert(QStringLiteral("adeptName"), all.first().adeptName);
    map.insert(QStringLiteral("mentorName"), all.first().mentorName);
    map.insert(QStringLiteral("plannedMonths"), all.first().plannedMonths);
    map.insert(QStringLiteral("cadence"), all.first().cadence);
    if (const auto a = repo.agreementFor(all.first().meta.id)) {
        map.insert(QStringLiteral("goals"), a->goals);
        map.insert(QStringLiteral("confidentiality"), a->confidentiality);
        map.insert(QStringLiteral("adeptAck"), a->adeptAcknowledgedAt.has_value());
        map.insert(QStringLiteral("mentorAck"), a->mentorAcknowledgedAt.has_value());
    }
    return map;
}

void MentorTestSupport::seedHeldMeeting()
{
    Store &s = store();
    const Mentorship m = mentorship(s, QStringLiteral("Karin"), QStringLiteral("Anders"), 4);
    const Meeting held = heldMeeting(s, m.meta.id, daysAgo(12));
    MeetingRepository(s).setFocusAreas(held.meta.id, { 2, 6 });
    Minutes whole;
    whole.meetingId = held.meta.id;
    whole.body = QStringLiteral("We talked about the reorganisation.");
    MinutesRepository(s).save(whole);
    Minutes leadership;
    leadership.meetingId = held.meta.id;
    leadership.area = 2;
    leadership.body = QStringLiteral("Delegate the budget round.");
    MinutesRepository(s).save(leadership);
    for (Role owner : { Role::Adept, Role::Mentor }) {
        ActionItem item;
        item.mentorshipId = m.meta.id;
        item.meetingId = held.meta.id;
        item.owner = owner;
        item.body = owner == Role::Adept ? QStringLiteral("Write to the board") : QStringLiteral("Send the article");
        item.dueDate = QDate::currentDate().addDays(5);
        ActionItemRepository(s).save(item);
    }
    Evaluation mentorView;
    mentorView.meetingId = held.meta.id;
    mentorView.party = Role::Mentor;
    mentorView.rating = 4;
    mentorView.body = QStringLiteral("Good energy");
    EvaluationRepository(s).save(mentorView);
    Meeting next;
    next.mentorshipId = m.meta.id;
    next.startsAt = QDateTime(QDate::currentDate().addDays(18), QTime(9, 0)).toMSecsSinceEpoch();
    MeetingRepository(s).save(next);
    m_context->adeptSide()->refresh();
}

bool MentorTestSupport::actionDone(const QString &body) const
{
    for (const Mentorship &m : MentorshipRepository(store()).list())
        for (const ActionItem &a : ActionItemRepository(store()).all(m.meta.id))
            if (a.body == body)
                return a.doneAt.has_value();
    return false;
}

QVariantList MentorTestSupport::storedEvaluations() const
{
    QVariantList list;
    for (const Mentorship &m : MentorshipRepository(store()).list())
        for (const Meeting &meeting : MeetingRepository(store()).listFor(m.meta.id))
            for (const Evaluation &e : EvaluationRepository(store()).forMeeting(meeting.meta.id))
                list.append(QVariantMap { { QStringLiteral("party"), toString(e.party) },
                    { QStringLiteral("rating"), e.rating }, { QStringLiteral("body"), e.body } });
    return list;
}

} // namespace bollplank
