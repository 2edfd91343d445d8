#pragma once

// A conflict as sync leaves one, without a second device (the screenshot program and the QML
// tests): the reflection keeps its text, a conflict copy holds the other version, and the
// engine's list of conflicts names both. tests/sync/tst_conflicts.cpp makes real ones.

#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::test {

/// Returns the copy's id. The record counts as this device's version (no other device is known).
QString paperConflict(Store &store, const QString &reflectionId, const QString &otherBody);

} // namespace bollplank::test
