// Anders Bergs tre adepter, på svenska. Samma ordning som planerna i mentorplan.cpp.
#include "mentorstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const AgreementText StandardConfidentiality {
    nullptr, nullptr,
    uR"(Anders är samtalspartner och bollplank: lyssnar, delar erfarenheter och nätverk, utmanar och uppmuntrar. Han ger inga färdiga svar och håller de tider vi kommer överens om.)",
    uR"(Allt som sägs och skrivs inom mentorskapet är **konfidentiellt** och stannar mellan oss, om vi inte båda uttryckligen kommer överens om något annat.)",
};

AgreementText agreement(const char16_t *goals, const char16_t *adept)
{
    AgreementText a = StandardConfidentiality;
    a.goals = goals;
    a.adeptExpectations = adept;
    return a;
}

namespace elin {

const char16_t *const Places[] = { u"Stadsbiblioteket, grupprum 2, Göteborg", u"Hotel Eggers, Göteborg" };

const MeetingText Meetings[] = {
    { uR"(**Första mötet.** Vi gick igenom och bekräftade överenskommelsen. Coachningen handlade om hur det är att ta över efter sin pappa i ett bolag där alla har känt en sedan man var barn.

- Pappa Bengt kommer fortfarande in varje morgon och pratar med bagarna
- Elin vet inte vilka beslut som är hennes
- Två syskon äger en tredjedel var och är inte aktiva i bolaget)",
        {},
        { u"Skriva ner vilka beslut pappa fortfarande fattar, i praktiken",
            u"Skicka boktips om generationsskiften i familjeföretag" },
        u"Skönt att prata med någon som inte är familj. Jag fick syn på hur mycket jag väntar in pappa.",
        u"Elin är klok och lojal – kanske för lojal. Rollfrågan mot pappan är nyckeln." },
    { uR"(**Återblick:** Listan över pappans beslut är klar och längre än Elin trodde: inköp av mjöl, schemat för bagarna och alla löner.

Coachning kring att vara både dotter och VD.)",
        { uR"(Elin behöver en tydlig överenskommelse med pappa om roller och tidplan. Hon vill inte att han slutar komma in, men att han slutar bestämma. Vi övade på hur hon kan inleda samtalet.)",
            uR"(Två butikschefer har börjat gå till pappan i stället för till Elin. Hon vill inte göra det till en konflikt, men det måste bli tydligt vem som är chef.)" },
        { u"Ha samtalet med pappa om roller och tidplan",
            u"Ta fram lönsamhet per butik inför nästa möte" },
        u"Jag vet vad jag måste göra. Nu ska jag bara våga.",
        u"Samtalet med pappan är det viktigaste just nu. Vi följer upp det först nästa gång." },
};

const ReflectionText Reflections[] = {
    { uR"(Första veckan med mentor. Pappa kom in klockan fem i morse som vanligt och pratade med bagarna innan jag hann dit. När jag kom frågade Mattias om han skulle göra som pappa sa eller som vi hade bestämt i fredags.

Jag sa ”som vi bestämde”, men jag kände mig som fjorton år igen. Det är **mitt företag på papperet** men inte i köket.)",
      uR"(Tack för att du delar det här, Elin. Känslan av att vara fjorton igen är vanlig i generationsskiften – och den går över när rollerna blir tydliga. Vi börjar där nästa gång.)" },
    { uR"(Butikscheferna i Majorna och Linnéstaden har slutat ringa mig. De ringer pappa. Han menar inget illa – han svarar bara när de ringer.

Jag vill inte att det blir en strid. Men jag märker att jag **undviker beslut** för att slippa att han kör över dem.)" },
    { uR"(Tre helger i rad i bageriet. Vi har två sjukskrivna, och jag står själv vid ugnarna på lördagarna för att det ska gå ihop.

Det är nog det jag är bäst på, och det är därför det är så lätt att fly dit. Men ingen annan gör VD-jobbet under tiden.)" },
};

const char16_t *const Notes[] = {
    uR"(Elin: stark yrkesstolthet, står gärna själv i bageriet. Risk att hon flyr till det operativa när rollfrågan blir jobbig. **Fråga nästa gång om syskonen** – vad vill de med sina aktier?)",
    uR"(Samtalet med pappan är inte genomfört. Jag tror att hon väntar på ”rätt tillfälle”. Hjälp henne boka en tid i stället – det finns inget rätt tillfälle.)",
};

} // namespace elin

