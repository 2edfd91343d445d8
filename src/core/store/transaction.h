#pragma once

namespace bollplank {

class Database;

/// BEGIN IMMEDIATE on construction; rolls back unless commit() was called. Inside another
/// transaction it becomes a savepoint, so repository calls compose into one atomic write.
class Transaction
{
public:
    explicit Transaction(Database &db);
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    ~Transaction();
    void commit();
    /// True inside another transaction: a savepoint, whose commit keeps the outer one's lock.
    [[nodiscard]] bool nested() const noexcept { return m_nested; }

private:
    Database &m_db;
    bool m_done = false;
    bool m_nested = false;
};

} // namespace bollplank
