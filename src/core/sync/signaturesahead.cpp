#include "signaturesahead.h"

#include "envelope.h"

namespace bollplank::sync {

SignaturesAhead::SignaturesAhead(const std::vector<StoredEnvelope> &batch)
    : m_batch(batch)
    , m_ok(batch.size(), 0)
    , m_checker([this](std::stop_token stop) {
        for (std::size_t i = 0; i < m_batch.size() && !stop.stop_requested(); ++i) {
            m_ok[i] = signatureValid(m_batch[i].bytes) ? 1 : 0;
            m_checked.store(i + 1, std::memory_order_release);
            m_checked.notify_one();
        }
    })
{
}

bool SignaturesAhead::valid(std::size_t i)
{
    for (std::size_t done = m_checked.load(std::memory_order_acquire); done <= i;
         done = m_checked.load(std::memory_order_acquire))
        m_checked.wait(done, std::memory_order_acquire);
    return m_ok[i] != 0;
}

} // namespace bollplank::sync
