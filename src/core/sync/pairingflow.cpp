#include "pairingflow.h"

#include "pairing.h"
#include "routes.h"

#include "profile/store.h"
#include "store/transaction.h"

namespace bollplank::sync {

namespace {

struct Waiting
{
    QByteArray message;
    bool completed = false;
};

/// The outgoing message of this device's invite in `role`, when one waits to be posted.
std::optional<Waiting> waitingMessage(Store &store, const QByteArray &mailbox, const char *role)
{
    auto q = store.db().prepare(
        "SELECT outgoing, completed_at IS NOT NULL FROM sync_invite WHERE mailbox = ? AND role = ? AND outgoing IS NOT NULL");
    q.bind(1, mailbox).bind(2, role);
    if (!q.step())
        return std::nullopt;
    return Waiting { q.blob(0), q.int64(1) != 0 };
}

/// The mailbox at `endpoint` took the message: it is not posted again, and the pairing's later
/// steps (the grant, the binding) go there.
void delivered(Store &store, const QByteArray &mailbox, const QString &endpoint)
{
    Transaction tx(store.db());
    setPairingEndpoint(store, mailbox, endpoint);
    store.db().prepare("UPDATE sync_invite SET outgoing = NULL WHERE mailbox = ?").bind(1, mailbox).run();
    tx.commit();
}

} // namespace

AcceptedInvite acceptInvite(Store &store, const TransportFactory &open, const QString &text,
    const QString &mentorshipId, const QStringList &preferred)
{
    const Invite invite = Invite::fromText(text);
    QStringList candidates;
    for (const QString &endpoint : preferred + invite.endpoints)
        if (!endpoint.trimmed().isEmpty() && !candidates.contains(endpoint.trimmed()))
            candidates.append(endpoint.trimmed());
    if (candidates.isEmpty())
        throw SyncError(SyncErrorKind::InvalidInvite, QStringLiteral("The invite names no sync address"));

    AcceptedInvite out;
    out.mailbox = invite.mailboxId();
    out.ownDevice = invite.purpose == PairingPurpose::OwnDevice;
    QByteArray message;
    if (const std::optional<Waiting> earlier = waitingMessage(store, out.mailbox, "accepted")) {
        // Accepted before, and no endpoint took the answer then: the same answer goes again.
        if (invite.expiresAt < store.now())
            throw SyncError(SyncErrorKind::InvalidInvite, QStringLiteral("This invite has expired; ask for a new one"));
        message = earlier->message;
        out.safetyNumber = safetyNumber(DeviceIdentity::load(store).signPublicKey(), invite.signPublicKey);
    } else {
        const Pairing::Accepted accepted = Pairing(store).accept(text, mentorshipId);
        message = accepted.message;
        out.safetyNumber = accepted.safetyNumber;
    }
    // In order: the mentor's direct endpoint when in the same room, else the sync server.
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        try {
            const std::unique_ptr<Transport> transport = open(candidates.at(i));
            transport->postToMailbox(out.mailbox, message);
            out.endpoint = transport->endpointName();
            break;
        } catch (const SyncError &e) {
            if (e.kind() != SyncErrorKind::Unreachable || i + 1 == candidates.size())
                throw;
        }
    }
    delivered(store, out.mailbox, out.endpoint);
    return out;
}

std::optional<QString> openAnswer(Store &store, Transport &transport, const QByteArray &mailbox, QStringList *refused)
{
    const std::vector<QByteArray> messages = transport.readMailbox(mailbox);
    const std::optional<Pairing::Answer> answer = Pairing(store).openAnswers(messages, refused);
    if (!answer)
        return std::nullopt;
    return answer->safetyNumber;
}

void confirmPairing(Store &store, Transport &transport, const QByteArray &mailbox, const QStringList &ownEndpoints)
{
    const QString endpoint = transport.endpointName();
    QByteArray grant;
    if (const std::optional<Waiting> earlier = waitingMessage(store, mailbox, "issued"); earlier && earlier->completed) {
        grant = earlier->message; // granted before; the post did not get through
    } else {
        Transaction tx(store.db());
        grant = Pairing(store).grant(mailbox);
        // The answer came through this server: the pairing's collections meet there (routes.h).
        setPairingEndpoint(store, mailbox, endpoint);
        bindPairing(store, mailbox, endpoint, ownEndpoints);
        tx.commit();
    }
    transport.postToMailbox(mailbox, grant);
    delivered(store, mailbox, endpoint);
}

std::optional<int> receiveGrant(Store &store, Transport &transport, const QByteArray &mailbox,
    const QStringList &ownEndpoints, QStringList *refused)
{
    const std::vector<QByteArray> messages = transport.readMailbox(mailbox);
    Transaction tx(store.db());
    const std::optional<QList<Collection>> adopted = Pairing(store).receiveGrants(mailbox, messages, refused);
    if (adopted)
        bindPairing(store, mailbox, transport.endpointName(), ownEndpoints);
    tx.commit();
    if (!adopted)
        return std::nullopt;
    return int(adopted->size());
}

int sendWaitingPairingMessages(Store &store, Transport &transport)
{
    const QString endpoint = transport.endpointName();
    QList<QPair<QByteArray, QByteArray>> waiting;
    {
        auto q = store.db().prepare("SELECT mailbox, outgoing FROM sync_invite WHERE role = 'issued' AND "
                                    "outgoing IS NOT NULL AND completed_at IS NOT NULL AND endpoint = ? AND expires_at > ?");
        q.bind(1, endpoint).bind(2, store.now());
        while (q.step())
            waiting.append({ q.blob(0), q.blob(1) });
    }
    for (const auto &[mailbox, message] : waiting) {
        transport.postToMailbox(mailbox, message);
        delivered(store, mailbox, endpoint);
    }
    return int(waiting.size());
}

} // namespace bollplank::sync
