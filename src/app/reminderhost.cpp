#include "reminderhost.h"

#include "session.h"
#include "settings.h"

#include "memorynotifier.h"
#include "profile/profile.h"
#include "reminderservice.h"
#include "schedule/recurrence.h"
#include "store/storeerror.h"

#include <QLoggingCategory>

namespace bollplank {

namespace {

Q_LOGGING_CATEGORY(lcReminders, "bollplank.reminders")

} // namespace

ReminderHost::ReminderHost(Session *session, Settings *settings, bool fakePlatform, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_settings(settings)
    , m_notifier(fakePlatform ? std::make_unique<MemoryNotifier>() : createPlatformNotifier())
{
    connect(session, &Session::opened, this, &ReminderHost::start);
    connect(session, &Session::aboutToClose, this, &ReminderHost::stop);
    connect(settings, &Settings::languageChanged, this, &ReminderHost::restartForLanguage);
}

ReminderHost::~ReminderHost()
{
    stop();
}

void ReminderHost::start()
{
    Store *store = m_session->store();
    if (!store)
        return;
    m_service.reset();
    const Language language
        = m_settings->effectiveLanguage() == QStringLiteral("sv") ? Language::Swedish : Language::English;
    m_service = std::make_unique<ReminderService>(
        *store, *m_notifier, language, Recurrence::defaultZone());
    try {
        m_service->start();
    } catch (const StoreError &e) {
        // Reminders must never stand in the way of the journal: log the kind of failure only.
        qCWarning(lcReminders) << "could not plan reminders:" << int(e.kind());
    }
    emit runningChanged();
}

void ReminderHost::stop()
{
    if (!m_service)
        return;
    m_service.reset();
    emit runningChanged();
}

void ReminderHost::reschedule()
{
    if (!m_service)
        return;
    try {
        m_service->reschedule();
    } catch (const StoreError &e) {
        qCWarning(lcReminders) << "could not plan reminders:" << int(e.kind());
    }
}

void ReminderHost::restartForLanguage()
{
    // Texts are built in the language of the service; the delivery log keeps anything from
    // showing twice, so starting afresh is safe.
    if (m_service)
        start();
}

} // namespace bollplank