namespace johan {

const char16_t *const Places[] = { u"Konferens Lindholmen, Göteborg", u"Hotel Eggers, Göteborg" };

const MeetingText Meetings[] = {
    { uR"(**Första mötet.** Överenskommelsen genomgången och bekräftad. Johan är den första VD:n på Molnbro som inte är en av grundarna. Två av de tre grundarna arbetar kvar som konsulter.

Coachning kring att leda före detta ägare som nu är medarbetare.)",
        {},
        { u"Beskriva hur grundarna och jag delar på ansvaret – som det är i dag",
            u"Skicka överenskommelsen i slutlig form" },
        u"Bra start. Jag behövde prata om grundarna med någon utanför bolaget.",
        u"Johan är analytisk och lugn. Han underskattar nog hur mycket grundarna fortfarande styr informellt." },
    { uR"(**Återblick:** Ansvarsfördelningen är nedskriven. Grundarna tar fortfarande alla stora kundbeslut utan att stämma av.

Johan vill göra ledningsgruppen mer öppen för konsultcheferna. Vi pratade om öppenhet utan att tappa förmågan att fatta svåra beslut.)",
        {},
        { u"Pröva ett öppet ledningsgruppsmöte där alla konsultchefer kan lyssna" },
        u"Nyttigt att tänka igenom öppenheten innan jag kör.",
        u"Bra idé, men Johan behöver också ett rum där ledningsgruppen kan vara oense." },
    { uR"(**Återblick:** Det öppna ledningsgruppsmötet blev uppskattat.

Fokus på kunderna: de fem största kunderna står för hälften av omsättningen, och tre av relationerna ägs personligen av grundarna. Vad händer den dag de slutar?)",
        {},
        { u"Gå igenom de fem största kunderna: vem äger relationen, och vem borde göra det?" },
        u"Lite obekvämt att se hur beroende vi är av grundarnas relationer.",
        u"Viktig insikt. Det här är bolagets största risk, och Johan ser den nu." },
    { uR"(**Återblick:** Kundgenomgången visar att två relationer måste breddas snarast.

En av konsultcheferna vill bli delägare, och det finns ingen modell för det. Johan vill inte lova något han inte kan hålla.)",
        {},
        { u"Samtal med konsultchefen som vill bli delägare – lyssna först",
            u"Dela exempel på karriärvägar utan delägarskap" },
        u"Bra att få hjälp att skilja på det jag kan lova och det jag inte kan.",
        u"Johan hanterar det här klokt. Frågan om delägarskap kommer att komma tillbaka." },
    { uR"(**Återblick:** Samtalet med konsultchefen gick bra; hon vill framför allt ha mer inflytande, inte nödvändigtvis aktier.

Klimatet på kontoret: de flesta jobbar hemifrån, och nyanställda säger att de inte lär känna någon. Johan känner själv av tröttheten – många sena kvällar.)",
        {},
        { u"Införa två gemensamma kontorsdagar i veckan för ledningsgruppen" },
        u"Mötet fick mig att se att jag själv också är en del av problemet med distansen.",
        u"Johan var mer personlig i dag än tidigare. Han behöver vila mer än han erkänner." },
    { uR"(**Återblick:** Kontorsdagarna har gett mer liv i lokalerna, och två nyanställda har sagt att det hjälper.

Styrelsen: ordföranden, en av grundarna, ringer Johan flera gånger i veckan och ifrågasätter beslut efteråt. Vi pratade om hur man förbereder ett styrelsemöte så att besluten tas där.)",
        {},
        { u"Förbereda styrelsemötet med tydliga beslutspunkter",
            u"Introducera Johan för en erfaren styrelseordförande i mitt nätverk" },
        u"Jag behöver bli bättre på att använda styrelsen i stället för att försvara mig mot den.",
        u"Relationen till ordföranden är ansträngd. Det här behöver vi följa." },
    { uR"(**Återblick:** Styrelsemötet gick bättre med tydliga beslutspunkter.

Två seniora konsulter har sagt upp sig och går till en kund. Det påverkar både beläggning och kundrelationen.)",
        {},
        { u"Hitta ersättare för de två seniora konsulterna som slutar" },
        u"Tungt möte, men jag gick därifrån med en plan.",
        u"Johan är pressad men hanterar det. Uppsägningarna kan bli en fråga i styrelsen." },
    { uR"(**Återblick:** En ersättare är rekryterad, en saknas fortfarande. Beläggningen har sjunkit till 74 procent.

Johan är orolig för styrelsemötet nästa månad. Ordföranden har uttryckt missnöje med resultatet, och Johan sover dåligt.)",
        { uR"(Johan behöver en plan för beläggningen de kommande tre månaderna – konkret, med namn och kunder – innan styrelsen frågar.)",
            uR"(Vi pratade om vad Johan behöver från ordföranden för att kunna göra sitt jobb, och om att säga det högt i stället för att hoppas att det ska förstås.)",
            uR"(Johan säger själv att han är nära gränsen. Han har lovat att säga till om det blir värre och att höra av sig innan styrelsemötet om han behöver.)" },
        { u"Ta fram en plan för beläggningen de kommande tre månaderna",
            u"Skriva ner vad jag behöver från ordföranden" },
        u"Det hjälpte att sätta ord på det. Men jag är orolig.",
        u"Jag är orolig för Johan. Ordförandefrågan kan bli akut – håll kontakt." },
};

