#include "pairing.h"
#include "routes.h"

#include "engine.h"
#include "outbox.h"
#include "profile/store.h"
#include "publickeys.h"
#include "records.h"
#include "securebytes.h"
#include "store/sodiuminit.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "transport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSet>
#include <QtEndian>
#include <sodium.h>

namespace bollplank::sync {

namespace {

constexpr int SecretSize = 32;
constexpr int ChecksumSize = 4;
const char *const Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

[[noreturn]] void invalid(const QString &why)
{
    throw SyncError(SyncErrorKind::InvalidInvite, why);
}

const unsigned char *u(const QByteArray &a)
{
    return reinterpret_cast<const unsigned char *>(a.constData());
}

QByteArray hash(const QByteArray &input, int size, const QByteArray &key = {})
{
    ensureSodium();
    QByteArray out(size, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), std::size_t(size), u(input),
        std::size_t(input.size()), key.isEmpty() ? nullptr : u(key), std::size_t(key.size()));
    return out;
}

QString base32(const QByteArray &bytes)
{
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            out += QLatin1Char(Base32Alphabet[(buffer >> (bits - 5)) & 31]);
            bits -= 5;
        }
    }
    if (bits > 0)
        out += QLatin1Char(Base32Alphabet[(buffer << (5 - bits)) & 31]);
    return out;
}

std::optional<QByteArray> fromBase32(const QString &text)
{
    QByteArray out;
    quint32 buffer = 0;
    int bits = 0;
    for (QChar ch : text) {
        const char c = ch.toLatin1();
        int value = -1;
        if (c >= 'A' && c <= 'Z')
            value = c - 'A';
        else if (c >= '2' && c <= '7')
            value = c - '2' + 26;
        if (value < 0)
            return std::nullopt;
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            out += char((buffer >> (bits - 8)) & 0xff);
            bits -= 8;
        }
    }
    return out;
}

QString purposeName(PairingPurpose p)
{
    return p == PairingPurpose::Partner ? QStringLiteral("partner") : QStringLiteral("own-device");
}

QByteArray answerProof(const QByteArray &secret, const QByteArray &mailbox, const QByteArray &sign,
    const QByteArray &box, const QString &deviceId)
{
    const QByteArray key = hash(QByteArrayLiteral("bollplank-pairing-proof-v1"), crypto_auth_KEYBYTES, secret);
    const QByteArray message = mailbox + sign + box + deviceId.toUtf8();
    QByteArray mac(crypto_auth_BYTES, Qt::Uninitialized);
    crypto_auth(reinterpret_cast<unsigned char *>(mac.data()), u(message), std::size_t(message.size()), u(key));
    return mac;
}

QByteArray framed(const char *kind, const QCborMap &fields)
{
    QCborMap m = fields;
    m.insert(QStringLiteral("k"), QString::fromLatin1(kind));
    return QCborValue(m).toCbor();
}

std::optional<QCborMap> unframe(const QByteArray &message, const char *kind)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(message, &error);
    if (error.error != QCborError::NoError || !v.isMap())
        invalid(QStringLiteral("The pairing message is damaged"));
    const QCborMap m = v.toMap();
    if (m.value(QStringLiteral("k")).toString() != QLatin1String(kind))
        return std::nullopt;
    return m;
}

QByteArray sealTo(const QByteArray &boxPublicKey, const QByteArray &plain)
{
    // A failed seal must never send its buffer: the output starts zeroed, and a key that cannot
    // be sealed to (low order, wrong size) is refused before anything is posted.
    if (!isValidBoxKey(boxPublicKey))
        invalid(QStringLiteral("The other device's key is not a valid key; ask for a new invite"));
    QByteArray sealed(plain.size() + crypto_box_SEALBYTES, '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()), u(plain), std::size_t(plain.size()),
            u(boxPublicKey))
        != 0) {
        sodium_memzero(sealed.data(), std::size_t(sealed.size()));
        invalid(QStringLiteral("The other device's key is not a valid key; ask for a new invite"));
    }
    return sealed;
}

constexpr int MaxDeviceIdLength = 128;

