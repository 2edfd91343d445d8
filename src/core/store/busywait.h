#pragma once

// Taking turns at the database's one write lock. WAL lets many connections read while one writes;
// the app's UI and its sync thread each hold a connection and write in short transactions. A
// connection that finds the lock taken waits here (installed instead of sqlite3_busy_timeout): in
// steps of a fraction of a millisecond, so it gets in soon after the lock is free, for at most
// BusyTimeoutMs, and the other threads of the process can see that it waits, so a writer that
// commits often (a sync applying a stream) ends its turn and lets it write first
// (yieldToWaitingWriters). SQLite's own busy_timeout sleeps up to 100 ms at a time: against a
// writer that began its next transaction right after each commit it rarely found the lock free.

struct sqlite3;

namespace bollplank::busywait {

/// How long a connection waits for a lock before SQLITE_BUSY.
inline constexpr int BusyTimeoutMs = 5000;

/// Installs the waiting on a connection.
void install(sqlite3 *db);

/// Called by the store after every SQLite call that may have waited: the calling thread has the
/// lock it waited for, or gave up.
void settled() noexcept;

/// Whether a thread of this process other than the caller waits for a lock right now.
[[nodiscard]] bool othersWaiting() noexcept;

/// After a commit: waits (bounded) while another thread of this process waits for a lock, so it
/// takes it before the caller begins its next write transaction.
void yieldToWaitingWriters();

/// How long the calling thread has waited for locks so far, in total (nanoseconds): a UI can tell
/// its waits from the rest of its work.
[[nodiscard]] long long waitedOnThisThreadNs() noexcept;

} // namespace bollplank::busywait
