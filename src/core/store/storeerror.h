#pragma once

#include <stdexcept>
#include <string>

namespace bollplank {

/// Every failure of the encrypted store, typed so callers can react and users get a clear message.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        WrongPassphrase, ///< The passphrase does not unwrap the key file.
        CorruptKeyFile,  ///< The key file is truncated, tampered or of an unknown format.
        CorruptDatabase, ///< The database is not readable with the key (damaged or not ours).
        NewerSchema,     ///< The database was written by a newer Bollplank.
        DiskFull,        ///< A write failed for lack of space; the transaction was rolled back.
        InUse,           ///< Another process has this profile open.
        Busy,            ///< The database stayed locked past the timeout.
        Io,              ///< Reading or writing a file failed.
        Constraint,      ///< A write broke a rule of the schema (a bug or bad input).
        NotFound,        ///< The requested record does not exist.
        InvalidInput,    ///< A value given to the API is out of range or malformed.
        NotEncrypted,    ///< The SQLite library in use is not SQLCipher: nothing is opened or written.
        Internal,        ///< Anything else SQLite reported.
    };

    StoreError(Kind kind, const std::string &message)
        : std::runtime_error(message)
        , m_kind(kind)
    {
    }

    [[nodiscard]] Kind kind() const noexcept { return m_kind; }

private:
    Kind m_kind;
};

} // namespace bollplank
