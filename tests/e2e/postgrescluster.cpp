#include "postgrescluster.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bollplank::e2e {

namespace {

// Constants rather than QString globals: a cluster may be built during static initialisation.
constexpr auto FolderPrefix = "bollplank-pg-"_L1;
constexpr auto OwnerFile = "owner"_L1;

/// "PID STARTTIME" of a live process, empty when there is none. The start time (field 22 of
/// /proc/PID/stat, clock ticks after boot) tells the owner from a later process given its pid.
QByteArray processIdentity(qint64 pid)
{
    QFile stat(u"/proc/%1/stat"_s.arg(pid));
    if (pid <= 0 || !stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray line = stat.readAll();
    // The command name (field 2) is in parentheses and may hold spaces: count after the last ')'.
    const qsizetype close = line.lastIndexOf(')');
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    // fields[0] is field 3, the state: a zombie has ended.
    if (close < 0 || fields.size() < 20 || fields.at(0) == "Z")
        return {};
    return QByteArray::number(pid) + ' ' + fields.at(19);
}

/// False only for a folder whose recorded owner is gone. A folder without a readable record is
/// being created, or belongs to another user: not ours to judge.
bool ownerAlive(const QString &folder)
{
    QFile file(QDir(folder).filePath(OwnerFile));
    if (!file.open(QIODevice::ReadOnly))
        return true;
    const QByteArray record = file.readAll().trimmed();
    return processIdentity(record.split(' ').value(0).toLongLong()) == record;
}

/// Whether the server named in a data folder's postmaster.pid still runs.
bool serverRunning(const QString &data)
{
    QFile file(QDir(data).filePath(u"postmaster.pid"_s));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return !processIdentity(file.readLine().trimmed().toLongLong()).isEmpty();
}

} // namespace

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + u'/' + FolderPrefix + u"XXXXXX"_s)
    , m_bin(binDir())
{
}

PostgresCluster::~PostgresCluster()
{
    if (m_started)
        run(m_bin + u"/pg_ctl"_s, { u"-D"_s, dataDir(), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s });
}

QString PostgresCluster::binDir()
{
    const QDir root(u"/usr/lib/postgresql"_s);
    QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString &version : versions) {
        const QString bin = root.filePath(version + u"/bin"_s);
        if (QFile::exists(bin + u"/initdb"_s) && QFile::exists(bin + u"/pg_ctl"_s))
            return bin;
    }
    return {};
}

QStringList PostgresCluster::allFolders()
{
    const QDir temp(QDir::tempPath());
    QStringList folders;
    for (const QString &name : temp.entryList({ FolderPrefix + u"*"_s }, QDir::Dirs | QDir::NoDotAndDotDot))
        folders.append(temp.filePath(name));
    return folders;
}

int PostgresCluster::removeOrphans()
{
    const QString error = m_error;
    int removed = 0;
    for (const QString &folder : allFolders()) {
        if (folder == m_dir.path() || ownerAlive(folder))
            continue;
        const QString data = QDir(folder).filePath(u"data"_s);
        if (serverRunning(data))
            run(m_bin + u"/pg_ctl"_s, { u"-D"_s, data, u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s });
        if (serverRunning(data)) {
            qWarning("PostgresCluster: cannot stop the orphaned cluster in %s: %s", qPrintable(folder),
                qPrintable(m_error));
            continue;
        }
        if (QDir(folder).removeRecursively())
            ++removed;
    }
    m_error = error;
    return removed;
}

bool PostgresCluster::recordOwner()
{
    const QByteArray identity = processIdentity(QCoreApplication::applicationPid());
    QFile file(m_dir.filePath(OwnerFile));
    if (identity.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(identity + '\n') < 0) {
        m_error = u"cannot record the cluster's owner"_s;
        return false;
    }
    return true;
}

bool PostgresCluster::startWatchdog()
{
    // Polls once a second while the owner (the same pid and start time) lives and the folder is
    // there; the destructor's clean-up removes the folder, a killed owner leaves it to this.
    static const QString script = uR"(pid=$1 start=$2 folder=$3 data=$4
shift 4
alive() {
    stat=$(cat /proc/$pid/stat 2>/dev/null) || return 1
    set -- ${stat##*") "}
    [ "$1" != Z ] && [ "${20}" = "$start" ]
}
while alive && [ -d "$folder" ]; do sleep 1; done
[ -d "$folder" ] || exit 0
"$@" -D "$data" -m immediate -w stop >/dev/null 2>&1
rm -rf "$folder")"_s;
    const QList<QByteArray> owner = processIdentity(QCoreApplication::applicationPid()).split(' ');
    QStringList pgCtl { m_bin + u"/pg_ctl"_s };
    if (m_asPostgresUser)
        pgCtl = QStringList { u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s } + pgCtl;
    // setsid: a session of its own, so a signal to the test's process group spares it.
    const QStringList arguments = QStringList { u"sh"_s, u"-c"_s, script, u"bollplank-pg-watchdog"_s,
        QString::fromLatin1(owner.value(0)), QString::fromLatin1(owner.value(1)), m_dir.path(), dataDir() }
        + pgCtl;
    if (owner.size() != 2 || !QProcess::startDetached(u"setsid"_s, arguments, u"/"_s)) {
        m_error = u"cannot start the cluster's watchdog (setsid, sh)"_s;
        return false;
    }
    return true;
}

QString PostgresCluster::dataDir() const
{
    return m_dir.filePath(u"data"_s);
}

QString PostgresCluster::url() const
{
    return u"postgresql://bollplank@127.0.0.1:%1/postgres"_s.arg(m_port);
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        process.start(u"runuser"_s, QStringList { u"-u"_s, u"postgres"_s, u"--"_s, program } + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        m_error = u"%1 failed: %2"_s.arg(
            QFileInfo(program).fileName(), QString::fromLocal8Bit(process.readAll()) + process.errorString());
        return false;
    }
    return true;
}

bool PostgresCluster::start()
{
    if (m_bin.isEmpty()) {
        m_error = u"PostgreSQL's server (initdb, pg_ctl) is not installed"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        m_error = u"cannot create a temporary folder"_s;
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user) {
            m_error = u"running as root and there is no \"postgres\" user to run PostgreSQL as"_s;
            return false;
        }
        if (::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) != 0) {
            m_error = u"cannot hand the temporary folder to the postgres user"_s;
            return false;
        }
        m_asPostgresUser = true;
    }
    removeOrphans();
    if (!recordOwner() || (m_watchdog && !startWatchdog()))
        return false;
    // A free port: bind, read, release. Another process could take it in between; start then fails
    // with a clear message rather than connecting to a stranger.
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = u"no free loopback port"_s;
            return false;
        }
        m_port = probe.serverPort();
    }
    if (!run(m_bin + u"/initdb"_s,
            { u"-D"_s, dataDir(), u"-U"_s, u"bollplank"_s, u"-A"_s, u"trust"_s, u"--no-sync"_s, u"-E"_s,
                u"UTF8"_s, u"--locale=C"_s }))
        return false;
    const QString options
        = u"-p %1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=%2 -c fsync=off"_s.arg(m_port).arg(
            m_dir.path());
    if (!run(m_bin + u"/pg_ctl"_s,
            { u"-D"_s, dataDir(), u"-o"_s, options, u"-l"_s, m_dir.filePath(u"server.log"_s), u"-w"_s,
                u"-t"_s, u"120"_s, u"start"_s }))
        return false;
    m_started = true;
    return true;
}

} // namespace bollplank::e2e
