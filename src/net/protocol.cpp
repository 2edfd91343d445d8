#include "protocol.h"

#include <QCborStreamReader>
#include <QCborValue>

using namespace Qt::StringLiterals;

namespace bollplank::net::protocol {

namespace {

struct CodeSpelling
{
    ErrorCode code;
    const char *name;
};

constexpr CodeSpelling Spellings[] = {
    { ErrorCode::Unauthenticated, "unauthenticated" },
    { ErrorCode::AuthFailed, "auth-failed" },
    { ErrorCode::NotMember, "not-member" },
    { ErrorCode::TooLarge, "too-large" },
    { ErrorCode::TooFast, "too-fast" },
    { ErrorCode::Malformed, "malformed" },
    { ErrorCode::UnsupportedVersion, "unsupported-version" },
    { ErrorCode::MailboxFull, "mailbox-full" },
    { ErrorCode::Internal, "internal" },
    { ErrorCode::Frozen, "frozen" },
    { ErrorCode::Revoked, "revoked" },
};

} // namespace

QString codeName(ErrorCode code)
{
    for (const auto &spelling : Spellings) {
        if (spelling.code == code)
            return QString::fromLatin1(spelling.name);
    }
    return u"internal"_s;
}

std::optional<ErrorCode> codeFromName(const QString &name)
{
    for (const auto &spelling : Spellings) {
        if (name == QLatin1String(spelling.name))
            return spelling.code;
    }
    return std::nullopt;
}

QByteArray authMessage(
    const QByteArray &nonce, const QByteArray &deviceKey, const QString &origin, const QByteArray &fingerprint)
{
    const QByteArray originBytes = origin.toUtf8().left(0xffff);
    const QByteArray fingerprintBytes = fingerprint.left(0xff);
    QByteArray message = QByteArrayLiteral("bollplank-auth-v2") + '\0' + nonce + deviceKey;
    message += char((originBytes.size() >> 8) & 0xff);
    message += char(originBytes.size() & 0xff);
    message += originBytes;
    message += char(fingerprintBytes.size());
    message += fingerprintBytes;
    return message;
}

QString originOf(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"ws"_s && scheme != u"wss"_s) || url.host().isEmpty())
        return {};
    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port(scheme == u"wss"_s ? 443 : 80);
    return scheme + u"://"_s + (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
}

QByteArray encode(const QCborMap &frame)
{
    return frame.toCborValue().toCbor();
}

std::optional<QCborMap> decode(const QByteArray &bytes)
{
    QCborStreamReader reader(bytes);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || !value.isMap())
        return std::nullopt;
    // Trailing bytes after the map are a second item: not one frame.
    if (reader.currentOffset() != bytes.size())
        return std::nullopt;
    QCborMap map = value.toMap();
    if (!map.value(u"t"_s).isString())
        return std::nullopt;
    return map;
}

QCborMap errorFrame(ErrorCode code, const QString &message, std::optional<qint64> requestId,
    std::optional<qint64> retryAfterMs)
{
    QCborMap frame;
    frame.insert(u"t"_s, QString::fromLatin1(type::Error));
    if (requestId)
        frame.insert(u"re"_s, *requestId);
    frame.insert(u"code"_s, codeName(code));
    frame.insert(u"msg"_s, message);
    if (retryAfterMs)
        frame.insert(u"retry"_s, *retryAfterMs);
    return frame;
}

QString logId(const QByteArray &id)
{
    return QString::fromLatin1(id.left(8).toHex());
}

} // namespace bollplank::net::protocol
