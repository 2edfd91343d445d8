#pragma once

#include <QByteArray>
#include <cstddef>

namespace bollplank::sync {

/// A secret of any size in guarded memory (libsodium: locked, guard pages, wiped on release).
/// SecureKey (store/securekey.h) is the fixed 32-byte case; this holds Ed25519's 64-byte secret.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    ~SecureBytes();
    SecureBytes(const SecureBytes &other);
    SecureBytes &operator=(const SecureBytes &other);
    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;

    /// Copies bytes in and wipes the source, which the caller no longer needs (a database blob).
    [[nodiscard]] static SecureBytes takeFrom(QByteArray &bytes);

    [[nodiscard]] unsigned char *data() noexcept { return m_data; }
    [[nodiscard]] const unsigned char *data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool isEmpty() const noexcept { return m_size == 0; }

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// Wipes a byte array's buffer in place (after its content moved into guarded memory).
void wipe(QByteArray &bytes) noexcept;

} // namespace bollplank::sync
