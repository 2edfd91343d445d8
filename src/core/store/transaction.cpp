#include "transaction.h"

#include "database.h"

#include <sqlite3.h>

namespace bollplank {

Transaction::Transaction(Database &db)
    : m_db(db)
{
    m_nested = sqlite3_get_autocommit(m_db.handle()) == 0;
    // IMMEDIATE takes the write lock up front, so a busy database fails here and not mid-way.
    m_db.exec(m_nested ? "SAVEPOINT nested" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    try {
        m_db.exec(m_nested ? "ROLLBACK TO nested; RELEASE nested" : "ROLLBACK");
    } catch (...) {
        // SQLite may already have rolled back on a full disk; nothing is left to undo.
    }
}

void Transaction::commit()
{
    m_db.exec(m_nested ? "RELEASE nested" : "COMMIT");
    m_done = true;
}

} // namespace bollplank
