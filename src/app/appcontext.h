#pragma once

#include "appoptions.h"

#include <QObject>
#include <memory>

class QQmlEngine;

namespace bollplank {

namespace platform {
struct PlatformServices;
}

class AdeptReview;
class AdeptSide;
class Drafts;
class FocusCatalog;
class Journal;
class MeetingPrep;
class MeetingSession;
class MentorHome;
class MentorshipSetup;
class Meetings;
class ReminderHost;
class ReminderPreferences;
class SecretClipboard;
class Session;
class Settings;
class Sync;

/// The app's controllers for one QML engine. Created before the QML loads, as a child of the
/// engine; each QML singleton's create() hands out its object from here. Tests get a fresh one
/// per engine.
class AppContext : public QObject
{
    Q_OBJECT
public:
    AppContext(AppOptions options, QQmlEngine *engine);
    ~AppContext() override;

    /// Installs a context on engine (which owns it).
    static AppContext *install(QQmlEngine *engine, AppOptions options);
    /// The context installed on engine; aborts when there is none (a set-up bug).
    [[nodiscard]] static AppContext *of(QQmlEngine *engine);

    [[nodiscard]] const AppOptions &options() const noexcept { return m_options; }
    [[nodiscard]] platform::PlatformServices &platform() noexcept { return *m_platform; }
    [[nodiscard]] Settings *settings() const noexcept { return m_settings; }
    [[nodiscard]] Session *session() const noexcept { return m_session; }
    [[nodiscard]] Journal *journal() const noexcept { return m_journal; }
    [[nodiscard]] MeetingPrep *meetingPrep() const noexcept { return m_meetingPrep; }
    [[nodiscard]] MeetingSession *meetingSession() const noexcept { return m_meetingSession; }
    [[nodiscard]] FocusCatalog *focusCatalog() const noexcept { return m_focusCatalog; }
    [[nodiscard]] MentorHome *mentorHome() const noexcept { return m_mentorHome; }
    [[nodiscard]] AdeptReview *adeptReview() const noexcept { return m_adeptReview; }
    [[nodiscard]] MentorshipSetup *mentorshipSetup() const noexcept { return m_mentorshipSetup; }
    [[nodiscard]] AdeptSide *adeptSide() const noexcept { return m_adeptSide; }
    [[nodiscard]] Meetings *meetings() const noexcept { return m_meetings; }
    [[nodiscard]] ReminderPreferences *reminderPreferences() const noexcept { return m_reminderPreferences; }
    [[nodiscard]] ReminderHost *reminderHost() const noexcept { return m_reminderHost; }
    [[nodiscard]] SecretClipboard *secretClipboard() const noexcept { return m_secretClipboard; }
    [[nodiscard]] Sync *sync() const noexcept { return m_sync; }
    [[nodiscard]] Drafts *drafts() const noexcept { return m_drafts; }

private:
    AppOptions m_options;
    std::unique_ptr<platform::PlatformServices> m_platform;
    Settings *m_settings;
    Session *m_session;
    Journal *m_journal;
    MeetingPrep *m_meetingPrep;
    MeetingSession *m_meetingSession;
    FocusCatalog *m_focusCatalog;
    MentorHome *m_mentorHome = nullptr;
    AdeptReview *m_adeptReview = nullptr;
    MentorshipSetup *m_mentorshipSetup = nullptr;
    AdeptSide *m_adeptSide = nullptr;
    Meetings *m_meetings;
    ReminderPreferences *m_reminderPreferences;
    ReminderHost *m_reminderHost;
    Sync *m_sync;
    SecretClipboard *m_secretClipboard;
    Drafts *m_drafts;
};

/// Hands a context's object to QML as a singleton that C++ keeps ownership of.
template<typename T>
T *singletonFrom(QQmlEngine *engine, T *(AppContext::*getter)() const);

} // namespace bollplank
