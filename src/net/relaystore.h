#pragma once

// Where a sync server keeps envelopes, memberships and pairing mailboxes. One class over Qt Sql
// for both backends: SQLite for one process (the default, and the direct endpoint), PostgreSQL
// for several relay processes sharing one database, which tell each other about new envelopes
// through LISTEN/NOTIFY. The direct endpoint's SQLite file is encrypted with SQLCipher under a
// key only the unlocked profile has (docs/SECURITY.md, "Ciphertext stored outside the database").

#include "store/securekey.h"
#include "sync/transport.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

namespace bollplank::net {

/// The storage failed (cannot open, connection lost, constraint broken). Its message names the
/// backend and the operation, never stored bytes.
class RelayStoreError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

class RelayStore : public QObject
{
    Q_OBJECT

public:
    /// `spec` is a file path (SQLite) or a postgresql://user[:password]@host[:port]/database URL.
    /// Creates the tables when missing. Throws RelayStoreError.
    ///
    /// With `key` (SQLite only; refused for PostgreSQL) the file is encrypted with SQLCipher under
    /// that raw 256-bit key, in the profile database's format (SQLCipher 3, 4,096-byte pages). It
    /// fails closed: when the SQLite in use is not SQLCipher, or the key does not open the file,
    /// it throws and writes nothing. A plain SQLite file (an endpoint database from a release
    /// that did not encrypt it) is first converted into an encrypted one in place, every row
    /// kept, replaced atomically: a crash leaves the old plain file or the new encrypted one.
    [[nodiscard]] static std::unique_ptr<RelayStore> open(
        const QString &spec, const std::optional<SecureKey> &key = std::nullopt);
    ~RelayStore() override;

    [[nodiscard]] bool isPostgres() const noexcept { return m_postgres; }
    /// True when the SQLite file is encrypted (opened with a key).
    [[nodiscard]] bool isEncrypted() const noexcept { return m_key.has_value(); }

    /// The page size of an encrypted file: the profile database's (Database::NewPageSize), set
    /// again on every open because SQLCipher 3 does not remember a non-default one.
    static constexpr int EncryptedPageSize = 4096;

    /// Closes and reopens the connection (a PostgreSQL server restarted, a network blip).
    /// True when the store is usable again; the caller may then retry the failed request,
    /// which every request allows (they are idempotent).
    [[nodiscard]] bool reconnect();
    /// Checks the connection with a trivial query and reconnects when it is gone (so a relay
    /// keeps hearing other relays' notifications after a database restart).
    void keepAlive();

    /// The sequence of each envelope, in order. An envelope already stored (same bytes) keeps
    /// its first sequence and is not stored again. The caller checked membership. `pusher` is
    /// the authenticated device that sent them. nullopt (nothing stored) when the collection is
    /// frozen; checked under the collection's lock, so a push never slips past a freeze.
    [[nodiscard]] std::optional<std::vector<qint64>> append(
        const QByteArray &collection, const std::vector<QByteArray> &envelopes, const QByteArray &pusher);

    /// At most `limit` envelopes after `after`, stopping early once `maxBytes` are gathered
    /// (but always at least one). Envelopes pushed by `skipPusher` (when given) are left out: the
    /// device that sent them holds them. The page's `through` tells how far it covers.
    /// The highest sequence the collection has given out (0 for none): a page's `left` is the
    /// distance from its `through` to it.
    [[nodiscard]] qint64 lastSequence(const QByteArray &collection);
    [[nodiscard]] sync::PullPage read(const QByteArray &collection, qint64 after, int limit, qint64 maxBytes,
        const QByteArray &skipPusher = {});

    /// Rows a pull that skips the puller's own envelopes looks at, at most, in one page.
    static constexpr int SkipScanRows = 5000;

    [[nodiscard]] bool isMember(const QByteArray &collection, const QByteArray &device);

    enum class MemberResult { Changed, NotMember, Frozen };
    /// Adds or removes `device`, keeping the signed statement (the caller verified it: signed by
    /// `granter`, naming this collection and device) beside an added member. An unknown
    /// collection is created with `granter` as its first member, whose row keeps the same
    /// statement. On a known one only a member may change membership (else NotMember), and a
    /// frozen one takes revocations only (else Frozen); a refused change changes nothing. The
    /// statement that revokes a member is kept as that device's proof (revocation()).
    [[nodiscard]] MemberResult setMember(const QByteArray &collection, const QByteArray &granter,
        const QByteArray &device, bool revoke, const QByteArray &statement, const QByteArray &signature);

    /// The collection's members, each with the statement that added it (empty for members from
    /// before statements were kept), ordered by device key.
    [[nodiscard]] std::vector<sync::MemberStatement> members(const QByteArray &collection);

    /// The signed statement that revoked `device` from the collection, kept when a member revoked
    /// it (and dropped if it is added again); nullopt when it was never revoked here.
    [[nodiscard]] std::optional<sync::MemberStatement> revocation(const QByteArray &collection, const QByteArray &device);

    /// Marks a collection frozen: later appends and additions are refused. Idempotent.
    void freeze(const QByteArray &collection);

    /// Stores a message (again: no duplicate). False when the mailbox already holds
    /// `maxMessages` other messages. Messages older than a week are dropped first.
    [[nodiscard]] bool post(const QByteArray &mailbox, const QByteArray &message, int maxMessages);
    [[nodiscard]] std::vector<QByteArray> readMailbox(const QByteArray &mailbox);

    /// Row counts, for tests and the relay's log: envelopes, members, mailbox messages.
    struct Counts
    {
        qint64 envelopes = 0;
        qint64 members = 0;
        qint64 messages = 0;
    };
    [[nodiscard]] Counts counts();

signals:
    /// Another relay process sharing this database stored new envelopes (PostgreSQL only).
    void appendedElsewhere(const QByteArray &collection, qint64 lastSequence);

private:
    RelayStore(QString connectionName, bool postgres, std::optional<SecureKey> key);
    void createSchema();
    void onNotification(const QString &name, const QVariant &payload, bool fromSelf);

    QString m_connection;
    bool m_postgres = false;
    /// Kept (in guarded memory) to key the connection again when reconnect() reopens it.
    std::optional<SecureKey> m_key;
};

} // namespace bollplank::net
