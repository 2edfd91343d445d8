#pragma once

#include "store/storeerror.h"

#include <QString>
#include <stdexcept>

namespace bollplank::cli {

/// The process exit codes, listed in --help. Scripts rely on them: never renumber.
enum class ExitCode : int {
    Ok = 0,
    Usage = 1, ///< the command line is wrong: unknown command or option, missing or malformed value
    WrongPassphrase = 2, ///< the passphrase does not unlock the profile
    Damaged = 3, ///< the key file or database is damaged, or written by a newer Bollplank
    InUse = 4, ///< another process has the profile open
    Invalid = 5, ///< no such profile or record, or a value the domain rejects
    Io = 6, ///< reading or writing a file failed, or any other failure
    Unreachable = 7, ///< sync: the relay or the other device cannot be reached
    SyncRefused = 8, ///< sync: refused (not paired, not authorised, over a limit) or a damaged envelope
};

/// A failure the CLI itself detects. The message is one line for stderr and never holds
/// note content (only names of options, ids and paths).
class CliError : public std::runtime_error
{
public:
    CliError(ExitCode code, const QString &message)
        : std::runtime_error(message.toStdString())
        , m_code(code)
    {
    }

    [[nodiscard]] ExitCode code() const noexcept { return m_code; }

private:
    ExitCode m_code;
};

[[nodiscard]] inline CliError usageError(const QString &message)
{
    return CliError(ExitCode::Usage, message);
}

[[nodiscard]] inline CliError invalidInput(const QString &message)
{
    return CliError(ExitCode::Invalid, message);
}

/// How a failure of the core maps onto the exit codes.
[[nodiscard]] ExitCode exitCodeFor(StoreError::Kind kind) noexcept;

} // namespace bollplank::cli
