#include "meetings.h"

#include "appcontext.h"
#include "labels.h"
#include "meetingsrule.h"
#include "session.h"
#include "settings.h"

#include "calendar/icalendar.h"
#include "profile/profile.h"
#include "reminders/reminderstore.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "schedule/cadence.h"
#include "schedule/recurrence.h"
#include "schedule/seriesrepository.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimeZone>
#include <QUrl>

namespace bollplank {

namespace {

constexpr qint64 Day = 24 * 3600 * 1000LL;
constexpr int ShownHeld = 5;

QString localPath(const QString &pathOrUrl)
{
    const QUrl url(pathOrUrl);
    return url.isLocalFile() ? url.toLocalFile() : pathOrUrl;
}

Language languageOf(const Settings *settings)
{
    return settings->effectiveLanguage() == QStringLiteral("sv") ? Language::Swedish : Language::English;
}

QString span(const CivilTime &start, const CivilTime &end, const QLocale &locale)
{
    return Labels::time(start.time, locale) + QStringLiteral("–") + Labels::time(end.time, locale);
}

/// The translated words for what the core's calendar reader refused (its messages are English).
QString importError(const std::string &message)
{
    const QString m = QString::fromStdString(message);
    if (m.contains(QStringLiteral("too large")))
        return Meetings::tr("That file is too large to be a meeting invitation (at most 1 MB).");
    if (m.contains(QStringLiteral("not an iCalendar")) || m.contains(QStringLiteral("not a readable"))
        || m.contains(QStringLiteral("malformed")))
        return Meetings::tr("That file is not a calendar invitation (.ics) Bollplank can read.");
    if (m.contains(QStringLiteral("time zone")))
        return Meetings::tr("The invitation uses a time zone this device does not know.");
    if (m.contains(QStringLiteral("all-day")))
        return Meetings::tr("The invitation is for a whole day, not a meeting at a time.");
    if (m.contains(QStringLiteral("too many events")))
        return Meetings::tr("The invitation holds too many events (at most %1).").arg(ICalendar::MaxEvents);
    if (m.contains(QStringLiteral("no event")))
        return Meetings::tr("The file holds no meeting.");
    return Meetings::tr("The invitation could not be read: it has an invalid date, rule or length.");
}

} // namespace

Meetings::Meetings(Session *session, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
{
    connect(session, &Session::opened, this, &Meetings::refresh);
    connect(session, &Session::aboutToClose, this, &Meetings::clear);
    connect(settings, &Settings::languageChanged, this, &Meetings::refresh);
}

Meetings *Meetings::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::meetings);
}

void Meetings::clear()
{
    m_mentorships.clear();
    m_mentorshipId.clear();
    m_partnerName.clear();
    m_seriesId.clear();
    m_rhythmText.clear();
    m_timeZone.clear();
    m_rhythmForm.clear();
    m_occurrences.clear();
    m_booked.clear();
    m_held.clear();
    setError({});
    emit changed();
}

void Meetings::refresh()
{
    Store *s = m_session->store();
    if (!s) {
        clear();
        return;
    }
    try {
        load(*s);
    } catch (const StoreError &) {
        setError(tr("The meetings could not be read."));
    }
    emit changed();
}

void Meetings::selectMentorship(const QString &id)
{
    if (id == m_mentorshipId)
        return;
    m_mentorshipId = id;
    setError({});
    refresh();
}

