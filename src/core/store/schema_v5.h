#pragma once

#include <string_view>

namespace bollplank::schema {

// End-to-end encrypted sync (see docs/sync-envelope-format.md and docs/pairing.md). Everything
// here lives inside the SQLCipher database: secret keys never touch disk in the clear.
inline constexpr std::string_view v5 =
    // This device's long-term keys. Ed25519 is kept as its 32-byte seed, X25519 as its secret.
    "CREATE TABLE sync_identity ("
    "  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),"
    "  sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),"
    "  sign_seed BLOB NOT NULL CHECK (length(sign_seed) = 32),"
    "  box_public BLOB NOT NULL CHECK (length(box_public) = 32),"
    "  box_secret BLOB NOT NULL CHECK (length(box_secret) = 32),"
    "  created_at INTEGER NOT NULL);"

    // A collection: the adept's journal, a pair's shared space, or the mentor's notes about an
    // adept. mentorship_id binds shared and notes collections to this device's own mentorship.
    "CREATE TABLE sync_collection ("
    "  id BLOB PRIMARY KEY CHECK (length(id) = 16),"
    "  kind TEXT NOT NULL CHECK (kind IN ('journal', 'shared', 'notes')),"
    "  mentorship_id TEXT,"
    "  current_epoch INTEGER NOT NULL DEFAULT 1,"
    "  created_at INTEGER NOT NULL);"
    "CREATE TABLE sync_collection_key ("
    "  collection_id BLOB NOT NULL REFERENCES sync_collection(id),"
    "  epoch INTEGER NOT NULL CHECK (epoch >= 1),"
    "  key BLOB NOT NULL CHECK (length(key) = 32),"
    "  PRIMARY KEY (collection_id, epoch));"
    // The devices allowed to write a collection. announced: the server has been told.
    "CREATE TABLE sync_member ("
    "  collection_id BLOB NOT NULL REFERENCES sync_collection(id),"
    "  sign_public BLOB NOT NULL CHECK (length(sign_public) = 32),"
    "  box_public BLOB NOT NULL CHECK (length(box_public) = 32),"
    "  device_id TEXT NOT NULL,"
    "  announced INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (collection_id, sign_public));"

    // Outgoing revisions, queued in the writing transaction. envelope is filled once, on the first
    // push attempt, so a retried push sends the same bytes (the server deduplicates them).
    "CREATE TABLE sync_outbox ("
    "  seq INTEGER PRIMARY KEY,"
    "  collection_id BLOB NOT NULL,"
    "  table_name TEXT NOT NULL,"
    "  record_id TEXT NOT NULL,"
    "  envelope BLOB);"
    "CREATE INDEX sync_outbox_by_record ON sync_outbox(collection_id, record_id);"
    "CREATE INDEX sync_outbox_in_order ON sync_outbox(collection_id, seq);"
    // The last revision of each record exchanged through a collection: what the next envelope
    // names as its parent, and the guard against replays.
    "CREATE TABLE sync_record ("
    "  collection_id BLOB NOT NULL,"
    "  record_id TEXT NOT NULL,"
    "  table_name TEXT NOT NULL,"
    "  revision INTEGER NOT NULL,"
    "  deleted INTEGER NOT NULL DEFAULT 0,"
    "  PRIMARY KEY (collection_id, record_id));"
    // The content of the last few exchanged revisions: the base of a three-way merge.
    "CREATE TABLE sync_history ("
    "  collection_id BLOB NOT NULL,"
    "  record_id TEXT NOT NULL,"
    "  revision INTEGER NOT NULL,"
    "  content BLOB NOT NULL,"
    "  PRIMARY KEY (collection_id, record_id, revision));"
    // Hashes of every envelope applied or sent: the same signed bytes are never applied twice.
    "CREATE TABLE sync_seen (hash BLOB PRIMARY KEY) WITHOUT ROWID;"
    "CREATE TABLE sync_cursor (collection_id BLOB PRIMARY KEY, after INTEGER NOT NULL DEFAULT 0);"
    // Verified envelopes whose parent record has not arrived yet (another collection's order).
    "CREATE TABLE sync_pending ("
    "  seq INTEGER PRIMARY KEY,"
    "  collection_id BLOB NOT NULL,"
    "  envelope BLOB NOT NULL);"
    // Edits that could not be merged: the copy keeps the other device's text, visibly.
    "CREATE TABLE sync_conflict ("
    "  seq INTEGER PRIMARY KEY,"
    "  table_name TEXT NOT NULL,"
    "  record_id TEXT NOT NULL,"
    "  copy_id TEXT,"
    "  created_at INTEGER NOT NULL);"

