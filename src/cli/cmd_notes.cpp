// comment, note and request: the mentor's words on shared reflections and about the adept, and
// the adept's requests for an ad-hoc meeting.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "repo/meetings.h"
#include "repo/notes.h"
#include "repo/requests.h"
#include "store/transaction.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

void addComment(Context &ctx)
{
    Comment c;
    c.reflectionId = ctx.id(RecordKind::Reflection, ctx.args.required(u"reflection"_s));
    (void)ctx.args.required(u"text"_s);
    c.body = ctx.text(u"text"_s).value_or(QString());
    NoteRepository(ctx.store()).saveComment(c);
    ctx.out.result(toJson(c), u"Added comment %1"_s.arg(shortId(c.meta.id)));
}

void listComments(Context &ctx)
{
    const QString reflectionId = ctx.id(RecordKind::Reflection, ctx.args.required(u"reflection"_s));
    const QList<Comment> all = NoteRepository(ctx.store()).commentsOn(reflectionId);
    ctx.out.result(toJsonArray(all), lines(all, u"No comments."_s));
}

void removeComment(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Comment);
    NoteRepository(ctx.store()).removeComment(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted comment %1"_s.arg(shortId(id)));
}

void addNote(Context &ctx)
{
    MentorNote n;
    (void)ctx.args.required(u"text"_s);
    n.mentorshipId = ctx.mentorshipId();
    n.body = ctx.text(u"text"_s).value_or(QString());
    NoteRepository(ctx.store()).saveNote(n);
    ctx.out.result(toJson(n), u"Added note %1"_s.arg(shortId(n.meta.id)));
}

void listNotes(Context &ctx)
{
    const QList<MentorNote> all = NoteRepository(ctx.store()).notesFor(ctx.mentorshipId());
    ctx.out.result(toJsonArray(all), lines(all, u"No notes."_s));
}

void removeNote(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Note);
    NoteRepository(ctx.store()).removeNote(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted note %1"_s.arg(shortId(id)));
}

void addRequest(Context &ctx)
{
    AdHocRequest r;
    r.mentorshipId = ctx.mentorshipId();
    r.urgency = ctx.choice(u"urgency"_s, &parseUrgency).value_or(Urgency::Medium);
    r.reason = ctx.text(u"reason"_s).value_or(QString());
    RequestRepository repo(ctx.store());
    repo.save(r);
    r = repo.get(r.meta.id); // as stored: reason trimmed
    ctx.out.result(toJson(r), u"Sent request %1 (%2 urgency)"_s.arg(shortId(r.meta.id), toString(r.urgency)));
}

void listRequests(Context &ctx)
{
    const QList<AdHocRequest> open = RequestRepository(ctx.store()).open(ctx.mentorshipId());
    ctx.out.result(toJsonArray(open), lines(open, u"No open requests."_s));
}

void accept(Context &ctx)
{
    RequestRepository requests(ctx.store());
    MeetingRepository meetings(ctx.store());
    const QString id = ctx.idParam(RecordKind::Request);
    const auto existing = ctx.idOption(u"meeting"_s, RecordKind::Meeting);
    const auto start = ctx.dateTime(u"start"_s);
    if (existing.has_value() == start.has_value())
        throw usageError(u"\"request accept\" needs either --meeting ID or --start YYYY-MM-DDTHH:MM"_s);

    Transaction tx(ctx.store().db());
    const AdHocRequest request = requests.get(id);
    Meeting meeting;
    if (existing) {
        meeting = meetings.get(*existing);
        if (meeting.mentorshipId != request.mentorshipId)
            throw invalidInput(u"that meeting belongs to another mentorship"_s);
    } else {
        meeting.mentorshipId = request.mentorshipId;
        meeting.kind = MeetingKind::AdHoc;
        meeting.startsAt = start->toMSecsSinceEpoch();
        meeting.durationMinutes = ctx.number(u"duration"_s).value_or(meeting.durationMinutes);
        meeting.coachingMinutes = qMin(meeting.coachingMinutes, meeting.durationMinutes);
        meeting.place = ctx.args.value(u"place"_s).value_or(QString());
        meetings.save(meeting);
    }
    requests.accept(id, meeting.meta.id);
    tx.commit();
    QJsonObject object = toJson(requests.get(id));
    object.insert(u"meeting"_s, toJson(meeting, meetings.focusAreas(meeting.meta.id)));
    ctx.out.result(object,
        u"Accepted request %1: meeting %2 at %3"_s.arg(
            shortId(id), shortId(meeting.meta.id), textTime(meeting.startsAt)));
}

void setStatus(Context &ctx, RequestStatus status)
{
    RequestRepository requests(ctx.store());
    const QString id = ctx.idParam(RecordKind::Request);
    requests.setStatus(id, status);
    ctx.out.result(toJson(requests.get(id)), u"Request %1 is %2."_s.arg(shortId(id), toString(status)));
}

} // namespace

void addNoteCommands(QList<Command> &commands)
{
    commands += {
        { u"comment add"_s, u"--reflection ID --text TEXT|-"_s, u"comment on a shared reflection"_s, 0, 0,
            &addComment },
        { u"comment list"_s, u"--reflection ID"_s, u"list the comments on a reflection"_s, 0, 0,
            &listComments },
        { u"comment delete"_s, u"ID"_s, u"delete a comment"_s, 1, 1, &removeComment },
        { u"note add"_s, u"[--mentorship ID] --text TEXT|-"_s,
            u"write a private mentor's note about the adept"_s, 0, 0, &addNote },
        { u"note list"_s, u"[--mentorship ID]"_s, u"list the notes, newest first"_s, 0, 0, &listNotes },
        { u"note delete"_s, u"ID"_s, u"delete a note"_s, 1, 1, &removeNote },
        { u"request add"_s, u"[--mentorship ID] [--urgency low|medium|high] [--reason TEXT|-]"_s,
            u"ask for an ad-hoc meeting (\"I need a sounding board\")"_s, 0, 0, &addRequest },
        { u"request list"_s, u"[--mentorship ID]"_s, u"list open requests, most urgent first"_s, 0, 0,
            &listRequests },
        { u"request accept"_s,
            u"ID (--meeting ID | --start YYYY-MM-DDTHH:MM [--duration MINUTES] [--place PLACE])"_s,
            u"accept a request: link a meeting, or plan a new ad-hoc one"_s, 1, 1, &accept },
        { u"request decline"_s, u"ID"_s, u"decline a request"_s, 1, 1,
            [](Context &ctx) { setStatus(ctx, RequestStatus::Declined); } },
        { u"request withdraw"_s, u"ID"_s, u"withdraw a request"_s, 1, 1,
            [](Context &ctx) { setStatus(ctx, RequestStatus::Withdrawn); } },
    };
}

} // namespace bollplank::cli
