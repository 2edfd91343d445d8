#pragma once

// A bollplank-relay process for a test: started with port 0, its URL read from its first line,
// stopped with SIGTERM so it shuts down the way it does in production.

#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace bollplank::e2e {

class RelayProcess
{
public:
    RelayProcess() = default;
    ~RelayProcess();
    RelayProcess(const RelayProcess &) = delete;
    RelayProcess &operator=(const RelayProcess &) = delete;

    /// Starts the relay; false (with the reason in error()) when it does not come up.
    [[nodiscard]] bool start(const QStringList &arguments, const QString &program = {});
    /// SIGTERM, then waits; true when it exited on its own with code 0.
    bool stop();

    [[nodiscard]] const QUrl &url() const noexcept { return m_url; }
    [[nodiscard]] const QString &error() const noexcept { return m_error; }
    /// Everything it wrote (stdout and stderr), for checks that no content was logged.
    [[nodiscard]] QByteArray output();

private:
    QProcess m_process;
    QUrl m_url;
    QString m_error;
    QByteArray m_output;
};

/// The relay program this build made.
[[nodiscard]] QString relayProgram();

} // namespace bollplank::e2e
