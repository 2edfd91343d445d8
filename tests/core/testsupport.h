#pragma once

#include "profile/profile.h"
#include "store/storeerror.h"
#include "sync/collections.h"

#include <QByteArray>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace bollplank::test {

/// A fresh profile in a temporary folder, created with the cheapest KDF and a clock the test
/// controls (starts at 2026-01-15 09:00 UTC, moves only when told).
struct TempProfile
{
    explicit TempProfile(Role role = Role::Adept);
    ~TempProfile();

    [[nodiscard]] Store &store() { return profile->store(); }
    [[nodiscard]] QString folder() const { return dir.path(); }
    void advance(qint64 ms) { now += ms; }
    void close() { profile.reset(); }
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<UnlockedProfile> profile;
    qint64 now;
    static inline const QString Passphrase = QStringLiteral("correct horse battery staple");
};

/// Another device's public keys, as pairing would bring them: fresh, valid, leading nowhere (its
/// secrets are thrown away), for rosters and membership without a second profile.
[[nodiscard]] sync::Member otherDeviceKeys(const QString &role);

/// ms since the epoch of a local date and time.
[[nodiscard]] qint64 at(int year, int month, int day, int hour = 12, int minute = 0);

/// Every file under folder, recursively.
[[nodiscard]] QStringList filesUnder(const QString &folder);
/// True if any byte sequence in needle's UTF-8 or UTF-16 (LE) form occurs in the file.
[[nodiscard]] bool fileContains(const QString &path, const QString &needle);

/// Runs f and checks it throws StoreError of kind; returns the message (empty on failure).
template<typename F> std::string expectError(F &&f, StoreError::Kind kind)
{
    try {
        f();
    } catch (const StoreError &e) {
        if (e.kind() != kind) {
            qWarning("Expected error kind %d, got %d: %s", int(kind), int(e.kind()), e.what());
            return {};
        }
        return e.what();
    }
    qWarning("Expected an error of kind %d, got none", int(kind));
    return {};
}

} // namespace bollplank::test

/// QVERIFY that the statement throws StoreError of the given kind with a non-empty message.
#define EXPECT_STORE_ERROR(statement, kind)                                                              \
    QVERIFY(!bollplank::test::expectError([&] { statement; }, bollplank::StoreError::Kind::kind).empty())
