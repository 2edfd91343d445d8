// search, progress, distribution: questions across the records.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "query/distribution.h"
#include "query/progress.h"
#include "query/search.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

void searchCommand(Context &ctx)
{
    const QString query = ctx.params.join(u' ');
    const int limit = ctx.number(u"limit"_s).value_or(50);
    if (limit < 1)
        throw usageError(u"--limit must be at least 1"_s);
    const QList<SearchHit> hits = search(ctx.store(), query, limit);
    QJsonArray array;
    for (const SearchHit &hit : hits)
        array.append(toJson(hit));
    ctx.out.result(array, lines(hits, u"Nothing found."_s));
}

void progressCommand(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Mentorship);
    const QDate asOf = ctx.date(u"as-of"_s).value_or(QDate::currentDate());
    const Progress p = progress(ctx.store(), id, asOf);
    const QJsonObject object { { u"mentorshipId"_s, id }, { u"asOf"_s, jsonDate(asOf) },
        { u"monthsElapsed"_s, p.monthsElapsed }, { u"plannedMonths"_s, p.plannedMonths },
        { u"fractionElapsed"_s, p.fractionElapsed() }, { u"meetingsHeld"_s, p.meetingsHeld },
        { u"meetingsExpected"_s, p.meetingsExpected }, { u"monthsWithoutMeeting"_s, p.monthsWithoutMeeting },
        { u"lastMeeting"_s, jsonDate(p.lastMeeting) } };
    const QString text = u"As of %1: month %2 of %3 (%4%)\nMeetings held: %5 of %6 the cadence planned\n"
                         "Last meeting: %7 (whole months since: %8)"_s.arg(textDate(asOf))
                             .arg(p.monthsElapsed)
                             .arg(p.plannedMonths)
                             .arg(qRound(p.fractionElapsed() * 100))
                             .arg(p.meetingsHeld)
                             .arg(p.meetingsExpected)
                             .arg(p.lastMeeting.isValid() ? textDate(p.lastMeeting) : u"none yet"_s)
                             .arg(p.monthsWithoutMeeting);
    ctx.out.result(object, text);
}

QJsonArray counts(const std::array<int, 6> &values)
{
    QJsonArray array;
    for (int value : values)
        array.append(value);
    return array;
}

void distributionCommand(Context &ctx)
{
    const QDate to = ctx.date(u"to"_s).value_or(QDate::currentDate());
    const QDate from = ctx.date(u"from"_s).value_or(QDate(to.year(), to.month(), 1).addMonths(-11));
    if (to < from)
        throw usageError(u"--to comes before --from"_s);
    std::optional<QString> mentorship = ctx.idOption(u"mentorship"_s, RecordKind::Mentorship);
    const QList<FocusMonth> months = focusDistribution(ctx.store(), from, to, mentorship);

    QJsonArray array;
    QStringList text { u"Month    "_s + u"  area 1  area 2  area 3  area 4  area 5  area 6"_s,
        u"         (reflections/meetings)"_s };
    for (const FocusMonth &month : months) {
        array.append(QJsonObject { { u"month"_s, month.month.toString(u"yyyy-MM"_s) },
            { u"reflections"_s, counts(month.reflections) }, { u"meetings"_s, counts(month.meetings) } });
        QString row = month.month.toString(u"yyyy-MM"_s).leftJustified(9);
        for (std::size_t i = 0; i < 6; ++i)
            row += u"%1/%2"_s.arg(month.reflections[i]).arg(month.meetings[i]).rightJustified(8);
        text.append(row);
    }
    const QJsonObject object { { u"from"_s, jsonDate(from) }, { u"to"_s, jsonDate(to) },
        { u"mentorshipId"_s, mentorship ? QJsonValue(*mentorship) : QJsonValue() }, { u"months"_s, array } };
    ctx.out.result(object, text.join(u'\n'));
}

} // namespace

void addQueryCommands(QList<Command> &commands)
{
    commands += {
        { u"search"_s, u"WORDS... [--limit N]"_s,
            u"find reflections, minutes, comments and notes holding every word (as a prefix: \"ärl\" finds \"Ärligt\")"_s,
            1, -1, &searchCommand },
        { u"progress"_s, u"MENTORSHIP_ID [--as-of YYYY-MM-DD]"_s,
            u"how far a mentorship has come toward its planned length"_s, 1, 1, &progressCommand },
        { u"distribution"_s, u"[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--mentorship ID]"_s,
            u"focus areas month by month, in reflections and meetings (default: the last 12 months)"_s, 0, 0,
            &distributionCommand },
    };
}

} // namespace bollplank::cli