bool validMember(const Member &m)
{
    return isValidSignKey(m.signPublicKey) && isValidBoxKey(m.boxPublicKey) && !m.deviceId.isEmpty()
        && m.deviceId.size() <= MaxDeviceIdLength;
}

QCborArray memberList(const QList<Member> &members)
{
    QCborArray out;
    for (const Member &m : members)
        out.append(QCborArray { m.signPublicKey, m.boxPublicKey, m.deviceId, m.role });
    return out;
}

QByteArray openSealed(const DeviceIdentity &self, const QByteArray &sealed)
{
    if (sealed.size() <= crypto_box_SEALBYTES)
        invalid(QStringLiteral("The pairing message is damaged"));
    QByteArray plain(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()), u(sealed), std::size_t(sealed.size()),
            u(self.boxPublicKey()), self.boxSecretKey().data())
        != 0)
        invalid(QStringLiteral("The pairing message was not meant for this device or was changed on the way"));
    return plain;
}

QByteArray grantSigned(const QByteArray &mailbox, const QByteArray &sealed)
{
    return QByteArrayLiteral("bollplank-grant-v1") + '\0' + mailbox + sealed;
}

struct InviteRow
{
    QString purpose;
    QByteArray secret;
    QByteArray peerSign;
    QByteArray peerBox;
    QString peerDevice;
    QString mentorshipId;
    qint64 expiresAt = 0;
    bool used = false;
    bool completed = false;
};

std::optional<InviteRow> inviteRow(Store &store, const QByteArray &mailbox, const char *role)
{
    auto q = store.db().prepare("SELECT purpose, secret, peer_sign_public, peer_box_public, peer_device_id, "
                                "mentorship_id, expires_at, used_at, completed_at FROM sync_invite "
                                "WHERE mailbox = ? AND role = ?");
    q.bind(1, mailbox).bind(2, role);
    if (!q.step())
        return std::nullopt;
    return InviteRow { q.text(0), q.blob(1), q.blob(2), q.blob(3), q.optionalText(4).value_or(QString()),
        q.optionalText(5).value_or(QString()), q.int64(6), !q.isNull(7), !q.isNull(8) };
}

} // namespace

QByteArray Invite::mailboxId() const
{
    return hash(QByteArrayLiteral("bollplank-mailbox-v1") + secret, 32);
}

QString Invite::toText() const
{
    QCborArray addresses;
    for (const QString &e : endpoints)
        addresses.append(e);
    const QByteArray cbor = QCborValue(QCborMap { { QStringLiteral("v"), Version },
                                           { QStringLiteral("p"), purposeName(purpose) },
                                           { QStringLiteral("s"), signPublicKey }, { QStringLiteral("b"), boxPublicKey },
                                           { QStringLiteral("k"), secret }, { QStringLiteral("e"), expiresAt },
                                           { QStringLiteral("a"), addresses } })
                                .toCbor();
    return TextPrefix + base32(cbor + hash(cbor, 16).left(ChecksumSize));
}

