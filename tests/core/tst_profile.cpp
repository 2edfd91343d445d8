// Profiles: create, unlock, passphrase change, remembering on a device, and what the folder holds.
#include "keyfilev1.h"
#include "repo/reflections.h"
#include "store/keyfile.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

using namespace bollplank;

namespace {

QByteArray digestOf(const QStringList &paths)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &p : paths) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            hash.addData(f.readAll());
    }
    return hash.result();
}

Reflection reflection(const QString &text)
{
    Reflection r;
    r.body = text;
    return r;
}

} // namespace

class ProfileTest : public QObject
{
    Q_OBJECT

private slots:
    void createWritesProfileRecord()
    {
        test::TempProfile p(Role::Mentor);
        const Profile profile = p.profile->profile();
        QVERIFY(profile.role == Role::Mentor);
        QCOMPARE(profile.displayName, QStringLiteral("Anders"));
        QCOMPARE(profile.deviceId, p.store().deviceId());
        QVERIFY(!profile.meta.id.isEmpty());
        QVERIFY(UnlockedProfile::exists(p.folder()));
        QVERIFY(QFile::exists(QDir(p.folder()).filePath(UnlockedProfile::DatabaseFile)));
        QCOMPARE(QFile::permissions(p.folder()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
    }

    void reopenKeepsData()
    {
        test::TempProfile p;
        Reflection r = reflection(QStringLiteral("Första tanken"));
        ReflectionRepository(p.store()).save(r);
        const QString device = p.store().deviceId();
        p.reopen();
        QCOMPARE(ReflectionRepository(p.store()).get(r.meta.id).body, QStringLiteral("Första tanken"));
        QCOMPARE(p.store().deviceId(), device);
    }

    void setDisplayNameBumpsRevision()
    {
        test::TempProfile p;
        p.profile->setDisplayName(QStringLiteral("  Karin L  "));
        const Profile profile = p.profile->profile();
        QCOMPARE(profile.displayName, QStringLiteral("Karin L"));
        QCOMPARE(profile.meta.revision, 2);
        EXPECT_STORE_ERROR(p.profile->setDisplayName(QStringLiteral("   ")), InvalidInput);
    }

    void createRefusesBadInputAndExistingProfiles()
    {
        QTemporaryDir dir;
        EXPECT_STORE_ERROR((void)UnlockedProfile::create(dir.path(), QString(), Role::Adept,
                               QStringLiteral("A"), KdfParams::minimal()),
            InvalidInput);
        EXPECT_STORE_ERROR((void)UnlockedProfile::create(dir.path(), QStringLiteral("pw"), Role::Adept,
                               QStringLiteral(" "), KdfParams::minimal()),
            InvalidInput);
        QVERIFY(!UnlockedProfile::exists(dir.path()));
        {
            auto first = UnlockedProfile::create(
                dir.path(), QStringLiteral("pw"), Role::Adept, QStringLiteral("A"), KdfParams::minimal());
        }
        EXPECT_STORE_ERROR((void)UnlockedProfile::create(dir.path(), QStringLiteral("pw2"), Role::Adept,
                               QStringLiteral("B"), KdfParams::minimal()),
            InvalidInput);
        // The existing profile is untouched.
        auto again = UnlockedProfile::open(dir.path(), QStringLiteral("pw"));
        QCOMPARE(again->profile().displayName, QStringLiteral("A"));
    }

    void openingAFolderWithoutProfileSaysSo()
    {
        QTemporaryDir dir;
        const std::string message = test::expectError(
            [&] { (void)UnlockedProfile::open(dir.path(), QStringLiteral("x")); }, StoreError::Kind::NotFound);
        QVERIFY2(message.find("no Bollplank profile") != std::string::npos, message.c_str());
    }

    void changePassphraseRewrapsWithoutReencrypting()
    {
        test::TempProfile p;
        Reflection r = reflection(QStringLiteral("Bevara mig"));
        ReflectionRepository(p.store()).save(r);
        const QString dbPath = QDir(p.folder()).filePath(UnlockedProfile::DatabaseFile);
        const QStringList dbFiles { dbPath, dbPath + QStringLiteral("-wal") };
        const QByteArray before = digestOf(dbFiles);

        EXPECT_STORE_ERROR(
            p.profile->changePassphrase(QStringLiteral("not it"), QStringLiteral("ny fras"), KdfParams::minimal()),
            WrongPassphrase);
        EXPECT_STORE_ERROR(
            p.profile->changePassphrase(test::TempProfile::Passphrase, QString(), KdfParams::minimal()), InvalidInput);
        p.profile->changePassphrase(test::TempProfile::Passphrase, QStringLiteral("ny fras"), KdfParams::minimal());
        QCOMPARE(digestOf(dbFiles), before); // the data was not touched
        p.close();

        EXPECT_STORE_ERROR((void)UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase), WrongPassphrase);
        auto reopened = UnlockedProfile::open(p.folder(), QStringLiteral("ny fras"));
        QCOMPARE(ReflectionRepository(reopened->store()).get(r.meta.id).body, QStringLiteral("Bevara mig"));
    }

    // A profile made before the device slot: its key file in format 1, exactly as that
    // release wrote it. It unlocks with its passphrase, nothing is written by unlocking, and
    // the next write (remembering this device, then a new passphrase) converts it without loss.
    void profileFromFormatOneStillUnlocksAndMigratesOnNextWrite()
    {
        test::TempProfile p;
        Reflection r = reflection(QStringLiteral("Från förr"));
        ReflectionRepository(p.store()).save(r);
        p.close();
        const QString keyPath = QDir(p.folder()).filePath(UnlockedProfile::KeyFileName);
        const SecureKey dbKey = KeyFile::unwrap(KeyFile::read(keyPath), test::TempProfile::Passphrase);
        const QByteArray v1 = test::wrapVersion1(
            dbKey, test::TempProfile::Passphrase, KdfParams::minimal().opsLimit, KdfParams::minimal().memLimit);
        KeyFile::write(keyPath, v1);

        auto opened = UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase);
        QCOMPARE(ReflectionRepository(opened->store()).get(r.meta.id).body, QStringLiteral("Från förr"));
        QVERIFY(!opened->rememberedOnDevice());
        QCOMPARE(KeyFile::read(keyPath), v1); // unlocking writes nothing

        const SecureKey deviceKey = SecureKey::random();
        opened->rememberDevice(deviceKey);
        const QByteArray migrated = KeyFile::read(keyPath);
        QCOMPARE(KeyFile::versionOf(migrated), KeyFile::FormatVersion);
        QVERIFY(KeyFile::unwrap(migrated, test::TempProfile::Passphrase) == dbKey);
        QVERIFY(KeyFile::unwrapWithDeviceKey(migrated, deviceKey) == dbKey);
        opened.reset();

        auto again = UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase);
        QCOMPARE(ReflectionRepository(again->store()).get(r.meta.id).body, QStringLiteral("Från förr"));
        again.reset();

