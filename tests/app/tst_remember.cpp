// "Remember on this device" against the attacks the security review named: the OS key store
// holds a random device key that opens the key file's device slot, never the passphrase; a
// new passphrase keeps it; forgetting removes both the key and the slot, and a refusal by the
// key store is said; a passphrase kept there by an older release is replaced on first unlock.

#include "appcontext.h"
#include "fake/memorysecretstore.h"
#include "platformservices.h"
#include "session.h"
#include "settings.h"
#include "startup.h"

#include "profile/profile.h"
#include "store/keyfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtTest>

using namespace bollplank;

namespace {

const QString Passphrase = QStringLiteral("harbour lantern quietly 47");
const QString NewPassphrase = QStringLiteral("Granite orchard 9 whispers");

} // namespace

class TestRemember : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;
    std::unique_ptr<QQmlEngine> m_engine;
    AppOptions m_options;

    Session *session() { return AppContext::of(m_engine.get())->session(); }
    platform::MemorySecretStore &keyStore()
    {
        return *dynamic_cast<platform::MemorySecretStore *>(AppContext::of(m_engine.get())->platform().secrets.get());
    }
    QString tag() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(m_options.profileFolder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    }
    QByteArray keyFile() const
    {
        return KeyFile::read(QDir(m_options.profileFolder).filePath(UnlockedProfile::KeyFileName));
    }
    bool keyStoreHoldsAPassphrase()
    {
        for (const QString &secret : keyStore().secrets())
            if (secret.contains(Passphrase) || secret.contains(NewPassphrase))
                return true;
        return false;
    }

    void startApp()
    {
        m_engine = std::make_unique<QQmlEngine>();
        Startup::prepareEngine(*m_engine, m_options);
        QTRY_VERIFY(session()->keyStoreAvailable());
    }

    void createRemembered()
    {
        startApp();
        session()->createProfile(QStringLiteral("adept"), QStringLiteral("Karin"), Passphrase, true);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), Session::Unlocked, 10000);
        QTRY_VERIFY(session()->rememberedOnDevice());
    }

    void unlockWithDevice()
    {
        session()->lock();
        QCOMPARE(session()->state(), Session::Locked);
        session()->unlockWithDevice();
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), Session::Unlocked, 10000);
        QVERIFY2(session()->errorText().isEmpty(), qPrintable(session()->errorText()));
    }

private slots:
    void init()
    {
        ++m_count;
        m_options = AppOptions();
        m_options.profileFolder = m_dir.filePath(QStringLiteral("profile-%1").arg(m_count));
        m_options.settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_count));
        m_options.fakePlatform = true;
        m_options.fastKdf = true;
        m_options.forcedLanguage = QStringLiteral("en");
    }

    void cleanup() { m_engine.reset(); }

    // Whoever reads the key store (malware in the session, a synced keychain) gets a key for
    // this one profile's key file on this device, not the passphrase that also opens its copies
    // elsewhere and that the person may reuse.
    void stolenKeyStoreEntryHoldsNoPassphrase()
    {
        createRemembered();
        QVERIFY(!keyStoreHoldsAPassphrase());
        QCOMPARE(keyStore().secrets().keys(), QStringList { QStringLiteral("device-key-") + tag() });
        const QString deviceKey = keyStore().secrets().value(QStringLiteral("device-key-") + tag());
        QVERIFY(KeyFile::deviceKeyFromText(deviceKey).has_value());
        QVERIFY(KeyFile::hasDeviceSlot(keyFile()));
        unlockWithDevice();
        QVERIFY(!keyStoreHoldsAPassphrase());
    }

    // Changing the passphrase must not write the new one to the key store, and the device
    // stays remembered (the slot wraps the database key).
    void newPassphraseNeverReachesTheKeyStore()
    {
        createRemembered();
        const auto before = keyStore().secrets();
        QSignalSpy done(session(), &Session::passphraseChangeFinished);
        session()->changePassphrase(Passphrase, NewPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(done.first().first().toBool(), true);
        QTest::qWait(50); // a key-store write would be answered from the event loop
        QVERIFY(!keyStoreHoldsAPassphrase());
        QCOMPARE(keyStore().secrets(), before);
        unlockWithDevice();
        session()->lock();
        session()->unlock(NewPassphrase);
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), Session::Unlocked, 10000);
    }

    // After "forget", a copy of the device key taken earlier opens nothing: the slot is gone
    // from the key file, and the key store no longer holds the key.
    void copiedDeviceKeyOpensNothingAfterForget()
    {
        createRemembered();
        const std::optional<SecureKey> copied
            = KeyFile::deviceKeyFromText(keyStore().secrets().value(QStringLiteral("device-key-") + tag()));
        QVERIFY(copied);
        session()->forgetOnDevice();
        QTRY_VERIFY(keyStore().secrets().isEmpty());
        QVERIFY(!session()->rememberedOnDevice());
        QVERIFY(!KeyFile::hasDeviceSlot(keyFile()));
        QVERIFY(session()->errorText().isEmpty());
        session()->lock();
        try {
            (void)UnlockedProfile::openWithDeviceKey(m_options.profileFolder, *copied);
            QFAIL("the forgotten device key still opened the profile");
        } catch (const StoreError &e) {
            QCOMPARE(int(e.kind()), int(StoreError::Kind::NotFound));
        }
    }

    // A key store that refuses to delete (a locked keyring, a denied prompt) must not leave the
    // person believing the device forgot them.
    void refusedForgetIsReported()
    {
        createRemembered();
        keyStore().setRefuseRemoval(true);
        session()->forgetOnDevice();
        QTRY_VERIFY(!session()->errorText().isEmpty());
        QVERIFY2(session()->errorText().contains(QStringLiteral("refused")), qPrintable(session()->errorText()));
        // The slot is gone all the same, so the key left behind opens nothing.
        QVERIFY(!KeyFile::hasDeviceSlot(keyFile()));
        QVERIFY(!session()->rememberedOnDevice());
    }

    // A profile remembered by an older release: the key store holds the passphrase itself.
    // The first unlock puts a device key in its place and deletes the passphrase entry.
    void passphraseKeptByOlderReleaseIsReplaced()
    {
        {
            auto profile = UnlockedProfile::create(
                m_options.profileFolder, Passphrase, Role::Adept, QStringLiteral("Karin"), KdfParams::minimal());
        }
        startApp();
        QCOMPARE(session()->state(), Session::Locked);
        keyStore().write(QStringLiteral("passphrase-") + tag(), Passphrase, [](platform::SecretStore::Result) {});
        AppContext::of(m_engine.get())->settings()->setFlag(QStringLiteral("remembered-passphrase-") + tag(), true);
        QVERIFY(session()->rememberedOnDevice());

        session()->unlockWithDevice();
        QTRY_COMPARE_WITH_TIMEOUT(session()->state(), Session::Unlocked, 10000);
        QTRY_VERIFY(!keyStore().secrets().contains(QStringLiteral("passphrase-") + tag()));
        QTRY_VERIFY(keyStore().secrets().contains(QStringLiteral("device-key-") + tag()));
        QVERIFY(!keyStoreHoldsAPassphrase());
        // Cleared by the key store's answer to the removal, which may come after the entry is gone.
        QTRY_VERIFY(!AppContext::of(m_engine.get())->settings()->flag(QStringLiteral("remembered-passphrase-") + tag()));
        QVERIFY(KeyFile::hasDeviceSlot(keyFile()));
        QVERIFY(session()->rememberedOnDevice());
        unlockWithDevice();
    }
};

QTEST_MAIN(TestRemember)
#include "tst_remember.moc"
