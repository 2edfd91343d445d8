#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <optional>

namespace bollplank::cli {

/// The command line split into options and positional words. Options may stand anywhere
/// (before or after the command), as `--name value` or `--name=value`; `--` ends them.
/// Every option the CLI knows is declared in one table (arguments.cpp), so a misspelt one is
/// refused instead of ignored.
class Arguments
{
public:
    /// Throws a usage CliError for an unknown option, a missing value, an option given twice,
    /// and for any attempt to pass a passphrase itself (the value is never echoed).
    [[nodiscard]] static Arguments parse(const QStringList &arguments);

    /// The options every command accepts.
    [[nodiscard]] static const QStringList &globalOptions();
    /// True if name is a known option that takes a value.
    [[nodiscard]] static bool takesValue(const QString &name);

    [[nodiscard]] const QStringList &positionals() const noexcept { return m_positionals; }
    [[nodiscard]] bool has(const QString &name) const { return m_options.contains(name); }
    [[nodiscard]] bool flag(const QString &name) const { return m_options.contains(name); }
    [[nodiscard]] std::optional<QString> value(const QString &name) const;
    /// The value, or a usage error naming the option.
    [[nodiscard]] QString required(const QString &name) const;

    /// Throws a usage error if an option outside allowed (and the global ones) was given.
    void allowOnly(const QStringList &allowed, const QString &command) const;

private:
    QStringList m_positionals;
    QHash<QString, QString> m_options; ///< flags map to an empty string
};

} // namespace bollplank::cli
