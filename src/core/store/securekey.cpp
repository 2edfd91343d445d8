#include "securekey.h"

#include "sodiuminit.h"

#include <algorithm>
#include <new>
#include <sodium.h>
#include <utility>

namespace bollplank {

SecureKey::SecureKey()
{
    ensureSodium();
    m_data = static_cast<unsigned char *>(sodium_malloc(Size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, Size);
}

SecureKey::~SecureKey()
{
    if (m_data)
        sodium_free(m_data);
}

SecureKey::SecureKey(const SecureKey &other)
    : SecureKey()
{
    std::copy_n(other.m_data, Size, m_data);
}

SecureKey &SecureKey::operator=(const SecureKey &other)
{
    if (this != &other)
        std::copy_n(other.m_data, Size, m_data);
    return *this;
}

SecureKey::SecureKey(SecureKey &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
{
}

SecureKey &SecureKey::operator=(SecureKey &&other) noexcept
{
    std::swap(m_data, other.m_data);
    return *this;
}

SecureKey SecureKey::random()
{
    SecureKey key;
    randombytes_buf(key.m_data, Size);
    return key;
}

bool SecureKey::operator==(const SecureKey &other) const noexcept
{
    return sodium_memcmp(m_data, other.m_data, Size) == 0;
}

} // namespace bollplank
