#include "adeptreview.h"

#include "appcontext.h"
#include "focuscatalog.h"
#include "labels.h"
#include "mentorshipsetup.h"
#include "session.h"
#include "settings.h"

#include "profile/profile.h"
#include "query/distribution.h"
#include "query/progress.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "store/storeerror.h"

#include <QDateTime>

namespace bollplank {

namespace {

QDate localDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().date();
}

QString statusText(MeetingStatus status)
{
    switch (status) {
    case MeetingStatus::Planned:
        //: Status of a meeting
        return AdeptReview::tr("Booked");
    case MeetingStatus::Held:
        //: Status of a meeting
        return AdeptReview::tr("Held");
    case MeetingStatus::Cancelled:
        //: Status of a meeting
        return AdeptReview::tr("Cancelled");
    }
    return {};
}

} // namespace

AdeptReview::AdeptReview(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_catalog(catalog)
{
    connect(session, &Session::aboutToClose, this, &AdeptReview::clear);
    connect(settings, &Settings::languageChanged, this, &AdeptReview::refresh);
}

AdeptReview *AdeptReview::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::adeptReview);
}

void AdeptReview::clear()
{
    m_mentorshipId.clear();
    m_adeptName.clear();
    m_progress.clear();
    m_reflections.clear();
    m_notes.clear();
    m_meetings.clear();
    m_nextMeetingId.clear();
    m_chart.clear();
    m_chartText.clear();
    emit changed();
}

bool AdeptReview::open(const QString &mentorshipId)
{
    m_mentorshipId = mentorshipId;
    refresh();
    return !m_adeptName.isEmpty();
}

void AdeptReview::refresh()
{
    Store *s = m_session->store();
    if (!s || m_mentorshipId.isEmpty()) {
        clear();
        return;
    }
    const QLocale locale = m_settings->locale();
    const QDate today = QDate::currentDate();
    try {
        const Mentorship m = MentorshipRepository(*s).get(m_mentorshipId);
        m_adeptName = m.adeptName;

        const Progress p = bollplank::progress(*s, m.meta.id, today);
        const QDate end = m.startDate.addMonths(m.plannedMonths);
        m_progress = {
            { QStringLiteral("stageText"),
                tr("Month %1 of %2").arg(qMin(p.monthsElapsed + 1, p.plannedMonths)).arg(p.plannedMonths) },
            { QStringLiteral("fraction"), p.fractionElapsed() },
            //: Meetings held so far against what the cadence planned up to today
            { QStringLiteral("meetingsText"), tr("%1 of %2 planned meetings held").arg(p.meetingsHeld).arg(p.meetingsExpected) },
            { QStringLiteral("lastMeetingText"),
                p.lastMeeting.isValid() ? tr("Last meeting %1").arg(Labels::longDate(p.lastMeeting, locale))
                                        : tr("No meeting held yet") },
            { QStringLiteral("monthsWithout"), p.monthsWithoutMeeting },
            { QStringLiteral("startText"), tr("Started %1").arg(Labels::longDate(m.startDate, locale)) },
            // The month inside a sentence: "augusti 2027" in Swedish, not the heading's "Augusti 2027".
            { QStringLiteral("endText"), tr("Planned to end in %1").arg(locale.toString(end, QStringLiteral("MMMM yyyy"))) },
            { QStringLiteral("cadenceText"), MentorshipSetup::cadenceText(m.cadence) },
        };

        ReflectionFilter shared;
        shared.visibility = Visibility::Shared;
        shared.mentorshipId = m.meta.id;
        ReflectionRepository reflections(*s);
        NoteRepository notes(*s);
        m_reflections.clear();
        for (const Reflection &r : reflections.list(shared, reflections.count(shared))) {
            QVariantList comments;
            for (const Comment &c : notes.commentsOn(r.meta.id))
                comments.append(QVariantMap { { QStringLiteral("commentId"), c.meta.id },
                    { QStringLiteral("body"), c.body }, { QStringLiteral("shown"), Labels::withoutImages(c.body) },
                    { QStringLiteral("dateText"), Labels::shortDate(localDate(c.meta.updatedAt), locale) } });
            m_reflections.append(QVariantMap { { QStringLiteral("reflectionId"), r.meta.id },
                { QStringLiteral("dateText"), Labels::longDate(localDate(r.createdAt), locale) },
                { QStringLiteral("areasText"), m_catalog->names(r.focusAreas).join(QStringLiteral(" · ")) },
                { QStringLiteral("lensText"), r.lens ? Labels::lens(*r.lens) : QString() },
                { QStringLiteral("body"), Labels::withoutImages(r.body) }, { QStringLiteral("comments"), comments } });
        }

        m_notes.clear();
        for (const MentorNote &n : notes.notesFor(m.meta.id))
            m_notes.append(QVariantMap { { QStringLiteral("noteId"), n.meta.id }, { QStringLiteral("body"), n.body },
                { QStringLiteral("shown"), Labels::withoutImages(n.body) },
                { QStringLiteral("dateText"), Labels::longDate(localDate(n.meta.updatedAt), locale) } });

        MeetingRepository meetings(*s);
        m_meetings.clear();
        const QList<Meeting> all = meetings.listFor(m.meta.id);
        for (auto it = all.crbegin(); it != all.crend(); ++it) {
            const QDateTime start = QDateTime::fromMSecsSinceEpoch(it->startsAt).toLocalTime();
            m_meetings.append(QVariantMap { { QStringLiteral("meetingId"), it->meta.id },
                { QStringLiteral("dateText"), Labels::longDate(start.date(), locale) },
                { QStringLiteral("timeText"), Labels::time(start.time(), locale) },
                { QStringLiteral("statusText"), statusText(it->status) },
                //: Kind of meeting: a monthly one or one asked for in between
                { QStringLiteral("kindText"), it->kind == MeetingKind::AdHoc ? tr("Ad-hoc") : tr("Monthly") },
                { QStringLiteral("areasText"), m_catalog->names(meetings.focusAreas(it->meta.id)).join(QStringLiteral(" · ")) },
                { QStringLiteral("held"), it->status == MeetingStatus::Held },
                { QStringLiteral("planned"), it->status == MeetingStatus::Planned } });
        }
        // A meeting started a little late is still the one to run.
        const qint64 from = QDateTime(today, QTime(0, 0)).toMSecsSinceEpoch();
        const std::optional<Meeting> next = meetings.nextPlanned(m.meta.id, from);
        m_nextMeetingId = next ? next->meta.id : QString();

        loadChart(*s, m.startDate);
        setError({});
    } catch (const StoreError &) {
        clear();
        setError(tr("This adept's page could not be read."));
        return;
    }
    emit changed();
}

