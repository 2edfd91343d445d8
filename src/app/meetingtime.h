#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>
#include <optional>

namespace bollplank::meetingtime {

/// A date typed as YYYY-MM-DD, or nothing.
[[nodiscard]] inline std::optional<QDate> parseDate(const QString &text)
{
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

/// A time typed as H:mm or HH:mm (a dot works too, as people type it in Swedish), or nothing.
[[nodiscard]] inline std::optional<QTime> parseTime(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('.'), QLatin1Char(':'));
    QTime time = QTime::fromString(t, QStringLiteral("H:mm"));
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

/// About a month after from, on the same weekday: the default for the next formal meeting.
[[nodiscard]] inline QDate monthLaterSameWeekday(const QDate &from)
{
    const QDate month = from.addMonths(1);
    int shift = from.dayOfWeek() - month.dayOfWeek(); // -6..6
    if (shift > 3)
        shift -= 7;
    else if (shift < -3)
        shift += 7;
    return month.addDays(shift);
}

[[nodiscard]] inline QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

[[nodiscard]] inline QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

} // namespace bollplank::meetingtime
