// A test that is killed (kill -9) leaves no PostgreSQL server behind: its cluster's watchdog stops
// the server and removes the folder, and, should the watchdog be gone too, the next cluster's
// start does. The killed test is this program itself, started with --hold-cluster.
#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using bollplank::e2e::PostgresCluster;

namespace {

/// The pid in a data folder's postmaster.pid, or 0.
qint64 postmasterPid(const QString &dataDir)
{
    QFile file(QDir(dataDir).filePath(u"postmaster.pid"_s));
    return file.open(QIODevice::ReadOnly) ? file.readLine().trimmed().toLongLong() : 0;
}

/// Whether a process runs (a zombie has ended).
bool running(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    return line.mid(line.lastIndexOf(')') + 2, 1) != "Z";
}

/// The child: starts a cluster, prints "FOLDER POSTMASTER-PID", then waits to be killed.
int holdCluster(bool watchdog)
{
    PostgresCluster cluster;
    cluster.setWatchdogEnabled(watchdog);
    if (!cluster.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(cluster.error()));
        return 1;
    }
    std::printf("%s %lld\n", qPrintable(cluster.folder()), postmasterPid(cluster.dataDir()));
    std::fflush(stdout);
    for (;;)
        std::this_thread::sleep_for(std::chrono::seconds(60));
}

struct Held
{
    QString folder;
    qint64 postmaster = 0;
};

} // namespace

class TestPostgresWatchdog : public QObject
{
    Q_OBJECT

private:
    // Starts a child holding a cluster and kills it with SIGKILL once its server runs.
    Held holdAndKill(bool watchdog)
    {
        QProcess child;
        QStringList arguments { u"--hold-cluster"_s };
        if (!watchdog)
            arguments << u"--no-watchdog"_s;
        child.start(QCoreApplication::applicationFilePath(), arguments);
        Held held;
        [&] {
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning, 180000);
            QVERIFY2(child.canReadLine(), child.readAllStandardError().constData());
            const QList<QByteArray> line = child.readLine().trimmed().split(' ');
            QCOMPARE(line.size(), 2);
            held.folder = QString::fromLocal8Bit(line.at(0));
            held.postmaster = line.at(1).toLongLong();
        }();
        if (QTest::currentTestFailed())
            return {};
        [&] {
            QVERIFY2(running(held.postmaster), "the child's server does not run");
            QVERIFY(QFileInfo::exists(held.folder));
        }();
        child.kill();
        child.waitForFinished();
        return held;
    }

private slots:
    void initTestCase()
    {
        if (PostgresCluster::binDir().isEmpty())
            QSKIP("PostgreSQL's server is not installed (scripts/packages.txt lists postgresql)");
    }

    void killedTestLeavesNoServer()
    {
        const Held held = holdAndKill(true);
        if (QTest::currentTestFailed())
            return;
        // The watchdog polls once a second; the bound only keeps a broken watchdog from hanging.
        QTRY_VERIFY_WITH_TIMEOUT(!running(held.postmaster), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!QFileInfo::exists(held.folder), 60000);
    }

    void nextStartRemovesAnOrphan()
    {
        const Held held = holdAndKill(false);
        if (QTest::currentTestFailed())
            return;
        // Nothing else stops it: the owner is gone and had no watchdog.
        QTest::qWait(1500);
        QVERIFY(running(held.postmaster));
        QVERIFY(QFileInfo::exists(held.folder));

        PostgresCluster next;
        QVERIFY2(next.start(), qPrintable(next.error()));
        QVERIFY(!running(held.postmaster));
        QVERIFY(!QFileInfo::exists(held.folder));
        // The clean-up spares clusters whose owner lives: this one's own.
        QVERIFY(QFileInfo::exists(next.dataDir()));
        QVERIFY(running(postmasterPid(next.dataDir())));
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "--hold-cluster") == 0)
        return holdCluster(!(argc > 2 && qstrcmp(argv[2], "--no-watchdog") == 0));
    TestPostgresWatchdog test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_postgres_watchdog.moc"
