#include "commands.h"

#include "clierror.h"
#include "values.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

QStringList Command::options() const
{
    static const QRegularExpression option(u"--([a-z][a-z-]*)"_s);
    QStringList names;
    for (auto it = option.globalMatch(synopsis); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names.append(name);
    }
    return names;
}

const QList<Command> &allCommands()
{
    static const QList<Command> commands = [] {
        QList<Command> list;
        addProfileCommands(list);
        addMentorshipCommands(list);
        addReflectionCommands(list);
        addMeetingCommands(list);
        addMinutesCommands(list);
        addActionCommands(list);
        addNoteCommands(list);
        addQueryCommands(list);
        addCalendarCommands(list);
        addPairCommands(list);
        addSyncCommands(list);
        return list;
    }();
    return commands;
}

const Command *findCommand(QStringList &words)
{
    if (words.isEmpty())
        return nullptr;
    const QString first = words.first();
    const QString two = words.size() > 1 ? first + u' ' + words.at(1) : QString();
    bool knownGroup = false;
    for (const Command &command : allCommands()) {
        if (!two.isEmpty() && command.name == two) {
            words.remove(0, 2);
            return &command;
        }
        if (command.name == first) {
            words.removeFirst();
            return &command;
        }
        knownGroup = knownGroup || command.group() == first;
    }
    if (knownGroup)
        throw usageError(words.size() < 2 ? u"\"%1\" needs a command after it (see --help)"_s.arg(first)
                : echoable(words.at(1)) ? u"unknown command \"%1 %2\" (see --help)"_s.arg(first, words.at(1))
                                        : u"\"%1\" has no such command (see --help)"_s.arg(first));
    return nullptr;
}

} // namespace bollplank::cli
