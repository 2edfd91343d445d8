#pragma once

// Throwaway device identities and opaque payloads for the relay tests: the relay only checks
// signatures and stores bytes, so random envelopes serve.

#include "relaytransport.h"

#include <QByteArray>

namespace bollplank::e2e {

/// A fresh Ed25519 key pair as a RelayTransport signer.
[[nodiscard]] net::DeviceSigner newDevice();
/// n random bytes (an envelope, a collection id).
[[nodiscard]] QByteArray randomBytes(int n);

} // namespace bollplank::e2e
