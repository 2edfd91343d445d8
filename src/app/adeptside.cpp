#include "adeptside.h"

#include "appcontext.h"
#include "focuscatalog.h"
#include "labels.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace bollplank {

AdeptSide::AdeptSide(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_catalog(catalog)
{
    connect(session, &Session::opened, this, &AdeptSide::refresh);
    connect(session, &Session::aboutToClose, this, &AdeptSide::clear);
    connect(settings, &Settings::languageChanged, this, &AdeptSide::refresh);
}

AdeptSide *AdeptSide::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::adeptSide);
}

void AdeptSide::clear()
{
    m_mentorshipId.clear();
    m_mentorName.clear();
    m_meetings.clear();
    m_actions.clear();
    emit changed();
}

void AdeptSide::refresh()
{
    Store *s = m_session->store();
    if (!s) {
        clear();
        return;
    }
    const QLocale locale = m_settings->locale();
    const QDate today = QDate::currentDate();
    const Role me = m_session->role() == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    // A mentor's device has many mentorships and reviews them on the adept pages instead.
    if (me == Role::Mentor) {
        clear();
        return;
    }
    try {
        const QList<Mentorship> mentorships = MentorshipRepository(*s).list();
        if (mentorships.isEmpty()) {
            clear();
            return;
        }
        // An adept has one mentorship at a time: the newest.
        const Mentorship &m = mentorships.first();
        m_mentorshipId = m.meta.id;
        m_mentorName = m.mentorName;
        auto partyText = [&](Role party) { return party == Role::Mentor ? m.mentorName : m.adeptName; };

        m_meetings.clear();
        MinutesRepository minutesRepo(*s);
        EvaluationRepository evaluations(*s);
        MeetingRepository meetingRepo(*s);
        const QList<Meeting> meetings = meetingRepo.listFor(m.meta.id);
        for (auto it = meetings.crbegin(); it != meetings.crend(); ++it) {
            if (it->status != MeetingStatus::Held)
                continue;
            QVariantList minutes;
            for (const Minutes &mi : minutesRepo.forMeeting(it->meta.id))
                minutes.append(QVariantMap {
                    //: Heading of the minutes about the meeting as a whole
                    { QStringLiteral("title"), mi.area == 0 ? tr("The meeting") : m_catalog->name(mi.area) },
                    { QStringLiteral("body"), Labels::withoutImages(mi.body) } });
            QVariantList evals;
            int myRating = 0;
            QString myText;
            for (const Evaluation &e : evaluations.forMeeting(it->meta.id)) {
                evals.append(QVariantMap { { QStringLiteral("partyText"), partyText(e.party) },
                    { QStringLiteral("rating"), e.rating }, { QStringLiteral("body"), e.body } });
                if (e.party == me) {
                    myRating = e.rating;
                    myText = e.body;
                }
            }
            const QDate date = QDateTime::fromMSecsSinceEpoch(it->startsAt).toLocalTime().date();
            m_meetings.append(QVariantMap { { QStringLiteral("meetingId"), it->meta.id },
                { QStringLiteral("dateText"), Labels::longDate(date, locale) },
                //: Kind of meeting: a monthly one or one asked for in between
                { QStringLiteral("kindText"), it->kind == MeetingKind::AdHoc ? tr("Ad-hoc meeting") : tr("Monthly meeting") },
                { QStringLiteral("areasText"),
                    m_catalog->names(meetingRepo.focusAreas(it->meta.id)).join(QStringLiteral(" · ")) },
                { QStringLiteral("minutes"), minutes }, { QStringLiteral("evaluations"), evals },
                { QStringLiteral("myRating"), myRating }, { QStringLiteral("myEvaluation"), myText },
                { QStringLiteral("evaluated"), myRating > 0 } });
        }

        m_actions.clear();
        ActionItemRepository actions(*s);
        QList<ActionItem> items = actions.open(m.meta.id);
        for (const ActionItem &a : actions.all(m.meta.id))
            if (a.doneAt)
                items.append(a);
        for (const ActionItem &a : std::as_const(items)) {
            const bool mine = a.owner == me;
            m_actions.append(QVariantMap { { QStringLiteral("itemId"), a.meta.id }, { QStringLiteral("body"), a.body },
                //: Who owns an action item
                { QStringLiteral("ownerText"), mine ? tr("You") : partyText(a.owner) },
                { QStringLiteral("dueText"),
                    a.dueDate.isValid() ? tr("Due %1").arg(Labels::shortDate(a.dueDate, locale)) : QString() },
                { QStringLiteral("overdue"), !a.doneAt && a.dueDate.isValid() && a.dueDate < today },
                { QStringLiteral("done"), a.doneAt.has_value() }, { QStringLiteral("mine"), mine } });
        }
        setError({});
    } catch (const StoreError &) {
        clear();
        setError(tr("Your mentorship could not be read."));
        return;
    }
    emit changed();
}

bool AdeptSide::setActionDone(const QString &itemId, bool done)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    const Role me = m_session->role() == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    try {
        ActionItemRepository actions(*s);
        if (actions.get(itemId).owner != me) {
            setError(tr("Only the one who owns an action item ticks it off."));
            return false;
        }
        actions.setDone(itemId, done);
    } catch (const StoreError &) {
        setError(tr("That could not be saved. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit actionsEdited();
    return true;
}

bool AdeptSide::evaluate(const QString &meetingId, int rating, const QString &text)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    if (rating < 1 || rating > 5) {
        setError(tr("Choose a rating from 1 to 5."));
        return false;
    }
    try {
        const Meeting meeting = MeetingRepository(*s).get(meetingId);
        if (meeting.mentorshipId != m_mentorshipId || meeting.status != MeetingStatus::Held) {
            setError(tr("Only a meeting that was held can be evaluated."));
            return false;
        }
        Evaluation e;
        e.meetingId = meetingId;
        e.party = m_session->role() == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
        e.rating = rating;
        e.body = text.trimmed();
        EvaluationRepository(*s).save(e);
    } catch (const StoreError &) {
        setError(tr("The evaluation could not be saved. Try again."));
        return false;
    }
    setError({});
    refresh();
    return true;
}

void AdeptSide::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