const ReflectionText Reflections[] = {
    { uR"(Ledningsgruppsmöte i dag. Grundarna satt med, som vanligt, och när jag föreslog att vi skulle sluta ta in uppdrag under vårt timpris tittade alla på Per i stället för på mig.

Han sa ”det kan vi väl pröva”, och då var det bestämt. Det var mitt förslag, men **hans beslut**. Jag vet inte hur jag ska hantera det utan att det blir en maktkamp.)",
      uR"(En vanlig situation när grundare blir kvar. Notera det utan att dramatisera – och fråga dig vad du vill att Per ska göra i stället. Vi tar det nästa gång.)" },
    { uR"(Lunch med vår största kund. Deras IT-chef sa rakt ut att de köper av oss för att de litar på Per och Anna, inte på Molnbro.

Det var ärligt och det gjorde ont. **Vi måste bygga relationer som bär bolaget**, inte personerna.)",
      uR"(Ärligt av kunden och bra att du tar det på allvar. Det här är värt en hel punkt på nästa möte.)" },
    { uR"(Samtal med Linda, som vill bli delägare. Jag lyssnade mest. Det hon egentligen vill är att bli tagen på allvar i de stora besluten.

Jag lovade att återkomma om formerna, inte om aktier. Det kändes rätt.)" },
    { uR"(Kontoret är tomt på måndagar och fredagar. De nyanställda säger att de inte känner någon. Jag jobbar själv mest hemifrån och svarar på mejl till midnatt.

Jag tror att vi har förlorat något som grundarna hade när bolaget var litet, och jag vet inte hur man får tillbaka det i ett bolag med 120 personer.)",
      uR"(Bra iakttagelse. Börja med dig själv och ledningsgruppen – det som syns uppifrån sprider sig. Och ta hand om sömnen, Johan.)" },
    { uR"(Ordföranden ringde i går kväll och sa att han vill ha ett möte om ”förtroendet för ledningen” innan styrelsemötet. Han ville inte säga mer i telefon.

Jag har inte sovit. Jag vet inte om han vill byta ut mig eller om han bara är orolig för siffrorna. **Jag behöver prata med Anders.**)" },
};

const char16_t *const Notes[] = {
    uR"(Johan: lugn och analytisk, kan verka avvaktande. Grundarna styr informellt – **Per är den som egentligen fattar besluten.** Vänta in att Johan själv sätter ord på det.)",
    uR"(Delägarfrågan och kundberoendet hänger ihop: grundarna äger både aktierna och relationerna. Det är där makten sitter.)",
    uR"(Johan är nära gränsen. Sömnen är dålig och relationen till ordföranden ansträngd. Om han hör av sig – **ses snabbt**, gärna samma vecka.)",
};

} // namespace johan

