#include "session.h"

#include "appcontext.h"
#include "passphrase.h"
#include "platformservices.h"
#include "settings.h"

#include "profile/profile.h"
#include "store/keyfile.h"
#include "store/storeerror.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEvent>
#include <QThread>

namespace bollplank {

struct Session::WorkResult
{
    std::unique_ptr<UnlockedProfile> profile;
    std::optional<StoreError::Kind> error;
    qint64 elapsedMs = 0;
};

namespace {

QString messageFor(StoreError::Kind kind)
{
    switch (kind) {
    case StoreError::Kind::WrongPassphrase:
        return Session::tr("That passphrase is not right. Try again.");
    case StoreError::Kind::InUse:
        return Session::tr("Bollplank is already open in another window on this device.");
    case StoreError::Kind::NewerSchema:
        return Session::tr("This journal was saved by a newer version of Bollplank. Update the app to open it.");
    case StoreError::Kind::CorruptKeyFile:
    case StoreError::Kind::CorruptDatabase:
        return Session::tr("The journal's files are damaged and cannot be opened.");
    case StoreError::Kind::DiskFull:
        return Session::tr("The disk is full. Free some space and try again.");
    case StoreError::Kind::InvalidInput:
        return Session::tr("That could not be saved. Check what you entered and try again.");
    case StoreError::Kind::NotEncrypted:
        return Session::tr("This installation of Bollplank cannot encrypt the journal (its database library is not SQLCipher), so it was not opened.");
    default:
        return Session::tr("Something went wrong while opening the journal. Try again.");
    }
}

KdfParams kdfFor(const AppOptions &options)
{
    return options.fastKdf ? KdfParams::cheapestAccepted() : KdfParams::standard();
}

} // namespace

Session::Session(const AppOptions &options, platform::PlatformServices &platform, Settings *settings, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_platform(platform)
    , m_settings(settings)
{
    m_idleTimer.setSingleShot(true);
    connect(&m_idleTimer, &QTimer::timeout, this, &Session::lock);
    connect(m_settings, &Settings::lockTimeoutMinutesChanged, this, &Session::restartIdleTimer);
    connect(m_platform.lifecycle.get(), &platform::AppLifecycle::movedToBackground, this, &Session::lock);
    QCoreApplication::instance()->installEventFilter(this);
}

Session::~Session()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
    m_profile.reset();
}

Session *Session::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::session);
}

void Session::start()
{
    m_platform.secrets->probe([this](bool available) {
        m_keyStoreAvailable = available;
        emit keyStoreAvailableChanged();
        emit rememberedOnDeviceChanged();
    });
    if (m_options.initialProfile && *m_options.initialProfile) {
        m_profile = std::move(*m_options.initialProfile);
        emit opened();
        setState(Unlocked);
        restartIdleTimer();
        return;
    }
    setState(UnlockedProfile::exists(m_options.profileFolder) ? Locked : FirstRun);
}

Store *Session::store() const
{
    return m_profile ? &m_profile->store() : nullptr;
}

QString Session::role() const
{
    return m_profile ? toString(m_profile->profile().role) : QString();
}

QString Session::displayName() const
{
    return m_profile ? m_profile->profile().displayName : QString();
}

bool Session::rememberedOnDevice() const
{
    return m_keyStoreAvailable && (m_settings->flag(flagKey()) || m_settings->flag(legacyFlagKey()));
}

void Session::runWorker(std::function<void(WorkResult &)> work, std::function<void(WorkResult &)> done)
{
    if (m_worker)
        return; // one KDF at a time; the UI shows busy meanwhile
    setBusy(true);
    auto result = std::make_shared<WorkResult>();
    m_worker = QThread::create([result, work = std::move(work)] {
        QElapsedTimer timer;
        timer.start();
        try {
            work(*result);
        } catch (const StoreError &e) {
            result->error = e.kind();
        } catch (const std::exception &) {
            result->error = StoreError::Kind::Internal;
        }
        result->elapsedMs = timer.elapsed();
    });
    // The thread object lives in this thread, so finished() arrives here as a queued call.
    connect(m_worker, &QThread::finished, this, [this, result, done = std::move(done)] {
        m_worker->deleteLater();
        m_worker = nullptr;
        setBusy(false);
        done(*result);
    });
    m_worker->start();
}

void Session::createProfile(const QString &role, const QString &name, const QString &passphrase, bool remember)
{
    if (m_state != FirstRun || m_busy)
        return;
    if (passphrase::strength(passphrase) < passphrase::MinimumStrength || name.trimmed().isEmpty()) {
        setError(tr("Choose a name and a stronger passphrase."));
        return;
    }
    setError({});
    const Role parsedRole = role == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    const QString folder = m_options.profileFolder;
    const KdfParams kdf = kdfFor(m_options);
    const QString trimmedName = name.trimmed();
    runWorker([=](WorkResult &r) { r.profile = UnlockedProfile::create(folder, passphrase, parsedRole, trimmedName, kdf); },
        [this, remember](WorkResult &r) { finishOpening(r, remember); });
}

