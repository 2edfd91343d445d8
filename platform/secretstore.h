#pragma once

#include <QObject>
#include <QString>
#include <functional>

namespace bollplank::platform {

/// The operating system's key store (Secret Service / KWallet on Linux, Keychain on iOS,
/// Keystore on Android). Used only to remember a profile on this device when the user asks
/// for it: it holds a random device key that opens the key file's device slot, never the
/// passphrase. An implementation must never fall back to storing the secret in plain text:
/// when no secure store exists, available() is false and every call fails.
class SecretStore
{
public:
    enum class Result { Ok, NotFound, Unavailable, Denied, Failed };
    using ReadCallback = std::function<void(Result, const QString &secret)>;
    using DoneCallback = std::function<void(Result)>;

    virtual ~SecretStore() = default;

    /// Finds out whether a secure store is reachable; calls back once, on the calling thread.
    virtual void probe(std::function<void(bool available)> done) = 0;
    virtual void read(const QString &key, ReadCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, DoneCallback done) = 0;
    virtual void remove(const QString &key, DoneCallback done) = 0;
};

} // namespace bollplank::platform
