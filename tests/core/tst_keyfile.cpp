// The key file: round trip, wrong passphrase, every kind of damage, the device slot, the
// Argon2id floor, and files written by format version 1.
#include "keyfilev1.h"
#include "store/keyfile.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bollplank;

class KeyFileTest : public QObject
{
    Q_OBJECT

    const QString m_passphrase = QStringLiteral("sju sjösjuka sjömän");
    SecureKey m_key = SecureKey::random();
    QByteArray m_file;

private slots:
    void initTestCase() { m_file = KeyFile::wrap(m_key, m_passphrase, KdfParams::minimal()); }

    void roundTrip()
    {
        QCOMPARE(m_file.size(), 211);
        QVERIFY(m_file.startsWith("BPKY"));
        QCOMPARE(int(m_file.at(4)), KeyFile::FormatVersion);
        const SecureKey back = KeyFile::unwrap(m_file, m_passphrase);
        QVERIFY(back == m_key);
        QCOMPARE(KeyFile::paramsOf(m_file).opsLimit, KdfParams::minimal().opsLimit);
        QCOMPARE(KeyFile::paramsOf(m_file).memLimit, KdfParams::minimal().memLimit);
    }

    void freshSaltAndNonceEachTime()
    {
        const QByteArray again = KeyFile::wrap(m_key, m_passphrase, KdfParams::minimal());
        QVERIFY(again != m_file);
        QVERIFY(KeyFile::unwrap(again, m_passphrase) == m_key);
    }

    void keyIsNotInTheFile()
    {
        const QByteArray raw(reinterpret_cast<const char *>(m_key.data()), SecureKey::Size);
        QVERIFY(!m_file.contains(raw));
        QVERIFY(!m_file.contains(m_passphrase.toUtf8()));
    }

