#pragma once

// Devices for sync tests: a profile, its engine and its connection to one in-memory server.

#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "sync/engine.h"
#include "sync/memorytransport.h"
#include "sync/pairing.h"
#include "testsupport.h"

#include <functional>
#include <initializer_list>
#include <memory>

namespace bollplank::test {

struct Device
{
    Device(sync::MemoryServer &server, Role role);

    [[nodiscard]] Store &store() { return profile.store(); }
    [[nodiscard]] sync::Engine &engine() { return *m_engine; }
    /// One sync round; fails the test's expectations loudly by throwing on error.
    sync::SyncReport sync() { return engine().sync(transport); }
    /// A mentorship of this device's own (each side has its own row for the same pair).
    QString addMentorship();

    TempProfile profile;
    sync::MemoryTransport transport;

private:
    std::unique_ptr<sync::Engine> m_engine;
};

struct PairingResult
{
    QString issuerSafetyNumber;
    QString answererSafetyNumber;
};

/// The whole pairing flow through the server's mailbox, both people confirming.
PairingResult pair(Device &issuer, Device &answerer, sync::PairingPurpose purpose, const QString &issuerMentorship,
    const QString &answererMentorship);

/// A mentor and an adept paired through one in-memory server, each with their own mentorship row.
struct MentorPair
{
    MentorPair();
    [[nodiscard]] QByteArray sharedId();
    /// Stores bytes at the server as if some device had pushed them (a hostile relay can).
    void inject(const QByteArray &collectionId, const QByteArray &bytes);
    /// Flips a bit in the middle of the newest envelope the server holds of the collection (a
    /// hostile relay or a damaged disk can): it no longer verifies.
    void damageNewest(const QByteArray &collectionId);

    sync::MemoryServer server;
    Device adept { server, Role::Adept };
    Device mentor { server, Role::Mentor };
    QString adeptMentorship;
    QString mentorMentorship;
};

/// Two devices of one adept linked through one in-memory server, sharing her journal: a laptop
/// with a mentorship, and a phone.
struct OwnDevices
{
    OwnDevices();

    sync::MemoryServer server;
    Device laptop { server, Role::Adept };
    Device phone { server, Role::Adept };
    PairingResult linked; ///< what each showed, for the test to compare
};

/// A reflection this device writes and shares in its mentorship (empty: private).
Reflection shareReflection(Device &d, const QString &body, const QString &mentorshipId);
/// Each device syncs in turn, `rounds` times over (what reaches the server in one round reaches
/// the others in the next).
void syncAll(std::initializer_list<Device *> devices, int rounds);

/// The message of a SyncError of kind thrown by f, or empty (with a warning) otherwise.
QString syncError(const std::function<void()> &f, sync::SyncErrorKind kind);

} // namespace bollplank::test

#define EXPECT_SYNC_ERROR(statement, kind)                                                                  \
    do {                                                                                                    \
        const QString why_ = bollplank::test::syncError([&] { statement; }, bollplank::sync::SyncErrorKind::kind); \
        QVERIFY2(!why_.isEmpty(), "expected SyncError " #kind);                                            \
    } while (false)
