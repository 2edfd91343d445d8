// minutes and evaluation: what was said at a meeting and how each party found it.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/minutes.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

void addMinutes(Context &ctx)
{
    Minutes m;
    m.meetingId = ctx.id(RecordKind::Meeting, ctx.args.required(u"meeting"_s));
    (void)ctx.args.required(u"text"_s);
    m.area = ctx.number(u"area"_s).value_or(0);
    m.body = ctx.text(u"text"_s).value_or(QString());
    MinutesRepository repo(ctx.store());
    repo.save(m);
    m = repo.get(m.meta.id);
    ctx.out.result(toJson(m),
        u"Saved minutes %1 (area %2, revision %3)"_s.arg(shortId(m.meta.id))
            .arg(m.area)
            .arg(m.meta.revision));
}

void listMinutes(Context &ctx)
{
    const QString meetingId = ctx.id(RecordKind::Meeting, ctx.args.required(u"meeting"_s));
    const QList<Minutes> all = MinutesRepository(ctx.store()).forMeeting(meetingId);
    ctx.out.result(toJsonArray(all), lines(all, u"No minutes."_s));
}

void showMinutes(Context &ctx)
{
    const Minutes m = MinutesRepository(ctx.store()).get(ctx.idParam(RecordKind::Minutes));
    ctx.out.result(toJson(m), detail(m));
}

void editMinutes(Context &ctx)
{
    MinutesRepository repo(ctx.store());
    Minutes m = repo.get(ctx.idParam(RecordKind::Minutes));
    (void)ctx.args.required(u"text"_s);
    m.body = ctx.text(u"text"_s).value_or(m.body);
    repo.save(m);
    m = repo.get(m.meta.id);
    ctx.out.result(
        toJson(m), u"Saved minutes %1 (revision %2)"_s.arg(shortId(m.meta.id)).arg(m.meta.revision));
}

void removeMinutes(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Minutes);
    MinutesRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted minutes %1"_s.arg(shortId(id)));
}

void addEvaluation(Context &ctx)
{
    Evaluation e;
    e.meetingId = ctx.id(RecordKind::Meeting, ctx.args.required(u"meeting"_s));
    (void)MeetingRepository(ctx.store()).get(e.meetingId);
    // By default the profile's owner evaluates: the adept on the adept's device, and so on.
    e.party = ctx.choice(u"party"_s, &parseRole).value_or(ctx.session.profile().profile().role);
    e.rating = parseInt(ctx.args.required(u"rating"_s), u"rating"_s);
    e.body = ctx.text(u"text"_s).value_or(QString());
    EvaluationRepository(ctx.store()).save(e);
    ctx.out.result(toJson(e),
        u"Saved the %1's evaluation %2 (rating %3/5)"_s.arg(toString(e.party), shortId(e.meta.id))
            .arg(e.rating));
}

void listEvaluations(Context &ctx)
{
    const QString meetingId = ctx.id(RecordKind::Meeting, ctx.args.required(u"meeting"_s));
    const QList<Evaluation> all = EvaluationRepository(ctx.store()).forMeeting(meetingId);
    ctx.out.result(toJsonArray(all), lines(all, u"No evaluations."_s));
}

void removeEvaluation(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Evaluation);
    EvaluationRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted evaluation %1"_s.arg(shortId(id)));
}

} // namespace

void addMinutesCommands(QList<Command> &commands)
{
    commands += {
        { u"minutes add"_s, u"--meeting ID [--area 0-6] --text TEXT|-"_s,
            u"write the minutes of a meeting (area 0: the whole meeting); again for the same area revises them"_s,
            0, 0, &addMinutes },
        { u"minutes list"_s, u"--meeting ID"_s, u"list a meeting's minutes by area"_s, 0, 0, &listMinutes },
        { u"minutes show"_s, u"ID"_s, u"show one set of minutes"_s, 1, 1, &showMinutes },
        { u"minutes edit"_s, u"ID --text TEXT|-"_s, u"revise minutes"_s, 1, 1, &editMinutes },
        { u"minutes delete"_s, u"ID"_s, u"delete minutes"_s, 1, 1, &removeMinutes },
        { u"evaluation add"_s, u"--meeting ID [--party adept|mentor] --rating 1-5 [--text TEXT|-]"_s,
            u"evaluate a meeting (default party: this profile's role; again revises it)"_s, 0, 0,
            &addEvaluation },
        { u"evaluation list"_s, u"--meeting ID"_s, u"list a meeting's evaluations"_s, 0, 0,
            &listEvaluations },
        { u"evaluation delete"_s, u"ID"_s, u"delete an evaluation"_s, 1, 1, &removeEvaluation },
    };
}

} // namespace bollplank::cli
