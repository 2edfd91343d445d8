#include "mentorshipwriter.h"

#include "democlock.h"
#include "domain/focusareas.h"
#include "profile/store.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "repo/requests.h"

#include <stdexcept>

namespace bollplank::demo {

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Day = 24 * 60 * Minute;

QString text(const char16_t *s)
{
    return s ? QString::fromUtf16(s) : QString();
}

void check(bool condition, const char *what)
{
    if (!condition)
        throw std::logic_error(std::string("Demo story tables do not match: ") + what);
}

void checkShape(const MentorshipPlan &plan, const MentorshipText &txt)
{
    check(txt.adeptName && txt.mentorName, "names");
    check(plan.meetings.size() == txt.meetings.size(), "meetings");
    check(plan.reflections.size() == txt.reflections.size(), "reflections");
    check(plan.notes.size() == txt.notes.size(), "notes");
    check(plan.request.day < 0 || txt.requestReason, "request");
    for (std::size_t i = 0; i < plan.meetings.size(); ++i) {
        const MeetingPlan &m = plan.meetings[i];
        check(m.place >= 0 && std::size_t(m.place) < txt.places.size(), "places");
        check(m.actionCount >= 0 && m.actionCount <= 3, "action count");
        for (int a = 0; a < m.actionCount; ++a)
            check(txt.meetings[i].actions[std::size_t(a)], "action texts");
        check(txt.meetings[i].minutes && txt.meetings[i].adeptEvaluation && txt.meetings[i].mentorEvaluation,
            "minutes and evaluations");
    }
    check(plan.next.place >= 0 && std::size_t(plan.next.place) < txt.places.size(), "next meeting's place");
}

/// Writes a mentorship's records in story order; one object per call of writeMentorship.
class Writer
{
public:
    Writer(Store &store, DemoClock &clock, const MentorshipPlan &plan, const MentorshipText &txt, Role device,
        const QDate &start, const QDate &today)
        : m_store(store)
        , m_clock(clock)
        , m_plan(plan)
        , m_text(txt)
        , m_device(device)
        , m_start(start)
        , m_today(today)
    {
    }

    QString mentorship()
    {
        m_clock.set(m_start, 9 * 60);
        Mentorship m;
        m.adeptName = text(m_text.adeptName);
        m.mentorName = text(m_text.mentorName);
        m.startDate = m_start;
        m.plannedMonths = m_plan.plannedMonths;
        MentorshipRepository repo(m_store);
        repo.save(m);
        m_id = m.meta.id;

        const AgreementText &t = m_text.agreement;
        Agreement a;
        a.mentorshipId = m_id;
        a.goals = text(t.goals);
        a.adeptExpectations = text(t.adeptExpectations);
        a.mentorExpectations = text(t.mentorExpectations);
        a.confidentiality = text(t.confidentiality);
        m_clock.set(m_start, 9 * 60 + 30);
        repo.saveAgreement(a);
        m_clock.set(m_start, 20 * 60 + 15);
        repo.acknowledge(m_id, Role::Adept);
        m_clock.set(m_start.addDays(1), 8 * 60 + 10);
        repo.acknowledge(m_id, Role::Mentor);
        return m_id;
    }

    void meetings()
    {
        for (std::size_t i = 0; i < m_plan.meetings.size(); ++i) {
            QString requestId;
            if (m_plan.request.meeting == int(i))
                requestId = request();
            held(m_plan.meetings[i], m_text.meetings[i], requestId);
        }
        if (m_plan.request.day >= 0 && m_plan.request.meeting < 0)
            (void)request();
    }

    void nextMeeting()
    {
        const MeetingPlan &p = m_plan.next;
        Meeting m;
        m.mentorshipId = m_id;
        m.startsAt = DemoClock::at(nextMeetingDate(m_plan, m_start, m_today), p.minute);
        m.durationMinutes = p.duration;
        m.place = text(m_text.places[std::size_t(p.place)]);
        m_clock.set(m_lastMeetingEnd + 10 * Minute);
        MeetingRepository repo(m_store);
        repo.save(m);
        if (p.areas) {
            // Chosen lately, as a preparing adept would.
            m_clock.set(m_clock.latest() - 3 * 60 * Minute);
            repo.setFocusAreas(m.meta.id, FocusAreas::idsOf(p.areas));
        }
    }

    void reflections()
    {
        ReflectionRepository repo(m_store);
        NoteRepository notes(m_store);
        for (std::size_t i = 0; i < m_plan.reflections.size(); ++i) {
            const ReflectionPlan &p = m_plan.reflections[i];
            const ReflectionText &t = m_text.reflections[i];
            check(t.body != nullptr, "reflection text");
            if (m_device == Role::Mentor && !p.shared)
                continue; // never left the adept's device
            const QDate day = reflectionDate(m_start, p);
            m_clock.set(day, p.minute);
            Reflection r;
            r.mentorshipId = m_id;
            r.body = text(t.body);
            r.focusAreas = FocusAreas::idsOf(p.areas);
            r.lens = toLens(p.lens);
            if (p.stress > 0)
                r.stress = p.stress;
            r.visibility = p.shared ? Visibility::Shared : Visibility::Private;
            r.createdAt = m_clock.now();
            repo.save(r);
            if (p.shared && t.comment) {
                m_clock.set(day.addDays(1), 7 * 60 + 40);
                Comment c;
                c.reflectionId = r.meta.id;
                c.body = text(t.comment);
                notes.saveComment(c);
            }
        }
    }