        // The same from a format 1 file whose next write is a new passphrase.
        KeyFile::write(keyPath, v1);
        auto renamed = UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase);
        renamed->changePassphrase(test::TempProfile::Passphrase, QStringLiteral("ny fras"), KdfParams::minimal());
        renamed.reset();
        QCOMPARE(KeyFile::versionOf(KeyFile::read(keyPath)), KeyFile::FormatVersion);
        auto reopened = UnlockedProfile::open(p.folder(), QStringLiteral("ny fras"));
        QCOMPARE(ReflectionRepository(reopened->store()).get(r.meta.id).body, QStringLiteral("Från förr"));
    }

    // The device key in the OS key store opens the profile through the key file's device slot;
    // a new passphrase keeps it working; forgetting removes the slot, so a copy of the device
    // key taken from the key store before (or left there by a failed removal) opens nothing.
    void deviceKeyOpensUntilForgotten()
    {
        test::TempProfile p;
        Reflection r = reflection(QStringLiteral("På den här enheten"));
        ReflectionRepository(p.store()).save(r);
        const SecureKey deviceKey = SecureKey::random();
        p.profile->rememberDevice(deviceKey);
        QVERIFY(p.profile->rememberedOnDevice());
        p.profile->changePassphrase(test::TempProfile::Passphrase, QStringLiteral("ny fras"), KdfParams::minimal());
        QVERIFY(p.profile->rememberedOnDevice());
        p.close();

        auto byDevice = UnlockedProfile::openWithDeviceKey(p.folder(), deviceKey);
        QCOMPARE(ReflectionRepository(byDevice->store()).get(r.meta.id).body, QStringLiteral("På den här enheten"));
        EXPECT_STORE_ERROR((void)UnlockedProfile::openWithDeviceKey(p.folder(), deviceKey), InUse);
        byDevice->forgetDevice();
        QVERIFY(!byDevice->rememberedOnDevice());
        byDevice.reset();

        EXPECT_STORE_ERROR((void)UnlockedProfile::openWithDeviceKey(p.folder(), deviceKey), NotFound);
        EXPECT_STORE_ERROR((void)UnlockedProfile::openWithDeviceKey(p.folder(), SecureKey::random()), NotFound);
        auto byPassphrase = UnlockedProfile::open(p.folder(), QStringLiteral("ny fras"));
        QVERIFY(!byPassphrase->rememberedOnDevice());
        byPassphrase->rememberDevice(deviceKey);
        byPassphrase.reset();
        EXPECT_STORE_ERROR((void)UnlockedProfile::openWithDeviceKey(p.folder(), SecureKey::random()), WrongPassphrase);
    }

    void integrityCheckPassesOnHealthyProfile()
    {
        test::TempProfile p;
        p.profile->verifyIntegrity();
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"
