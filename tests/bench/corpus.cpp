#include "corpus.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <initializer_list>

namespace bench {

namespace {

QStringList utf8List(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list.append(QString::fromUtf8(item));
    return list;
}

// Swedish main clauses are verb-second: an opening phrase, then the verb.
const QStringList &svOpeners()
{
    static const QStringList list = utf8List(
        { "Idag", "I morse", "Efter styrelsemötet", "Under veckan", "Igår kväll", "På ledningsgruppens möte",
            "Inför budgetarbetet", "Efter samtalet med ekonomichefen", "På väg hem från kontoret",
            "I slutet av dagen", "Under kvartalsgenomgången", "Efter lunchen med ordföranden",
            "Inför nästa styrelsemöte", "Vid veckans avstämning", "Efter kundbesöket i Göteborg",
            "Mitt i omorganisationen", "Under medarbetarsamtalen", "Sent på fredagen" });
    return list;
}

const QStringList &svClauses()
{
    static const QStringList list = utf8List(
        { "kände jag att arbetsbelastningen börjar bli ohållbar", "märkte jag hur svårt jag har att delegera",
            "insåg jag att styrelsen förväntar sig snabbare resultat",
            "hade jag ett svårt samtal med en medarbetare om sjukfrånvaron",
            "blev det tydligt att förändringsarbetet har tappat fart",
            "pratade vi om hur vi ska behålla våra största kunder",
            "försökte jag vara ärlig om vad som inte fungerar",
            "fick jag kritik för att jag inte lyssnar tillräckligt",
            "kom det fram att säljteamet saknar tydliga mål",
            "tog jag äntligen upp konflikten mellan projektledarna",
            "var jag osäker på hur långt mitt mandat egentligen sträcker sig",
            "ville styrelsen diskutera ledarskapet i hela bolaget",
            "ringde en av våra viktigaste kunder och klagade på leveranserna",
            "kände jag mig ensam i rollen som vd", "började jag förstå varför förändringen möter motstånd",
            "fick jag ärligt beröm av en medarbetare, vilket värmde",
            "sov jag dåligt av oro för likviditeten", "berättade ägarna att de vill se en tydligare strategi",
            "märkte jag att klimatet i ledningsgruppen har blivit bättre",
            "lovade jag mig själv att ta ledigt på riktigt i sommar",
            "diskuterade vi rekryteringen av en ny försäljningschef",
            "fick jag frågan om jag verkligen har tid för mina egna kunder",
            "insåg jag att de svåra samtalen skjuts upp för länge",
            "kom styrelsens ordförande med ett förslag om ny organisation" });
    return list;
}

const QStringList &svFollowUps()
{
    static const QStringList list = utf8List({ "Det gjorde mig orolig.",
        "Jag vill ta upp det med min mentor.", "Jag behöver hitta ett bättre sätt att prioritera.",
        "Ärligt talat vet jag inte om jag hanterade det rätt.",
        "Nästa steg är att förbereda styrelsen bättre.", "Kunderna märker redan skillnaden.",
        "Det är svårt att hitta balansen mellan jobb och familj.",
        "Mandatet från ägarna är fortfarande oklart.", "Jag borde ha lyssnat mer och pratat mindre.",
        "Teamet behöver stöd, inte fler direktiv.", "Förändringen tar längre tid än jag trodde.",
        "Det känns som att hela ansvaret vilar på mig.", "Jag sa ifrån, och det var rätt.",
        "Kanske är det dags att dela upp ansvaret annorlunda.",
        "Stressen märks i kroppen: huvudvärk och dålig sömn.",
        "Vi enades om en plan för de närmaste veckorna." });
    return list;
}

const QStringList &enOpeners()
{
    static const QStringList list = utf8List({ "Today", "This morning", "After the board meeting",
        "During the week", "Last night", "At the management team meeting", "Before the budget review",
        "After the call with our largest customer", "On the train home", "At the end of the day",
        "During the quarterly review", "After lunch with the chair", "Ahead of the next board meeting",
        "In the middle of the reorganisation", "During the appraisal talks", "Late on Friday" });
    return list;
}

const QStringList &enClauses()
{
    static const QStringList list = utf8List({ "I felt that the workload is becoming unsustainable",
        "I noticed how hard it is for me to delegate", "I realised the board expects faster results",
        "I had a difficult conversation with an employee about sick leave",
        "it became clear that the change programme has lost momentum",
        "we discussed how to keep our key customers", "I tried to be honest about what is not working",
        "I was criticised for not listening enough", "it turned out the sales team lacks clear goals",
        "I finally raised the conflict between the two project leads",
        "I was unsure how far my mandate really goes",
        "a major customer called to complain about late deliveries", "I felt alone in the CEO role",
        "I began to see why the change meets resistance", "the owners told me they want a clearer strategy",
        "the climate in the management team felt better", "we talked about hiring a new head of sales",
        "someone asked whether I still have time for my own customers",
        "I saw that difficult conversations get postponed for too long",
        "the chair of the board proposed a new organisation" });
    return list;
}

const QStringList &enFollowUps()
{
    static const QStringList list = utf8List({ "It worried me.", "I want to bring it up with my mentor.",
        "I need a better way to prioritise.", "Honestly, I do not know whether I handled it well.",
        "Next step: prepare the board better.", "Customers already notice the difference.",
        "Balancing work and family is hard right now.", "The mandate from the owners is still unclear.",
        "I should have listened more and talked less.", "The team needs support, not more directives.",
        "Change takes longer than I thought.", "It feels like all the responsibility rests on me.",
        "I pushed back, and it was the right call.", "We agreed on a plan for the coming weeks." });
    return list;
}

const QStringList &svHeadings()
{
    static const QStringList list = utf8List(
        { "## Tankar efter veckan", "## Att ta upp med mentorn", "## Styrelsen", "## Kunder och försäljning",
            "## Min egen balans", "### Svåra samtal", "### Förändringsarbetet" });
    return list;
}

const QStringList &enHeadings()
{
    static const QStringList list = utf8List({ "## Thoughts after the week", "## To raise with my mentor",
        "## The board", "## Customers and sales", "### Difficult conversations", "### Leading change" });
    return list;
}

const QStringList &svBullets()
{
    static const QStringList list
        = utf8List({ "prata med HR om rekryteringen", "boka möte med styrelseordföranden",
            "följa upp kundens reklamation", "sätta tydligare mål för säljteamet", "ta ledigt en hel helg",
            "förbereda det svåra samtalet med **ekonomichefen**", "skriva ner vad mitt mandat faktiskt är",
            "fråga mentorn hur hon hanterade en liknande förändring" });
    return list;
}

const QStringList &enBullets()
{
    static const QStringList list = utf8List({ "talk to HR about the hiring", "book a meeting with the chair",
        "follow up the customer complaint", "set clearer goals for the sales team",
        "take a whole weekend off", "prepare the difficult conversation with the **CFO**",
        "write down what my mandate actually is", "ask my mentor how she handled a similar change" });
    return list;
}

} // namespace

Corpus::Corpus(quint32 seed)
    : m_random(seed)
{
}

qint64 Corpus::endOfSpan()
{
    return QDateTime(QDate(2024, 11, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
}

QList<qint64> Corpus::creationTimes(int count)
{
    const qint64 start = QDateTime(QDate(2023, 9, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    const qint64 span = endOfSpan() - start; // 14 months
    QList<qint64> times;
    times.reserve(count);
    for (int i = 0; i < count; ++i)
        times.append(start + qint64(m_random.bounded(double(span))));
    std::sort(times.begin(), times.end());
    for (qsizetype i = 1; i < times.size(); ++i)
        times[i] = std::max(times[i], times[i - 1] + 1);
    return times;
}

const QString &Corpus::pick(const QStringList &list)
{
    return list.at(m_random.bounded(int(list.size())));
}

int Corpus::between(int low, int highInclusive)
{
    return m_random.bounded(low, highInclusive + 1);
}

bool Corpus::chance(int percent)
{
    return m_random.bounded(100) < percent;
}

QString Corpus::sentence(bool swedish)
{
    QString s = swedish ? pick(svOpeners()) + QLatin1Char(' ') + pick(svClauses())
                        : pick(enOpeners()) + QStringLiteral(", ") + pick(enClauses());
    s += QLatin1Char('.');
    if (chance(45))
        s += QLatin1Char(' ') + pick(swedish ? svFollowUps() : enFollowUps());
    return s;
}

// A paragraph of one to three sentences, a heading, or a short bullet list.
QString Corpus::piece(bool swedish)
{
    const int kind = m_random.bounded(10);
    if (kind == 0)
        return pick(swedish ? svHeadings() : enHeadings());
    if (kind == 1) {
        QStringList items;
        for (int i = between(2, 3); i > 0; --i)
            items.append(QStringLiteral("- ") + pick(swedish ? svBullets() : enBullets()));
        return items.join(QLatin1Char('\n'));
    }
    QStringList sentences;
    for (int i = between(1, 3); i > 0; --i)
        sentences.append(sentence(swedish));
    QString paragraph = sentences.join(QLatin1Char(' '));
    if (chance(10))
        paragraph = QStringLiteral("*") + paragraph + QStringLiteral("*");
    return paragraph;
}

QString Corpus::body()
{
    // Mostly Swedish, some English, some switching between the two as people do at work.
    const int language = m_random.bounded(10);
    const qsizetype target = between(int(MinLength), int(MaxLength));
    QString text;
    for (;;) {
        const bool swedish = language < 6 || (language == 9 && chance(50));
        const QString next = piece(swedish);
        const qsizetype grown = text.size() + (text.isEmpty() ? 0 : 2) + next.size();
        // Below the minimum, always add; a piece is far shorter than the gap to the maximum.
        if (text.size() >= MinLength && grown > target)
            break;
        if (grown > MaxLength)
            break;
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += next;
    }
    return text;
}

bollplank::Reflection Corpus::next()
{
    bollplank::Reflection r;
    r.body = body();
    const int areas = between(1, 3);
    while (r.focusAreas.size() < areas) {
        const int area = between(1, 6);
        if (!r.focusAreas.contains(area))
            r.focusAreas.append(area);
    }
    if (chance(60))
        r.lens = bollplank::Lens(m_random.bounded(5));
    if (chance(70))
        r.stress = between(1, 5);
    r.visibility = chance(35) ? bollplank::Visibility::Shared : bollplank::Visibility::Private;
    return r;
}

} // namespace bench
