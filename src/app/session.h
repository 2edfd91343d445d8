#pragma once

#include "appoptions.h"

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>
#include <functional>
#include <memory>
#include <optional>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace bollplank {

class Settings;
class Store;
class UnlockedProfile;
namespace platform {
struct PlatformServices;
}

/// The profile's lock: first run, unlock, lock (on request, when idle, when the app goes to the
/// background) and passphrase changes. Argon2id runs on a worker thread so the UI stays live;
/// the result comes back by a queued signal.
class Session : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString role READ role NOTIFY stateChanged)
    Q_PROPERTY(QString displayName READ displayName NOTIFY stateChanged)
    Q_PROPERTY(bool keyStoreAvailable READ keyStoreAvailable NOTIFY keyStoreAvailableChanged)
    Q_PROPERTY(bool rememberedOnDevice READ rememberedOnDevice NOTIFY rememberedOnDeviceChanged)

public:
    enum State { Starting, FirstRun, Locked, Unlocked };
    Q_ENUM(State)

    Session(const AppOptions &options, platform::PlatformServices &platform, Settings *settings,
        QObject *parent = nullptr);
    ~Session() override;
    static Session *create(QQmlEngine *engine, QJSEngine *);

    /// Decides between first run, locked and (with a pre-unlocked profile) unlocked.
    void start();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString role() const;
    [[nodiscard]] QString displayName() const;
    [[nodiscard]] bool keyStoreAvailable() const { return m_keyStoreAvailable; }
    [[nodiscard]] bool rememberedOnDevice() const;

    /// The open profile, or null while locked. For the other controllers only.
    [[nodiscard]] UnlockedProfile *profile() const { return m_profile.get(); }
    /// The open profile's store, or null while locked. For the other controllers only.
    [[nodiscard]] Store *store() const;
    /// Milliseconds the last unlock or creation spent in the worker (KDF and opening).
    [[nodiscard]] qint64 lastUnlockMs() const { return m_lastUnlockMs; }

    Q_INVOKABLE void createProfile(const QString &role, const QString &name, const QString &passphrase,
        bool rememberOnDevice);
    Q_INVOKABLE void unlock(const QString &passphrase, bool rememberOnDevice = false);
    Q_INVOKABLE void unlockWithDevice();
    Q_INVOKABLE void forgetOnDevice();
    Q_INVOKABLE void lock();
    Q_INVOKABLE void changePassphrase(const QString &current, const QString &next);
    Q_INVOKABLE void clearError();

    /// 0 (very weak) to 4 (very strong); see passphrase.h.
    Q_INVOKABLE int passphraseStrength(const QString &passphrase) const;
    /// The weakest strength a new passphrase may have.
    Q_INVOKABLE int minimumStrength() const;

signals:
    void stateChanged();
    void busyChanged();
    void errorTextChanged();
    void keyStoreAvailableChanged();
    void rememberedOnDeviceChanged();
    /// After unlocking, before the state turns Unlocked listeners can load.
    void opened();
    /// Before the profile closes: drop everything read from it.
    void aboutToClose();
    void passphraseChangeFinished(bool ok);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct WorkResult;
    void runWorker(std::function<void(WorkResult &)> work, std::function<void(WorkResult &)> done);
    void finishOpening(WorkResult &result, bool remember);
    void openWithDeviceKey(const QString &deviceKeyText);
    void setState(State state);
    void setBusy(bool busy);
    void setError(const QString &text);
    void restartIdleTimer();
    void rememberDevice();
    void removeRememberedPassphrase();
    /// The profile's name in the key store's listing, without its path.
    [[nodiscard]] QString profileTag() const;
    /// The key-store entry holding this device's key (a random key, never the passphrase).
    [[nodiscard]] QString deviceKeyName() const;
    /// The entry where releases before key-file format 2 kept the passphrase itself.
    [[nodiscard]] QString legacyPassphraseName() const;
    [[nodiscard]] QString flagKey() const;
    [[nodiscard]] QString legacyFlagKey() const;

    AppOptions m_options;
    platform::PlatformServices &m_platform;
    Settings *m_settings;
    std::unique_ptr<UnlockedProfile> m_profile;
    State m_state = Starting;
    bool m_busy = false;
    bool m_keyStoreAvailable = false;
    QString m_errorText;
    QTimer m_idleTimer;
    QThread *m_worker = nullptr;
    qint64 m_lastUnlockMs = 0;
};

} // namespace bollplank
