#include "appcontext.h"

#include "drafts.h"

#include "adeptreview.h"
#include "adeptside.h"
#include "drafts.h"
#include "focuscatalog.h"
#include "journal.h"
#include "journalmodel.h"
#include "meetingprep.h"
#include "meetingsession.h"
#include "mentorhome.h"
#include "mentorshipsetup.h"
#include "meetings.h"
#include "platformservices.h"
#include "reminderhost.h"
#include "remindersettings.h"
#include "secretclipboard.h"
#include "session.h"
#include "settings.h"
#include "sync.h"

#include "sync/changeset.h"

#include <algorithm>

#include <QQmlEngine>

namespace bollplank {

AppContext::AppContext(AppOptions options, QQmlEngine *engine)
    : QObject(engine)
    , m_options(std::move(options))
    , m_platform(m_options.fakePlatform ? platform::createFakePlatformServices(m_options.fakeKeyStoreAvailable)
                                        : platform::createPlatformServices(m_options.keyStoreService))
{
    m_settings = new Settings(m_options, engine, this);
    m_focusCatalog = new FocusCatalog(m_settings, this);
    m_session = new Session(m_options, *m_platform, m_settings, this);
    m_journal = new Journal(m_session, m_settings, m_focusCatalog, this);
    m_meetingPrep = new MeetingPrep(m_session, m_settings, m_journal, this);
    m_meetingSession = new MeetingSession(m_session, m_settings, m_focusCatalog, this);
    m_mentorHome = new MentorHome(m_session, m_settings, this);
    m_adeptReview = new AdeptReview(m_session, m_settings, m_focusCatalog, this);
    m_mentorshipSetup = new MentorshipSetup(m_session, m_settings, this);
    m_adeptSide = new AdeptSide(m_session, m_settings, m_focusCatalog, this);
    // What one page changes, the others that count or list it show at once.
    connect(m_adeptReview, &AdeptReview::edited, m_mentorHome, &MentorHome::refresh);
    connect(m_mentorshipSetup, &MentorshipSetup::mentorshipsChanged, m_mentorHome, &MentorHome::refresh);
    connect(m_mentorshipSetup, &MentorshipSetup::mentorshipsChanged, m_adeptSide, &AdeptSide::refresh);
    connect(m_mentorshipSetup, &MentorshipSetup::mentorshipsChanged, m_meetingPrep, &MeetingPrep::refresh);
    connect(m_adeptSide, &AdeptSide::actionsEdited, m_meetingPrep, &MeetingPrep::refresh);
    m_meetings = new Meetings(m_session, m_settings, this);
    m_reminderPreferences = new ReminderPreferences(m_session, this);
    m_reminderHost = new ReminderHost(m_session, m_settings, m_options.fakePlatform, this);
    // Reminders follow every change of what they are planned from.
    connect(m_meetings, &Meetings::scheduleChanged, m_reminderHost, &ReminderHost::reschedule);
    connect(m_reminderPreferences, &ReminderPreferences::saved, m_reminderHost, &ReminderHost::reschedule);
    // A meeting ended or booked changes the lists, the counts and the reminders.
    connect(m_meetingSession, &MeetingSession::meetingsSaved, m_mentorHome, &MentorHome::refresh);
    connect(m_meetingSession, &MeetingSession::meetingsSaved, m_adeptSide, &AdeptSide::refresh);
    connect(m_meetingSession, &MeetingSession::meetingsSaved, m_meetingPrep, &MeetingPrep::refresh);
    connect(m_meetingSession, &MeetingSession::meetingsSaved, m_meetings, &Meetings::refresh);
    connect(m_meetingSession, &MeetingSession::meetingsSaved, m_reminderHost, &ReminderHost::reschedule);
    connect(m_mentorshipSetup, &MentorshipSetup::mentorshipsChanged, m_meetings, &Meetings::refresh);
    m_sync = new Sync(m_session, this);
    m_secretClipboard = new SecretClipboard(m_session, SecretClipboard::DefaultHold, this);
    m_drafts = new Drafts(m_session, this);
    // What a sync brought in shows at once, and only what changed is read again: the journal by
    // rows, the meeting screens and reminders only when more than notes on reflections changed.
    connect(m_sync, &Sync::synced, this, [this](const sync::ChangeSet &changes) {
        const QString reflections = QStringLiteral("reflection");
        if (changes.tables().contains(reflections))
            m_journal->model()->applyChanges(
                changes.inserted(reflections), changes.updated(reflections), changes.deleted(reflections));
        m_mentorHome->refresh();
        m_adeptSide->refresh();
        const QStringList notesOnly { reflections, QStringLiteral("comment"), QStringLiteral("mentor_note") };
        const QStringList tables = changes.tables();
        if (std::any_of(tables.cbegin(), tables.cend(), [&](const QString &t) { return !notesOnly.contains(t); })) {
            m_meetingPrep->refresh();
            m_meetings->refresh();
            m_reminderHost->reschedule();
        }
    });
    m_session->start();
}

AppContext::~AppContext()
{
    // Controllers drop what they hold of the profile before the profile itself goes.
    delete m_adeptSide;
    delete m_mentorshipSetup;
    delete m_adeptReview;
    delete m_mentorHome;
    delete m_meetingSession;
    delete m_sync;
    delete m_reminderHost;
    delete m_reminderPreferences;
    delete m_meetings;
    delete m_meetingPrep;
    delete m_journal;
    delete m_focusCatalog;
    delete m_session;
    delete m_settings;
}

AppContext *AppContext::install(QQmlEngine *engine, AppOptions options)
{
    return new AppContext(std::move(options), engine);
}

AppContext *AppContext::of(QQmlEngine *engine)
{
    auto *context = engine ? engine->findChild<AppContext *>(QString(), Qt::FindDirectChildrenOnly) : nullptr;
    if (!context)
        qFatal("Bollplank: no AppContext installed on the QML engine");
    return context;
}

template<typename T>
T *singletonFrom(QQmlEngine *engine, T *(AppContext::*getter)() const)
{
    T *object = (AppContext::of(engine)->*getter)();
    QJSEngine::setObjectOwnership(object, QJSEngine::CppOwnership);
    return object;
}

template Settings *singletonFrom(QQmlEngine *, Settings *(AppContext::*)() const);
template Session *singletonFrom(QQmlEngine *, Session *(AppContext::*)() const);
template Journal *singletonFrom(QQmlEngine *, Journal *(AppContext::*)() const);
template MeetingPrep *singletonFrom(QQmlEngine *, MeetingPrep *(AppContext::*)() const);
template MeetingSession *singletonFrom(QQmlEngine *, MeetingSession *(AppContext::*)() const);
template MentorHome *singletonFrom(QQmlEngine *, MentorHome *(AppContext::*)() const);
template AdeptReview *singletonFrom(QQmlEngine *, AdeptReview *(AppContext::*)() const);
template MentorshipSetup *singletonFrom(QQmlEngine *, MentorshipSetup *(AppContext::*)() const);
template AdeptSide *singletonFrom(QQmlEngine *, AdeptSide *(AppContext::*)() const);
template FocusCatalog *singletonFrom(QQmlEngine *, FocusCatalog *(AppContext::*)() const);
template Meetings *singletonFrom(QQmlEngine *, Meetings *(AppContext::*)() const);
template ReminderPreferences *singletonFrom(QQmlEngine *, ReminderPreferences *(AppContext::*)() const);
template Sync *singletonFrom(QQmlEngine *, Sync *(AppContext::*)() const);
template SecretClipboard *singletonFrom(QQmlEngine *, SecretClipboard *(AppContext::*)() const);
template Drafts *singletonFrom(QQmlEngine *, Drafts *(AppContext::*)() const);

} // namespace bollplank
