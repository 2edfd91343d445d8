#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>
#include <QTime>

namespace bollplank {

/// The meeting rhythms the editor offers, as iCalendar RRULEs, and their descriptions in
/// words. The dates themselves always come from libical (Recurrence); this only reads and
/// writes the rule and finds the first date the rule gives on or after a chosen day.
struct RhythmForm
{
    enum class Pattern { Monthly, Weekly, Custom };
    Pattern pattern = Pattern::Monthly;
    int ordinal = 1; ///< 1-4, or -1 for the last (Monthly)
    int weekday = Qt::Tuesday; ///< Qt::DayOfWeek, 1 = Monday
    int interval = 1; ///< weeks (Weekly), 1-52
    QString rule; ///< the RRULE (Custom)

    /// Reads a rule into the pattern it matches, or Custom.
    [[nodiscard]] static RhythmForm fromRule(const QString &rule);
    [[nodiscard]] QString toRule() const;
    /// The first day on or after from that the pattern gives (from itself for Custom).
    [[nodiscard]] QDate firstOnOrAfter(const QDate &from) const;
    [[nodiscard]] static QString patternName(Pattern pattern);
    [[nodiscard]] static Pattern parsePattern(const QString &name);
};

class RhythmText
{
    Q_DECLARE_TR_FUNCTIONS(RhythmText)
public:
    /// "First Tuesday of every month at 14:00", "Every 4 weeks on Thursday at 14:00".
    [[nodiscard]] static QString describe(const QString &rule, const QTime &time, const QLocale &locale);
    [[nodiscard]] static QString ordinal(int ordinal);
    /// The weekday as a choice in a list ("Tuesday" / "tisdag").
    [[nodiscard]] static QString weekday(int day, const QLocale &locale);
};

} // namespace bollplank
