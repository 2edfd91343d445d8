#pragma once

// Ed25519 verification is the costliest check of an envelope (about 60 us): while the engine
// applies a pulled batch on one core, another checks the signatures ahead of it, so applying an
// envelope skips only that one computation. An envelope whose signature fails here is verified
// again by openEnvelope, which refuses it with its reason.

#include "transport.h"

#include <atomic>
#include <cstddef>
#include <thread>
#include <vector>

namespace bollplank::sync {

class SignaturesAhead
{
public:
    /// Starts checking batch, in order; batch must outlive this object.
    explicit SignaturesAhead(const std::vector<StoredEnvelope> &batch);
    SignaturesAhead(const SignaturesAhead &) = delete;
    SignaturesAhead &operator=(const SignaturesAhead &) = delete;

    /// Waits until envelope i was checked; whether its signature holds.
    [[nodiscard]] bool valid(std::size_t i);

private:
    const std::vector<StoredEnvelope> &m_batch;
    std::vector<char> m_ok;
    std::atomic<std::size_t> m_checked { 0 };
    std::jthread m_checker; ///< last: asked to stop and joined before the rest goes
};

} // namespace bollplank::sync
