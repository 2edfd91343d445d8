#pragma once

#include <string_view>
#include <vector>

namespace bollplank {

class Database;

/// One numbered schema step. Step N takes a database from user_version N-1 to N.
struct Migration
{
    int version;
    std::string_view summary;
    std::string_view sql;
};

/// Every migration, in order; the last one's version is the schema this build writes.
[[nodiscard]] const std::vector<Migration> &migrations();
[[nodiscard]] int latestSchemaVersion();

/// Brings the database up to target (default: latest), each step in its own transaction.
/// Throws StoreError NewerSchema, leaving the file untouched, if the database is ahead of this build.
void migrate(Database &db, int target = -1);

} // namespace bollplank
