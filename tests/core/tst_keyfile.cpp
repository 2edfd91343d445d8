// The passphrase-wrapped key file: round trip, wrong passphrase, and every kind of damage.
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
        QCOMPARE(m_file.size(), 138);
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
        QVERIFY(read.size() <= 139);
        EXPECT_STORE_ERROR((void)KeyFile::unwrap(read, m_passphrase), CorruptKeyFile);
    }
};

QTEST_GUILESS_MAIN(KeyFileTest)
#include "tst_keyfile.moc"