void Session::unlock(const QString &passphrase, bool remember)
{
    if (m_state != Locked || m_busy)
        return;
    if (passphrase.isEmpty()) {
        setError(tr("Enter your passphrase."));
        return;
    }
    setError({});
    const QString folder = m_options.profileFolder;
    runWorker([=](WorkResult &r) { r.profile = UnlockedProfile::open(folder, passphrase); },
        [this, remember](WorkResult &r) { finishOpening(r, remember); });
}

void Session::finishOpening(WorkResult &result, bool remember)
{
    m_lastUnlockMs = result.elapsedMs;
    if (result.error || !result.profile) {
        setError(messageFor(result.error.value_or(StoreError::Kind::Internal)));
        return;
    }
    m_profile = std::move(result.profile);
    // The key file is the truth: a flag left from a slot that is gone would offer a button that fails.
    if (!m_profile->rememberedOnDevice() && m_settings->flag(flagKey())) {
        m_settings->setFlag(flagKey(), false);
        emit rememberedOnDeviceChanged();
    }
    if (m_keyStoreAvailable) {
        // Releases before key-file format 2 kept the passphrase itself in the key store: on
        // the first unlock a device key takes its place and the passphrase entry goes.
        const bool legacy = m_settings->flag(legacyFlagKey());
        if (remember || (legacy && !m_profile->rememberedOnDevice()))
            rememberDevice();
        if (legacy)
            removeRememberedPassphrase();
    }
    emit opened();
    setState(Unlocked);
    restartIdleTimer();
}

void Session::rememberDevice()
{
    // Only a random key reaches the key store; the key file gets a slot that this key opens.
    const SecureKey deviceKey = SecureKey::random();
    m_platform.secrets->write(deviceKeyName(), KeyFile::deviceKeyText(deviceKey),
        [this, deviceKey](platform::SecretStore::Result result) {
            bool ok = result == platform::SecretStore::Result::Ok && m_profile;
            if (ok) {
                try {
                    // A small file, written and synced here rather than on the worker: no KDF runs.
                    m_profile->rememberDevice(deviceKey);
                } catch (const StoreError &) {
                    ok = false;
                }
            }
            if (!ok) {
                // A stored key without its slot opens nothing; it should not linger either.
                if (result == platform::SecretStore::Result::Ok)
                    m_platform.secrets->remove(deviceKeyName(), [](platform::SecretStore::Result) {});
                setError(tr("The system key store did not accept this device's key, so the journal is not remembered here."));
            }
            m_settings->setFlag(flagKey(), ok);
            emit rememberedOnDeviceChanged();
        });
}

void Session::removeRememberedPassphrase()
{
    m_platform.secrets->remove(legacyPassphraseName(), [this](platform::SecretStore::Result result) {
        if (result != platform::SecretStore::Result::Ok && result != platform::SecretStore::Result::NotFound) {
            // The flag stays, so the next unlock tries again.
            setError(tr("The system key store refused to delete the passphrase an older version of Bollplank kept there. Delete the entry \"%1\" in the key store yourself.")
                         .arg(legacyPassphraseName()));
            return;
        }
        m_settings->setFlag(legacyFlagKey(), false);
        emit rememberedOnDeviceChanged();
    });
}

void Session::unlockWithDevice()
{
    if (m_state != Locked || m_busy || !rememberedOnDevice())
        return;
    setError({});
    if (!m_settings->flag(flagKey())) {
        // Only a passphrase kept by an older release: unlocking with it migrates (finishOpening).
        m_platform.secrets->read(legacyPassphraseName(), [this](platform::SecretStore::Result result, const QString &secret) {
            if (result == platform::SecretStore::Result::Ok) {
                unlock(secret);
                return;
            }
            if (result == platform::SecretStore::Result::NotFound) {
                m_settings->setFlag(legacyFlagKey(), false);
                emit rememberedOnDeviceChanged();
            }
            setError(tr("The system key store did not give the passphrase back. Type it instead."));
        });
        return;
    }
    m_platform.secrets->read(deviceKeyName(), [this](platform::SecretStore::Result result, const QString &secret) {
        if (result == platform::SecretStore::Result::Ok) {
            openWithDeviceKey(secret);
            return;
        }
        if (result == platform::SecretStore::Result::NotFound) {
            m_settings->setFlag(flagKey(), false);
            emit rememberedOnDeviceChanged();
        }
        setError(tr("The system key store did not give this device's key back. Type your passphrase instead."));
    });
}

