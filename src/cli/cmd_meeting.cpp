// meeting: the monthly (or ad-hoc) meetings, their focus areas and the look back they open with.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "query/lookback.h"
#include "repo/meetings.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

/// Applies the options an add or an edit shares.
void applyOptions(Context &ctx, Meeting &m)
{
    if (const auto start = ctx.dateTime(u"start"_s))
        m.startsAt = start->toMSecsSinceEpoch();
    if (const auto duration = ctx.number(u"duration"_s))
        m.durationMinutes = *duration;
    if (const auto coaching = ctx.number(u"coaching"_s))
        m.coachingMinutes = *coaching;
    if (const auto place = ctx.args.value(u"place"_s))
        m.place = *place;
    if (const auto kind = ctx.choice(u"kind"_s, &parseMeetingKind))
        m.kind = *kind;
    if (const auto status = ctx.choice(u"status"_s, &parseMeetingStatus))
        m.status = *status;
}

QJsonObject meetingJson(MeetingRepository &repo, const Meeting &m)
{
    return toJson(m, repo.focusAreas(m.meta.id));
}

void add(Context &ctx)
{
    Meeting m;
    (void)ctx.args.required(u"start"_s);
    applyOptions(ctx, m);
    const auto focus = ctx.focus(u"focus"_s);
    m.mentorshipId = ctx.mentorshipId();
    MeetingRepository repo(ctx.store());
    Transaction tx(ctx.store().db());
    repo.save(m);
    if (focus)
        repo.setFocusAreas(m.meta.id, *focus);
    tx.commit();
    m = repo.get(m.meta.id); // as stored: place trimmed
    const QList<int> areas = repo.focusAreas(m.meta.id);
    ctx.out.result(toJson(m, areas), u"Added meeting %1\n%2"_s.arg(shortId(m.meta.id), detail(m, areas)));
}

void list(Context &ctx)
{
    MeetingRepository repo(ctx.store());
    const QList<Meeting> all = repo.listFor(ctx.mentorshipId());
    QJsonArray array;
    QStringList text;
    for (const Meeting &m : all) {
        const QList<int> areas = repo.focusAreas(m.meta.id);
        array.append(toJson(m, areas));
        text.append(line(m, areas));
    }
    ctx.out.result(array, all.isEmpty() ? u"No meetings."_s : text.join(u'\n'));
}

void show(Context &ctx)
{
    MeetingRepository repo(ctx.store());
    const Meeting m = repo.get(ctx.idParam(RecordKind::Meeting));
    const QList<int> areas = repo.focusAreas(m.meta.id);
    ctx.out.result(toJson(m, areas), detail(m, areas));
}

void edit(Context &ctx)
{
    MeetingRepository repo(ctx.store());
    Meeting m = repo.get(ctx.idParam(RecordKind::Meeting));
    applyOptions(ctx, m);
    repo.save(m);
    m = repo.get(m.meta.id);
    const QList<int> areas = repo.focusAreas(m.meta.id);
    ctx.out.result(toJson(m, areas), u"Saved meeting %1\n%2"_s.arg(shortId(m.meta.id), detail(m, areas)));
}

void remove(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Meeting);
    MeetingRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted meeting %1"_s.arg(shortId(id)));
}

void focus(Context &ctx)
{
    MeetingRepository repo(ctx.store());
    const QString id = ctx.idParam(RecordKind::Meeting);
    repo.setFocusAreas(id, parseIdList(ctx.params.value(1), u"focus areas"_s));
    const Meeting m = repo.get(id);
    const QList<int> areas = repo.focusAreas(id);
    ctx.out.result(toJson(m, areas), u"Focus areas of meeting %1: %2"_s.arg(shortId(id), focusNames(areas)));
}

void lookback(Context &ctx)
{
    MeetingRepository repo(ctx.store());
    const LookBack back = lookBack(ctx.store(), ctx.idParam(RecordKind::Meeting));
    QJsonObject object { { u"meeting"_s, meetingJson(repo, back.meeting) },
        { u"previous"_s, back.previous ? QJsonValue(meetingJson(repo, *back.previous)) : QJsonValue() },
        { u"previousMinutes"_s, toJsonArray(back.previousMinutes) },
        { u"previousEvaluations"_s, toJsonArray(back.previousEvaluations) },
        { u"openActionItems"_s, toJsonArray(back.openActionItems) },
        { u"sharedReflections"_s, toJsonArray(back.sharedSince) } };

    QStringList text;
    text << u"Look back for the meeting of %1"_s.arg(textTime(back.meeting.startsAt));
    if (back.previous)
        text << u"\nThe previous meeting: "_s + line(*back.previous, repo.focusAreas(back.previous->meta.id));
    else
        text << u"\nNo meeting was held before this one."_s;
    if (back.previous) {
        text << u"\nMinutes:"_s << lines(back.previousMinutes, u"(none)"_s);
        text << u"\nEvaluations:"_s << lines(back.previousEvaluations, u"(none)"_s);
    }
    text << u"\nOpen action items:"_s << lines(back.openActionItems, u"(none)"_s);
    text << u"\nReflections shared since:"_s << lines(back.sharedSince, u"(none)"_s);
    ctx.out.result(object, text.join(u'\n'));
}

} // namespace

void addMeetingCommands(QList<Command> &commands)
{
    const QString fields = u"[--duration MINUTES] [--place PLACE] [--kind formal|adhoc] "
                           "[--status planned|held|cancelled] [--coaching MINUTES]"_s;
    commands += {
        { u"meeting add"_s, u"[--mentorship ID] --start YYYY-MM-DDTHH:MM "_s + fields + u" [--focus LIST]"_s,
            u"plan a meeting (local time; default 150 minutes, formal, planned)"_s, 0, 0, &add },
        { u"meeting list"_s, u"[--mentorship ID]"_s, u"list a mentorship's meetings, oldest first"_s, 0, 0,
            &list },
        { u"meeting show"_s, u"ID"_s, u"show one meeting"_s, 1, 1, &show },
        { u"meeting edit"_s, u"ID [--start YYYY-MM-DDTHH:MM] "_s + fields,
            u"change a meeting (--status held once it has taken place)"_s, 1, 1, &edit },
        { u"meeting delete"_s, u"ID"_s, u"delete a meeting"_s, 1, 1, &remove },
        { u"meeting focus"_s, u"ID LIST"_s, u"choose the meeting's focus areas, e.g. 1,4 (none clears)"_s, 2,
            2, &focus },
        { u"meeting lookback"_s, u"ID"_s,
            u"what the meeting opens with: last minutes and evaluations, open actions, shared reflections"_s,
            1, 1, &lookback },
    };
}

} // namespace bollplank::cli
