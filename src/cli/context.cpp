#include "context.h"

#include "repo/mentorships.h"

#include <QFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

std::optional<QString> Context::text(const QString &option)
{
    const auto value = args.value(option);
    if (!value || *value != u"-"_s)
        return value;
    if (m_stdinTaken)
        throw usageError(u"only one option can read standard input (\"-\")"_s);
    m_stdinTaken = true;
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw CliError(ExitCode::Io, u"cannot read standard input"_s);
    const QByteArray bytes = in.readAll();
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        throw invalidInput(u"standard input is not UTF-8 text"_s);
    // A pipe usually ends in a line break that is no part of the text.
    while (decoded.endsWith(u'\n') || decoded.endsWith(u'\r'))
        decoded.chop(1);
    return decoded;
}

std::optional<int> Context::number(const QString &option)
{
    if (const auto value = args.value(option))
        return parseInt(*value, option);
    return std::nullopt;
}

std::optional<QDate> Context::date(const QString &option)
{
    if (const auto value = args.value(option))
        return parseDate(*value, option);
    return std::nullopt;
}

std::optional<QDateTime> Context::dateTime(const QString &option)
{
    if (const auto value = args.value(option))
        return parseDateTime(*value, option);
    return std::nullopt;
}

std::optional<QList<int>> Context::focus(const QString &option)
{
    if (const auto value = args.value(option))
        return parseIdList(*value, u"--"_s + option);
    return std::nullopt;
}

QString Context::idParam(RecordKind kind, qsizetype index)
{
    if (index >= params.size())
        throw usageError(u"\"%1\" needs the %2 id"_s.arg(command, nameOf(kind)));
    return id(kind, params.at(index));
}

std::optional<QString> Context::idOption(const QString &option, RecordKind kind)
{
    if (const auto value = args.value(option))
        return id(kind, *value);
    return std::nullopt;
}

QString Context::mentorshipId()
{
    if (const auto given = idOption(u"mentorship"_s, RecordKind::Mentorship))
        return *given;
    const QList<Mentorship> all = MentorshipRepository(store()).list();
    if (all.size() == 1)
        return all.first().meta.id;
    if (all.isEmpty())
        throw invalidInput(u"there is no mentorship yet; add one with \"mentorship add\""_s);
    throw usageError(u"this profile has several mentorships: give --mentorship ID"_s);
}

} // namespace bollplank::cli
