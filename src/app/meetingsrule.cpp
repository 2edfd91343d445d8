#include "meetingsrule.h"

#include <QMap>
#include <QStringList>

namespace bollplank {

namespace {

const char *const DayCodes[] = { "MO", "TU", "WE", "TH", "FR", "SA", "SU" };

int dayFromCode(const QString &code)
{
    for (int i = 0; i < 7; ++i)
        if (code == QLatin1String(DayCodes[i]))
            return i + 1;
    return 0;
}

QMap<QString, QString> partsOf(const QString &rule)
{
    QMap<QString, QString> parts;
    QString text = rule.trimmed().toUpper();
    if (text.startsWith(QStringLiteral("RRULE:")))
        text = text.mid(6);
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return {};
        parts.insert(part.left(eq), part.mid(eq + 1));
    }
    return parts;
}

/// The nth (1-4) or last (-1) given weekday of a month.
QDate nthWeekday(int year, int month, int ordinal, int weekday)
{
    if (ordinal > 0) {
        const QDate first(year, month, 1);
        const int shift = (weekday - first.dayOfWeek() + 7) % 7;
        return first.addDays(shift + 7 * (ordinal - 1));
    }
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-((last.dayOfWeek() - weekday + 7) % 7));
}

} // namespace

RhythmForm RhythmForm::fromRule(const QString &rule)
{
    RhythmForm form;
    form.pattern = Pattern::Custom;
    form.rule = rule;
    const QMap<QString, QString> parts = partsOf(rule);
    const QString freq = parts.value(QStringLiteral("FREQ"));
    const QString byday = parts.value(QStringLiteral("BYDAY"));
    const QStringList known { QStringLiteral("FREQ"), QStringLiteral("INTERVAL"), QStringLiteral("BYDAY"),
        QStringLiteral("WKST") };
    for (auto it = parts.cbegin(); it != parts.cend(); ++it)
        if (!known.contains(it.key()))
            return form;
    bool ok = true;
    const int interval = parts.value(QStringLiteral("INTERVAL"), QStringLiteral("1")).toInt(&ok);
    if (!ok || interval < 1 || byday.size() < 2 || byday.contains(QLatin1Char(',')))
        return form;
    const int day = dayFromCode(byday.right(2));
    if (day == 0)
        return form;
    const QString prefix = byday.left(byday.size() - 2);
    if (freq == QStringLiteral("MONTHLY") && interval == 1) {
        const int n = prefix.toInt(&ok);
        if (!ok || !(n == -1 || (n >= 1 && n <= 4)))
            return form;
        form.pattern = Pattern::Monthly;
        form.ordinal = n;
        form.weekday = day;
    } else if (freq == QStringLiteral("WEEKLY") && prefix.isEmpty() && interval <= 52) {
        form.pattern = Pattern::Weekly;
        form.interval = interval;
        form.weekday = day;
    }
    return form;
}

QString RhythmForm::toRule() const
{
    const QString day = QLatin1String(DayCodes[std::clamp(weekday, 1, 7) - 1]);
    switch (pattern) {
    case Pattern::Monthly:
        return QStringLiteral("FREQ=MONTHLY;BYDAY=%1%2").arg(ordinal).arg(day);
    case Pattern::Weekly:
        return interval == 1 ? QStringLiteral("FREQ=WEEKLY;BYDAY=%1").arg(day)
                             : QStringLiteral("FREQ=WEEKLY;INTERVAL=%1;BYDAY=%2").arg(interval).arg(day);
    case Pattern::Custom:
        break;
    }
    QString text = rule.trimmed();
    if (text.startsWith(QStringLiteral("RRULE:"), Qt::CaseInsensitive))
        text = text.mid(6);
    return text;
}

QDate RhythmForm::firstOnOrAfter(const QDate &from) const
{
    switch (pattern) {
    case Pattern::Monthly: {
        QDate d = nthWeekday(from.year(), from.month(), ordinal, weekday);
        if (d < from) {
            const QDate next = from.addMonths(1);
            d = nthWeekday(next.year(), next.month(), ordinal, weekday);
        }
        return d;
    }
    case Pattern::Weekly:
        return from.addDays((weekday - from.dayOfWeek() + 7) % 7);
    case Pattern::Custom:
        break;
    }
    return from;
}

QString RhythmForm::patternName(Pattern pattern)
{
    switch (pattern) {
    case Pattern::Monthly:
        return QStringLiteral("monthly");
    case Pattern::Weekly:
        return QStringLiteral("weekly");
    case Pattern::Custom:
        break;
    }
    return QStringLiteral("custom");
}

RhythmForm::Pattern RhythmForm::parsePattern(const QString &name)
{
    if (name == QStringLiteral("monthly"))
        return Pattern::Monthly;
    if (name == QStringLiteral("weekly"))
        return Pattern::Weekly;
    return Pattern::Custom;
}

QString RhythmText::ordinal(int ordinal)
{
    switch (ordinal) {
    case 1:
        return tr("first");
    case 2:
        return tr("second");
    case 3:
        return tr("third");
    case 4:
        return tr("fourth");
    default:
        return tr("last");
    }
}

QString RhythmText::weekday(int day, const QLocale &locale)
{
    return locale.standaloneDayName(std::clamp(day, 1, 7), QLocale::LongFormat);
}

QString RhythmText::describe(const QString &rule, const QTime &time, const QLocale &locale)
{
    const RhythmForm form = RhythmForm::fromRule(rule);
    const QString at = locale.toString(time, QLocale::ShortFormat);
    const QString day = weekday(form.weekday, locale);
    switch (form.pattern) {
    case RhythmForm::Pattern::Monthly:
        //: e.g. "The first Tuesday of every month at 14:00"; %1 ordinal, %2 weekday, %3 time
        return tr("The %1 %2 of every month at %3").arg(ordinal(form.ordinal), day, at);
    case RhythmForm::Pattern::Weekly:
        //: e.g. "Every 4 weeks on Thursday at 14:00"; %1 weekday, %2 time
        return tr("Every %n week(s) on %1 at %2", nullptr, form.interval).arg(day, at);
    case RhythmForm::Pattern::Custom:
        break;
    }
    //: A rule the editor has no words for, shown as written; %1 rule, %2 time
    return tr("By the rule %1, at %2").arg(form.toRule(), at);
}

} // namespace bollplank
