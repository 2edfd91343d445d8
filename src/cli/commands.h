#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bollplank::cli {

class Context;

/// One subcommand. Its synopsis is both its help and its contract: the options it accepts
/// are exactly the --names the synopsis mentions, so help and parsing cannot drift apart.
struct Command
{
    QString name; ///< one or two words: "init", "reflection add"
    QString synopsis; ///< what follows the name: "ID [--text TEXT|-]"
    QString summary; ///< one line
    qsizetype minParams = 0; ///< positional words after the name
    qsizetype maxParams = 0; ///< -1: any number
    void (*run)(Context &) = nullptr;

    [[nodiscard]] QStringList options() const;
    [[nodiscard]] QString group() const { return name.section(QLatin1Char(' '), 0, 0); }
};

// Each file registers the commands of one kind of object.
void addProfileCommands(QList<Command> &commands);
void addMentorshipCommands(QList<Command> &commands);
void addReflectionCommands(QList<Command> &commands);
void addMeetingCommands(QList<Command> &commands);
void addMinutesCommands(QList<Command> &commands);
void addActionCommands(QList<Command> &commands);
void addNoteCommands(QList<Command> &commands);
void addQueryCommands(QList<Command> &commands);
void addCalendarCommands(QList<Command> &commands);
void addPairCommands(QList<Command> &commands);
void addSyncCommands(QList<Command> &commands);

/// Every command, in the order --help lists them.
[[nodiscard]] const QList<Command> &allCommands();

/// The command the positional words name (its name's words are removed from words), or
/// nullptr. Throws a usage error for a known object with an unknown verb.
[[nodiscard]] const Command *findCommand(QStringList &words);

} // namespace bollplank::cli
