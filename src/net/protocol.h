#pragma once

// The sync wire protocol (docs/sync-protocol.md): one CBOR map per binary WebSocket message.
// Shared by the server (SyncServer) and the client (RelayTransport) so both spell every frame
// the same way.

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include <optional>

namespace bollplank::net::protocol {

/// The version this build speaks; a hello with any other is refused with UnsupportedVersion.
inline constexpr int Version = 1;

inline constexpr int NonceBytes = 32;
inline constexpr int DeviceKeyBytes = 32; ///< Ed25519 public key
inline constexpr int SignatureBytes = 64;
inline constexpr int MaxIdBytes = 64; ///< collection and mailbox ids

/// Error codes of the error frame. Their spelling is the protocol: never rename.
enum class ErrorCode {
    Unauthenticated, ///< a request before the handshake completed
    AuthFailed, ///< the challenge signature does not verify
    NotMember, ///< the device is not a member of the collection
    TooLarge, ///< the message, or one envelope in it, is over the server's limit
    TooFast, ///< over the rate limit; "retry" says after how many milliseconds
    Malformed, ///< not a CBOR map of a known type with well-formed fields
    UnsupportedVersion, ///< the hello asked for a version this server does not speak
    MailboxFull, ///< a mailbox holds at most a few messages
    Internal, ///< the server failed (its storage); the request changed nothing
};

[[nodiscard]] QString codeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> codeFromName(const QString &name);

// Frame types ("t").
namespace type {
inline constexpr char Hello[] = "hello";
inline constexpr char Challenge[] = "challenge";
inline constexpr char Auth[] = "auth";
inline constexpr char Welcome[] = "welcome";
inline constexpr char Push[] = "push";
inline constexpr char Pushed[] = "pushed";
inline constexpr char Pull[] = "pull";
inline constexpr char Page[] = "page";
inline constexpr char Member[] = "member";
inline constexpr char Post[] = "post";
inline constexpr char Read[] = "read";
inline constexpr char Mailbox[] = "mailbox";
inline constexpr char Watch[] = "watch";
inline constexpr char Ok[] = "ok";
inline constexpr char News[] = "news";
inline constexpr char Error[] = "error";
} // namespace type

/// The bytes a device signs to answer a challenge: a fixed context string, the server's nonce
/// and the device's own key, so a signature answers exactly one challenge for one device.
[[nodiscard]] QByteArray authMessage(const QByteArray &nonce, const QByteArray &deviceKey);

[[nodiscard]] QByteArray encode(const QCborMap &frame);
/// The frame, or nullopt when the bytes are not one well-formed CBOR map with a string "t".
[[nodiscard]] std::optional<QCborMap> decode(const QByteArray &bytes);

[[nodiscard]] QCborMap errorFrame(ErrorCode code, const QString &message, std::optional<qint64> requestId,
    std::optional<qint64> retryAfterMs = std::nullopt);

/// Short, content-free id for logs: the first 8 bytes in hex.
[[nodiscard]] QString logId(const QByteArray &id);

} // namespace bollplank::net::protocol
