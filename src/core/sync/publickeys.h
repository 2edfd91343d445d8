#pragma once

// Public keys that arrive from other devices (invites, answers, grants, membership records) are
// input, not trusted values: a low-order X25519 key makes every seal to it fail or be readable
// by anyone, and a small-order Ed25519 key can make forged signatures verify.

#include <QByteArray>

namespace bollplank::sync {

/// A canonical Ed25519 point of large prime order (libsodium's crypto_core_ed25519_is_valid_point).
[[nodiscard]] bool isValidSignKey(const QByteArray &key);

/// A 32-byte X25519 key whose shared secret with a random scalar is not all zeros, i.e. not one
/// of the low-order points (all zeros among them) that crypto_box_seal would refuse.
[[nodiscard]] bool isValidBoxKey(const QByteArray &key);

} // namespace bollplank::sync
