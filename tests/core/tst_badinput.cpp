// Bad input from outside: a wrong passphrase, damaged files, a newer schema, a full disk, a
// second process. Each gets a clear, typed error and leaves the data as it was.
#include "repo/reflections.h"
#include "store/keyfile.h"
#include "store/migrations.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>
#include <sys/resource.h>

using namespace bollplank;

namespace {

QByteArray folderDigest(const QString &folder)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QStringList files = test::filesUnder(folder);
    files.sort();
    for (const QString &path : files) {
        if (path.endsWith(UnlockedProfile::LockFileName))
            continue;
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) {
            hash.addData(path.toUtf8());
            hash.addData(f.readAll());
        }
    }
    return hash.result();
}

void flipByte(const QString &path, qint64 offset)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.seek(offset));
    char c = 0;
    QVERIFY(f.getChar(&c));
    QVERIFY(f.seek(offset));
    QVERIFY(f.putChar(char(c ^ 0x20)));
}

/// A closed profile with enough reflections to span many pages.
struct ClosedProfile
{
    ClosedProfile()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        for (int i = 0; i < 200; ++i) {
            Reflection r;
            r.body = QStringLiteral("Reflektion nummer %1 om ledarskap och styrelsearbete. ").arg(i).repeated(8);
            repo.save(r);
            ids.append(r.meta.id);
        }
        p.close();
        folder = p.dir.path();
        p.dir.setAutoRemove(false);
        dbPath = QDir(folder).filePath(UnlockedProfile::DatabaseFile);
        keyPath = QDir(folder).filePath(UnlockedProfile::KeyFileName);
    }
    ~ClosedProfile() { QDir(folder).removeRecursively(); }

    /// Opens and reads everything; any damage must surface as a StoreError.
    void openAndReadAll() const
    {
        auto profile = UnlockedProfile::open(folder, test::TempProfile::Passphrase);
        profile->verifyIntegrity();
        (void)ReflectionRepository(profile->store()).list({}, 1000);
    }

    QString folder, dbPath, keyPath;
    QStringList ids;
};

// Run as a child process: hold a profile open until stdin closes.
int holdProfileOpen(const QString &folder)
{
    auto profile = UnlockedProfile::open(folder, test::TempProfile::Passphrase);
    std::cout << "ready" << std::endl;
    std::string line;
    std::getline(std::cin, line);
    return 0;
}

} // namespace

class BadInputTest : public QObject
{
    Q_OBJECT

private slots:
    void wrongPassphraseChangesNothing()
    {
        ClosedProfile p;
        const QByteArray before = folderDigest(p.folder);
        const std::string message = test::expectError(
            [&] { (void)UnlockedProfile::open(p.folder, QStringLiteral("wrong")); },
            StoreError::Kind::WrongPassphrase);
        QCOMPARE(message, std::string("Wrong passphrase"));
        QCOMPARE(folderDigest(p.folder), before);
        p.openAndReadAll();
    }