namespace sara {

const char16_t *const Places[] = {
    u"Hotel Eggers, Göteborg", u"Stadsbiblioteket, grupprum 3, Göteborg", u"Konferens Lindholmen, Göteborg",
};

const MeetingText Meetings[] = {
    { uR"(**Första mötet.** Överenskommelsen genomgången och bekräftad. Västkustfrakt har just köpt en mindre konkurrent i Borås, och Sara ska leda samman två bolag med olika kultur.

Coachning kring de första hundra dagarna.)",
        {},
        { u"Skriva ner målen för de första hundra dagarna efter förvärvet", u"Skicka överenskommelsen i slutlig form" },
        u"Bra att få tänka högt om förvärvet. Jag har haft bråttom att visa handlingskraft.",
        u"Sara är driven och snabb. Viktigt att hon också hinner lyssna in Boråsgänget." },
    { uR"(**Återblick:** Hundradagarsmålen är skrivna.

Sara har träffat ledningen i Borås men inte arbetslagen. Ryktet där är att allt ska flyttas till Göteborg.)",
        {},
        { u"Träffa alla arbetslag i det förvärvade bolaget" },
        u"Insåg att jag har pratat med chefer men inte med dem som gör jobbet.",
        u"Bra insikt. Ryktet om flytten behöver bemötas tydligt och snart." },
    { uR"(**Återblick:** Sara har träffat alla arbetslag i Borås. Stämningen var avvaktande men inte fientlig.

Terminalcheferna i Göteborg och Borås samarbetar dåligt, och båda hävdar att deras sätt är det rätta.)",
        {},
        { u"Samtal med båda terminalcheferna om hur de ska samarbeta" },
        u"Skönt att få stöd i att inte välja sida.",
        u"Sara har en tendens att vilja vara snäll mot alla. Här kan hon behöva vara tydligare." },
    { uR"(**Återblick:** Terminalcheferna har kommit överens om gemensamma rutiner för omlastning.

Kunder: de tre största avtalen löper ut inom ett år, och priserna är för låga för att täcka de ökade bränslekostnaderna.)",
        {},
        { u"Gå igenom avtalen med de tre största kunderna" },
        u"Det här är obekväma samtal med kunder jag tycker om.",
        u"Viktig fråga för lönsamheten. Sara behöver förbereda omförhandlingarna noga." },
    { uR"(**Återblick:** Avtalsgenomgången klar; två av tre kan omförhandlas redan i år.

Ekonomichefen levererar inte siffror i tid, och Sara har undvikit att ta upp det.)",
        {},
        { u"Ge tydlig återkoppling till ekonomichefen", u"Tips på rekryteringsfirma för ekonomichef, om det behövs" },
        u"Jag vet att jag har väntat för länge med det här.",
        u"Sara behöver öva på att ge svår återkoppling tidigt. Det är hennes utvecklingsområde." },
    { uR"(**Återblick:** Samtalet med ekonomichefen ledde till att han själv valde att gå vidare. Rekrytering pågår.

Vi pratade om vad Sara vill att ledningsgruppen ska vara om ett år.)",
        {},
        { u"Rekrytera en ny ekonomichef" },
        u"Lugnare möte. Bra att titta framåt.",
        u"Sara har vuxit i rollen. Hon börjar se helheten." },
    { uR"(**Återblick:** En ny ekonomichef är rekryterad och börjar snart.

Förarbrist: tre förare har slutat den senaste månaden, och det blir svårt att klara körningarna. Stämningen i förarlagen är sämre.)",
        {},
        { u"Ta fram en plan för förarrekrytering tillsammans med HR" },
        u"Förarbristen oroar mig mer än något annat just nu.",
        u"En branschfråga, men också en klimatfråga. Bra att Sara ser båda." },
    { uR"(**Branden.** Terminalen i Göteborg brann för några dagar sedan. Ingen skadades, men en tredjedel av lagret förstördes. Sara har arbetat dygnet runt.

Längre möte. Mest coachning – Sara behövde prata av sig.)",
        { uR"(Kunderna måste få besked. Sara har delat upp krisarbetet: försäkring, kundkontakt och tillfälliga lokaler har var sin ansvarig.)",
            uR"(Sara sover fyra timmar per natt. Personalen som var på plats under branden behöver stöd – företagshälsan är kontaktad.)" },
        { u"Dela upp krisarbetet: vem gör vad", u"Boka tid med företagshälsan för personalen som var på plats" },
        u"Jag visste inte hur mycket jag behövde det här mötet förrän jag satt där.",
        u"Sara leder krisen väl men bär för mycket själv. Följ upp om två veckor." },
    { uR"(**Återblick:** Tillfälliga lokaler är på plats och alla kunder har fått leveranser. Sara är trött, och det syns.

Vi pratade om återhämtning och om att ledningsgruppen har klarat krisen – att hon kan lita på dem.)",
        {},
        { u"Ta ut de sparade lediga dagarna – två veckor i sträck" },
        u"Jag vet att jag behöver vila. Det är svårare att göra det.",
        u"Sara har gjort ett fantastiskt jobb, men hon måste ta ledigt nu." },
    { uR"(**Återblick:** Sara har varit ledig två veckor, den första sammanhängande ledigheten på ett år.

Kundmötena efter branden: de flesta kunder har varit förstående, två vill omförhandla villkoren.)",
        {},
        { u"Kundmöte med de två som vill omförhandla efter branden" },
        u"Jag kom tillbaka med mer energi än jag har haft på länge.",
        u"Bra att se Sara utvilad. Kundfrågan är hanterbar." },
    { uR"(**Återblick:** Omförhandlingarna gick bra; en kund har till och med utökat avtalet.

Ledningsgruppen: Sara vill att den ska ta mer ansvar för helheten och mindre för sina egna områden.)",
        {},
        { u"Planera en utvecklingsdag för ledningsgruppen" },
        u"Jag vill att ledningsgruppen ska bli ett lag, inte en samling chefer.",
        u"Sara är redo att ta nästa steg som ledare." },
    { uR"(**Återblick:** Utvecklingsdagen blev lyckad, och ledningsgruppen har börjat ta gemensamma beslut.

Styrelsen vill ha en strategi för de kommande tre åren, och Sara ska presentera den.)",
        {},
        { u"Förbereda styrelsens strategimöte" },
        u"Första gången jag ser fram emot ett styrelsemöte.",
        u"Sara har blivit en trygg VD. Strategiarbetet ligger rätt i tiden." },
    { uR"(**Återblick:** Strategin antogs av styrelsen med små ändringar.

Succession: två i ledningsgruppen går i pension inom några år, och det finns ingen plan. Vi pratade också om hur mentorskapet ska avslutas.)",
        {},
        { u"Uppdatera successionsplanen för ledningsgruppen", u"Dela erfarenheter av att avsluta ett mentorskap" },
        u"Bra att börja tänka på slutet i tid.",
        u"Sara är på väg att inte behöva mig längre – precis som det ska vara." },
    { uR"(**Återblick:** Successionsplanen är påbörjad men inte klar.

Vi tittade tillbaka på sexton månader: förvärvet, branden, ledningsgruppen. Sara vill använda de sista mötena till att tänka på sin egen utveckling.)",
        { uR"(Västkustfrakt är ett bolag nu, inte två. Sara har en ledningsgrupp som bär, och styrelsen har förtroende för henne.)",
            uR"(Nästa steg för Sara: att låta ledningsgruppen få extern coachning och att själv hitta ett nätverk när mentorskapet är slut.)",
            uR"(Sara märker att hon fortfarande tar på sig för mycket när det är stressigt, men hon känner igen det tidigare nu.)" },
        { u"Skriva ner min plan för året efter mentorskapet", u"Bestämma hur ledningsgruppen ska få extern coachning" },
        u"Fint att se hur långt vi har kommit. Tack, Anders.",
        u"Ett av de bästa mötena. Sara är redo att avsluta när det är dags." },
};