Invite Invite::fromText(const QString &text)
{
    QString compact;
    for (QChar c : text)
        if (!c.isSpace() && c != QLatin1Char('-'))
            compact += c.toUpper();
    // The prefix has dashes-free text; a person may type it with spaces or line breaks.
    if (!compact.startsWith(TextPrefix))
        invalid(compact.startsWith(QStringLiteral("BOLLPLANK:INVITE:"))
                ? QStringLiteral("This invite comes from a newer version of Bollplank; update the app")
                : QStringLiteral("This is not a Bollplank invite"));
    const std::optional<QByteArray> raw = fromBase32(compact.mid(TextPrefix.size()));
    if (!raw || raw->size() <= ChecksumSize)
        invalid(QStringLiteral("The invite text is mistyped or incomplete"));
    const QByteArray cbor = raw->left(raw->size() - ChecksumSize);
    if (hash(cbor, 16).left(ChecksumSize) != raw->right(ChecksumSize))
        invalid(QStringLiteral("The invite text is mistyped or incomplete"));
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(cbor, &error);
    const QCborMap m = v.toMap();
    if (error.error != QCborError::NoError || !v.isMap() || m.value(QStringLiteral("v")).toInteger() != Version)
        invalid(QStringLiteral("The invite text is not understood by this version of Bollplank"));
    Invite invite;
    const QString purpose = m.value(QStringLiteral("p")).toString();
    if (purpose != purposeName(PairingPurpose::Partner) && purpose != purposeName(PairingPurpose::OwnDevice))
        invalid(QStringLiteral("The invite text is not understood by this version of Bollplank"));
    invite.purpose = purpose == purposeName(PairingPurpose::Partner) ? PairingPurpose::Partner : PairingPurpose::OwnDevice;
    invite.signPublicKey = m.value(QStringLiteral("s")).toByteArray();
    invite.boxPublicKey = m.value(QStringLiteral("b")).toByteArray();
    invite.secret = m.value(QStringLiteral("k")).toByteArray();
    invite.expiresAt = m.value(QStringLiteral("e")).toInteger();
    for (const QCborValue &a : m.value(QStringLiteral("a")).toArray())
        invite.endpoints.append(a.toString());
    if (!isValidSignKey(invite.signPublicKey) || !isValidBoxKey(invite.boxPublicKey)
        || invite.secret.size() != SecretSize || invite.expiresAt <= 0)
        invalid(QStringLiteral("The invite is damaged"));
    return invite;
}

QString safetyNumber(const QByteArray &a, const QByteArray &b)
{
    const QByteArray &low = a < b ? a : b;
    const QByteArray &high = a < b ? b : a;
    const QByteArray digest = hash(QByteArrayLiteral("bollplank-safety-number-v1") + low + high, 60);
    QString digits;
    for (int group = 0; group < 12; ++group) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = (value << 8) | quint8(digest[group * 5 + i]);
        digits += QStringLiteral("%1").arg(value % 100000, 5, 10, QLatin1Char('0'));
    }
    return digits;
}

QString formatSafetyNumber(const QString &digits)
{
    QStringList groups;
    for (int i = 0; i < digits.size(); i += 5)
        groups.append(digits.mid(i, 5));
    return groups.join(QLatin1Char(' '));
}

Pairing::Pairing(Store &store)
    : m_store(store)
    , m_self(DeviceIdentity::load(store))
{
}

Invite Pairing::createInvite(PairingPurpose purpose, const QString &mentorshipId, const QStringList &endpoints,
    qint64 validForMs)
{
    if (purpose == PairingPurpose::Partner) {
        auto q = m_store.db().prepare("SELECT 1 FROM mentorship WHERE id = ? AND deleted = 0");
        q.bind(1, mentorshipId);
        if (!q.step())
            throw StoreError(StoreError::Kind::NotFound, "Choose the mentorship to pair with");
    }
    if (validForMs <= 0)
        throw StoreError(StoreError::Kind::InvalidInput, "An invite must be valid for some time");
    Invite invite;
    invite.purpose = purpose;
    invite.signPublicKey = m_self.signPublicKey();
    invite.boxPublicKey = m_self.boxPublicKey();
    invite.secret = QByteArray(SecretSize, Qt::Uninitialized);
    randombytes_buf(invite.secret.data(), SecretSize);
    invite.expiresAt = m_store.now() + validForMs;
    invite.endpoints = endpoints;
    Transaction tx(m_store.db());
    m_store.db()
        .prepare("INSERT INTO sync_invite (mailbox, role, purpose, secret, mentorship_id, expires_at) "
                 "VALUES (?, 'issued', ?, ?, ?, ?)")
        .bind(1, invite.mailboxId())
        .bind(2, purposeName(purpose))
        .bind(3, invite.secret)
        .bind(4, mentorshipId.isEmpty() ? QVariant() : QVariant(mentorshipId))
        .bind(5, invite.expiresAt)
        .run();
    tx.commit();
    return invite;
}