    void truncatedKeyFile()
    {
        ClosedProfile p;
        QVERIFY(QFile::resize(p.keyPath, 60));
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), CorruptKeyFile);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void tamperedKeyFile()
    {
        ClosedProfile p;
        flipByte(p.keyPath, 40);
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), CorruptKeyFile);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void tamperedDatabaseFirstPage()
    {
        ClosedProfile p;
        flipByte(p.dbPath, 100);
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), CorruptDatabase);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void tamperedDatabaseDataPage()
    {
        ClosedProfile p;
        const qint64 size = QFileInfo(p.dbPath).size();
        QVERIFY(size > 64 * 1024);
        flipByte(p.dbPath, size / 2 + 17);
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), CorruptDatabase);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void truncatedDatabase()
    {
        ClosedProfile p;
        QVERIFY(QFile::resize(p.dbPath, QFileInfo(p.dbPath).size() / 2 + 100));
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), CorruptDatabase);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void missingDatabase()
    {
        ClosedProfile p;
        QVERIFY(QFile::remove(p.dbPath));
        const std::string message = test::expectError(
            [&] { p.openAndReadAll(); }, StoreError::Kind::CorruptDatabase);
        QVERIFY2(message.find("missing") != std::string::npos, message.c_str());
        QVERIFY(!QFile::exists(p.dbPath)); // not silently recreated empty
    }

    void newerSchemaVersion()
    {
        ClosedProfile p;
        {
            auto profile = UnlockedProfile::open(p.folder, test::TempProfile::Passphrase);
            profile->store().db().exec("PRAGMA user_version = " + std::to_string(latestSchemaVersion() + 1));
        }
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), NewerSchema);
        QCOMPARE(folderDigest(p.folder), before);
    }

    void fullDiskDuringWrite()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection kept;
        kept.body = QStringLiteral("Det här finns kvar");
        repo.save(kept);
        // SQLite's page cap makes it report "database or disk is full" exactly as a full disk does.
        auto pages = p.store().db().prepareOnce("PRAGMA page_count");
        QVERIFY(pages.step());
        p.store().db().exec("PRAGMA max_page_count = " + std::to_string(pages.int64(0)));
        Reflection big;
        big.body = QStringLiteral("Långt inlägg som inte får plats. ").repeated(3000);
        const std::string message = test::expectError([&] { repo.save(big); }, StoreError::Kind::DiskFull);
        QVERIFY2(message.find("full") != std::string::npos, message.c_str());
        QVERIFY(big.meta.id.isEmpty()); // nothing half-written was reported back as saved
        QCOMPARE(repo.count(), 1);
        QCOMPARE(repo.get(kept.meta.id).body, kept.body);
        p.store().db().exec("PRAGMA max_page_count = 1073741823");
        repo.save(big);
        QCOMPARE(repo.count(), 2);
        p.reopen();
        QCOMPARE(ReflectionRepository(p.store()).count(), 2);
    }

    void fullDiskDuringPassphraseChange()
    {
        test::TempProfile p;
        const QString keyPath = QDir(p.folder()).filePath(UnlockedProfile::KeyFileName);
        const QByteArray keyBefore = KeyFile::read(keyPath);
        // A file-size limit makes every write past 16 bytes fail, as on a full disk.
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        rlimit tiny = old;
        tiny.rlim_cur = 16;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
        bool failed = false;
        try {
            p.profile->changePassphrase(test::TempProfile::Passphrase, QStringLiteral("ny"), KdfParams::minimal());
        } catch (const StoreError &e) {
            failed = e.kind() == StoreError::Kind::DiskFull || e.kind() == StoreError::Kind::Io;
        }
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &old), 0);
        QVERIFY(failed);
        QCOMPARE(KeyFile::read(keyPath), keyBefore);
        QCOMPARE(QDir(p.folder()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".key.")).size(), 0);
        p.close();
        auto reopened = UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase);
        QVERIFY(reopened);
    }

    void secondOpenInSameProcess()
    {
        test::TempProfile p;
        const std::string message = test::expectError(
            [&] { (void)UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase); }, StoreError::Kind::InUse);
        QVERIFY2(message.find("another process") != std::string::npos, message.c_str());
        p.close();
        QVERIFY(UnlockedProfile::open(p.folder(), test::TempProfile::Passphrase));
    }

    void secondProcess()
    {
        ClosedProfile p;
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BOLLPLANK_TEST_HOLD_PROFILE"), p.folder);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForStarted());
        QVERIFY(holder.waitForReadyRead(30000));
        QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
        const QByteArray before = folderDigest(p.folder);
        EXPECT_STORE_ERROR(p.openAndReadAll(), InUse);
        QCOMPARE(folderDigest(p.folder), before);
        holder.write("\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(30000));
        QCOMPARE(holder.exitCode(), 0);
        p.openAndReadAll(); // free again once the other process is gone
    }

    void staleLockOfACrashedProcessIsTakenOver()
    {
        ClosedProfile p;
        QProcess holder;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BOLLPLANK_TEST_HOLD_PROFILE"), p.folder);
        holder.setProcessEnvironment(env);
        holder.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(holder.waitForReadyRead(30000));
        holder.kill(); // no chance to release the lock
        QVERIFY(holder.waitForFinished(30000));
        p.openAndReadAll();
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString hold = qEnvironmentVariable("BOLLPLANK_TEST_HOLD_PROFILE");
    if (!hold.isEmpty())
        return holdProfileOpen(hold);
    BadInputTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_badinput.moc"
