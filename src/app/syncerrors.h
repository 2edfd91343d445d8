#pragma once

// Plain words for each way a sync or pairing step fails. The core's messages are for logs and
// the CLI; a person needs to know what happened and what to do next.

#include "sync/transport.h"

#include <QString>

namespace bollplank {

/// The sentence the Sync screens show for kind.
[[nodiscard]] QString syncErrorText(sync::SyncErrorKind kind);

} // namespace bollplank
