#include "demosetup.h"

#include "profile/profile.h"
#include "repo/actionitems.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "store/transaction.h"

#include <QDateTime>

#if BOLLPLANK_HAVE_DEMO
#include <demoprofile.h> // bollplank_demo
#endif

namespace bollplank {

namespace {

qint64 at(const QDate &date, int hour, int minute = 0)
{
    return QDateTime(date, QTime(hour, minute)).toMSecsSinceEpoch();
}

// A small sample for builds without bollplank_demo: enough to show every screen.
[[maybe_unused]]
std::unique_ptr<UnlockedProfile> createSample(const DemoRequest &request)
{
    const bool sv = request.language == QLatin1String("sv");
    auto profile = UnlockedProfile::create(request.folder, DemoPassphrase,
        request.role == QLatin1String("mentor") ? Role::Mentor : Role::Adept,
        QStringLiteral("Karin Lindqvist"), request.fastKdf ? KdfParams::cheapestAccepted() : KdfParams::standard());
    Store &store = profile->store();
    const QDate today = request.today;
    const QDate start = today.addMonths(-14);

    Mentorship mentorship;
    mentorship.adeptName = QStringLiteral("Karin Lindqvist");
    mentorship.mentorName = QStringLiteral("Anders Berg");
    mentorship.startDate = start;
    MentorshipRepository(store).save(mentorship);

    MeetingRepository meetings(store);
    for (int i = 0; i < 14; ++i) {
        Meeting m;
        m.mentorshipId = mentorship.meta.id;
        m.startsAt = at(start.addMonths(i).addDays(3), 16);
        m.status = MeetingStatus::Held;
        m.place = sv ? QStringLiteral("Hotell Eggers, Göteborg") : QStringLiteral("Hotel Eggers, Gothenburg");
        meetings.save(m);
    }
    Meeting next;
    next.mentorshipId = mentorship.meta.id;
    next.startsAt = at(today.addDays(9), 16);
    next.place = sv ? QStringLiteral("Hotell Eggers, Göteborg") : QStringLiteral("Hotel Eggers, Gothenburg");
    meetings.save(next);
    meetings.setFocusAreas(next.meta.id, { 2 });

    const QStringList texts = sv
        ? QStringList {
              QStringLiteral("## Ledningsgruppen\n\nMötet i dag gick **bättre** än väntat. Jag lät Per leda "
                             "genomgången av kvartalet och höll själv tillbaka."),
              QStringLiteral("Svårt samtal med Lena om hennes arbetsbelastning. Jag lyssnade mer än jag pratade, "
                             "men vet inte om det räckte."),
              QStringLiteral("Styrelsen vill se en plan för exportaffären före sommaren. Jag känner mig pressad "
                             "och behöver sortera vad som är mitt ansvar."),
              QStringLiteral("Kunden i Borås sa upp avtalet. Det gör ont, men jag tror att vi lärde oss något:\n\n"
                             "- vi lovade för mycket\n- vi följde upp för sent"),
              QStringLiteral("Sov dåligt hela veckan. Måste prata med Anders om balansen mellan jobb och familj."),
              QStringLiteral("Förändringsarbetet i produktionen har börjat sätta sig. Fler frågar *varför* i stället "
                             "för *hur*, och det är ett gott tecken."),
          }
        : QStringList {
              QStringLiteral("## Management team\n\nToday's meeting went **better** than expected. I let Per lead "
                             "the quarterly review and held back myself."),
              QStringLiteral("Difficult conversation with Lena about her workload. I listened more than I talked, "
                             "but I am not sure it was enough."),
              QStringLiteral("The board wants an export plan before the summer. I feel the pressure and need to "
                             "sort out what is my responsibility."),
              QStringLiteral("The customer in Borås ended the contract. It hurts, but I think we learned "
                             "something:\n\n- we promised too much\n- we followed up too late"),
              QStringLiteral("Slept badly all week. Must talk to Anders about balancing work and family."),
              QStringLiteral("The change work in production has started to settle. More people ask *why* instead "
                             "of *how*, and that is a good sign."),
          };
    const QList<QList<int>> areas = { { 2 }, { 5 }, { 1, 2 }, { 3 }, { 6 }, { 2, 4 } };
    const std::optional<Lens> lenses[] = { Lens::Employees, Lens::Employees, Lens::Board, Lens::Customers,
        std::nullopt, Lens::Employees };
    ReflectionRepository reflections(store);
    Transaction tx(store.db());
    const int total = 30 + request.extraReflections;
    for (int i = 0; i < total; ++i) {
        Reflection r;
        r.mentorshipId = mentorship.meta.id;
        const int k = i % int(texts.size());
        r.body = texts[k];
        r.focusAreas = areas[k];
        r.lens = lenses[k];
        if (k == 4)
            r.stress = 4;
        r.visibility = i % 3 == 0 ? Visibility::Shared : Visibility::Private;
        r.createdAt = at(today.addDays(-1 - (i * 420 / total)), 7 + i % 12, (i * 7) % 60);
        reflections.save(r);
    }
    tx.commit();

    ActionItemRepository actions(store);
    ActionItem a1;
    a1.mentorshipId = mentorship.meta.id;
    a1.body = sv ? QStringLiteral("Boka utvecklingssamtal med Lena") : QStringLiteral("Book a development talk with Lena");
    a1.dueDate = today.addDays(5);
    actions.save(a1);
    ActionItem a2;
    a2.mentorshipId = mentorship.meta.id;
    a2.owner = Role::Mentor;
    a2.body = sv ? QStringLiteral("Tipsa om kontakt inom exportrådet") : QStringLiteral("Suggest a contact at the export council");
    actions.save(a2);
    return profile;
}

} // namespace

std::unique_ptr<UnlockedProfile> createDemo(const DemoRequest &request)
{
#if BOLLPLANK_HAVE_DEMO
    DemoOptions options;
    options.language = request.language;
    options.role = request.role == QLatin1String("mentor") ? Role::Mentor : Role::Adept;
    options.extraReflections = request.extraReflections;
    options.today = request.today;
    options.kdf = request.fastKdf ? KdfParams::cheapestAccepted() : KdfParams::standard();
    options.passphrase = DemoPassphrase;
    return createDemoProfile(request.folder, options);
#else
    return createSample(request);
#endif
}

} // namespace bollplank
