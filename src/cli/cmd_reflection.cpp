// reflection: the adept's journal.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "repo/notes.h"
#include "repo/reflections.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

/// Applies the options an add or an edit shares; "none" clears an optional value on edit.
void applyOptions(Context &ctx, Reflection &r)
{
    if (const auto text = ctx.text(u"text"_s))
        r.body = *text;
    if (const auto focus = ctx.focus(u"focus"_s))
        r.focusAreas = *focus;
    if (const auto lens = ctx.args.value(u"lens"_s))
        r.lens = isNone(*lens) ? std::nullopt : std::optional(parseChoice(*lens, u"lens"_s, &parseLens));
    if (const auto stress = ctx.args.value(u"stress"_s))
        r.stress = isNone(*stress) ? std::nullopt : std::optional(parseInt(*stress, u"stress"_s));
    if (ctx.args.flag(u"shared"_s) && ctx.args.flag(u"private"_s))
        throw usageError(u"give --shared or --private, not both"_s);
    if (ctx.args.flag(u"shared"_s))
        r.visibility = Visibility::Shared;
    if (ctx.args.flag(u"private"_s))
        r.visibility = Visibility::Private;
    if (const auto mentorship = ctx.args.value(u"mentorship"_s))
        r.mentorshipId = isNone(*mentorship) ? QString() : ctx.id(RecordKind::Mentorship, *mentorship);
}

void add(Context &ctx)
{
    Reflection r;
    (void)ctx.args.required(u"text"_s);
    applyOptions(ctx, r);
    ReflectionRepository repo(ctx.store());
    repo.save(r);
    r = repo.get(r.meta.id); // as stored: focus areas in order
    ctx.out.result(toJson(r), u"Added reflection %1 (%2)"_s.arg(shortId(r.meta.id), toString(r.visibility)));
}

void list(Context &ctx)
{
    ReflectionFilter filter;
    if (const auto focus = ctx.focus(u"focus"_s)) {
        if (focus->size() != 1)
            throw usageError(u"the list filters by one focus area at a time: --focus N"_s);
        filter.focusArea = focus->first();
    }
    filter.lens = ctx.choice(u"lens"_s, &parseLens);
    filter.visibility = ctx.choice(u"visibility"_s, &parseVisibility);
    const int limit = ctx.number(u"limit"_s).value_or(50);
    const int offset = ctx.number(u"offset"_s).value_or(0);
    if (limit < 1 || offset < 0)
        throw usageError(u"--limit must be at least 1 and --offset not negative"_s);
    const QList<Reflection> page = ReflectionRepository(ctx.store()).list(filter, limit, offset);
    ctx.out.result(toJsonArray(page), lines(page, u"No reflections."_s));
}

void show(Context &ctx)
{
    const Reflection r = ReflectionRepository(ctx.store()).get(ctx.idParam(RecordKind::Reflection));
    const QList<Comment> comments = NoteRepository(ctx.store()).commentsOn(r.meta.id);
    QJsonObject object = toJson(r);
    object.insert(u"comments"_s, toJsonArray(comments));
    QString text = detail(r);
    if (!comments.isEmpty())
        text += u"\n\nComments:\n"_s + lines(comments, QString());
    ctx.out.result(object, text);
}

void edit(Context &ctx)
{
    ReflectionRepository repo(ctx.store());
    Reflection r = repo.get(ctx.idParam(RecordKind::Reflection));
    applyOptions(ctx, r);
    repo.save(r);
    r = repo.get(r.meta.id);
    ctx.out.result(toJson(r), u"Saved reflection %1 (%2)"_s.arg(shortId(r.meta.id), toString(r.visibility)));
}

void remove(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Reflection);
    ReflectionRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted reflection %1"_s.arg(shortId(id)));
}

} // namespace

void addReflectionCommands(QList<Command> &commands)
{
    const QString fields
        = u"[--focus LIST] [--lens customers|employees|partners|owners|board] [--stress 1-5] "
          "[--shared|--private] [--mentorship ID]"_s;
    commands += {
        { u"reflection add"_s, u"--text TEXT|- "_s + fields,
            u"write a reflection (private unless --shared; --text - reads stdin)"_s, 0, 0, &add },
        { u"reflection list"_s,
            u"[--focus N] [--lens LENS] [--visibility private|shared] [--limit N] [--offset N]"_s,
            u"list reflections, newest first (50 at a time)"_s, 0, 0, &list },
        { u"reflection show"_s, u"ID"_s, u"show a reflection and the mentor's comments on it"_s, 1, 1,
            &show },
        { u"reflection edit"_s, u"ID [--text TEXT|-] "_s + fields,
            u"change a reflection (\"none\" clears --focus, --lens, --stress, --mentorship)"_s, 1, 1, &edit },
        { u"reflection delete"_s, u"ID"_s, u"delete a reflection"_s, 1, 1, &remove },
    };
}

} // namespace bollplank::cli
