#include "values.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

int parseInt(const QString &text, const QString &option)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok)
        throw usageError(u"--%1 needs a whole number"_s.arg(option));
    return value;
}

QDate parseDate(const QString &text, const QString &option)
{
    if (text == u"today"_s)
        return QDate::currentDate();
    static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    const QDate date = iso.match(text).hasMatch() ? QDate::fromString(text, Qt::ISODate) : QDate();
    if (!date.isValid())
        throw usageError(u"--%1 needs a date as YYYY-MM-DD"_s.arg(option));
    return date;
}

QDateTime parseDateTime(const QString &text, const QString &option)
{
    static const QRegularExpression iso(
        u"^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?$"_s);
    QDateTime when;
    if (iso.match(text).hasMatch()) {
        QString normal = text;
        normal[10] = u'T';
        when = QDateTime::fromString(normal, Qt::ISODateWithMs);
    }
    if (!when.isValid())
        throw usageError(u"--%1 needs a date and time as YYYY-MM-DDTHH:MM (local time)"_s.arg(option));
    return when;
}

bool isNone(const QString &text)
{
    return text.trimmed().isEmpty() || text.trimmed() == u"none"_s;
}

QList<int> parseIdList(const QString &text, const QString &what)
{
    QList<int> ids;
    if (isNone(text))
        return ids;
    for (const QString &part : text.split(u',')) {
        bool ok = false;
        const int id = part.trimmed().toInt(&ok);
        if (!ok)
            throw usageError(u"%1: focus areas are numbers separated by commas, such as 1,4"_s.arg(what));
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

bool echoable(const QString &word)
{
    static const QRegularExpression plain(u"^[\\w.:,-]{1,40}$"_s);
    return plain.match(word).hasMatch();
}

QString quoted(const QString &word)
{
    return echoable(word) ? u'"' + word + u'"' : u"that value"_s;
}

QString withoutQuotedValue(const char *message)
{
    static const QRegularExpression quotedPart(u"\\s*\"[^\"]*\""_s);
    return QString::fromUtf8(message).remove(quotedPart);
}

} // namespace bollplank::cli
