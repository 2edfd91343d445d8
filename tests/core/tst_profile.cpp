// Profiles: create, unlock, passphrase change, and what the folder holds.
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

    void integrityCheckPassesOnHealthyProfile()
    {
        test::TempProfile p;
        p.profile->verifyIntegrity();
    }
};

QTEST_GUILESS_MAIN(ProfileTest)
#include "tst_profile.moc"
