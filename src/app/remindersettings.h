#pragma once

#include <QObject>
#include <QStringList>
#include <memory>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
struct ReminderSettings;

/// The reminder settings page: one switch per reminder kind, quiet hours and "discreet", read
/// from and written to the core's ReminderSettingsRepository in the encrypted store. Every
/// change is saved at once and announced by saved(), so the reminders are planned again.
class ReminderPreferences : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Reminders)
    QML_SINGLETON
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(bool mentor READ mentor NOTIFY changed)
    Q_PROPERTY(bool meetingDayBefore READ meetingDayBefore NOTIFY changed)
    Q_PROPERTY(bool meetingHourBefore READ meetingHourBefore NOTIFY changed)
    Q_PROPERTY(bool prepare READ prepare NOTIFY changed)
    Q_PROPERTY(int prepareDays READ prepareDays NOTIFY changed)
    Q_PROPERTY(bool reflect READ reflect NOTIFY changed)
    Q_PROPERTY(bool unbooked READ unbooked NOTIFY changed)
    Q_PROPERTY(bool request READ request NOTIFY changed)
    Q_PROPERTY(bool quietHours READ quietHours NOTIFY changed)
    /// "HH:mm"
    Q_PROPERTY(QString quietFrom READ quietFrom NOTIFY changed)
    Q_PROPERTY(QString quietTo READ quietTo NOTIFY changed)
    Q_PROPERTY(bool discreet READ discreet NOTIFY changed)
    /// "00:00", "00:30" ... "23:30": the choices for quiet hours.
    Q_PROPERTY(QStringList timeChoices READ timeChoices CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    static constexpr int DayBefore = 1440;
    static constexpr int HourBefore = 60;

    explicit ReminderPreferences(Session *session, QObject *parent = nullptr);
    ~ReminderPreferences() override;
    static ReminderPreferences *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool available() const { return m_available; }
    [[nodiscard]] bool mentor() const { return m_mentor; }
    [[nodiscard]] bool meetingDayBefore() const;
    [[nodiscard]] bool meetingHourBefore() const;
    [[nodiscard]] bool prepare() const;
    [[nodiscard]] int prepareDays() const;
    [[nodiscard]] bool reflect() const;
    [[nodiscard]] bool unbooked() const;
    [[nodiscard]] bool request() const;
    [[nodiscard]] bool quietHours() const;
    [[nodiscard]] QString quietFrom() const;
    [[nodiscard]] QString quietTo() const;
    [[nodiscard]] bool discreet() const;
    [[nodiscard]] QStringList timeChoices() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Switches one option: "meetingDayBefore", "meetingHourBefore", "prepare", "reflect",
    /// "unbooked", "request", "quietHours" or "discreet". False (and nothing saved) on failure.
    Q_INVOKABLE bool setOption(const QString &key, bool on);
    /// Quiet hours from and to ("HH:mm", may span midnight); turns them on.
    Q_INVOKABLE bool setQuietTimes(const QString &from, const QString &to);
    Q_INVOKABLE void reload();

signals:
    void changed();
    /// The settings in the store changed.
    void saved();

private:
    bool write(ReminderSettings &next);
    void clear();

    Session *m_session;
    std::unique_ptr<ReminderSettings> m_settings;
    bool m_available = false;
    bool m_mentor = false;
    QString m_errorText;
};

} // namespace bollplank
