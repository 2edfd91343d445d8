// mentorship and agreement: the frame of a mentorship and what both parties agreed to.
#include "commands.h"
#include "context.h"
#include "recordjson.h"
#include "recordtext.h"

#include "repo/mentorships.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

/// Applies the options an add or an edit shares.
void applyOptions(Context &ctx, Mentorship &m)
{
    if (const auto adept = ctx.args.value(u"adept"_s))
        m.adeptName = *adept;
    if (const auto mentor = ctx.args.value(u"mentor"_s))
        m.mentorName = *mentor;
    if (const auto start = ctx.date(u"start"_s))
        m.startDate = *start;
    if (const auto months = ctx.number(u"months"_s))
        m.plannedMonths = *months;
    if (const auto cadence = ctx.args.value(u"cadence"_s))
        m.cadence = *cadence;
}

void add(Context &ctx)
{
    Mentorship m;
    m.adeptName = ctx.args.required(u"adept"_s);
    m.mentorName = ctx.args.required(u"mentor"_s);
    m.startDate = QDate::currentDate();
    applyOptions(ctx, m);
    MentorshipRepository repo(ctx.store());
    repo.save(m);
    m = repo.get(m.meta.id); // as stored: names trimmed
    ctx.out.result(toJson(m), u"Added mentorship %1\n%2"_s.arg(shortId(m.meta.id), detail(m)));
}

void list(Context &ctx)
{
    const QList<Mentorship> all = MentorshipRepository(ctx.store()).list();
    ctx.out.result(toJsonArray(all), lines(all, u"No mentorships."_s));
}

void show(Context &ctx)
{
    const Mentorship m = MentorshipRepository(ctx.store()).get(ctx.idParam(RecordKind::Mentorship));
    ctx.out.result(toJson(m), detail(m));
}

void edit(Context &ctx)
{
    MentorshipRepository repo(ctx.store());
    Mentorship m = repo.get(ctx.idParam(RecordKind::Mentorship));
    applyOptions(ctx, m);
    repo.save(m);
    m = repo.get(m.meta.id);
    ctx.out.result(toJson(m), u"Saved mentorship %1\n%2"_s.arg(shortId(m.meta.id), detail(m)));
}

void remove(Context &ctx)
{
    const QString id = ctx.idParam(RecordKind::Mentorship);
    MentorshipRepository(ctx.store()).remove(id);
    ctx.out.result(QJsonObject { { u"deleted"_s, id } }, u"Deleted mentorship %1"_s.arg(shortId(id)));
}

Agreement agreementOf(MentorshipRepository &repo, const QString &mentorshipId)
{
    if (auto agreement = repo.agreementFor(mentorshipId))
        return *agreement;
    Agreement blank;
    blank.mentorshipId = mentorshipId;
    return blank;
}

void showAgreement(Context &ctx)
{
    MentorshipRepository repo(ctx.store());
    const auto agreement = repo.agreementFor(ctx.idParam(RecordKind::Mentorship));
    if (!agreement)
        throw invalidInput(u"this mentorship has no agreement yet; write one with \"agreement set\""_s);
    ctx.out.result(toJson(*agreement), detail(*agreement));
}

void setAgreement(Context &ctx)
{
    MentorshipRepository repo(ctx.store());
    Agreement a = agreementOf(repo, ctx.idParam(RecordKind::Mentorship));
    const QStringList fields
        = { u"goals"_s, u"adept-expectations"_s, u"mentor-expectations"_s, u"confidentiality"_s };
    QString *targets[] = { &a.goals, &a.adeptExpectations, &a.mentorExpectations, &a.confidentiality };
    bool any = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (const auto value = ctx.text(fields.at(i))) {
            *targets[i] = *value;
            any = true;
        }
    }
    if (!any)
        throw usageError(u"\"agreement set\" needs at least one of --goals, --adept-expectations, "
                         "--mentor-expectations, --confidentiality"_s);
    repo.saveAgreement(a);
    a = agreementOf(repo, a.mentorshipId);
    ctx.out.result(toJson(a), u"Saved the agreement of mentorship %1"_s.arg(shortId(a.mentorshipId)));
}

void acknowledge(Context &ctx)
{
    MentorshipRepository repo(ctx.store());
    const QString mentorshipId = ctx.idParam(RecordKind::Mentorship);
    const Role party = parseChoice(ctx.args.required(u"party"_s), u"party"_s, &parseRole);
    repo.acknowledge(mentorshipId, party);
    const Agreement a = agreementOf(repo, mentorshipId);
    ctx.out.result(toJson(a), u"The %1 has accepted the agreement."_s.arg(toString(party)));
}

} // namespace

void addMentorshipCommands(QList<Command> &commands)
{
    const QString fields = u"[--start YYYY-MM-DD] [--months N] [--cadence RRULE]"_s;
    commands += {
        { u"mentorship add"_s, u"--adept NAME --mentor NAME "_s + fields,
            u"start a mentorship (default: today, 18 months, FREQ=MONTHLY)"_s, 0, 0, &add },
        { u"mentorship list"_s, QString(), u"list the mentorships, newest first"_s, 0, 0, &list },
        { u"mentorship show"_s, u"ID"_s, u"show one mentorship"_s, 1, 1, &show },
        { u"mentorship edit"_s, u"ID [--adept NAME] [--mentor NAME] "_s + fields, u"change a mentorship"_s, 1,
            1, &edit },
        { u"mentorship delete"_s, u"ID"_s, u"delete a mentorship"_s, 1, 1, &remove },
        { u"agreement show"_s, u"MENTORSHIP_ID"_s, u"show the agreement and who has accepted it"_s, 1, 1,
            &showAgreement },
        { u"agreement set"_s,
            u"MENTORSHIP_ID [--goals TEXT|-] [--adept-expectations TEXT|-] [--mentor-expectations TEXT|-] "
            "[--confidentiality TEXT|-]"_s,
            u"write or revise the agreement (unnamed parts stay as they are)"_s, 1, 1, &setAgreement },
        { u"agreement ack"_s, u"MENTORSHIP_ID --party adept|mentor"_s,
            u"record that a party has read and accepts the agreement"_s, 1, 1, &acknowledge },
    };
}

} // namespace bollplank::cli
