#pragma once

#include <QObject>
#include <memory>

namespace bollplank {

class Notifier;
class ReminderService;
class Session;
class Settings;

/// Runs the reminders of the unlocked profile: a ReminderService over the platform's notifier
/// (an in-memory one with fake platform services, so tests and screenshots never reach the
/// desktop). It starts when the session opens (showing missed reminders once), stops before it
/// closes, and plans again whenever meetings, the series or the reminder settings change.
class ReminderHost : public QObject
{
    Q_OBJECT

public:
    ReminderHost(Session *session, Settings *settings, bool fakePlatform, QObject *parent = nullptr);
    ~ReminderHost() override;

    [[nodiscard]] bool isRunning() const { return m_service != nullptr; }
    /// The running service (null while locked); tests replace its clock.
    [[nodiscard]] ReminderService *service() const { return m_service.get(); }
    /// The notifier; a MemoryNotifier with fake platform services.
    [[nodiscard]] Notifier *notifier() const { return m_notifier.get(); }

public slots:
    void start();
    void stop();
    /// Plans again after a change of meetings, series or settings (a no-op while locked).
    void reschedule();

signals:
    void runningChanged();

private:
    void restartForLanguage();

    Session *m_session;
    Settings *m_settings;
    std::unique_ptr<Notifier> m_notifier;
    std::unique_ptr<ReminderService> m_service;
};

} // namespace bollplank
