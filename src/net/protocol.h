#pragma once

// The sync wire protocol (docs/sync-protocol.md): one CBOR map per binary WebSocket message.
// Shared by the server (SyncServer) and the client (RelayTransport) so both spell every frame
// the same way.

#include <QByteArray>
#include <QCborMap>
#include <QString>
#include <QUrl>

#include <optional>

namespace bollplank::net::protocol {

/// The version this build speaks; a hello with any other is refused with UnsupportedVersion.
inline constexpr int Version = 2;

inline constexpr int NonceBytes = 32;
inline constexpr int DeviceKeyBytes = 32; ///< Ed25519 public key
inline constexpr int SignatureBytes = 64;
inline constexpr int MaxIdBytes = 64; ///< collection and mailbox ids
inline constexpr int FingerprintBytes = 32; ///< SHA-256 of a DER certificate
inline constexpr int MaxOriginBytes = 1024;
inline constexpr int MaxStatementBytes = 1024; ///< a membership statement (about 130 bytes)
/// The largest message a client reads: above the server's default 8 MiB message limit, far
/// below what a hostile server could make a client buffer.
inline constexpr qint64 MaxClientMessageBytes = 16 * 1024 * 1024;

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
    Frozen, ///< the collection is frozen: no more pushes or new members
    Revoked, ///< a member revoked this device; "stmt" and "sig" carry the signed revocation
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
inline constexpr char Members[] = "members";
inline constexpr char Freeze[] = "freeze";
inline constexpr char Ok[] = "ok";
inline constexpr char News[] = "news";
inline constexpr char Error[] = "error";
} // namespace type

/// The bytes a device signs to answer a challenge: "bollplank-auth-v2" 0x00 || nonce || device ||
/// u16-BE length || origin || u8 length || fingerprint. The nonce and key make it answer one
/// challenge for one device; the origin (where the client connected, originOf()) and the TLS
/// certificate fingerprint it saw (empty over plain ws) make it useless at any other server, so
/// an endpoint that passes a real server's challenge through cannot sign in as the device there.
[[nodiscard]] QByteArray authMessage(const QByteArray &nonce, const QByteArray &deviceKey, const QString &origin,
    const QByteArray &fingerprint);

/// "scheme://host:port" of a ws:// or wss:// URL: lower-case host, IPv6 in brackets, the port
/// always written (80 and 443 by default). Empty for anything else.
[[nodiscard]] QString originOf(const QUrl &url);

[[nodiscard]] QByteArray encode(const QCborMap &frame);
/// The frame, or nullopt when the bytes are not one well-formed CBOR map with a string "t".
[[nodiscard]] std::optional<QCborMap> decode(const QByteArray &bytes);

[[nodiscard]] QCborMap errorFrame(ErrorCode code, const QString &message, std::optional<qint64> requestId,
    std::optional<qint64> retryAfterMs = std::nullopt);

/// Short, content-free id for logs: the first 8 bytes in hex.
[[nodiscard]] QString logId(const QByteArray &id);

} // namespace bollplank::net::protocol