void AdeptReview::loadChart(Store &store, const QDate &start)
{
    const QLocale locale = m_settings->locale();
    const QDate to = QDate::currentDate();
    // At most the last 24 months, so a bar stays wide enough to read on a phone.
    const QDate from = std::max(QDate(start.year(), start.month(), 1), QDate(to.year(), to.month(), 1).addMonths(-23));
    m_chart.clear();
    m_chartText.clear();
    std::array<int, 6> totals {};
    for (const FocusMonth &month : focusDistribution(store, from, to, m_mentorshipId)) {
        QVariantList counts;
        QStringList parts;
        for (int i = 0; i < 6; ++i) {
            const int n = month.reflections[size_t(i)] + month.meetings[size_t(i)];
            totals[size_t(i)] += n;
            counts.append(n);
            if (n > 0)
                parts.append(QStringLiteral("%1 %2").arg(m_catalog->name(i + 1)).arg(n));
        }
        m_chart.append(QVariantMap { { QStringLiteral("label"), locale.standaloneMonthName(month.month.month(), QLocale::ShortFormat) },
            { QStringLiteral("yearText"), month.month.month() == 1 || m_chart.isEmpty() ? QString::number(month.month.year()) : QString() },
            { QStringLiteral("counts"), counts } });
        m_chartText.append(QStringLiteral("%1: %2").arg(Labels::month(month.month, locale),
            parts.isEmpty() ? tr("nothing") : parts.join(QStringLiteral(", "))));
    }
    QList<int> order { 0, 1, 2, 3, 4, 5 };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return totals[size_t(a)] > totals[size_t(b)]; });
    QStringList top;
    for (int i : order)
        if (totals[size_t(i)] > 0)
            top.append(QStringLiteral("%1 (%2)").arg(m_catalog->name(i + 1)).arg(totals[size_t(i)]));
    //: Summary of the focus-area chart; %1 is a list like "Leadership (12), Staff matters (4)"
    m_chartText.prepend(top.isEmpty() ? tr("No focus areas chosen yet.") : tr("Most often: %1.").arg(top.join(QStringLiteral(", "))));
}

bool AdeptReview::saveComment(const QString &reflectionId, const QString &commentId, const QString &body)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    if (body.trimmed().isEmpty()) {
        setError(tr("Write something first."));
        return false;
    }
    try {
        NoteRepository notes(*s);
        Comment c = commentId.isEmpty() ? Comment {} : notes.comment(commentId);
        c.reflectionId = reflectionId;
        c.body = body.trimmed();
        notes.saveComment(c);
    } catch (const StoreError &) {
        setError(tr("The comment could not be saved. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit edited();
    return true;
}

bool AdeptReview::removeComment(const QString &commentId)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    try {
        NoteRepository(*s).removeComment(commentId);
    } catch (const StoreError &) {
        setError(tr("The comment could not be deleted. Try again."));
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool AdeptReview::saveNote(const QString &noteId, const QString &body)
{
    Store *s = m_session->store();
    if (!s || m_mentorshipId.isEmpty())
        return false;
    if (body.trimmed().isEmpty()) {
        setError(tr("Write something first."));
        return false;
    }
    try {
        NoteRepository notes(*s);
        MentorNote n = noteId.isEmpty() ? MentorNote {} : notes.note(noteId);
        n.mentorshipId = m_mentorshipId;
        n.body = body.trimmed();
        notes.saveNote(n);
    } catch (const StoreError &) {
        setError(tr("The note could not be saved. Try again."));
        return false;
    }
    setError({});
    refresh();
    return true;
}

bool AdeptReview::removeNote(const QString &noteId)
{
    Store *s = m_session->store();
    if (!s)
        return false;
    try {
        NoteRepository(*s).removeNote(noteId);
    } catch (const StoreError &) {
        setError(tr("The note could not be deleted. Try again."));
        return false;
    }
    setError({});
    refresh();
    return true;
}

void AdeptReview::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
