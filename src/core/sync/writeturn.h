#pragma once

// The sync engine's turns at the database's one write lock. The app's UI writes the same database
// through a connection of its own while sync runs on its own thread (WAL: one writer at a time,
// store/busywait.h), and a person's save must not wait behind a sync: every write transaction the
// engine holds is one turn, after which it commits what it did (a pull: with the cursor past
// exactly the envelopes applied) and lets a connection that waits write before its next turn.
//
// A turn ends once it has worked for WriteBudget while another connection waits for the lock, or
// after LongestTurn in any case. 25 ms: a UI save then waits for about that plus the commit, which
// a person does not notice (a frame at 60 Hz is 16.7 ms; a key press echoed within 50 ms feels
// immediate). While nobody waits a turn goes on, because every commit costs a cold sync: it
// rewrites the index pages its envelopes touched, and record ids and hashes are random keys. In
// bollplank-bench-sync's 10,000-envelope cold sync the mentor's side wrote 13,800 pages in one
// transaction per 2,500 envelopes (as before turns), 17,200 with turns of at most 250 ms, 25,300
// at 100 ms and 44,100 when every turn ended at 25 ms (which cost it about 30 % more CPU).

#include "store/busywait.h"
#include "store/database.h"
#include "store/transaction.h"

#include <chrono>

namespace bollplank::sync {

inline constexpr std::chrono::milliseconds WriteBudget { 25 };
inline constexpr std::chrono::milliseconds LongestTurn { 250 };

class WriteTurn
{
public:
    /// Begins a write transaction (BEGIN IMMEDIATE; waits for the lock as busywait.h says).
    explicit WriteTurn(Database &db)
        : m_tx(db)
        , m_start(std::chrono::steady_clock::now())
    {
    }

    /// Whether this turn is over (above): commit, and go on in a new one.
    [[nodiscard]] bool spent() const
    {
        const auto held = std::chrono::steady_clock::now() - m_start;
        return held >= LongestTurn || (held >= WriteBudget && busywait::othersWaiting());
    }

    /// Commits, then lets a connection waiting for the lock write first.
    void commit()
    {
        m_tx.commit();
        if (!m_tx.nested()) // a savepoint's commit keeps the lock: nobody could take the turn
            busywait::yieldToWaitingWriters();
    }

private:
    Transaction m_tx;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace bollplank::sync
