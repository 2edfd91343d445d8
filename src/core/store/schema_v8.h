#pragma once

#include <string_view>

namespace bollplank::schema {

// Endpoints per collection (docs/sync-protocol.md, "Which collection syncs where"; security issue
// #12). Before, one profile-wide address carried every collection, so accepting a partner's invite
// moved the private journal to the partner's server (possibly the mentor's own device).
inline constexpr std::string_view v8 =
    // The endpoints a collection is bound to, as this device reaches them (URLs). A pairing with
    // the other person binds that mentorship's shared space to the endpoint the pairing ran
    // through; linking an own device through an endpoint that is not the person's own binds the
    // private collections to it as well. Private collections always sync through the person's own
    // endpoint (the sync server in Settings, --relay) too; a shared space with no row here syncs
    // there as well, which is how every collection of a profile from before this step goes on
    // syncing exactly where it did.
    "CREATE TABLE sync_route ("
    "  collection_id BLOB NOT NULL,"
    "  endpoint TEXT NOT NULL CHECK (length(endpoint) > 0),"
    "  PRIMARY KEY (collection_id, endpoint)) WITHOUT ROWID;"

    // The pull cursor is a server's sequence number, so it is kept per server: one collection
    // pulled from two (the relay and the mentor's direct endpoint) no longer uses one server's
    // numbers at the other and skips envelopes there. A cursor from before this step belongs to
    // whichever server the profile used then; it is kept under the empty endpoint and taken over
    // by the first server the collection is pulled from afterwards (the engine, Engine::pull).
    "CREATE TABLE sync_cursor_v8 ("
    "  collection_id BLOB NOT NULL,"
    "  endpoint TEXT NOT NULL,"
    "  after INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (collection_id, endpoint)) WITHOUT ROWID;"
    "INSERT INTO sync_cursor_v8 (collection_id, endpoint, after) SELECT collection_id, '', after FROM sync_cursor;"
    "DROP TABLE sync_cursor;"
    "ALTER TABLE sync_cursor_v8 RENAME TO sync_cursor;"

    // An outgoing envelope of a collection that syncs through more than one endpoint stays in the
    // outbox until each has acknowledged it; these are the acknowledgements so far.
    "CREATE TABLE sync_outbox_sent ("
    "  outbox_seq INTEGER NOT NULL,"
    "  endpoint TEXT NOT NULL,"
    "  PRIMARY KEY (outbox_seq, endpoint)) WITHOUT ROWID;"

    // The servers each member of a collection was announced at (Transport::setMember), so a
    // collection that starts syncing through one more endpoint (an own device linked through the
    // mentor's direct endpoint, a new own relay) is announced there too. Members announced before
    // this step have no row and are not announced again.
    "CREATE TABLE sync_announced ("
    "  collection_id BLOB NOT NULL,"
    "  sign_public BLOB NOT NULL,"
    "  endpoint TEXT NOT NULL,"
    "  PRIMARY KEY (collection_id, sign_public, endpoint)) WITHOUT ROWID;"

    // Where a pairing ran (the address the answer was posted to or read from), so the step that
    // completes it, perhaps in another run of the CLI, reads the grant there and binds to it.
    "ALTER TABLE sync_invite ADD COLUMN endpoint TEXT;";

} // namespace bollplank::schema
