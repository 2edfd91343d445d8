#include "meetingsession.h"

#include "appcontext.h"
#include "focuscatalog.h"
#include "labels.h"
#include "meetingtime.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "query/lookbackat.h"
#include "repo/meetingdrafts.h"
#include "repo/meetingoutcome.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace bollplank {

namespace {

constexpr int DraftDelayMs = 800;
constexpr qsizetype MaxSharedShown = 12;

QString saveError(const StoreError &e)
{
    switch (e.kind()) {
    case StoreError::Kind::DiskFull:
        return MeetingSession::tr("The disk is full, so the meeting was not saved. Free some space and end it again.");
    case StoreError::Kind::NotFound:
        return MeetingSession::tr("Part of this meeting was removed on another device, so it was not saved.");
    default:
        return MeetingSession::tr("The meeting could not be saved. Nothing was changed; try again.");
    }
}

} // namespace

MeetingSession::MeetingSession(Session *session, Settings *settings, FocusCatalog *focus, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_focus(focus)
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(DraftDelayMs);
    connect(&m_draftTimer, &QTimer::timeout, this, &MeetingSession::saveDraftNow);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &MeetingSession::coachingChanged);
    connect(session, &Session::opened, this, &MeetingSession::refreshOverview);
    connect(session, &Session::aboutToClose, this, [this] {
        // The meeting stays on the table as a draft; nothing read from the profile stays here.
        if (m_active)
            saveDraftNow();
        close();
        m_mentorships.clear();
        m_openRequests.clear();
        emit overviewChanged();
    });
    connect(settings, &Settings::languageChanged, this, [this] {
        refreshOverview();
        if (m_active)
            loadLookBack();
    });
}

MeetingSession::~MeetingSession() = default;

MeetingSession *MeetingSession::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::meetingSession);
}

void MeetingSession::setClock(std::function<qint64()> clock)
{
    m_clock = std::move(clock);
    emit coachingChanged();
}

bool MeetingSession::hasDraft(const QString &mentorshipId)
{
    Store *s = m_session->store();
    try {
        return s && MeetingDraftRepository(*s).exists(mentorshipId);
    } catch (const StoreError &) {
        return false;
    }
}

bool MeetingSession::begin(const QString &mentorshipId, const QString &meetingId)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    if (m_active)
        leave();
    setError({});
    try {
        const Mentorship mentorship = MentorshipRepository(*s).get(mentorshipId);
        m_adeptName = mentorship.adeptName;
        MeetingDraftRepository drafts(*s);
        if (const auto draft = drafts.get(mentorshipId)) {
            if (auto state = meetingStateFromCbor(draft->body); state && state->mentorshipId == mentorshipId) {
                load(*state, true);
                return true;
            }
            drafts.remove(mentorshipId); // written by something else: not resumable
        }
        MeetingState state;
        state.mentorshipId = mentorshipId;
        MeetingRepository meetings(*s);
        if (!meetingId.isEmpty()) {
            const Meeting m = meetings.get(meetingId);
            if (m.mentorshipId != mentorshipId || m.status != MeetingStatus::Planned) {
                setError(tr("That meeting cannot be started: it belongs to someone else or was already held."));
                return false;
            }
            state.meetingId = m.meta.id;
            state.kind = m.kind;
            state.startsAt = m.startsAt;
            state.durationMinutes = m.durationMinutes;
            state.place = m.place;
            state.coachingMinutes = m.coachingMinutes;
            state.areas = meetings.focusAreas(m.meta.id);
        } else {
            state.startsAt = now() - now() % 60'000;
            const auto last = meetings.lastHeldBefore(mentorshipId, state.startsAt);
            state.place = last ? last->place : QString();
        }
        m_state = state;
        defaultNextMeeting();
        load(m_state, false);
        return true;
    } catch (const StoreError &) {
        setError(tr("The meeting could not be opened."));
        return false;
    }
}

void MeetingSession::defaultNextMeeting()
{
    using namespace meetingtime;
    MeetingRepository meetings(*m_session->store());
    std::optional<Meeting> booked = meetings.nextPlanned(m_state.mentorshipId, m_state.startsAt + 1);
    if (booked && booked->meta.id == m_state.meetingId)
        booked.reset();
    if (booked) {
        const QDateTime start = QDateTime::fromMSecsSinceEpoch(booked->startsAt).toLocalTime();
        m_state.nextMeetingId = booked->meta.id;
        m_state.nextDate = isoDate(start.date());
        m_state.nextTime = hhmm(start.time());
        m_state.nextDurationMinutes = booked->durationMinutes;
        m_state.nextPlace = booked->place;
        m_state.bookNext = true;
        return;
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_state.startsAt).toLocalTime();
    m_state.nextMeetingId.clear();
    m_state.nextDate = isoDate(monthLaterSameWeekday(start.date()));
    m_state.nextTime = hhmm(start.time());
    m_state.nextDurationMinutes = 150;
    m_state.nextPlace = m_state.place;
    // An ad-hoc meeting comes between the regular ones; booking from it is the exception.
    m_state.bookNext = m_state.kind != MeetingKind::AdHoc;
}