    void mentorNotes()
    {
        if (m_device != Role::Mentor)
            return; // the mentor's private notes never reach the adept
        NoteRepository repo(m_store);
        for (std::size_t i = 0; i < m_plan.notes.size(); ++i) {
            m_clock.set(m_start.addDays(m_plan.notes[i].day), m_plan.notes[i].minute);
            MentorNote n;
            n.mentorshipId = m_id;
            n.body = text(m_text.notes[i]);
            repo.saveNote(n);
        }
    }

private:
    QString request()
    {
        const RequestPlan &p = m_plan.request;
        m_requestAt = DemoClock::at(workday(m_start.addDays(p.day)), p.minute);
        m_clock.set(m_requestAt);
        AdHocRequest r;
        r.mentorshipId = m_id;
        r.urgency = p.urgency;
        r.reason = text(m_text.requestReason);
        RequestRepository(m_store).save(r);
        return r.meta.id;
    }

    void held(const MeetingPlan &p, const MeetingText &t, const QString &requestId)
    {
        const QDate date = meetingDate(m_plan, m_start, p);
        const qint64 startsAt = DemoClock::at(date, p.minute);
        const qint64 endsAt = startsAt + p.duration * Minute;
        const qint64 mentorshipCreated = DemoClock::at(m_start, 9 * 60 + 1);
        MeetingRepository meetings(m_store);

        Meeting m;
        m.mentorshipId = m_id;
        m.kind = p.kind;
        m.startsAt = startsAt;
        m.durationMinutes = p.duration;
        m.place = text(m_text.places[std::size_t(p.place)]);
        // Booked at the previous meeting (or, for an ad-hoc one, right after the request came in).
        const qint64 booked
            = requestId.isEmpty() ? qMax(startsAt - 20 * Day, mentorshipCreated) : m_requestAt + 45 * Minute;
        m_clock.set(booked);
        meetings.save(m);
        if (!requestId.isEmpty())
            RequestRepository(m_store).accept(requestId, m.meta.id);
        m_clock.set(requestId.isEmpty() ? qMax(startsAt - 2 * Day + 6 * 60 * Minute, booked) : booked);
        meetings.setFocusAreas(m.meta.id, FocusAreas::idsOf(p.areas));

        m_clock.set(endsAt);
        m.status = MeetingStatus::Held;
        meetings.save(m);
        m_lastMeetingEnd = endsAt;

        actionItems(p, t, m.meta.id, date, endsAt);

        MinutesRepository minutes(m_store);
        m_clock.set(endsAt + 3 * 60 * Minute);
        Minutes whole;
        whole.meetingId = m.meta.id;
        whole.body = text(t.minutes);
        minutes.save(whole);
        const QList<int> areas = FocusAreas::idsOf(p.areas);
        for (qsizetype i = 0; i < areas.size() && i < qsizetype(t.areaMinutes.size()); ++i) {
            if (!t.areaMinutes[std::size_t(i)])
                continue;
            m_clock.set(endsAt + 3 * 60 * Minute + (i + 1) * 4 * Minute);
            Minutes area;
            area.meetingId = m.meta.id;
            area.area = areas[i];
            area.body = text(t.areaMinutes[std::size_t(i)]);
            minutes.save(area);
        }

        EvaluationRepository evaluations(m_store);
        m_clock.set(endsAt + 5 * 60 * Minute);
        Evaluation adept { {}, m.meta.id, Role::Adept, p.adeptRating, text(t.adeptEvaluation) };
        evaluations.save(adept);
        m_clock.set(DemoClock::at(date.addDays(1), 8 * 60 + 20));
        Evaluation mentor { {}, m.meta.id, Role::Mentor, p.mentorRating, text(t.mentorEvaluation) };
        evaluations.save(mentor);
    }

    void actionItems(const MeetingPlan &p, const MeetingText &t, const QString &meetingId, const QDate &date,
        qint64 endsAt)
    {
        ActionItemRepository repo(m_store);
        for (int i = 0; i < p.actionCount; ++i) {
            const ActionPlan &a = p.actions[std::size_t(i)];
            m_clock.set(endsAt - (10 - i) * Minute);
            ActionItem item;
            item.mentorshipId = m_id;
            item.meetingId = meetingId;
            item.owner = a.owner;
            item.body = text(t.actions[std::size_t(i)]);
            item.dueDate = date.addDays(a.dueDays);
            repo.save(item);
            if (a.doneDays < 0)
                continue;
            const qint64 doneAt = DemoClock::at(workday(date.addDays(a.doneDays)), 16 * 60 + 20 + 7 * i);
            if (doneAt > m_clock.latest())
                continue; // would be done in the future: still open today
            m_clock.set(doneAt);
            repo.setDone(item.meta.id, true);
        }
    }

    Store &m_store;
    DemoClock &m_clock;
    const MentorshipPlan &m_plan;
    const MentorshipText &m_text;
    Role m_device;
    QDate m_start;
    QDate m_today;
    QString m_id;
    qint64 m_requestAt = 0;
    qint64 m_lastMeetingEnd = 0;
};

} // namespace

std::optional<Lens> toLens(LensPick pick)
{
    switch (pick) {
    case LensPick::None:
        return std::nullopt;
    case LensPick::Customers:
        return Lens::Customers;
    case LensPick::Employees:
        return Lens::Employees;
    case LensPick::Partners:
        return Lens::Partners;
    case LensPick::Owners:
        return Lens::Owners;
    case LensPick::Board:
        return Lens::Board;
    }
    return std::nullopt;
}

WrittenMentorship writeMentorship(Store &store, DemoClock &clock, const QDate &today,
    const MentorshipPlan &plan, const MentorshipText &text, Role device)
{
    checkShape(plan, text);
    const QDate start = startDate(plan, today);
    Writer writer(store, clock, plan, text, device, start, today);
    const QString id = writer.mentorship();
    writer.meetings();
    writer.nextMeeting();
    writer.reflections();
    writer.mentorNotes();
    return { id, start };
}

} // namespace bollplank::demo