Pairing::Accepted Pairing::accept(const QString &inviteText, const QString &mentorshipId)
{
    const Invite invite = Invite::fromText(inviteText);
    if (invite.expiresAt < m_store.now())
        invalid(QStringLiteral("This invite has expired; ask for a new one"));
    if (invite.signPublicKey == m_self.signPublicKey())
        invalid(QStringLiteral("This invite was made on this device"));
    const QByteArray mailbox = invite.mailboxId();
    {
        auto q = m_store.db().prepare("SELECT 1 FROM sync_invite WHERE mailbox = ?");
        q.bind(1, mailbox);
        if (q.step())
            invalid(QStringLiteral("This invite was already used; ask for a new one"));
    }
    QString binding;
    if (invite.purpose == PairingPurpose::Partner) {
        binding = mentorshipId;
        if (binding.isEmpty()) {
            auto q = m_store.db().prepare("SELECT id FROM mentorship WHERE deleted = 0 LIMIT 2");
            QStringList ids;
            while (q.step())
                ids.append(q.text(0));
            if (ids.size() != 1)
                throw StoreError(StoreError::Kind::InvalidInput, "Choose the mentorship to pair with");
            binding = ids.first();
        } else {
            auto q = m_store.db().prepare("SELECT 1 FROM mentorship WHERE id = ? AND deleted = 0");
            q.bind(1, binding);
            if (!q.step())
                throw StoreError(StoreError::Kind::NotFound, "Choose the mentorship to pair with");
        }
    }

    const QCborMap body { { QStringLiteral("m"), mailbox }, { QStringLiteral("s"), m_self.signPublicKey() },
        { QStringLiteral("b"), m_self.boxPublicKey() }, { QStringLiteral("d"), m_self.deviceId() },
        { QStringLiteral("p"),
            answerProof(invite.secret, mailbox, m_self.signPublicKey(), m_self.boxPublicKey(), m_self.deviceId()) } };
    QByteArray plain = QCborValue(body).toCbor();
    plain += m_self.sign(QByteArrayLiteral("bollplank-answer-v1") + '\0' + plain); // 64 bytes at the end
    const QByteArray message = framed("answer", { { QStringLiteral("b"), sealTo(invite.boxPublicKey, plain) } });

    Transaction tx(m_store.db());
    m_store.db()
        .prepare("INSERT INTO sync_invite (mailbox, role, purpose, secret, peer_sign_public, peer_box_public, "
                 "mentorship_id, expires_at, used_at, outgoing) VALUES (?, 'accepted', ?, ?, ?, ?, ?, ?, ?, ?)")
        .bind(1, mailbox)
        .bind(2, purposeName(invite.purpose))
        .bind(3, invite.secret)
        .bind(4, invite.signPublicKey)
        .bind(5, invite.boxPublicKey)
        .bind(6, binding.isEmpty() ? QVariant() : QVariant(binding))
        .bind(7, invite.expiresAt)
        .bind(8, m_store.now())
        .bind(9, message)
        .run();
    tx.commit();
    return { mailbox, message, safetyNumber(m_self.signPublicKey(), invite.signPublicKey), invite };
}

