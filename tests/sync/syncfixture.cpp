#include "syncfixture.h"

namespace bollplank::test {

Device::Device(sync::MemoryServer &server, Role role)
    : profile(role)
    , transport(server, sync::DeviceIdentity::load(profile.store()).signPublicKey(),
          [p = &profile](const QByteArray &message) {
              // Membership statements are signed like the relay client signs them; the profile
              // may be reopened in a test, so the key is read from the current store.
              return sync::DeviceIdentity::load(p->store()).sign(message);
          })
    , m_engine(std::make_unique<sync::Engine>(profile.store()))
{
}

QString Device::addMentorship()
{
    Mentorship m;
    m.adeptName = QStringLiteral("Karin");
    m.mentorName = QStringLiteral("Anders");
    m.startDate = QDate(2026, 1, 1);
    MentorshipRepository(store()).save(m);
    return m.meta.id;
}

PairingResult pair(Device &issuer, Device &answerer, sync::PairingPurpose purpose, const QString &issuerMentorship,
    const QString &answererMentorship)
{
    sync::Pairing issuing(issuer.store());
    sync::Pairing answering(answerer.store());
    const sync::Invite invite
        = issuing.createInvite(purpose, issuerMentorship, { QStringLiteral("wss://relay.example:8443") });
    const auto accepted = answering.accept(invite.toText(), answererMentorship);
    answerer.transport.postToMailbox(accepted.mailboxId, accepted.message);

    PairingResult result;
    result.answererSafetyNumber = accepted.safetyNumber;
    for (const QByteArray &message : issuer.transport.readMailbox(invite.mailboxId()))
        if (const auto answer = issuing.openAnswer(message))
            result.issuerSafetyNumber = answer->safetyNumber;
    // Both people read the number aloud; only then does the issuer grant.
    if (result.issuerSafetyNumber != result.answererSafetyNumber)
        return result;
    issuer.transport.postToMailbox(invite.mailboxId(), issuing.grant(invite.mailboxId()));
    for (const QByteArray &message : answerer.transport.readMailbox(accepted.mailboxId))
        (void)answering.receiveGrant(accepted.mailboxId, message);
    return result;
}

MentorPair::MentorPair()
{
    mentorMentorship = mentor.addMentorship();
    adeptMentorship = adept.addMentorship();
    pair(mentor, adept, sync::PairingPurpose::Partner, mentorMentorship, adeptMentorship);
    (void)mentor.sync(); // tells the server the adept may use the shared space
    (void)adept.sync();
}

QByteArray MentorPair::sharedId()
{
    return sync::Collections(mentor.store()).shared(mentorMentorship)->id;
}

void MentorPair::inject(const QByteArray &collectionId, const QByteArray &bytes)
{
    server.collections[collectionId].push_back({ server.nextSequence++, bytes, QByteArray() });
}

void MentorPair::damageNewest(const QByteArray &collectionId)
{
    QByteArray &newest = server.collections[collectionId].back().bytes;
    newest[newest.size() / 2] = char(newest[newest.size() / 2] ^ 0x20);
}

OwnDevices::OwnDevices()
{
    laptop.addMentorship();
    linked = pair(laptop, phone, sync::PairingPurpose::OwnDevice, {}, {});
}

void syncAll(std::initializer_list<Device *> devices, int rounds)
{
    for (int i = 0; i < rounds; ++i)
        for (Device *d : devices)
            (void)d->sync();
}

Reflection shareReflection(Device &d, const QString &body, const QString &mentorshipId)
{
    Reflection r;
    r.body = body;
    r.visibility = Visibility::Shared;
    r.mentorshipId = mentorshipId;
    ReflectionRepository(d.store()).save(r);
    return r;
}

QString syncError(const std::function<void()> &f, sync::SyncErrorKind kind)
{
    try {
        f();
    } catch (const sync::SyncError &e) {
        if (e.kind() == kind)
            return QString::fromUtf8(e.what());
        qWarning("Expected SyncError kind %d, got %d: %s", int(kind), int(e.kind()), e.what());
        return {};
    }
    qWarning("Expected a SyncError of kind %d, got none", int(kind));
    return {};
}

} // namespace bollplank::test
