#include "clierror.h"

namespace bollplank::cli {

ExitCode exitCodeFor(StoreError::Kind kind) noexcept
{
    switch (kind) {
    case StoreError::Kind::WrongPassphrase:
        return ExitCode::WrongPassphrase;
    case StoreError::Kind::CorruptKeyFile:
    case StoreError::Kind::CorruptDatabase:
    case StoreError::Kind::NewerSchema:
        return ExitCode::Damaged;
    case StoreError::Kind::InUse:
    case StoreError::Kind::Busy:
        return ExitCode::InUse;
    case StoreError::Kind::NotFound:
    case StoreError::Kind::InvalidInput:
    case StoreError::Kind::Constraint:
        return ExitCode::Invalid;
    case StoreError::Kind::DiskFull:
    case StoreError::Kind::Io:
    case StoreError::Kind::Internal:
    case StoreError::Kind::NotEncrypted:
        return ExitCode::Io;
    }
    return ExitCode::Io;
}

} // namespace bollplank::cli
