#include "migrations.h"

#include "database.h"
#include "schema_v1.h"
#include "schema_v2.h"
#include "schema_v3.h"
#include "schema_v4.h"
#include "schema_v5.h"
#include "schema_v6.h"
#include "schema_v7.h"
#include "schema_v8.h"
#include "schema_v9.h"
#include "schema_v10.h"
#include "storeerror.h"
#include "transaction.h"

#include <string>

namespace bollplank {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {
        { 1, "profile, mentorship and meeting records with sync metadata", schema::v1 },
        { 2, "full-text search index over reflections, minutes, comments and notes", schema::v2 },
        { 3, "meeting series with moved and cancelled occurrences, reminder settings and delivery log", schema::v3 },
        { 4, "drafts of meetings left halfway", schema::v4 },
        { 5, "sync: device keys, collections, outbox, cursors and pairing invites", schema::v5 },
        { 6, "sync against a hostile partner or relay: member roles, per-author chains, high-water marks", schema::v6 },
        { 7, "erasure on revocation: erased collections and what their advisories report", schema::v7 },
        { 8, "endpoints per collection, pull cursors per endpoint, outbox acknowledgements per endpoint", schema::v8 },
        { 9, "pairing messages kept until the mailbox took them", schema::v9 },
        { 10, "unsaved text of open editors", schema::v10 },
    };
    return all;
}

int latestSchemaVersion()
{
    return migrations().back().version;
}

void migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    const int current = db.userVersion();
    if (current > latestSchemaVersion())
        throw StoreError(StoreError::Kind::NewerSchema,
            "This profile was saved by a newer version of Bollplank (schema " + std::to_string(current)
                + ", this version reads up to " + std::to_string(latestSchemaVersion()) + "); update the app");
    for (const Migration &step : migrations()) {
        if (step.version <= current || step.version > target)
            continue;
        Transaction tx(db);
        db.exec(step.sql);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        tx.commit();
    }
}

} // namespace bollplank
