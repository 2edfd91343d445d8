#pragma once

#include <cstddef>
#include <span>

namespace bollplank {

/// A 256-bit secret in guarded memory (libsodium: locked, with guard pages, wiped on release).
class SecureKey
{
public:
    static constexpr std::size_t Size = 32;

    SecureKey();
    ~SecureKey();
    SecureKey(const SecureKey &other);
    SecureKey &operator=(const SecureKey &other);
    SecureKey(SecureKey &&other) noexcept;
    SecureKey &operator=(SecureKey &&other) noexcept;

    /// A fresh key from the operating system's random source.
    [[nodiscard]] static SecureKey random();

    [[nodiscard]] unsigned char *data() noexcept { return m_data; }
    [[nodiscard]] const unsigned char *data() const noexcept { return m_data; }
    [[nodiscard]] std::span<const unsigned char, Size> bytes() const noexcept
    {
        return std::span<const unsigned char, Size>(m_data, Size);
    }
    [[nodiscard]] bool operator==(const SecureKey &other) const noexcept;

private:
    unsigned char *m_data = nullptr;
};

} // namespace bollplank
