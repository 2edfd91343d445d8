#pragma once

// A throwaway PostgreSQL cluster for a test: initdb in a temporary folder, a server on a free
// loopback port, stopped and removed afterwards. PostgreSQL refuses to run as root, so a root
// test runs the server binaries as the "postgres" system user (Debian's package creates it).
//
// A test that is killed (kill -9, a ctest timeout) runs no destructor, and its server would run on
// for good. So the folder records its owner (pid and start time), a watchdog in a session of its
// own stops the server and removes the folder once the owner is gone, and start() first removes
// the clusters of earlier runs whose owner is gone (should their watchdog have died with them).

#include <QString>
#include <QTemporaryDir>

namespace bollplank::e2e {

class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    /// The folder of initdb and pg_ctl, or empty when PostgreSQL's server is not installed.
    [[nodiscard]] static QString binDir();

    /// Creates and starts the cluster; false with the reason in error().
    [[nodiscard]] bool start();
    /// postgresql://bollplank@127.0.0.1:PORT/postgres
    [[nodiscard]] QString url() const;
    [[nodiscard]] const QString &error() const noexcept { return m_error; }
    /// The cluster's data folder (to search its files for marker strings).
    [[nodiscard]] QString dataDir() const;
    /// The folder holding the data folder, the server's log and the owner record.
    [[nodiscard]] QString folder() const { return m_dir.path(); }

    /// Without the watchdog a killed owner leaves its server running: only for the test of the
    /// clean-up at the next start. Call before start().
    void setWatchdogEnabled(bool enabled) { m_watchdog = enabled; }

    /// The folders of every cluster on this machine (this run's and earlier ones').
    [[nodiscard]] static QStringList allFolders();
    /// Stops and removes the clusters of earlier runs whose owner is gone; returns how many.
    int removeOrphans();

private:
    bool run(const QString &program, const QStringList &arguments);
    bool recordOwner();
    bool startWatchdog();

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_started = false;
    bool m_asPostgresUser = false;
    bool m_watchdog = true;
    QString m_error;
};

} // namespace bollplank::e2e