std::optional<Pairing::Answer> Pairing::openAnswer(const QByteArray &message)
{
    const std::optional<QCborMap> framing = unframe(message, "answer");
    if (!framing)
        return std::nullopt;
    const QByteArray plain = openSealed(m_self, framing->value(QStringLiteral("b")).toByteArray());
    if (plain.size() <= crypto_sign_BYTES)
        invalid(QStringLiteral("The pairing message is damaged"));
    const QByteArray bodyBytes = plain.left(plain.size() - crypto_sign_BYTES);
    const QByteArray signature = plain.right(crypto_sign_BYTES);
    QCborParserError parseError;
    const QCborValue bodyValue = QCborValue::fromCbor(bodyBytes, &parseError);
    if (parseError.error != QCborError::NoError || !bodyValue.isMap())
        invalid(QStringLiteral("The pairing message is damaged"));
    const QCborMap body = bodyValue.toMap();
    const QByteArray mailbox = body.value(QStringLiteral("m")).toByteArray();
    Answer answer;
    answer.mailboxId = mailbox;
    answer.device = { body.value(QStringLiteral("s")).toByteArray(), body.value(QStringLiteral("b")).toByteArray(),
        body.value(QStringLiteral("d")).toString(), {} };

    const std::optional<InviteRow> row = inviteRow(m_store, mailbox, "issued");
    if (!row)
        invalid(QStringLiteral("This answer is for an invite this device did not make"));
    if (row->used)
        invalid(QStringLiteral("This invite was already used; make a new one"));
    if (row->expiresAt < m_store.now())
        invalid(QStringLiteral("This invite has expired; make a new one"));
    if (!validMember(answer.device)
        || sodium_memcmp(u(answerProof(row->secret, mailbox, answer.device.signPublicKey, answer.device.boxPublicKey,
                               answer.device.deviceId)),
               u(body.value(QStringLiteral("p")).toByteArray().leftJustified(crypto_auth_BYTES, '\0', true)),
               crypto_auth_BYTES)
            != 0
        || !DeviceIdentity::verify(answer.device.signPublicKey,
            QByteArrayLiteral("bollplank-answer-v1") + '\0' + bodyBytes, signature))
        invalid(QStringLiteral("This answer does not prove it comes from the invited device"));

    Transaction tx(m_store.db());
    m_store.db()
        .prepare("UPDATE sync_invite SET used_at = ?, peer_sign_public = ?, peer_box_public = ?, peer_device_id = ? "
                 "WHERE mailbox = ? AND role = 'issued' AND used_at IS NULL")
        .bind(1, m_store.now())
        .bind(2, answer.device.signPublicKey)
        .bind(3, answer.device.boxPublicKey)
        .bind(4, answer.device.deviceId)
        .bind(5, mailbox)
        .run();
    tx.commit();
    answer.safetyNumber = safetyNumber(m_self.signPublicKey(), answer.device.signPublicKey);
    return answer;
}

QByteArray Pairing::grant(const QByteArray &mailboxId)
{
    const std::optional<InviteRow> row = inviteRow(m_store, mailboxId, "issued");
    if (!row || !row->used || row->peerSign.isEmpty())
        invalid(QStringLiteral("No answer to this invite has arrived yet"));
    if (row->completed)
        invalid(QStringLiteral("This invite was already used; make a new one"));
    const bool partner = row->purpose == purposeName(PairingPurpose::Partner);
    const Member peer { row->peerSign, row->peerBox, row->peerDevice,
        partner ? otherRole(ownRole(m_store)) : ownRole(m_store) };

    Transaction tx(m_store.db());
    Engine engine(m_store);
    Collections &collections = engine.collections();
    engine.ensureOwnCollections();
    QList<Collection> granted;
    if (partner) {
        std::optional<Collection> shared = collections.shared(row->mentorshipId);
        if (!shared) {
            shared = collections.create(CollectionKind::Shared, row->mentorshipId, m_self);
            queueExisting(m_store, collections, *shared);
        }
        shareWithOwnDevices(m_store, collections, *shared);
        granted.append(*shared);
    } else {
        for (const Collection &c : collections.all())
            if (!c.frozen) // a frozen collection's key reaches no new device
                granted.append(c);
    }
    QCborArray list;
    for (const Collection &c : granted) {
        collections.addMember(c.id, peer);
        QCborArray keys;
        for (const auto &[epoch, key] : collections.keys(c.id)) {
            QByteArray blob(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size));
            keys.append(QCborArray { epoch, blob });
            wipe(blob);
        }
        QCborMap entry { { QStringLiteral("id"), c.id }, { QStringLiteral("kind"), toString(c.kind) },
            { QStringLiteral("mentorship"), c.mentorshipId }, { QStringLiteral("epoch"), c.currentEpoch },
            { QStringLiteral("keys"), keys }, { QStringLiteral("members"), memberList(collections.members(c.id)) } };
        // One's own new device meets the other person where this device does (routes.h). Only an
        // own device hears where a shared space syncs; a partner grant names no endpoint.
        if (!partner && c.kind == CollectionKind::Shared) {
            const QStringList routes = routesOf(m_store, c.id);
            if (!routes.isEmpty())
                entry.insert(QStringLiteral("a"), QCborArray::fromStringList(routes));
        }
        list.append(entry);
    }
    QByteArray plain = QCborValue(QCborMap { { QStringLiteral("m"), mailboxId }, { QStringLiteral("c"), list } }).toCbor();
    const QByteArray sealed = sealTo(peer.boxPublicKey, plain);
    wipe(plain);
    const QByteArray message = framed("grant",
        { { QStringLiteral("b"), sealed }, { QStringLiteral("s"), m_self.sign(grantSigned(mailboxId, sealed)) } });
    m_store.db()
        .prepare("UPDATE sync_invite SET completed_at = ?, outgoing = ? WHERE mailbox = ? AND role = 'issued'")
        .bind(1, m_store.now())
        .bind(2, message)
        .bind(3, mailboxId)
        .run();
    tx.commit();
    return message;
}