const ReflectionText Reflections[] = {
    { uR"(I dag var jag i Borås för första gången sedan förvärvet. Någon frågade rakt ut om de skulle behöva pendla till Göteborg.

Jag svarade att inget är bestämt, vilket är sant, men jag såg att de inte trodde mig. **Jag måste ge dem något konkret**, snart.)",
      uR"(Du har rätt. ”Inget är bestämt” låter som att något redan är bestämt. Säg vad du vet, och när de kommer att få veta resten.)" },
    { uR"(Terminalcheferna igen. Lasse i Göteborg och Birgitta i Borås pratar inte med varandra utan genom mig.

Jag har låtit det hålla på för att jag inte vill ta ställning. Men det är inte att vara neutral, det är att **slippa ansvar**.)" },
    { uR"(Samtal med ekonomichefen i morse. Jag sa äntligen det jag har tänkt i tre månader: att siffrorna kommer för sent och att det påverkar hela ledningsgruppen.

Han var tyst länge och sa sedan att han har känt sig fel i rollen sedan förvärvet. Vi ska prata igen på fredag.)" },
    { uR"(## Branden

Terminalen brann i natt. Ingen skadades. En tredjedel av lagret är förstört, och vi har kunder som väntar på leveranser i morgon.

Jag har varit vaken sedan två. Det jag vet just nu:
- alla är i säkerhet
- försäkringsbolaget kommer klockan tio
- kunderna måste få besked **före lunch**

Jag orkar inte tänka längre än så.)",
      uR"(Sara, det viktigaste är gjort: alla är i säkerhet. Ring mig när du behöver, oavsett tid. Du behöver inte lösa allt i dag.)" },
    { uR"(Sex veckor efter branden. Allt fungerar igen, men jag är tom. Jag sover dåligt och blir irriterad på saker som inte spelar någon roll.

Jag tror att jag har kört på adrenalin och att det nu tar slut.)" },
    { uR"(Ägarna frågade på styrelsemötet om vi är intresserade av ytterligare ett förvärv. För ett år sedan hade jag sagt ja direkt.

Nu tänker jag på vad förvärvet i Borås faktiskt krävde. Jag vill inte säga nej, men jag vill att vi **gör det av rätt skäl**.)",
      uR"(Klok hållning. Ett andra förvärv är lättare än det första om ni tar med er lärdomarna – skriv ner dem medan de är färska.)" },
    { uR"(## Två månader kvar

Läste igenom mina anteckningar från början av mentorskapet. Jag var så ivrig att visa att jag kunde.

Det jag tar med mig:
- att **lyssna först** gör besluten bättre, inte långsammare
- att jag inte behöver bära allt själv
- att en kris inte är ett misslyckande

Jag vill använda de sista mötena till att tänka på vad jag vill härnäst.)",
      uR"(Det är en fin sammanfattning, Sara. Ta med den till nästa möte så bygger vi vidare på den.)" },
};