void MeetingSession::load(const MeetingState &state, bool resumed)
{
    m_state = state;
    m_state.step = qBound(0, m_state.step, int(StepCount) - 1);
    m_active = true;
    m_resumed = resumed;
    loadLookBack();
    if (coachingStarted())
        m_tick.start();
    emit changed();
    emit stepChanged();
    emit coachingChanged();
    emit areasChanged();
    emit actionsChanged();
    emit evaluationChanged();
    emit nextChanged();
}

void MeetingSession::loadLookBack()
{
    Store *s = m_session->store();
    if (!s)
        return;
    const QLocale locale = m_settings->locale();
    Meeting meeting;
    meeting.meta.id = m_state.meetingId;
    meeting.mentorshipId = m_state.mentorshipId;
    meeting.startsAt = m_state.startsAt;
    meeting.kind = m_state.kind;
    meeting.place = m_state.place;
    try {
        const LookBack back = lookBackAt(*s, meeting);
        QVariantMap map;
        map.insert(QStringLiteral("hasPrevious"), back.previous.has_value());
        if (back.previous) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(back.previous->startsAt).toLocalTime().date();
            map.insert(QStringLiteral("previousText"), Labels::longDate(date, locale));
            map.insert(QStringLiteral("previousAdHoc"), back.previous->kind == MeetingKind::AdHoc);
        }
        QVariantList minutes;
        for (const Minutes &m : back.previousMinutes)
            minutes.append(QVariantMap { { QStringLiteral("title"),
                                             m.area == 0 ? tr("The meeting as a whole") : m_focus->name(m.area) },
                { QStringLiteral("body"), Labels::withoutImages(m.body) } });
        map.insert(QStringLiteral("minutes"), minutes);
        QVariantList evaluations;
        for (const Evaluation &e : back.previousEvaluations)
            evaluations.append(QVariantMap {
                { QStringLiteral("title"), e.party == Role::Adept ? m_adeptName : tr("Mentor") },
                { QStringLiteral("rating"), e.rating }, { QStringLiteral("body"), e.body } });
        map.insert(QStringLiteral("evaluations"), evaluations);
        const QDate today = QDateTime::fromMSecsSinceEpoch(now()).toLocalTime().date();
        QVariantList actions;
        for (const ActionItem &a : back.openActionItems)
            actions.append(QVariantMap { { QStringLiteral("itemId"), a.meta.id }, { QStringLiteral("body"), a.body },
                { QStringLiteral("ownerText"), a.owner == Role::Adept ? m_adeptName : tr("Mentor") },
                { QStringLiteral("dueText"),
                    a.dueDate.isValid() ? tr("Due %1").arg(Labels::shortDate(a.dueDate, locale)) : QString() },
                { QStringLiteral("overdue"), a.dueDate.isValid() && a.dueDate < today },
                { QStringLiteral("done"), m_state.doneActionIds.contains(a.meta.id) } });
        map.insert(QStringLiteral("actions"), actions);
        QVariantList shared;
        for (const Reflection &r : back.sharedSince) {
            if (shared.size() >= MaxSharedShown)
                break;
            const QDate date = QDateTime::fromMSecsSinceEpoch(r.createdAt).toLocalTime().date();
            shared.append(QVariantMap { { QStringLiteral("excerpt"), Labels::excerpt(r.body, 200) },
                { QStringLiteral("dateText"), Labels::shortDate(date, locale) },
                { QStringLiteral("areasText"), m_focus->names(r.focusAreas).join(QStringLiteral(", ")) } });
        }
        map.insert(QStringLiteral("shared"), shared);
        map.insert(QStringLiteral("sharedCount"), int(back.sharedSince.size()));
        m_lookBack = map;
    } catch (const StoreError &) {
        m_lookBack.clear();
        setError(tr("The look back could not be read."));
    }
    emit changed();
}

QString MeetingSession::whenText() const
{
    if (!m_active)
        return {};
    const QLocale locale = m_settings->locale();
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_state.startsAt).toLocalTime();
    QStringList parts { Labels::longDate(start.date(), locale), Labels::time(start.time(), locale) };
    if (!m_state.place.isEmpty())
        parts.append(m_state.place);
    return parts.join(QStringLiteral(" · "));
}

void MeetingSession::setStep(int step)
{
    step = qBound(0, step, int(StepCount) - 1);
    if (step == m_state.step)
        return;
    m_state.step = step;
    emit stepChanged();
    touched();
}

void MeetingSession::touched()
{
    if (m_active)
        m_draftTimer.start();
}