    // Pairing: invites this device made (role 'issued') or answered ('accepted'), by the hash of
    // their one-time secret; used_at makes each single-use.
    "CREATE TABLE sync_invite ("
    "  mailbox BLOB PRIMARY KEY,"
    "  role TEXT NOT NULL CHECK (role IN ('issued', 'accepted')),"
    "  purpose TEXT NOT NULL CHECK (purpose IN ('partner', 'own-device')),"
    "  secret BLOB NOT NULL,"
    "  peer_sign_public BLOB,"
    "  peer_box_public BLOB,"
    "  peer_device_id TEXT,"
    "  mentorship_id TEXT,"
    "  expires_at INTEGER NOT NULL,"
    "  used_at INTEGER,"
    "  completed_at INTEGER);"

    // A sync page indexes what it imported once, at its end: FTS4 writes a new index segment (and
    // merges) whenever a savepoint opens after an insert, i.e. once per envelope, which was 40% of a
    // cold sync. The engine holds this row only inside its own page transaction (never committed);
    // meanwhile the insert and update triggers step aside and the engine reindexes those rows.
    "CREATE TABLE sync_fts_hold (singleton INTEGER PRIMARY KEY CHECK (singleton = 1));"
    "DROP TRIGGER reflection_fts_insert;"
    "CREATE TRIGGER reflection_fts_insert AFTER INSERT ON reflection"
    "  WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  INSERT INTO search_index(docid, body) VALUES (new.rowid * 4 + 0, new.body); END;"
    "DROP TRIGGER reflection_fts_update;"
    "CREATE TRIGGER reflection_fts_update AFTER UPDATE OF body, deleted ON reflection"
    "  WHEN NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + 0;"
    "  INSERT INTO search_index(docid, body) SELECT new.rowid * 4 + 0, new.body WHERE new.deleted = 0; END;"
    "DROP TRIGGER minutes_fts_insert;"
    "CREATE TRIGGER minutes_fts_insert AFTER INSERT ON minutes"
    "  WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  INSERT INTO search_index(docid, body) VALUES (new.rowid * 4 + 1, new.body); END;"
    "DROP TRIGGER minutes_fts_update;"
    "CREATE TRIGGER minutes_fts_update AFTER UPDATE OF body, deleted ON minutes"
    "  WHEN NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + 1;"
    "  INSERT INTO search_index(docid, body) SELECT new.rowid * 4 + 1, new.body WHERE new.deleted = 0; END;"
    "DROP TRIGGER comment_fts_insert;"
    "CREATE TRIGGER comment_fts_insert AFTER INSERT ON comment"
    "  WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  INSERT INTO search_index(docid, body) VALUES (new.rowid * 4 + 2, new.body); END;"
    "DROP TRIGGER comment_fts_update;"
    "CREATE TRIGGER comment_fts_update AFTER UPDATE OF body, deleted ON comment"
    "  WHEN NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + 2;"
    "  INSERT INTO search_index(docid, body) SELECT new.rowid * 4 + 2, new.body WHERE new.deleted = 0; END;"
    "DROP TRIGGER mentor_note_fts_insert;"
    "CREATE TRIGGER mentor_note_fts_insert AFTER INSERT ON mentor_note"
    "  WHEN new.deleted = 0 AND NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  INSERT INTO search_index(docid, body) VALUES (new.rowid * 4 + 3, new.body); END;"
    "DROP TRIGGER mentor_note_fts_update;"
    "CREATE TRIGGER mentor_note_fts_update AFTER UPDATE OF body, deleted ON mentor_note"
    "  WHEN NOT EXISTS (SELECT 1 FROM sync_fts_hold) BEGIN"
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + 3;"
    "  INSERT INTO search_index(docid, body) SELECT new.rowid * 4 + 3, new.body WHERE new.deleted = 0; END;";

} // namespace bollplank::schema
