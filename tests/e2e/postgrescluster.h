#pragma once

// A throwaway PostgreSQL cluster for a test: initdb in a temporary folder, a server on a free
// loopback port, stopped and removed afterwards. PostgreSQL refuses to run as root, so a root
// test runs the server binaries as the "postgres" system user (Debian's package creates it).

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

private:
    bool run(const QString &program, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_bin;
    int m_port = 0;
    bool m_started = false;
    bool m_asPostgresUser = false;
    QString m_error;
};

} // namespace bollplank::e2e