void Meetings::load(Store &store)
{
    const QLocale locale = m_settings->locale();
    const bool mentor = m_session->profile()->profile().role == Role::Mentor;
    const QList<Mentorship> all = MentorshipRepository(store).list();
    m_mentorships.clear();
    const Mentorship *current = nullptr;
    for (const Mentorship &m : all) {
        const QString name = mentor ? m.adeptName : m.mentorName;
        m_mentorships.append(QVariantMap { { QStringLiteral("id"), m.meta.id }, { QStringLiteral("name"), name } });
        if (m.meta.id == m_mentorshipId)
            current = &m;
    }
    if (!current && !all.isEmpty())
        current = &all.first();
    m_mentorshipId = current ? current->meta.id : QString();
    m_partnerName = current ? (mentor ? current->adeptName : current->mentorName) : QString();
    m_seriesId.clear();
    m_rhythmText.clear();
    m_occurrences.clear();
    m_booked.clear();
    m_held.clear();
    m_timeZone = Recurrence::defaultZone();
    if (!current)
        return;

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    MeetingSeriesRepository repo(store);
    const std::optional<MeetingSeries> series = repo.forMentorship(m_mentorshipId);
    RhythmForm form;
    CivilTime start { QDate::currentDate(), QTime(14, 0) };
    int duration = 150;
    if (series) {
        m_seriesId = series->meta.id;
        m_timeZone = series->timeZone.isEmpty() ? Recurrence::defaultZone() : series->timeZone;
        m_rhythmText = RhythmText::describe(series->rule, series->start.time, locale);
        form = RhythmForm::fromRule(series->rule);
        start = series->start;
        duration = series->durationMinutes;
        const QList<SeriesException> exceptions = repo.exceptions(m_seriesId);
        const QList<Recurrence::Occurrence> next
            = Recurrence::expand(*series, exceptions, now, now + 3 * 366 * Day, ShownOccurrences);
        for (const Recurrence::Occurrence &o : next) {
            const CivilTime at = Recurrence::fromUtc(o.startsAt, m_timeZone);
            const CivilTime end = Recurrence::fromUtc(o.startsAt + qint64(o.durationMinutes) * 60000, m_timeZone);
            QString original;
            if (o.moved)
                //: A moved meeting: when the rhythm had it; %1 date, %2 time
                original = tr("Moved from %1 at %2")
                               .arg(Labels::longDate(o.original.date, locale), Labels::time(o.original.time, locale));
            m_occurrences.append(QVariantMap { { QStringLiteral("key"), o.original.toString() },
                { QStringLiteral("startsAt"), double(o.startsAt) },
                { QStringLiteral("dayText"), Labels::longDate(at.date, locale) },
                { QStringLiteral("timeText"), span(at, end, locale) },
                { QStringLiteral("originalText"), original }, { QStringLiteral("moved"), o.moved },
                { QStringLiteral("cancelled"), o.cancelled }, { QStringLiteral("year"), at.date.year() },
                { QStringLiteral("month"), at.date.month() }, { QStringLiteral("day"), at.date.day() },
                { QStringLiteral("hour"), at.time.hour() }, { QStringLiteral("minute"), at.time.minute() } });
        }
    } else {
        start.date = form.firstOnOrAfter(start.date);
    }
    m_rhythmForm = { { QStringLiteral("pattern"), RhythmForm::patternName(form.pattern) },
        { QStringLiteral("ordinal"), form.ordinal }, { QStringLiteral("weekday"), form.weekday },
        { QStringLiteral("interval"), form.interval }, { QStringLiteral("rule"), form.toRule() },
        { QStringLiteral("year"), start.date.year() }, { QStringLiteral("month"), start.date.month() },
        { QStringLiteral("day"), start.date.day() }, { QStringLiteral("hour"), start.time.hour() },
        { QStringLiteral("minute"), start.time.minute() }, { QStringLiteral("zone"), m_timeZone },
        { QStringLiteral("duration"), duration } };

    QList<Meeting> meetings = MeetingRepository(store).listFor(m_mentorshipId);
    std::sort(meetings.begin(), meetings.end(), [](const Meeting &a, const Meeting &b) { return a.startsAt < b.startsAt; });
    auto entry = [&](const Meeting &m) {
        const CivilTime at = Recurrence::fromUtc(m.startsAt, m_timeZone);
        const CivilTime end = Recurrence::fromUtc(m.startsAt + qint64(m.durationMinutes) * 60000, m_timeZone);
        return QVariantMap { { QStringLiteral("meetingId"), m.meta.id },
            { QStringLiteral("dayText"), Labels::longDate(at.date, locale) },
            { QStringLiteral("timeText"), span(at, end, locale) },
            { QStringLiteral("kindText"), m.kind == MeetingKind::AdHoc ? tr("Ad-hoc meeting") : tr("Formal meeting") },
            { QStringLiteral("place"), m.place } };
    };
    for (const Meeting &m : std::as_const(meetings))
        if (m.status == MeetingStatus::Planned && m.startsAt >= now)
            m_booked.append(entry(m));
    for (auto it = meetings.crbegin(); it != meetings.crend() && m_held.size() < ShownHeld; ++it)
        if (it->status == MeetingStatus::Held)
            m_held.append(entry(*it));
}

