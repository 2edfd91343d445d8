#include "cadence.h"

#include "store/storeerror.h"

#include <libical/ical.h>

namespace bollplank::Cadence {

namespace {

icalrecurrencetype parse(const QString &rule)
{
    const QByteArray text = rule.trimmed().toUtf8();
    icalerror_clear_errno();
    icalrecurrencetype recurrence = icalrecurrencetype_from_string(text.constData());
    if (text.isEmpty() || recurrence.freq == ICAL_NO_RECURRENCE || icalerrno != ICAL_NO_ERROR) {
        icalerror_clear_errno();
        throw StoreError(StoreError::Kind::InvalidInput,
            "Not a valid meeting rhythm (an iCalendar RRULE such as FREQ=MONTHLY): " + rule.toStdString());
    }
    if (recurrence.freq < ICAL_DAILY_RECURRENCE || recurrence.freq > ICAL_YEARLY_RECURRENCE)
        throw StoreError(StoreError::Kind::InvalidInput, "A meeting rhythm repeats at most daily and at least yearly");
    return recurrence;
}

icaltimetype toIcal(const QDate &date)
{
    // Built from text: a hand-filled icaltime_null_date() made libical's monthly expansion
    // land on month ends (31 Jan, 31 Jan, 31 Mar...) in libical 3.0.16.
    return icaltime_from_string(date.toString(QStringLiteral("yyyyMMdd")).toLatin1().constData());
}

} // namespace

void validate(const QString &rule)
{
    (void)parse(rule);
}

int occurrencesBetween(const QString &rule, const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end < start)
        return 0;
    const icalrecurrencetype recurrence = parse(rule);
    icalrecur_iterator *it = icalrecur_iterator_new(recurrence, toIcal(start));
    if (!it)
        throw StoreError(StoreError::Kind::InvalidInput, "libical cannot expand the meeting rhythm " + rule.toStdString());
    const icaltimetype last = toIcal(end);
    int count = 0;
    constexpr int Cap = 10'000;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next) && count < Cap;
         next = icalrecur_iterator_next(it)) {
        if (icaltime_compare_date_only(next, last) > 0)
            break;
        ++count;
    }
    icalrecur_iterator_free(it);
    return count;
}

} // namespace bollplank::Cadence
