// Pairing: invite text, answer, grant and the safety number; wrong, expired and reused invites.

#include "syncfixture.h"

#include "sync/collections.h"

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;

class TestPairing : public QObject
{
    Q_OBJECT

private slots:
    void inviteTextRoundTripsAndSurvivesSloppyTyping()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        const QString m = mentor.addMentorship();
        const Invite invite = Pairing(mentor.store()).createInvite(PairingPurpose::Partner, m,
            { QStringLiteral("wss://relay.example:8443"), QStringLiteral("ws://192.168.1.20:47800") });
        const QString text = invite.toText();
        QVERIFY(text.startsWith(QStringLiteral("BOLLPLANK:INVITE:V1:")));
        for (QChar c : text) // QR alphanumeric mode: upper case, digits and a few symbols
            QVERIFY2(c.isUpper() || c.isDigit() || c == QLatin1Char(':'), qPrintable(text));

        QString sloppy = text.toLower();
        sloppy.insert(30, QStringLiteral("  \n"));
        const Invite back = Invite::fromText(sloppy);
        QCOMPARE(back.signPublicKey, invite.signPublicKey);
        QCOMPARE(back.boxPublicKey, invite.boxPublicKey);
        QCOMPARE(back.secret, invite.secret);
        QCOMPARE(back.expiresAt, invite.expiresAt);
        QCOMPARE(back.endpoints, invite.endpoints);
        QVERIFY(back.purpose == PairingPurpose::Partner);
        QCOMPARE(back.mailboxId(), invite.mailboxId());
        QVERIFY(back.mailboxId() != invite.secret);
    }

    void wrongTextIsRefusedClearly()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        const QString text = Pairing(mentor.store())
                                 .createInvite(PairingPurpose::Partner, mentor.addMentorship(), {})
                                 .toText();
        // One character mistyped anywhere after the prefix is caught by the checksum.
        for (int i = Invite::TextPrefix.size(); i < text.size(); i += 7) {
            QString typo = text;
            typo[i] = typo[i] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
            const QString why = test::syncError([&] { (void)Invite::fromText(typo); }, SyncErrorKind::InvalidInvite);
            QVERIFY2(!why.isEmpty(), qPrintable(QString::number(i)));
        }
        QCOMPARE(test::syncError([&] { (void)Invite::fromText(QStringLiteral("hello")); }, SyncErrorKind::InvalidInvite),
            QStringLiteral("This is not a Bollplank invite"));
        QVERIFY(!test::syncError([&] { (void)Invite::fromText(text.left(text.size() - 3)); }, SyncErrorKind::InvalidInvite)
                     .isEmpty());
        QVERIFY(test::syncError([&] { (void)Invite::fromText(QStringLiteral("BOLLPLANK:INVITE:V2:AAAA")); },
            SyncErrorKind::InvalidInvite)
                    .contains(QStringLiteral("newer version")));
    }

    void partnersSeeTheSameSafetyNumber()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device adept(server, Role::Adept);
        const auto result = test::pair(mentor, adept, PairingPurpose::Partner, mentor.addMentorship(), adept.addMentorship());
        QCOMPARE(result.issuerSafetyNumber.size(), 60);
        QCOMPARE(result.issuerSafetyNumber, result.answererSafetyNumber);
        for (QChar c : result.issuerSafetyNumber)
            QVERIFY(c.isDigit());
        QCOMPARE(formatSafetyNumber(result.issuerSafetyNumber).size(), 60 + 11);
        // Independent of order, different for another pair.
        const DeviceIdentity m = DeviceIdentity::load(mentor.store());
        const DeviceIdentity a = DeviceIdentity::load(adept.store());
        QCOMPARE(safetyNumber(m.signPublicKey(), a.signPublicKey()), safetyNumber(a.signPublicKey(), m.signPublicKey()));
        Device other(server, Role::Adept);
        QVERIFY(safetyNumber(m.signPublicKey(), DeviceIdentity::load(other.store()).signPublicKey())
            != result.issuerSafetyNumber);

        // The adept holds the shared space only, bound to its own mentorship; the mentor's notes
        // collection stays the mentor's.
        Collections adeptSide(adept.store());
        Collections mentorSide(mentor.store());
        const auto shared = adeptSide.allShared();
        QCOMPARE(shared.size(), 1);
        QCOMPARE(mentorSide.allShared().first().id, shared.first().id);
        for (const Collection &c : mentorSide.all())
            if (c.kind != CollectionKind::Shared)
                QVERIFY(!adeptSide.find(c.id));
        QCOMPARE(adeptSide.members(shared.first().id).size(), 2);
    }

    void expiredInviteIsRefused()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device adept(server, Role::Adept);
        adept.addMentorship();
        const Invite invite
            = Pairing(mentor.store()).createInvite(PairingPurpose::Partner, mentor.addMentorship(), {}, 60'000);
        adept.profile.advance(61'000);
        const QString why = test::syncError(
            [&] { (void)Pairing(adept.store()).accept(invite.toText()); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(why.contains(QStringLiteral("expired")), qPrintable(why));

        // An answer that arrives after expiry is refused by the issuer too.
        mentor.profile.advance(61'000); // both clocks agree again
        const auto accepted = Pairing(adept.store()).accept(
            Pairing(mentor.store()).createInvite(PairingPurpose::Partner, mentor.addMentorship(), {}, 60'000).toText());
        mentor.profile.advance(61'000);
        const QString late = test::syncError(
            [&] { (void)Pairing(mentor.store()).openAnswer(accepted.message); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(late.contains(QStringLiteral("expired")), qPrintable(late));
        QVERIFY(Collections(adept.store()).all().isEmpty());
    }

    void reusedInviteIsRefused()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device adept(server, Role::Adept);
        Device intruder(server, Role::Adept);
        adept.addMentorship();
        intruder.addMentorship();
        Pairing issuing(mentor.store());
        const Invite invite = issuing.createInvite(PairingPurpose::Partner, mentor.addMentorship(), {});
        const auto first = Pairing(adept.store()).accept(invite.toText());
        // The same device cannot use it twice.
        const QString twice = test::syncError(
            [&] { (void)Pairing(adept.store()).accept(invite.toText()); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(twice.contains(QStringLiteral("already used")), qPrintable(twice));
        // A second device that saw the code (over a shoulder) answers too: the issuer takes one.
        const auto second = Pairing(intruder.store()).accept(invite.toText());
        QVERIFY(issuing.openAnswer(first.message).has_value());
        const QString reused
            = test::syncError([&] { (void)issuing.openAnswer(second.message); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(reused.contains(QStringLiteral("already used")), qPrintable(reused));
        (void)issuing.grant(invite.mailboxId());
        EXPECT_SYNC_ERROR((void)issuing.grant(invite.mailboxId()), InvalidInvite);
    }

    void forgedAnswersAndGrantsAreRefused()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device adept(server, Role::Adept);
        adept.addMentorship();
        Pairing issuing(mentor.store());
        const Invite invite = issuing.createInvite(PairingPurpose::Partner, mentor.addMentorship(), {});
        // Someone with the mentor's public keys but not the secret: an unknown mailbox.
        Invite guessed = invite;
        guessed.secret = QByteArray(32, 'x');
        const auto forged = Pairing(adept.store()).accept(guessed.toText());
        const QString why = test::syncError([&] { (void)issuing.openAnswer(forged.message); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(why.contains(QStringLiteral("did not make")), qPrintable(why));

        // A grant not signed by the invite's device.
        const auto accepted = Pairing(adept.store()).accept(invite.toText());
        QVERIFY(issuing.openAnswer(accepted.message));
        QByteArray grant = issuing.grant(invite.mailboxId());
        grant[grant.size() / 2] = char(grant[grant.size() / 2] ^ 1); // inside the sealed keys
        EXPECT_SYNC_ERROR((void)Pairing(adept.store()).receiveGrant(accepted.mailboxId, grant), InvalidInvite);
        QVERIFY(Collections(adept.store()).all().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPairing)
#include "tst_pairing.moc"