std::optional<QList<Collection>> Pairing::receiveGrant(const QByteArray &mailboxId, const QByteArray &message)
{
    const std::optional<QCborMap> framing = unframe(message, "grant");
    if (!framing)
        return std::nullopt;
    const std::optional<InviteRow> row = inviteRow(m_store, mailboxId, "accepted");
    if (!row)
        invalid(QStringLiteral("This grant is for an invite this device did not accept"));
    if (row->completed)
        invalid(QStringLiteral("This invite was already used"));
    const QByteArray sealed = framing->value(QStringLiteral("b")).toByteArray();
    if (!DeviceIdentity::verify(row->peerSign, grantSigned(mailboxId, sealed),
            framing->value(QStringLiteral("s")).toByteArray()))
        invalid(QStringLiteral("The key grant is not signed by the invite's device"));
    QByteArray plain = openSealed(m_self, sealed);
    const QCborMap body = QCborValue::fromCbor(plain).toMap();
    wipe(plain);
    if (body.value(QStringLiteral("m")).toByteArray() != mailboxId)
        invalid(QStringLiteral("The key grant belongs to another invite"));

    const bool partner = row->purpose == purposeName(PairingPurpose::Partner);
    const QString mine = ownRole(m_store);
    const QCborArray entries = body.value(QStringLiteral("c")).toArray();
    // A partner grant is one shared space: nothing more is ever offered to the other person.
    if (entries.isEmpty() || (partner && entries.size() != 1))
        invalid(QStringLiteral("The key grant is damaged"));
    Transaction tx(m_store.db());
    Collections collections(m_store);
    if (partner && collections.shared(row->mentorshipId))
        invalid(QStringLiteral("This mentorship is paired already; stop syncing with the other person first"));

    // Which keys are the person's own devices: this one and, on a second device of one's own,
    // the issuer and the members of the private collections granted along.
    QSet<QByteArray> own { m_self.signPublicKey() };
    if (!partner) {
        own.insert(row->peerSign);
        for (const QCborValue &entry : entries) {
            const QCborMap m = entry.toMap();
            if (m.value(QStringLiteral("kind")).toString() != toString(CollectionKind::Shared))
                for (const QCborValue &mv : m.value(QStringLiteral("members")).toArray())
                    own.insert(mv.toArray().at(0).toByteArray());
        }
    }

    QList<Collection> adopted;
    for (const QCborValue &entry : entries) {
        const QCborMap m = entry.toMap();
        Collection c;
        c.id = m.value(QStringLiteral("id")).toByteArray();
        const auto kind = parseCollectionKind(m.value(QStringLiteral("kind")).toString());
        if (c.id.size() != Collections::IdSize || !kind)
            invalid(QStringLiteral("The key grant is damaged"));
        // A partner never receives anyone's private collections.
        if (partner && *kind != CollectionKind::Shared)
            invalid(QStringLiteral("The key grant offers a private collection to a partner"));
        // A grant creates collections; it never re-keys or re-members one this device holds.
        if (collections.find(c.id))
            invalid(QStringLiteral("The key grant names a collection this device already holds"));
        c.kind = *kind;
        c.mentorshipId = partner ? row->mentorshipId : m.value(QStringLiteral("mentorship")).toString();
        const qint64 epoch = m.value(QStringLiteral("epoch")).toInteger();
        if (epoch < 1 || epoch > 1'000'000)
            invalid(QStringLiteral("The key grant is damaged"));
        c.currentEpoch = int(epoch);
        QList<std::pair<int, SecureKey>> keys;
        QSet<int> epochs;
        for (const QCborValue &k : m.value(QStringLiteral("keys")).toArray()) {
            QByteArray blob = k.toArray().at(1).toByteArray();
            const qint64 keyEpoch = k.toArray().at(0).toInteger();
            if (blob.size() != int(SecureKey::Size) || keyEpoch < 1 || keyEpoch > 1'000'000
                || epochs.contains(int(keyEpoch))) {
                wipe(blob);
                invalid(QStringLiteral("The key grant is damaged"));
            }
            SecureKey key;
            std::copy_n(u(blob), SecureKey::Size, key.data());
            wipe(blob);
            epochs.insert(int(keyEpoch));
            keys.append({ int(keyEpoch), std::move(key) });
        }
        if (!epochs.contains(c.currentEpoch))
            invalid(QStringLiteral("The key grant is damaged"));
        QList<Member> members;
        bool hasIssuer = false;
        bool hasSelf = false;
        for (const QCborValue &mv : m.value(QStringLiteral("members")).toArray()) {
            const QCborArray a = mv.toArray();
            Member member { a.at(0).toByteArray(), a.at(1).toByteArray(), a.at(2).toString(), {} };
            if (!validMember(member))
                invalid(QStringLiteral("The key grant names a device with an invalid key"));
            // Roles are this device's to decide, not the grant's: in a partner grant every
            // device but this one is the other person's, so no device of theirs can write what
            // only this person may write (authorship.h).
            member.role = own.contains(member.signPublicKey) ? mine : otherRole(mine);
            if (member.signPublicKey == m_self.signPublicKey()) {
                if (member.boxPublicKey != m_self.boxPublicKey() || member.deviceId != m_self.deviceId())
                    invalid(QStringLiteral("The key grant names this device with keys that are not its own"));
                hasSelf = true;
            }
            hasIssuer = hasIssuer || member.signPublicKey == row->peerSign;
            members.append(member);
        }
        if (keys.isEmpty() || !hasIssuer || !hasSelf)
            invalid(QStringLiteral("The key grant is damaged"));
        collections.adopt(c, keys, members);
        if (!partner && c.kind == CollectionKind::Shared)
            for (const QCborValue &a : m.value(QStringLiteral("a")).toArray())
                if (a.isString() && !a.toString().trimmed().isEmpty() && a.toString().size() <= 2048)
                    bindRoute(m_store, c.id, a.toString());
        adopted.append(c);
    }
    if (partner) {
        Engine engine(m_store);
        engine.ensureOwnCollections();
    }
    for (const Collection &c : adopted) {
        queueExisting(m_store, collections, c);
        if (partner)
            shareWithOwnDevices(m_store, collections, c);
    }
    m_store.db()
        .prepare("UPDATE sync_invite SET completed_at = ? WHERE mailbox = ? AND role = 'accepted'")
        .bind(1, m_store.now())
        .bind(2, mailboxId)
        .run();
    tx.commit();
    return adopted;
}

std::optional<Pairing::Answer> Pairing::openAnswers(const std::vector<QByteArray> &messages, QStringList *refused)
{
    for (const QByteArray &message : messages) {
        try {
            if (std::optional<Answer> answer = openAnswer(message))
                return answer;
        } catch (const SyncError &e) {
            if (refused)
                refused->append(QString::fromUtf8(e.what()));
        }
    }
    return std::nullopt;
}

std::optional<QList<Collection>> Pairing::receiveGrants(
    const QByteArray &mailboxId, const std::vector<QByteArray> &messages, QStringList *refused)
{
    for (const QByteArray &message : messages) {
        try {
            if (std::optional<QList<Collection>> adopted = receiveGrant(mailboxId, message))
                return adopted;
        } catch (const SyncError &e) {
            if (refused)
                refused->append(QString::fromUtf8(e.what()));
        }
    }
    return std::nullopt;
}

} // namespace bollplank::sync