QString Meetings::timeZoneText() const
{
    if (m_timeZone.isEmpty())
        return {};
    const QTimeZone zone(m_timeZone.toUtf8());
    const QString abbreviation = zone.isValid() ? zone.abbreviation(QDateTime::currentDateTimeUtc()) : QString();
    //: %1 is an IANA time zone such as Europe/Stockholm
    QString text = tr("Times in %1").arg(m_timeZone);
    if (!abbreviation.isEmpty() && abbreviation != m_timeZone)
        text += QStringLiteral(" (%1)").arg(abbreviation);
    return text;
}

bool Meetings::moveOccurrence(const QString &key, int year, int month, int day, int hour, int minute)
{
    Store *s = m_session->store();
    if (!s || !hasSeries())
        return false;
    if (!QDate::isValid(year, month, day)) {
        setError(tr("There is no %1 %2 %3. Pick a day the month has.")
                     .arg(day)
                     .arg(m_settings->locale().monthName(std::clamp(month, 1, 12)))
                     .arg(year));
        return false;
    }
    if (!QTime::isValid(hour, minute, 0)) {
        setError(tr("Pick a time of day between 00:00 and 23:59."));
        return false;
    }
    try {
        const CivilTime original = CivilTime::parse(key);
        const qint64 startsAt = Recurrence::toUtc(CivilTime { QDate(year, month, day), QTime(hour, minute) }, m_timeZone);
        MeetingSeriesRepository(*s).moveOccurrence(m_seriesId, original, startsAt);
    } catch (const StoreError &) {
        setError(tr("That meeting could not be moved. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit scheduleChanged();
    return true;
}

bool Meetings::cancelOccurrence(const QString &key)
{
    Store *s = m_session->store();
    if (!s || !hasSeries())
        return false;
    try {
        MeetingSeriesRepository(*s).cancelOccurrence(m_seriesId, CivilTime::parse(key));
    } catch (const StoreError &) {
        setError(tr("That meeting could not be cancelled. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit scheduleChanged();
    return true;
}

bool Meetings::restoreOccurrence(const QString &key)
{
    Store *s = m_session->store();
    if (!s || !hasSeries())
        return false;
    try {
        MeetingSeriesRepository(*s).restoreOccurrence(m_seriesId, CivilTime::parse(key));
    } catch (const StoreError &) {
        setError(tr("That meeting could not be restored. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit scheduleChanged();
    return true;
}

namespace {

struct CheckedRhythm
{
    MeetingSeries series; ///< rule, start, zone, duration
    QString error;
};

CheckedRhythm checkRhythm(const QVariantMap &v, const QLocale &locale)
{
    CheckedRhythm out;
    RhythmForm form;
    form.pattern = RhythmForm::parsePattern(v.value(QStringLiteral("pattern")).toString());
    form.ordinal = v.value(QStringLiteral("ordinal"), 1).toInt();
    form.weekday = v.value(QStringLiteral("weekday"), 2).toInt();
    form.interval = v.value(QStringLiteral("interval"), 1).toInt();
    form.rule = v.value(QStringLiteral("rule")).toString();
    const int year = v.value(QStringLiteral("year")).toInt();
    const int month = v.value(QStringLiteral("month")).toInt();
    const int day = v.value(QStringLiteral("day")).toInt();
    const int hour = v.value(QStringLiteral("hour")).toInt();
    const int minute = v.value(QStringLiteral("minute")).toInt();
    if (!QDate::isValid(year, month, day)) {
        out.error = Meetings::tr("There is no %1 %2 %3. Pick a day the month has.")
                        .arg(day)
                        .arg(locale.monthName(std::clamp(month, 1, 12)))
                        .arg(year);
        return out;
    }
    if (!QTime::isValid(hour, minute, 0)) {
        out.error = Meetings::tr("Pick a time of day between 00:00 and 23:59.");
        return out;
    }
    if ((form.ordinal != -1 && (form.ordinal < 1 || form.ordinal > 4)) || form.weekday < 1 || form.weekday > 7
        || form.interval < 1 || form.interval > 52) {
        out.error = Meetings::tr("Choose which weekday and how often.");
        return out;
    }
    const QString zone = v.value(QStringLiteral("zone")).toString().trimmed();
    if (!zone.isEmpty() && !Recurrence::isKnownZone(zone)) {
        //: %1 is what the person typed
        out.error = Meetings::tr("\"%1\" is not a time zone this device knows. Write one such as Europe/Stockholm.").arg(zone);
        return out;
    }
    const QString rule = form.toRule();
    try {
        Cadence::validate(rule);
    } catch (const StoreError &) {
        out.error = Meetings::tr("That rule is not one Bollplank understands. Write an iCalendar rule such as FREQ=MONTHLY;BYDAY=1TU.");
        return out;
    }
    out.series.rule = rule;
    out.series.start = CivilTime { form.firstOnOrAfter(QDate(year, month, day)), QTime(hour, minute) };
    out.series.timeZone = zone.isEmpty() ? Recurrence::defaultZone() : zone;
    out.series.durationMinutes = std::clamp(v.value(QStringLiteral("duration"), 150).toInt(), 15, 1440);
    try {
        Recurrence::validate(out.series);
    } catch (const StoreError &) {
        out.error = Meetings::tr("That rhythm gives no meeting after the first date. Check the rule and the date.");
    }
    return out;
}

} // namespace

bool Meetings::saveRhythm(const QVariantMap &form)
{
    Store *s = m_session->store();
    if (!s || !hasMentorship())
        return false;
    const CheckedRhythm checked = checkRhythm(form, m_settings->locale());
    if (!checked.error.isEmpty()) {
        setError(checked.error);
        return false;
    }
    try {
        MeetingSeriesRepository repo(*s);
        MeetingSeries series = repo.forMentorship(m_mentorshipId).value_or(MeetingSeries {});
        series.mentorshipId = m_mentorshipId;
        series.rule = checked.series.rule;
        series.start = checked.series.start;
        series.timeZone = checked.series.timeZone;
        series.durationMinutes = checked.series.durationMinutes;
        repo.save(series);
    } catch (const StoreError &) {
        setError(tr("The rhythm could not be saved. Try again."));
        return false;
    }
    setError({});
    refresh();
    emit scheduleChanged();
    return true;
}

QString Meetings::describeRhythm(const QVariantMap &form) const
{
    const QLocale locale = m_settings->locale();
    const CheckedRhythm checked = checkRhythm(form, locale);
    if (!checked.error.isEmpty())
        return {};
    //: The rhythm in words, then the first meeting's date
    return tr("%1, from %2")
        .arg(RhythmText::describe(checked.series.rule, checked.series.start.time, locale),
            Labels::longDate(checked.series.start.date, locale));
}

QVariantList Meetings::ordinalChoices() const
{
    QVariantList list;
    for (int n : { 1, 2, 3, 4, -1 })
        list.append(QVariantMap { { QStringLiteral("value"), n }, { QStringLiteral("text"), RhythmText::ordinal(n) } });
    return list;
}

QVariantList Meetings::weekdayChoices() const
{
    const QLocale locale = m_settings->locale();
    QVariantList list;
    for (int d = 1; d <= 7; ++d)
        list.append(QVariantMap { { QStringLiteral("value"), d }, { QStringLiteral("text"), RhythmText::weekday(d, locale) } });
    return list;
}

QVariantList Meetings::durationChoices() const
{
    QVariantList list;
    for (int minutes : { 30, 60, 90, 120, 150, 180, 240 }) {
        const QString text = minutes % 60 == 0 ? tr("%n hour(s)", nullptr, minutes / 60)
                                               : tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
        list.append(QVariantMap { { QStringLiteral("value"), minutes }, { QStringLiteral("text"), text } });
    }
    return list;
}

QStringList Meetings::monthNames() const
{
    const QLocale locale = m_settings->locale();
    QStringList names;
    for (int m = 1; m <= 12; ++m)
        names.append(locale.standaloneMonthName(m, QLocale::ShortFormat));
    return names;
}

QString Meetings::suggestedFileName() const
{
    //: File name of the exported calendar, without the .ics; no names in it, a calendar file travels
    return tr("mentorship-meetings") + QStringLiteral(".ics");
}

QUrl Meetings::documentsFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QUrl Meetings::suggestedFileUrl() const
{
    return QUrl::fromLocalFile(
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + QLatin1Char('/') + suggestedFileName());
}

bool Meetings::exportTo(const QString &pathOrUrl)
{
    Store *s = m_session->store();
    if (!s || !hasMentorship())
        return false;
    const QString path = localPath(pathOrUrl);
    const QString name = QFileInfo(path).fileName();
    QByteArray ics;
    try {
        MeetingSeriesRepository repo(*s);
        const std::optional<MeetingSeries> series = repo.forMentorship(m_mentorshipId);
        const ReminderSettings reminders = ReminderSettingsRepository(*s).load();
        ICalendar::ExportOptions options;
        options.language = languageOf(m_settings);
        options.alarmOffsets = reminders.meetingOn ? reminders.meetingOffsets : QList<int> {};
        options.includePlace = false;
        options.stamp = s->now();
        ics = ICalendar::exportMeetings(series, series ? repo.exceptions(series->meta.id) : QList<SeriesException> {},
            MeetingRepository(*s).listFor(m_mentorshipId), options);
    } catch (const StoreError &) {
        emit notice(tr("The meetings could not be read for the calendar file."));
        return false;
    }
    // QSaveFile: the file appears whole or not at all.
    QSaveFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(ics) != ics.size() || !file.commit()) {
        emit notice(tr("Could not save %1. Choose another folder.").arg(name.isEmpty() ? path : name));
        return false;
    }
    emit notice(tr("Saved the meetings to %1").arg(name));
    return true;
}

bool Meetings::importFrom(const QString &pathOrUrl)
{
    Store *s = m_session->store();
    if (!s || !hasMentorship())
        return false;
    const QString path = localPath(pathOrUrl);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit notice(tr("Could not open %1.").arg(QFileInfo(path).fileName()));
        return false;
    }
    // One byte past the limit, so the core can tell a file that is too large.
    const QByteArray data = file.read(ICalendar::MaxBytes + 1);
    ICalendar::Invitation invitation;
    try {
        invitation = ICalendar::parse(data, m_timeZone);
    } catch (const StoreError &e) {
        emit notice(importError(e.what()));
        return false;
    }
    int singles = 0;
    bool rhythm = false;
    try {
        MeetingSeriesRepository seriesRepo(*s);
        MeetingRepository meetings(*s);
        Transaction tx(s->db());
        for (const ICalendar::ImportedEvent &e : std::as_const(invitation.events)) {
            if (e.series) {
                (void)seriesRepo.adoptImported(*e.series, m_mentorshipId, e.exceptions);
                rhythm = true;
            } else {
                Meeting m = e.meeting;
                m.mentorshipId = m_mentorshipId;
                meetings.save(m);
                ++singles;
            }
        }
        tx.commit();
    } catch (const StoreError &) {
        emit notice(tr("The invitation could not be imported; nothing was changed."));
        return false;
    }
    refresh();
    emit scheduleChanged();
    QStringList parts;
    if (rhythm)
        parts.append(tr("Imported the meeting rhythm."));
    if (singles > 0)
        parts.append(tr("Imported %n meeting(s).", nullptr, singles));
    emit notice(parts.join(QLatin1Char(' ')));
    return true;
}

void Meetings::clearError()
{
    setError({});
}

void Meetings::setError(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

} // namespace bollplank
