#include "securebytes.h"

#include "store/sodiuminit.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <utility>

namespace bollplank::sync {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(size == 0 ? 1 : size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::~SecureBytes()
{
    if (m_data)
        sodium_free(m_data);
}

SecureBytes::SecureBytes(const SecureBytes &other)
    : SecureBytes(other.m_size)
{
    std::copy_n(other.m_data, m_size, m_data);
}

SecureBytes &SecureBytes::operator=(const SecureBytes &other)
{
    if (this != &other) {
        SecureBytes copy(other);
        std::swap(m_data, copy.m_data);
        std::swap(m_size, copy.m_size);
    }
    return *this;
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    std::swap(m_data, other.m_data);
    std::swap(m_size, other.m_size);
    return *this;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes out(std::size_t(bytes.size()));
    std::copy_n(reinterpret_cast<const unsigned char *>(bytes.constData()), out.m_size, out.m_data);
    wipe(bytes);
    return out;
}

void wipe(QByteArray &bytes) noexcept
{
    if (!bytes.isEmpty())
        sodium_memzero(bytes.data(), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace bollplank::sync
