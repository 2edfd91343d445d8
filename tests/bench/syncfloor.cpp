#include "syncfloor.h"

#include "stats.h"
#include "sync/envelope.h"

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <exception>
#include <functional>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

namespace bench {

namespace {

// About the size of a real envelope header (CBOR: version, collection, key epoch, record id,
// revisions, author, nonce, chain number and hashes); its bytes are the associated data.
constexpr int HeaderSize = 160;
constexpr int NonceOffset = 64;
constexpr int SignatureSize = crypto_sign_BYTES;
constexpr int TagSize = crypto_aead_xchacha20poly1305_ietf_ABYTES;

unsigned char *u(QByteArray &a)
{
    return reinterpret_cast<unsigned char *>(a.data());
}

const unsigned char *u(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

std::string freshKeyLiteral()
{
    unsigned char key[32];
    randombytes_buf(key, sizeof key);
    return rawKeyLiteral(key, sizeof key);
}

/// Runs helper(i) for i = 0 … n-1 on another thread, and main(i) on this one once helper(i) is
/// done: the crypto ahead of the store. Returns the helper thread's CPU time in milliseconds.
double pipelined(std::size_t n, const std::function<void(std::size_t)> &helper,
    const std::function<void(std::size_t)> &main)
{
    std::atomic<std::size_t> done { 0 };
    std::exception_ptr failure;
    double helperCpu = 0;
    {
        std::jthread worker([&] {
            const double start = threadCpuMs();
            try {
                for (std::size_t i = 0; i < n; ++i) {
                    helper(i);
                    done.store(i + 1, std::memory_order_release);
                    done.notify_one();
                }
            } catch (...) {
                failure = std::current_exception();
                done.store(n + 1, std::memory_order_release); // releases the waiting store thread
                done.notify_one();
            }
            helperCpu = threadCpuMs() - start;
        });
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t ready = done.load(std::memory_order_acquire);
            while (ready <= i) {
                done.wait(ready, std::memory_order_acquire);
                ready = done.load(std::memory_order_acquire);
            }
            if (ready > n)
                break;
            main(i);
        }
    }
    if (failure)
        std::rethrow_exception(failure);
    return helperCpu;
}

} // namespace

struct SyncFloor::Keys
{
    unsigned char aead[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    unsigned char signPublic[crypto_sign_PUBLICKEYBYTES];
    unsigned char signSecret[crypto_sign_SECRETKEYBYTES];
};

SyncFloor::SyncFloor(const QString &folder)
    : m_keys(std::make_unique<Keys>())
    , m_sender((folder + QStringLiteral("/floor-send.db")).toStdString(), freshKeyLiteral())
    , m_receiver((folder + QStringLiteral("/floor-receive.db")).toStdString(), freshKeyLiteral())
{
    crypto_aead_xchacha20poly1305_ietf_keygen(m_keys->aead);
    crypto_sign_keypair(m_keys->signPublic, m_keys->signSecret);
    m_sender.exec("CREATE TABLE outbox (seq INTEGER PRIMARY KEY, envelope BLOB NOT NULL)");
    createSchema(m_receiver);
}

SyncFloor::~SyncFloor()
{
    sodium_memzero(m_keys.get(), sizeof(Keys));
}

FloorSide SyncFloor::send(const std::vector<QByteArray> &payloads)
{
    m_payloads = payloads;
    m_envelopes.assign(payloads.size(), QByteArray());
    RawStatement insert(m_sender, "INSERT INTO outbox (envelope) VALUES (?)");
    const auto seal = [&](std::size_t i) {
        const QByteArray &plain = payloads[i];
        // The format's padding (envelope.cpp): the text, 0x80, zeros to a power of two.
        const int padded = bollplank::sync::paddedSize(int(plain.size()));
        QByteArray buffer(padded, '\0');
        std::copy(plain.cbegin(), plain.cend(), buffer.begin());
        buffer[plain.size()] = char(0x80);
        const auto paddedLength = std::size_t(padded);
        QByteArray &envelope = m_envelopes[i];
        envelope = QByteArray(HeaderSize + qsizetype(paddedLength) + TagSize + SignatureSize, Qt::Uninitialized);
        randombytes_buf(envelope.data(), HeaderSize); // the nonce and stand-ins for the other fields
        unsigned long long cipherLength = 0;
        crypto_aead_xchacha20poly1305_ietf_encrypt(u(envelope) + HeaderSize, &cipherLength, u(buffer), paddedLength,
            u(envelope), HeaderSize, nullptr, u(envelope) + NonceOffset, m_keys->aead);
        const std::size_t signedLength = HeaderSize + std::size_t(cipherLength);
        crypto_sign_detached(u(envelope) + signedLength, nullptr, u(envelope), signedLength, m_keys->signSecret);
    };
    const auto store = [&](std::size_t i) {
        sqlite3_bind_blob(insert.get(), 1, m_envelopes[i].constData(), int(m_envelopes[i].size()), SQLITE_STATIC);
        (void)insert.step();
        insert.reset();
    };
    FloorSide side;
    side.ms = timeMs([&] {
        const double start = threadCpuMs();
        m_sender.exec("BEGIN IMMEDIATE");
        side.cryptoMs = pipelined(payloads.size(), seal, store);
        m_sender.exec("COMMIT");
        side.storeMs = threadCpuMs() - start;
    });
    return side;
}

FloorSide SyncFloor::receive(const std::vector<RawReflectionRow> &rows)
{
    check(rows.size() == m_envelopes.size(), "the floor receives one row per envelope sent");
    // The rows' mentorships, so the foreign keys hold as in the app (not timed: pairing made them).
    {
        std::set<std::string> mentorships;
        for (const RawReflectionRow &row : rows)
            if (row.hasMentorship)
                mentorships.insert(row.mentorshipId);
        RawStatement add(m_receiver, "INSERT OR IGNORE INTO mentorship (id, rev, author_device, updated_at, "
                                     "adept_name, mentor_name, start_date) VALUES (?, 1, 'floor', 0, 'A', 'M', '2026-01-01')");
        for (const std::string &id : mentorships) {
            sqlite3_bind_text(add.get(), 1, id.data(), int(id.size()), SQLITE_STATIC);
            (void)add.step();
            add.reset();
        }
    }
    std::vector<QByteArray> opened(m_envelopes.size());
    const auto open = [&](std::size_t i) {
        const QByteArray &envelope = m_envelopes[i];
        const std::size_t signedLength = std::size_t(envelope.size()) - SignatureSize;
        if (crypto_sign_verify_detached(u(envelope) + signedLength, u(envelope), signedLength, m_keys->signPublic)
            != 0)
            throw std::runtime_error("floor: a signature does not verify");
        QByteArray &plain = opened[i];
        plain = QByteArray(qsizetype(signedLength) - HeaderSize - TagSize, Qt::Uninitialized);
        unsigned long long length = 0;
        if (crypto_aead_xchacha20poly1305_ietf_decrypt(u(plain), &length, nullptr, u(envelope) + HeaderSize,
                signedLength - HeaderSize, u(envelope), HeaderSize, u(envelope) + NonceOffset, m_keys->aead)
            != 0)
            throw std::runtime_error("floor: an envelope does not decrypt");
        plain.truncate(qsizetype(length));
        const std::optional<qsizetype> unpadded = bollplank::sync::unpaddedLength(plain);
        if (!unpadded)
            throw std::runtime_error("floor: bad padding");
        plain.truncate(*unpadded);
    };
    RawStatement insert(m_receiver, RawInsertSql);
    RawStatement last(m_receiver, "SELECT coalesce(max(rowid), 0) FROM reflection");
    (void)last.step();
    const std::int64_t before = sqlite3_column_int64(last.get(), 0);
    last.reset();
    FloorSide side;
    side.ms = timeMs([&] {
        const double start = threadCpuMs();
        m_receiver.exec("BEGIN IMMEDIATE; INSERT INTO sync_fts_hold (singleton) VALUES (1)");
        side.cryptoMs = pipelined(rows.size(), open, [&](std::size_t i) { insertRow(insert, rows[i]); });
        // One index statement for the whole transaction: FTS4 writes a segment per statement.
        m_receiver.exec("DELETE FROM sync_fts_hold; INSERT INTO search_index(docid, body) SELECT rowid * 4, body "
                        "FROM reflection WHERE deleted = 0 AND rowid > "
            + std::to_string(before) + "; COMMIT");
        side.storeMs = threadCpuMs() - start;
    });
    check(opened == m_payloads, "the floor gives back every payload it sealed");
    return side;
}

} // namespace bench