void MeetingSession::saveDraftNow()
{
    m_draftTimer.stop();
    Store *s = m_session->store();
    if (!m_active || !s)
        return;
    try {
        MeetingDraft draft { m_state.mentorshipId, m_state.meetingId, 0, toCbor(m_state) };
        MeetingDraftRepository(*s).save(draft);
    } catch (const StoreError &) {
        setError(tr("The meeting could not be kept as a draft. Do not lock the app until it is ended."));
    }
}

void MeetingSession::leave()
{
    if (!m_active)
        return;
    saveDraftNow();
    close();
    refreshOverview();
}

void MeetingSession::discard()
{
    Store *s = m_session->store();
    if (s && !m_state.mentorshipId.isEmpty()) {
        try {
            MeetingDraftRepository(*s).remove(m_state.mentorshipId);
        } catch (const StoreError &) {
            setError(tr("The draft could not be removed."));
            return;
        }
    }
    close();
    refreshOverview();
}

void MeetingSession::close()
{
    m_draftTimer.stop();
    m_tick.stop();
    const bool was = m_active;
    m_active = false;
    m_resumed = false;
    m_state = MeetingState {};
    m_lookBack.clear();
    m_adeptName.clear();
    if (!was)
        return;
    emit changed();
    emit stepChanged();
    emit coachingChanged();
    emit areasChanged();
    emit actionsChanged();
    emit evaluationChanged();
    emit nextChanged();
}

bool MeetingSession::end()
{
    using namespace meetingtime;
    Store *s = m_session->store();
    if (!m_active || !s)
        return false;
    MeetingOutcome outcome;
    QList<ActionItem> items;
    for (qsizetype i = 0; i < m_state.actions.size(); ++i) {
        const DraftActionItem &a = m_state.actions.at(i);
        if (a.body.trimmed().isEmpty())
            continue; // a row added and left empty
        ActionItem item;
        item.owner = a.owner;
        item.body = a.body;
        if (!a.due.trimmed().isEmpty()) {
            const auto due = parseDate(a.due);
            if (!due) {
                setError(tr("Action item %1: the due date is not a date (YYYY-MM-DD).").arg(i + 1));
                return false;
            }
            item.dueDate = *due;
        }
        outcome.actionItems.append(item);
    }
    for (const auto &[party, rating, text] : { std::tuple { Role::Adept, m_state.adeptRating, m_state.adeptEvaluation },
             std::tuple { Role::Mentor, m_state.mentorRating, m_state.mentorEvaluation } }) {
        if (rating == 0 && text.trimmed().isEmpty())
            continue;
        if (rating < 1 || rating > 5) {
            setError(tr("Give each evaluation a rating from 1 to 5."));
            return false;
        }
        Evaluation e;
        e.party = party;
        e.rating = rating;
        e.body = text.trimmed();
        outcome.evaluations.append(e);
    }
    if (m_state.bookNext && !nextValid()) {
        setError(nextSummary());
        return false;
    }
    try {
        MeetingRepository meetings(*s);
        if (m_state.meetingId.isEmpty()) {
            outcome.meeting.mentorshipId = m_state.mentorshipId;
            outcome.meeting.kind = m_state.kind;
            outcome.meeting.startsAt = m_state.startsAt;
            outcome.meeting.durationMinutes = m_state.durationMinutes;
            outcome.meeting.place = m_state.place;
            outcome.meeting.coachingMinutes = m_state.coachingMinutes;
        } else {
            outcome.meeting = meetings.get(m_state.meetingId);
        }
        outcome.focusAreas = m_state.areas;
        for (int area : QList<int> { 0 } + m_state.areas) {
            Minutes m;
            m.area = area;
            m.body = m_state.minutes.value(area).trimmed();
            outcome.minutes.append(m);
        }
        outcome.doneActionItemIds = m_state.doneActionIds;
        if (m_state.bookNext) {
            Meeting next;
            if (!m_state.nextMeetingId.isEmpty())
                next = meetings.get(m_state.nextMeetingId);
            const qint64 startsAt = QDateTime(*parseDate(m_state.nextDate), *parseTime(m_state.nextTime)).toMSecsSinceEpoch();
            const QString place = m_state.nextPlace.trimmed();
            const bool unchanged = !next.meta.id.isEmpty() && next.startsAt == startsAt
                && next.durationMinutes == m_state.nextDurationMinutes && next.place == place;
            if (!unchanged) {
                next.startsAt = startsAt;
                next.durationMinutes = m_state.nextDurationMinutes;
                next.coachingMinutes = qMin(next.coachingMinutes, next.durationMinutes);
                next.place = place;
                outcome.next = next;
            }
        }
        saveMeetingOutcome(*s, outcome);
    } catch (const StoreError &e) {
        setError(saveError(e));
        saveDraftNow(); // nothing was written: the meeting stays on the table
        return false;
    }
    setError({});
    close();
    refreshOverview();
    emit meetingsSaved();
    return true;
}

void MeetingSession::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void MeetingSession::clearError()
{
    setError({});
}

} // namespace bollplank
