// action: who does what by when, from a meeting or on its own.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "repo/actionitems.h"
#include "repo/meetings.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

/// Applies the options an add or an edit shares; "none" clears --due and --meeting.
void applyOptions(Context &ctx, ActionItem &a)
{
    if (const auto text = ctx.text(u"text"_s))
        a.body = *text;
    if (const auto owner = ctx.choice(u"owner"_s, &parseRole))
        a.owner = *owner;
    if (const auto due = ctx.args.value(u"due"_s))
        a.dueDate = isNone(*due) ? QDate() : parseDate(*due, u"due"_s);
    if (const auto meeting = ctx.args.value(u"meeting"_s)) {
        a.meetingId = isNone(*meeting) ? QString() : ctx.id(RecordKind::Meeting, *meeting);
        if (!a.meetingId.isEmpty()
            && MeetingRepository(ctx.store()).get(a.meetingId).mentorshipId != a.mentorshipId)
            throw invalidInput(u"that meeting belongs to another mentorship"_s);
    }
}

void add(Context &ctx)
{
    ActionItem a;
    (void)ctx.args.required(u"text"_s);
    (void)ctx.args.required(u"owner"_s);
    // From a meeting, the item belongs to the meeting's mentorship.
    if (const auto meeting = ctx.args.value(u"meeting"_s); meeting && !ctx.args.has(u"mentorship"_s))
        a.mentorshipId
            = MeetingRepository(ctx.store()).get(ctx.id(RecordKind::Meeting, *meeting)).mentorshipId;
    else
        a.mentorshipId = ctx.mentorshipId();
    applyOptions(ctx, a);
    ActionItemRepository repo(ctx.store());
    repo.save(a);
    a = repo.get(a.meta.id); // as stored: text trimmed
    ctx.out.result(toJson(a), u"Added action item %1"_s.arg(shortId(a.meta.id)));
}

void list(Context &ctx)
{
    ActionItemRepository repo(ctx.store());
    QList<ActionItem> items;
    if (const auto meeting = ctx.idOption(u"meeting"_s, RecordKind::Meeting)) {
        if (ctx.args.has(u"mentorship"_s))
            throw usageError(u"give --meeting or --mentorship, not both"_s);
        items = repo.forMeeting(*meeting);
        if (ctx.args.flag(u"open"_s))
            items.removeIf([](const ActionItem &a) { return a.doneAt.has_value(); });
    } else {
        const QString mentorship = ctx.mentorshipId();
        items = ctx.args.flag(u"open"_s) ? repo.open(mentorship) : repo.all(mentorship);
    }
    ctx.out.result(toJsonArray(items), lines(items, u"No action items."_s));
}

void show(Context &ctx)
{
    const ActionItem a = ActionItemRepository(ctx.store()).get(ctx.idParam(RecordKind::ActionItem));
    ctx.out.result(toJson(a), detail(a));
}

void edit(Context &ctx)
{
    ActionItemRepository repo(ctx.store());
    ActionItem a = repo.get(ctx.idParam(RecordKind::ActionItem));
    applyOptions(ctx, a);
    repo.save(a);
    a = repo.get(a.meta.id);
    ctx.out.result(toJson(a), u"Saved action item %1"_s.arg(shortId(a.meta.id)));
}

void setDone(Context &ctx, bool done)
{
    ActionItemRepository repo(ctx.store());
    const QString id = ctx.idParam(RecordKind::ActionItem);
    repo.setDone(id, done);
    const ActionItem a = repo.get(id);
    ctx.out.result(
        toJson(a), u"Action item %1 is %2."_s.arg(shortId(id), done ? u"done"_s : u"open again"_s));
}

void remove(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::ActionItem);
    ActionItemRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted action item %1"_s.arg(shortId(id)));
}

} // namespace

void addActionCommands(QList<Command> &commands)
{
    commands += {
        { u"action add"_s,
            u"[--mentorship ID] [--meeting ID] --owner adept|mentor --text TEXT|- [--due YYYY-MM-DD]"_s,
            u"add an action item (with --meeting, of that meeting's mentorship)"_s, 0, 0, &add },
        { u"action list"_s, u"[--mentorship ID | --meeting ID] [--open]"_s,
            u"list action items (newest first; --open: only open ones, soonest due first)"_s, 0, 0, &list },
        { u"action show"_s, u"ID"_s, u"show one action item"_s, 1, 1, &show },
        { u"action edit"_s,
            u"ID [--owner adept|mentor] [--text TEXT|-] [--due YYYY-MM-DD|none] [--meeting ID|none]"_s,
            u"change an action item"_s, 1, 1, &edit },
        { u"action done"_s, u"ID"_s, u"mark an action item done"_s, 1, 1,
            [](Context &ctx) { setDone(ctx, true); } },
        { u"action undone"_s, u"ID"_s, u"open a done action item again"_s, 1, 1,
            [](Context &ctx) { setDone(ctx, false); } },
        { u"action delete"_s, u"ID"_s, u"delete an action item"_s, 1, 1, &remove },
    };
}

} // namespace bollplank::cli