    void wrongPassphrase()
    {
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(m_file, QStringLiteral("sju sjösjuka sjömän!")), WrongPassphrase);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(m_file, QString()), WrongPassphrase);
    }

    void unicodeFormsOfOnePassphraseAgree()
    {
        // "å" precomposed (U+00E5) and decomposed (a + U+030A) are the same passphrase to a person.
        const QString composed = QStringLiteral("gr\u00e5 h\u00e4st");
        const QString decomposed = QStringLiteral("gra\u030a ha\u0308st");
        const QByteArray file = KeyFile::wrap(m_key, composed, KdfParams::minimal());
        QVERIFY(KeyFile::unwrap(file, decomposed) == m_key);
    }

    void everyFlippedByteIsDetected()
    {
        for (qsizetype i = 0; i < m_file.size(); ++i) {
            QByteArray damaged = m_file;
            damaged[i] = char(damaged[i] ^ 0x01);
            try {
                (void)KeyFile::unwrap(damaged, m_passphrase);
                QFAIL(qPrintable(QStringLiteral("byte %1 flipped went unnoticed").arg(i)));
            } catch (const StoreError &e) {
                // Damage must never be reported as a wrong passphrase: the user would retype forever.
                QVERIFY2(e.kind() == StoreError::Kind::CorruptKeyFile, qPrintable(QString::number(i)));
            }
        }
    }

    void truncatedAndExtendedFiles()
    {
        for (qsizetype length : { 0, 3, 4, 20, 80, 137 })
            EXPECT_STORE_ERROR((void)KeyFile::unwrap(m_file.left(length), m_passphrase), CorruptKeyFile);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(m_file + 'x', m_passphrase), CorruptKeyFile);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(QByteArray(138, 'A'), m_passphrase), CorruptKeyFile);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(QByteArray(211, 'A'), m_passphrase), CorruptKeyFile);
        // A version 2 file cut back to version 1's length, with version 1 claimed.
        QByteArray shortened = m_file.left(138);
        shortened[4] = 1;
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(shortened, m_passphrase), CorruptKeyFile);
    }

    void newerFormatNamesTheReason()
    {
        QByteArray newer = m_file;
        newer[4] = char(KeyFile::FormatVersion + 1);
        const std::string message = test::expectError(
            [&] { (void)KeyFile::unwrap(newer, m_passphrase); }, StoreError::Kind::CorruptKeyFile);
        QVERIFY2(message.find("newer") != std::string::npos, message.c_str());
    }

    void absurdCostIsRefusedBeforeDeriving()
    {
        QByteArray greedy = m_file;
        greedy[10 + 7] = char(0x7f); // memlimit's top byte: exabytes
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(greedy, m_passphrase), CorruptKeyFile);
        EXPECT_STORE_ERROR((void)KeyFile::wrap(m_key, m_passphrase, KdfParams { 1000, 1 << 20 }), InvalidInput);
    }

    // An attacker who can replace the key file swaps in one with libsodium's minimum cost (or
    // anything below 64 MiB): the normal path refuses it as tampered instead of unlocking a
    // file whose passphrase is cheap to guess.
    void cheapKdfKeyFileSwappedInIsRefused()
    {
        const std::string message = test::expectError(
            [&] { (void)KeyFile::unwrap(m_file, m_passphrase, KdfFloor::Enforced); }, StoreError::Kind::CorruptKeyFile);
        QVERIFY2(message.find("cheaper") != std::string::npos, message.c_str());
        EXPECT_STORE_ERROR((void)KeyFile::paramsOf(m_file, KdfFloor::Enforced), CorruptKeyFile);
        QByteArray current;
        EXPECT_STORE_ERROR(
            (void)KeyFile::unwrap(m_file, m_passphrase, KdfFloor::Enforced, &current), CorruptKeyFile);
        QVERIFY(current.isEmpty());

        // Below the floor but not the test cost: refused even where the test cost is allowed,
        // in either format (a crafted version 1 file is what an attacker would most likely use).
        const QByteArray v1Cheap = test::wrapVersion1(m_key, m_passphrase, 3, 32ull * 1024 * 1024);
        QVERIFY(!v1Cheap.isEmpty());
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(v1Cheap, m_passphrase, KdfFloor::AllowTestMinimal), CorruptKeyFile);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(v1Cheap, m_passphrase, KdfFloor::Enforced), CorruptKeyFile);
        const QByteArray v1OnePass = test::wrapVersion1(m_key, m_passphrase, 1, 64ull * 1024 * 1024);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(v1OnePass, m_passphrase, KdfFloor::Enforced), CorruptKeyFile);
        const QByteArray v1Minimal = test::wrapVersion1(
            m_key, m_passphrase, KdfParams::minimal().opsLimit, KdfParams::minimal().memLimit);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(v1Minimal, m_passphrase, KdfFloor::Enforced), CorruptKeyFile);

        // Nor is such a file written outside a test run.
        EXPECT_STORE_ERROR(
            (void)KeyFile::wrap(m_key, m_passphrase, KdfParams::minimal(), KdfFloor::Enforced), InvalidInput);
        EXPECT_STORE_ERROR((void)KeyFile::wrap(m_key, m_passphrase, KdfParams { 3, 32ull * 1024 * 1024 },
                               KdfFloor::AllowTestMinimal),
            InvalidInput);

        // The floor itself is accepted on the normal path.
        const QByteArray atFloor = KeyFile::wrap(m_key, m_passphrase, KdfParams::floor(), KdfFloor::Enforced);
        QVERIFY(KeyFile::unwrap(atFloor, m_passphrase, KdfFloor::Enforced) == m_key);
        QVERIFY(KdfParams::standard().memLimit >= KdfParams::floor().memLimit);
        QVERIFY(KdfParams::floor().memLimit >= 64ull * 1024 * 1024);
    }

    void testCostOnlyInATestRun()
    {
        // This suite runs with BOLLPLANK_TEST_FAST_KDF=1 in a BOLLPLANK_TEST_HOOKS build.
        QCOMPARE(kdfFloorForThisRun(), KdfFloor::AllowTestMinimal);
        QVERIFY(KdfParams::cheapestAccepted() == KdfParams::minimal());
        qunsetenv("BOLLPLANK_TEST_FAST_KDF");
        QCOMPARE(kdfFloorForThisRun(), KdfFloor::Enforced);
        QVERIFY(KdfParams::cheapestAccepted() == KdfParams::floor());
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(m_file, m_passphrase), CorruptKeyFile);
        qputenv("BOLLPLANK_TEST_FAST_KDF", "1");
        QVERIFY(KeyFile::unwrap(m_file, m_passphrase) == m_key);
    }

    // Files written before the device slot (format 1, 138 bytes) are what every existing
    // profile holds: they still unlock, and convert to the current format without loss.
    void versionOneFileStillUnlocks()
    {
        const QByteArray v1 = test::wrapVersion1(
            m_key, m_passphrase, KdfParams::minimal().opsLimit, KdfParams::minimal().memLimit);
        QCOMPARE(v1.size(), 138);
        QCOMPARE(KeyFile::versionOf(v1), 1);
        QVERIFY(!KeyFile::hasDeviceSlot(v1));
        QByteArray current;
        QVERIFY(KeyFile::unwrap(v1, m_passphrase, KdfFloor::AllowTestMinimal, &current) == m_key);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(v1, QStringLiteral("nope")), WrongPassphrase);

        QCOMPARE(current.size(), 211);
        QCOMPARE(KeyFile::versionOf(current), KeyFile::FormatVersion);
        QVERIFY(KeyFile::unwrap(current, m_passphrase) == m_key);
        QVERIFY(KeyFile::paramsOf(current) == KeyFile::paramsOf(v1));
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(current, QStringLiteral("nope")), WrongPassphrase);

        for (qsizetype i = 0; i < v1.size(); ++i) {
            QByteArray damaged = v1;
            damaged[i] = char(damaged[i] ^ 0x01);
            EXPECT_STORE_ERROR((void)KeyFile::unwrap(damaged, m_passphrase), CorruptKeyFile);
        }
        // A version 1 file gains a device slot only through the conversion (which needs the passphrase).
        EXPECT_STORE_ERROR((void)KeyFile::withDeviceSlot(v1, m_key, SecureKey::random()), InvalidInput);
        QCOMPARE(KeyFile::withoutDeviceSlot(v1), v1);
    }

    void deviceSlotOpensWithTheDeviceKeyOnly()
    {
        const SecureKey deviceKey = SecureKey::random();
        EXPECT_STORE_ERROR((void)KeyFile::unwrapWithDeviceKey(m_file, deviceKey), NotFound);
        const QByteArray remembered = KeyFile::withDeviceSlot(m_file, m_key, deviceKey);
        QVERIFY(KeyFile::hasDeviceSlot(remembered));
        QVERIFY(KeyFile::unwrapWithDeviceKey(remembered, deviceKey) == m_key);
        QVERIFY(KeyFile::unwrap(remembered, m_passphrase) == m_key);
        // The passphrase slot is untouched byte for byte.
        QCOMPARE(remembered.left(106), m_file.left(106));
        EXPECT_STORE_ERROR((void)KeyFile::unwrapWithDeviceKey(remembered, SecureKey::random()), WrongPassphrase);
        const QByteArray raw(reinterpret_cast<const char *>(deviceKey.data()), SecureKey::Size);
        QVERIFY(!remembered.contains(raw));

        for (qsizetype i = 0; i < remembered.size(); ++i) {
            QByteArray damaged = remembered;
            damaged[i] = char(damaged[i] ^ 0x01);
            EXPECT_STORE_ERROR((void)KeyFile::unwrapWithDeviceKey(damaged, deviceKey), CorruptKeyFile);
        }

        const QByteArray forgotten = KeyFile::withoutDeviceSlot(remembered);
        QVERIFY(!KeyFile::hasDeviceSlot(forgotten));
        QCOMPARE(forgotten, m_file);
        EXPECT_STORE_ERROR((void)KeyFile::unwrapWithDeviceKey(forgotten, deviceKey), NotFound);
    }

    // The slot wraps the database key, so a new passphrase keeps the device remembered.
    void deviceSlotSurvivesANewPassphrase()
    {
        const SecureKey deviceKey = SecureKey::random();
        const QByteArray remembered = KeyFile::withDeviceSlot(m_file, m_key, deviceKey);
        const QByteArray renewed
            = KeyFile::withDeviceSlotOf(KeyFile::wrap(m_key, QStringLiteral("ny fras"), KdfParams::minimal()), remembered);
        QVERIFY(KeyFile::unwrap(renewed, QStringLiteral("ny fras")) == m_key);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(renewed, m_passphrase), WrongPassphrase);
        QVERIFY(KeyFile::unwrapWithDeviceKey(renewed, deviceKey) == m_key);
        QVERIFY(!KeyFile::hasDeviceSlot(KeyFile::withDeviceSlotOf(renewed, m_file)));

    }

    void deviceKeyText()
    {
        const SecureKey deviceKey = SecureKey::random();
        const QString text = KeyFile::deviceKeyText(deviceKey);
        QCOMPARE(text.size(), 64);
        const auto back = KeyFile::deviceKeyFromText(text);
        QVERIFY(back && *back == deviceKey);
        QVERIFY(!KeyFile::deviceKeyFromText(QString()));
        QVERIFY(!KeyFile::deviceKeyFromText(text.left(63)));
        QVERIFY(!KeyFile::deviceKeyFromText(QStringLiteral("correct horse battery staple")));
        QVERIFY(!KeyFile::deviceKeyFromText(QString(64, QLatin1Char('g'))));
    }

    void writeAndReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("k"));
        KeyFile::write(path, m_file);
        QCOMPARE(KeyFile::read(path), m_file);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        EXPECT_STORE_ERROR((void)KeyFile::read(dir.filePath(QStringLiteral("missing"))), Io);
    }

    void readStopsAtAKeyFilesSize()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge"));
        QFile huge(path);
        QVERIFY(huge.open(QIODevice::WriteOnly));
        huge.write(QByteArray(1 << 20, 'B'));
        huge.close();
        const QByteArray read = KeyFile::read(path);
        QVERIFY(read.size() <= 212);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(read, m_passphrase), CorruptKeyFile);
    }
};

QTEST_GUILESS_MAIN(KeyFileTest)
#include "tst_keyfile.moc"
