#pragma once

#include <QHash>
#include <QString>

namespace bollplank {

class Store;

/// For every mentorship with any: how many reflections were shared with it since its last held
/// meeting began (the last one starting before `now`), or ever when none was held. Counts in
/// SQLite, so a mentor's overview of many adepts reads no reflection text.
[[nodiscard]] QHash<QString, int> sharedSinceLastMeeting(Store &store, qint64 now);

} // namespace bollplank
