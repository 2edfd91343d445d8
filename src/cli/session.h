#pragma once

#include "profile/profile.h"

#include <QString>
#include <memory>
#include <optional>

namespace bollplank::cli {

/// The profile a command works on: where it is, how to get its passphrase, and the unlocked
/// profile itself, opened on first use and held (with its lock) until the command ends.
class Session
{
public:
    Session(QString folder, std::optional<QString> passphraseFile);
    ~Session();

    /// The platform's app-data location: ~/.local/share/Bollplank/profile on Linux.
    [[nodiscard]] static QString defaultFolder();
    /// KdfParams::minimal() when testHooks::fastKdf() (a test build with BOLLPLANK_TEST_FAST_KDF=1:
    /// it makes the passphrase cheap to guess), otherwise KdfParams::standard().
    [[nodiscard]] static KdfParams kdfParams();
    /// A passphrase file's content without its final line break. Throws on an unreadable or empty file.
    [[nodiscard]] static QString readPassphraseFile(const QString &path);

    [[nodiscard]] const QString &folder() const noexcept { return m_folder; }
    /// From --passphrase-file, else $BOLLPLANK_PASSPHRASE, else asked for on the terminal
    /// (only when stdin is one). Never from the command line.
    [[nodiscard]] QString passphrase();

    /// Unlocks the profile on first call. Throws a not-found CliError when there is none.
    [[nodiscard]] UnlockedProfile &profile();
    [[nodiscard]] Store &store() { return profile().store(); }
    /// Locks the profile again (a command that needed it only to start, like "sync serve"), so
    /// another process may open it; a later profile() unlocks it anew.
    void close() { m_profile.reset(); }
    /// Creates the profile (the init command) and keeps it open.
    UnlockedProfile &create(Role role, const QString &displayName);

private:
    QString m_folder;
    std::optional<QString> m_passphraseFile;
    std::optional<QString> m_passphrase;
    bool m_prompted = false; ///< the passphrase was typed at a prompt
    std::unique_ptr<UnlockedProfile> m_profile;
};

} // namespace bollplank::cli
