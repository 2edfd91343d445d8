#include "remindersettings.h"

#include "appcontext.h"
#include "session.h"

#include "profile/profile.h"
#include "reminders/reminderstore.h"
#include "store/storeerror.h"

namespace bollplank {

namespace {

const QString TimeFormat = QStringLiteral("HH:mm");

} // namespace

ReminderPreferences::ReminderPreferences(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(std::make_unique<ReminderSettings>())
{
    connect(session, &Session::opened, this, &ReminderPreferences::reload);
    connect(session, &Session::aboutToClose, this, &ReminderPreferences::clear);
}

ReminderPreferences::~ReminderPreferences() = default;

ReminderPreferences *ReminderPreferences::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::reminderPreferences);
}

void ReminderPreferences::reload()
{
    UnlockedProfile *profile = m_session->profile();
    if (!profile) {
        clear();
        return;
    }
    try {
        *m_settings = ReminderSettingsRepository(profile->store()).load();
        m_available = true;
        m_mentor = profile->profile().role == Role::Mentor;
        m_errorText.clear();
    } catch (const StoreError &) {
        m_available = false;
        m_errorText = tr("The reminder settings could not be read.");
    }
    emit changed();
}

void ReminderPreferences::clear()
{
    *m_settings = ReminderSettings();
    m_available = false;
    m_mentor = false;
    m_errorText.clear();
    emit changed();
}

bool ReminderPreferences::meetingDayBefore() const
{
    return m_settings->meetingOn && m_settings->meetingOffsets.contains(DayBefore);
}

bool ReminderPreferences::meetingHourBefore() const
{
    return m_settings->meetingOn && m_settings->meetingOffsets.contains(HourBefore);
}

bool ReminderPreferences::prepare() const
{
    return m_settings->prepareOn;
}

int ReminderPreferences::prepareDays() const
{
    return m_settings->prepareDays;
}

bool ReminderPreferences::reflect() const
{
    return m_settings->reflectOn;
}

bool ReminderPreferences::unbooked() const
{
    return m_settings->unbookedOn;
}

bool ReminderPreferences::request() const
{
    return m_settings->requestOn;
}

bool ReminderPreferences::quietHours() const
{
    return m_settings->quietStart.has_value();
}

QString ReminderPreferences::quietFrom() const
{
    return m_settings->quietStart.value_or(QTime(22, 0)).toString(TimeFormat);
}

QString ReminderPreferences::quietTo() const
{
    return m_settings->quietEnd.value_or(QTime(7, 0)).toString(TimeFormat);
}

bool ReminderPreferences::discreet() const
{
    return m_settings->discreet;
}

QStringList ReminderPreferences::timeChoices() const
{
    QStringList list;
    for (int minutes = 0; minutes < 24 * 60; minutes += 30)
        list.append(QTime(minutes / 60, minutes % 60).toString(TimeFormat));
    return list;
}

bool ReminderPreferences::setOption(const QString &key, bool on)
{
    if (!m_available)
        return false;
    ReminderSettings next = *m_settings;
    auto setOffset = [&](int offset) {
        // While meeting reminders are off every offset shows as off, so switching one on
        // brings back only that one.
        if (!next.meetingOn) {
            next.meetingOffsets.removeAll(DayBefore);
            next.meetingOffsets.removeAll(HourBefore);
        }
        next.meetingOffsets.removeAll(offset);
        if (on)
            next.meetingOffsets.append(offset);
        next.meetingOn = !next.meetingOffsets.isEmpty();
    };
    if (key == QStringLiteral("meetingDayBefore"))
        setOffset(DayBefore);
    else if (key == QStringLiteral("meetingHourBefore"))
        setOffset(HourBefore);
    else if (key == QStringLiteral("prepare"))
        next.prepareOn = on;
    else if (key == QStringLiteral("reflect"))
        next.reflectOn = on;
    else if (key == QStringLiteral("unbooked"))
        next.unbookedOn = on;
    else if (key == QStringLiteral("request"))
        next.requestOn = on;
    else if (key == QStringLiteral("discreet"))
        next.discreet = on;
    else if (key == QStringLiteral("quietHours")) {
        if (on) {
            next.quietStart = QTime::fromString(quietFrom(), TimeFormat);
            next.quietEnd = QTime::fromString(quietTo(), TimeFormat);
        } else {
            next.quietStart.reset();
            next.quietEnd.reset();
        }
    } else
        return false;
    return write(next);
}

bool ReminderPreferences::setQuietTimes(const QString &from, const QString &to)
{
    if (!m_available)
        return false;
    const QTime start = QTime::fromString(from, TimeFormat);
    const QTime end = QTime::fromString(to, TimeFormat);
    if (!start.isValid() || !end.isValid() || start == end) {
        m_errorText = tr("Quiet hours need a start and a different end, such as 22:00 to 07:00.");
        emit changed();
        return false;
    }
    ReminderSettings next = *m_settings;
    next.quietStart = start;
    next.quietEnd = end;
    return write(next);
}

bool ReminderPreferences::write(ReminderSettings &next)
{
    Store *store = m_session->store();
    if (!store)
        return false;
    try {
        ReminderSettingsRepository(*store).save(next);
        *m_settings = next;
        m_errorText.clear();
        emit changed();
        emit saved();
        return true;
    } catch (const StoreError &) {
        m_errorText = tr("That could not be saved. Try again.");
        emit changed();
        return false;
    }
}

} // namespace bollplank
