#pragma once

#include <QElapsedTimer>

#include <algorithm>

namespace bollplank::net {

/// A token bucket: `burst` requests at once, refilled at `perSecond`.
class RateLimiter
{
public:
    RateLimiter(double perSecond, int burst)
        : m_perSecond(perSecond)
        , m_burst(burst)
        , m_tokens(burst)
    {
        m_clock.start();
    }

    /// True when a request may go ahead; otherwise `waitMs` says when the next one may.
    [[nodiscard]] bool take(qint64 &waitMs)
    {
        const double elapsed = double(m_clock.restart()) / 1000.0;
        m_tokens = std::min(double(m_burst), m_tokens + elapsed * m_perSecond);
        if (m_tokens >= 1.0) {
            m_tokens -= 1.0;
            return true;
        }
        waitMs = m_perSecond > 0 ? qint64((1.0 - m_tokens) / m_perSecond * 1000.0) + 1 : 60000;
        return false;
    }

private:
    double m_perSecond;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
};

} // namespace bollplank::net
