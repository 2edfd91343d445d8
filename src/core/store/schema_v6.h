#pragma once

#include <string_view>

namespace bollplank::schema {

// Sync that holds against a hostile partner or relay (docs/SECURITY.md).
inline constexpr std::string_view v6 =
    // Whose device each member is, bound by this device when it received the grant or the
    // membership record; in a shared space it decides which tables and columns a device may write.
    // Existing members: this person's devices (this one, and those in its private collections)
    // have this profile's role, every other member of a shared space the other role.
    "ALTER TABLE sync_member ADD COLUMN role TEXT CHECK (role IN ('adept', 'mentor'));"
    "ALTER TABLE sync_member ADD COLUMN added_at INTEGER;"
    "UPDATE sync_member SET role = (SELECT role FROM profile ORDER BY seq LIMIT 1)"
    "  WHERE sign_public IN (SELECT sign_public FROM sync_identity)"
    "     OR sign_public IN (SELECT m.sign_public FROM sync_member m JOIN sync_collection c"
    "                        ON c.id = m.collection_id WHERE c.kind <> 'shared')"
    "     OR collection_id IN (SELECT id FROM sync_collection WHERE kind <> 'shared');"
    "UPDATE sync_member SET role = CASE (SELECT role FROM profile ORDER BY seq LIMIT 1)"
    "  WHEN 'adept' THEN 'mentor' ELSE 'adept' END WHERE role IS NULL;"

    // The envelope this device last exchanged for a record (its hash) and what that one was
    // written on top of: an envelope whose hash is the parent of the one held is older than it,
    // so a relay that delivers it late cannot bring an old value or a deleted record back.
    "ALTER TABLE sync_record ADD COLUMN hash BLOB;"
    "ALTER TABLE sync_record ADD COLUMN parent_hash BLOB;"

    // Each author's envelopes in a collection are numbered and name the previous one's hash
    // (envelope format 2). Every authentic envelope received takes its place here, applied or
    // refused, so a gap (withheld by the relay) or a fork (two envelopes with one number) shows.
    // This device's own envelopes are here too: its next number and previous hash.
    "CREATE TABLE sync_chain ("
    "  collection_id BLOB NOT NULL,"
    "  author BLOB NOT NULL,"
    "  seq INTEGER NOT NULL CHECK (seq >= 1),"
    "  hash BLOB NOT NULL,"
    "  PRIMARY KEY (collection_id, author, seq)) WITHOUT ROWID;"
    // The highest revision of each record received from each author: anything at or below it is
    // a replay or a reordering and is refused.
    "CREATE TABLE sync_hwm ("
    "  collection_id BLOB NOT NULL,"
    "  record_id TEXT NOT NULL,"
    "  author BLOB NOT NULL,"
    "  revision INTEGER NOT NULL,"
    "  PRIMARY KEY (collection_id, record_id, author)) WITHOUT ROWID;"
    // Revocation (docs/SECURITY.md): a collection some device was cut off from is replaced by a
    // new one (new id, new key) with the members that remain, and frozen here: nothing is written
    // to it again. revoked_at: this device was the one cut off (it learnt so from the rotation).
    "ALTER TABLE sync_collection ADD COLUMN frozen_at INTEGER;"
    "ALTER TABLE sync_collection ADD COLUMN replaced_by BLOB;"
    "ALTER TABLE sync_collection ADD COLUMN revoked_at INTEGER;"
    // The devices a frozen collection was taken from, to revoke at every server it used, and the
    // servers told so far (by the address this device reaches them at).
    "CREATE TABLE sync_revoked ("
    "  collection_id BLOB NOT NULL,"
    "  sign_public BLOB NOT NULL,"
    "  PRIMARY KEY (collection_id, sign_public)) WITHOUT ROWID;"
    "CREATE TABLE sync_freeze_told ("
    "  collection_id BLOB NOT NULL,"
    "  endpoint TEXT NOT NULL,"
    "  PRIMARY KEY (collection_id, endpoint)) WITHOUT ROWID;"
    // What the people should know about the devices of a collection: a device added (compare its
    // safety number), devices revoked, the other person ending the pairing. Shown until seen.
    "CREATE TABLE sync_advisory ("
    "  seq INTEGER PRIMARY KEY,"
    "  collection_id BLOB NOT NULL,"
    "  kind TEXT NOT NULL CHECK (kind IN ('device-added', 'device-revoked', 'ended')),"
    "  sign_public BLOB,"
    "  device_id TEXT,"
    "  role TEXT,"
    "  at INTEGER NOT NULL,"
    "  seen_at INTEGER);"
    // Forks seen: an author's two different envelopes with one number. Shown, never resolved.
    "CREATE TABLE sync_fork ("
    "  collection_id BLOB NOT NULL,"
    "  author BLOB NOT NULL,"
    "  seq INTEGER NOT NULL,"
    "  seen_at INTEGER NOT NULL,"
    "  PRIMARY KEY (collection_id, author, seq)) WITHOUT ROWID;";

} // namespace bollplank::schema