void Session::openWithDeviceKey(const QString &deviceKeyText)
{
    const std::optional<SecureKey> deviceKey = KeyFile::deviceKeyFromText(deviceKeyText);
    if (m_state != Locked || m_busy || !deviceKey) {
        if (!deviceKey)
            setError(tr("The system key store did not give this device's key back. Type your passphrase instead."));
        return;
    }
    const QString folder = m_options.profileFolder;
    const SecureKey key = *deviceKey;
    runWorker([=](WorkResult &r) { r.profile = UnlockedProfile::openWithDeviceKey(folder, key); },
        [this](WorkResult &r) {
            const bool slotUnusable = r.error
                && (*r.error == StoreError::Kind::NotFound || *r.error == StoreError::Kind::WrongPassphrase);
            if (!slotUnusable) {
                finishOpening(r, false);
                return;
            }
            // The key file no longer has this device's slot (forgotten, or replaced): only the
            // passphrase opens it now.
            m_settings->setFlag(flagKey(), false);
            emit rememberedOnDeviceChanged();
            setError(tr("This device's key no longer opens the journal. Type your passphrase instead."));
        });
}

void Session::forgetOnDevice()
{
    if (!m_profile)
        return; // offered in the settings, while unlocked
    try {
        // The slot goes first: once it is gone, the key in the key store opens nothing.
        m_profile->forgetDevice();
    } catch (const StoreError &e) {
        setError(tr("The journal is still remembered on this device: %1").arg(messageFor(e.kind())));
        return;
    }
    m_settings->setFlag(flagKey(), false);
    emit rememberedOnDeviceChanged();
    m_platform.secrets->remove(deviceKeyName(), [this](platform::SecretStore::Result result) {
        if (result == platform::SecretStore::Result::Ok || result == platform::SecretStore::Result::NotFound)
            return;
        setError(tr("The journal is no longer remembered on this device, but the system key store refused to delete this device's key. It opens nothing now; you can delete the entry \"%1\" in the key store yourself.")
                     .arg(deviceKeyName()));
    });
    if (m_settings->flag(legacyFlagKey()))
        removeRememberedPassphrase();
}

void Session::lock()
{
    if (m_state != Unlocked)
        return;
    m_idleTimer.stop();
    emit aboutToClose();
    m_profile.reset();
    setError({});
    setState(Locked);
}

void Session::changePassphrase(const QString &current, const QString &next)
{
    if (m_state != Unlocked || m_busy)
        return;
    if (passphrase::strength(next) < passphrase::MinimumStrength) {
        setError(tr("Choose a stronger passphrase."));
        emit passphraseChangeFinished(false);
        return;
    }
    setError({});
    UnlockedProfile *profile = m_profile.get();
    const KdfParams kdf = kdfFor(m_options);
    // Nothing else touches the profile meanwhile: the UI is busy and the idle lock waits.
    m_idleTimer.stop();
    runWorker([=](WorkResult &) { profile->changePassphrase(current, next, kdf); },
        [this, next](WorkResult &r) {
            restartIdleTimer();
            if (r.error) {
                setError(messageFor(*r.error));
                emit passphraseChangeFinished(false);
                return;
            }
            // The device slot wraps the database key, not the passphrase: it stays valid as it is.
            emit passphraseChangeFinished(true);
        });
}

void Session::clearError()
{
    setError({});
}

int Session::passphraseStrength(const QString &text) const
{
    return passphrase::strength(text);
}

int Session::minimumStrength() const
{
    return passphrase::MinimumStrength;
}

bool Session::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::Wheel:
        if (m_state == Unlocked && !m_worker)
            restartIdleTimer();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void Session::restartIdleTimer()
{
    if (m_state != Unlocked)
        return;
    if (m_options.idleTimeout.count() > 0)
        m_idleTimer.start(m_options.idleTimeout);
    else
        m_idleTimer.start(std::chrono::minutes(m_settings->lockTimeoutMinutes()));
}

void Session::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged();
}

void Session::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

void Session::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

QString Session::profileTag() const
{
    // Names the profile without putting its path into the key store's listing.
    const QByteArray hash = QCryptographicHash::hash(m_options.profileFolder.toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(16));
}

QString Session::deviceKeyName() const
{
    return QStringLiteral("device-key-") + profileTag();
}

QString Session::legacyPassphraseName() const
{
    return QStringLiteral("passphrase-") + profileTag();
}

QString Session::flagKey() const
{
    return QStringLiteral("remembered-") + deviceKeyName();
}

QString Session::legacyFlagKey() const
{
    return QStringLiteral("remembered-") + legacyPassphraseName();
}

} // namespace bollplank