const char16_t *const Notes[] = {
    uR"(Sara: snabb, driven, vill visa handlingskraft. Risk att hon kör över Boråsgänget. **Fråga om hon har lyssnat in dem.**)",
    uR"(Efter branden: Sara leder väl men sover för lite. Hon behöver höra att det är okej att lämna över. Följ upp om två veckor, inte om en månad.)",
    uR"(Sara har återhämtat sig. Märkbart mer avspänd. Hon har börjat delegera på riktigt.)",
    uR"(Dags att planera avslutet. Sara behöver ett eget nätverk efter mentorskapet – tipsa om VD-nätverket i Göteborg.)",
};

} // namespace sara

// clang-format on

} // namespace

MentorshipText mentorTextSv(int adept)
{
    MentorshipText t;
    t.mentorName = u"Anders Berg";
    switch (adept) {
    case 0:
        t.adeptName = u"Elin Sjöberg";
        t.agreement = agreement(uR"(1. Få ett tydligt mandat som VD i förhållande till pappa och syskonen
2. Bygga en ledning för bageriet och butikerna som inte hänger på mig
3. Orka – utan att stå i bageriet varje helg)",
            uR"(Elin förbereder mötena, väljer fokusområden och delar det hon vill ta upp. Hon säger till om hon behöver ses tidigare.)");
        t.places = elin::Places;
        t.meetings = elin::Meetings;
        t.reflections = elin::Reflections;
        t.notes = elin::Notes;
        break;
    case 1:
        t.adeptName = u"Johan Ekström";
        t.agreement = agreement(uR"(1. Leda Molnbro som VD, inte som grundarnas förvaltare
2. Minska beroendet av grundarnas personliga kundrelationer
3. Bygga en fungerande relation med styrelsen)",
            uR"(Johan förbereder mötena, väljer fokusområden och delar reflektioner inför varje möte. Han hör av sig om något blir akut.)");
        t.places = johan::Places;
        t.meetings = johan::Meetings;
        t.reflections = johan::Reflections;
        t.notes = johan::Notes;
        t.requestReason = u"Ordföranden vill ha ett möte om ”förtroendet för ledningen” före styrelsemötet. "
                          u"Jag vet inte vad "
                          u"det betyder och behöver prata med dig innan dess. Kan vi ses i veckan?";
        break;
    default:
        t.adeptName = u"Sara Nyberg";
        t.agreement
            = agreement(uR"(1. Föra samman Västkustfrakt och det förvärvade bolaget i Borås till ett bolag
2. Bygga en ledningsgrupp som tar ansvar för helheten
3. Bli tryggare i svåra samtal och i att ge tydlig återkoppling)",
                uR"(Sara förbereder mötena, väljer fokusområden och tar ansvar för sina åtgärdspunkter.)");
        t.places = sara::Places;
        t.meetings = sara::Meetings;
        t.reflections = sara::Reflections;
        t.notes = sara::Notes;
        break;
    }
    return t;
}

} // namespace bollplank::demo
