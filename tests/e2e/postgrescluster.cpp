#include "postgrescluster.h"

#include <QDir>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bollplank::e2e {

PostgresCluster::PostgresCluster()
    : m_dir(QDir::tempPath() + u"/bollplank-pg-XXXXXX"_s)
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
