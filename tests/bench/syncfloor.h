#pragma once

// The floor of a sync (bollplank-bench-sync): the work that no sync of these records can skip,
// on the same bytes, in the same run, and nothing else (no network, relay, replay guard, chain,
// merge base or outbox bookkeeping).
//
// - Sending: pad each record's payload as the envelope format does, encrypt it with
//   XChaCha20-Poly1305 (a header of an envelope header's size as associated data), sign header
//   and ciphertext with Ed25519, and insert the envelope into a SQLCipher table; one transaction.
// - Receiving: verify each signature, decrypt, and insert the record's row into the reflection
//   table of a SQLCipher database made by Bollplank's own migrations, full-text index included
//   (indexed in one statement before the commit, as the engine's DeferredIndex does); one
//   transaction.
//
// Each side uses both cores the way the engine may: the crypto runs on a helper thread ahead of
// the store on this one (the engine verifies the next envelopes while it applies).

#include "rawstore.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace bench {

/// One side of the floor.
struct FloorSide
{
    double ms = 0;       ///< wall time, both threads
    double cryptoMs = 0; ///< CPU time of the crypto thread
    double storeMs = 0;  ///< CPU time of the store thread (SQLCipher with its page encryption)
    /// What the same work takes on one core: the two threads' CPU time added up.
    [[nodiscard]] double oneCoreMs() const { return cryptoMs + storeMs; }
};

class SyncFloor
{
public:
    /// Two SQLCipher databases in folder, keyed and set up as Bollplank's are (rawstore.h).
    explicit SyncFloor(const QString &folder);
    ~SyncFloor();
    SyncFloor(const SyncFloor &) = delete;
    SyncFloor &operator=(const SyncFloor &) = delete;

    /// Seals and stores each payload (a record's content as the engine encodes it); the
    /// envelopes are kept for receive().
    FloorSide send(const std::vector<QByteArray> &payloads);
    /// Opens what send() sealed last and inserts rows[i] for envelope i. Throws when an envelope
    /// does not verify or does not give back its payload.
    FloorSide receive(const std::vector<RawReflectionRow> &rows);

private:
    struct Keys;
    std::unique_ptr<Keys> m_keys;
    RawConnection m_sender;
    RawConnection m_receiver;
    std::vector<QByteArray> m_payloads;
    std::vector<QByteArray> m_envelopes;
};

} // namespace bench
