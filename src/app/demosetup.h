#pragma once

#include <QDate>
#include <QString>
#include <memory>

namespace bollplank {

class UnlockedProfile;

/// What --demo opens: a realistic adept profile, unlocked, with passphrase "demo". Uses the
/// bollplank_demo library when the build has it, else a small built-in sample.
struct DemoRequest
{
    QString folder;
    QString language = QStringLiteral("sv"); ///< "sv" or "en"
    QString role = QStringLiteral("adept");
    int extraReflections = 0; ///< generated filler on top of the story (benchmarks)
    QDate today = QDate::currentDate();
    bool fastKdf = true;
};

inline const QString DemoPassphrase = QStringLiteral("demo");

[[nodiscard]] std::unique_ptr<UnlockedProfile> createDemo(const DemoRequest &request);

} // namespace bollplank
