// Karin Lindqvists överenskommelse, möten och begäran, på svenska. Samma ordning som Meetings i
// adeptplan.cpp; protokoll per fokusområde i stigande områdesordning.
#include "adeptstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const char16_t *const Places[] = {
    u"Hotel Eggers, Göteborg",
    u"Konferens Lindholmen, Göteborg",
    u"Stadsbiblioteket, grupprum 3, Göteborg",
    u"Frukost på Hotel Eggers, Göteborg",
};

const MeetingText Meetings[] = {
    // 0: arbetssituation, ledarskap
    { uR"(**Första mötet.** Vi gick igenom överenskommelsen och bekräftade den båda två. Sedan en dryg halvtimme ren coachning: hur det är att komma in som extern VD efter en grundare.

Karin valde fokusområdena *arbetssituation* och *ledarskap*. Genomgående tema: **otydligt mandat** och för många som rapporterar direkt till VD.)",
        { uR"(Karin kan inte svara på vilka beslut som är hennes, styrelsens och vilka Lars fortfarande tar. Hon gissar sig fram, och det kostar energi. Vi kom fram till att skriva ner en beslutsordning på en sida och ta den med Lars i enrum.)",
            uR"(Nio direktrapporterande, alla kommer med allt. Karin vill bygga en ledningsgrupp på fem. Anders delade erfarenheter av hur det kan upplevas av dem som tappar sin direkta linje till VD: det är sällan organisationen de sörjer, utan närheten.)" },
        { u"Skriva ner en beslutsordning på en sida: mina beslut, styrelsens och vad Lars fortfarande tar",
            u"Boka ett enskilt samtal med Lars om mandatet" },
        u"Skönt att få säga saker högt som jag inte har sagt till någon. Frågan om mandatet kommer jag att bära med mig.",
        u"Ett bra första möte. Karin är reflekterande och ärlig. Vi behöver hålla fokus på några få frågor åt gången." },
    // 1: arbetssituation, kundrelationer
    { uR"(**Återblick:** Beslutsordningen är skriven men ännu inte diskuterad med Lars; samtalet är bokat.

Coachning kring kvällarna och mejlen. Karin märker att hon arbetar sent för att få en känsla av kontroll.)",
        { uR"(Karin arbetar de flesta kvällar. Hon har provat att blocka två timmar på förmiddagarna, det har hållit ungefär hälften av dagarna. Vi pratade om vad som händer när hon säger nej, och vad som händer när hon inte gör det.)",
            uR"(Kustverken, största kunden, vill ha VD på varje styrgruppsmöte. Karin är i praktiken bolagets främsta säljare. Vi pratade om att flytta förtroendet till projektledarna och om att rekrytera en försäljningschef som verkligen får äga kunderna.)" },
        { u"Kartlägga vilka kunder som i dag bara pratar med mig",
            u"Skicka en artikel om att gå från säljande VD till ledande VD" },
        u"Bra att få syn på hur mycket av säljet som hänger på mig. Lite obekvämt, men nyttigt.",
        u"Karin ser mönstren tydligt. Nästa steg är att våga lämna ifrån sig relationer hon tycker om." },
    // 2: ledarskap, personalfrågor
    { uR"(**Återblick:** Samtalet med Lars gick bra – de kom överens om en beslutslista. Kundlistan är klar: tolv kunder pratar bara med Karin. Rekrytering av säljchef är igång.

Coachning: hur Karin hanterar att vilja bli omtyckt i en roll där man måste fatta impopulära beslut.)",
        { uR"(Ledningsgruppen är beslutad. Vi gick igenom hur den ska kommuniceras: varför före vad, personalmöte för alla och enskilda samtal samma dag. Lars bör inte vara med på personalmötet; det är Karins beslut och ska ses som hennes.)",
            uR"(Samtalet med Peter blev tufft men bra. Han stannar i ledningsgruppen men ska sluta fatta beslut åt konstruktion. Karin märker att hon fyller tystnader med förklaringar – att fråga först, förklara sen.)" },
        { u"Skriva en kommunikationsplan för ledningsgruppen",
            u"Ha enskilda samtal med alla som får ny chef innan personalmötet" },
        u"Det här mötet gav mig modet att gå vidare med ledningsgruppen. Och rådet om Lars var klockrent.",
        u"Karin har tagit ett stort steg. Viktigt nu att kommunikationen blir öppen och tidig – ryktena är redan igång." },
    // 3: ledarskap, klimat
    { uR"(**Återblick:** Personalmötet genomfört, ledningsgruppen presenterad. Bättre mottaget än Karin befarat. Säljchefsrekryteringen i slutskedet.

Coachning kring att ta emot kritik utan att ta den personligt.)",
        { uR"(I ledningsgruppen väntar alla på att Karin ska säga vad hon tycker. Anders tips: ställ frågan och var tyst, tills någon annan tar ordet. Det kommer att kännas obekvämt i början.)",
            uR"(Kommentaren på whiteboarden i verkstaden visar på ett gammalt ”vi och dom” mellan kontor och verkstad. Karin vill synas mer i verkstaden, regelbundet och utan agenda. Ledningsgruppen ska samla frågor från sina team.)" },
        { u"Gå en runda i verkstaden varje tisdag morgon",
            u"Be ledningsgruppen samla frågor från sina team inför nästa personalmöte" },
        u"Tisdagsrundorna är en enkel sak som jag tror kan göra stor skillnad.",
        u"Ett lugnare möte. Karin har fått luft under vingarna efter personalmötet." },
    // 4: ledarskap, personalfrågor
    { uR"(**Återblick:** Tisdagsrundorna är igång. Sofia är anställd som försäljningschef. Styrelsemötet blev jobbigt när Lars presenterade en egen budget; Karin tog det med honom efteråt.

Coachning kring att stå kvar i sitt mandat när någon med mer historia i bolaget kliver in.)",
        { uR"(Tystnadstekniken fungerar – Ahmed och Maria har börjat ta mer plats. Karin ska fortsätta att inte ta ordet först. Vi pratade också om hur hon hanterade budgetpunkten och vad hon vill göra annorlunda nästa gång.)",
            uR"(Jonas, projektledare, har missat tre deadlines. Karin har skjutit upp samtalet. Vi gick igenom en struktur: vad hon ser, följderna, och vad han behöver. Att fråga ”hur har du det?” är tillåtet och ofta en lättnad.)" },
        { u"Ha samtalet med Jonas: vad jag ser, vilka följder det får, vad han behöver",
            u"På ledningsgruppsmötena: ställ frågan och vänta – ta inte ordet först",
            u"Skicka mall för handlingsplan med avstämningspunkter" },
        u"Jag var nervös för samtalet med Jonas. Nu känns det genomförbart.",
        u"Bra möte. Karin tar sig an det svåra snarare än att skjuta på det. Det är hennes styrka när hon väl bestämt sig." },
    // 5: arbetssituation, kundrelationer
    { uR"(**Återblick:** Samtalet med Jonas gick bra – det handlade om ett system han inte förstått, inte om motivation. Tystnadstekniken håller.

Kort coachning; Karin var trött och spänd. Vi lade mer tid på det akuta.)",
        { uR"(Allt på en gång: reklamation, budgetrevidering, Sofias introduktion, två rekryteringar. Karin jobbar helger. Vi gick igenom listan och frågade om varje punkt: vad händer om det väntar tre månader? Ungefär hälften kan vänta.)",
            uR"(Kustverken har reklamerat elskåp från Nordström Elektro. Karin har redan bett om ursäkt och lovat en åtgärdsplan. Anders rekommenderar en fast veckoavstämning med kundens projektchef så att kunden vet när de hör av oss.)" },
        { u"Sätta upp en veckovis avstämning med Kustverkens projektchef",
            u"Lista vad som kan vänta tre månader och berätta det för ledningsgruppen" },
        u"Jag var nog för trött för att få ut så mycket som jag brukar. Men listan hjälpte.",
        u"Jag är lite orolig för Karins belastning. Vi behöver följa upp det noga nästa gång." },
    // 6: kundrelationer, personalfrågor, stress och kris
    { uR"(**Återblick:** Veckoavstämningen med Kustverken fungerar. Listan över vad som kan vänta gjordes, men Karin har inte lyckats släppa det mesta.

Längre möte än vanligt. Coachningen handlade om sömn och om hur Karin beter sig under press.)",
        { uR"(Konstruktion och produktion skyller reklamationen på varandra. Karin har låtit Ahmed och Peter ta fram en gemensam process för sena ändringar – bra att hon håller sig utanför själva lösningen.)",
            uR"(Henrik, den mest erfarna konstruktören för styrsystem, har sagt upp sig och går till en konkurrent. Han är den enda som kan Kustverkens anläggning. Överlämningen är det viktigaste under uppsägningstiden.)",
            uR"(Karin sover dåligt, vaknar tidigt och har blivit kort mot sin omgivning – Maria har sagt det. Hon har missat flera av sonens matcher. Vi pratade om varningssignaler och om att ta hjälp. Företagshälsan är ett naturligt första steg.)" },
        { u"Säkra Henriks överlämning: lista allt som bara han kan",
            u"Blocka två kvällar i veckan helt fria från jobb",
            u"Ringa en före detta kollega som har gått igenom en liknande kundkris" },
        u"Tungt men viktigt. Jag behövde höra att det inte är ett misslyckande att må dåligt av det här.",
        u"Karin är i en stressperiod. Hon är medveten om det, vilket är bra, men hon behöver avlastning snart. Jag har erbjudit mig att ses tidigare om det behövs." },
    // 7: extramöte – kundrelationer, stress och kris
    { uR"(**Extramöte** på Karins begäran, frukost klockan sju. Kustverken hotar att säga upp ramavtalet om nästa leverans blir sen, och styrelsen vill ha en åtgärdsplan på fredag.

Karin fick prata av sig i tjugo minuter. Sedan sorterade vi: vad avgör faktiskt om kunden stannar? Allt annat får vänta två veckor.)",
        { uR"(Tre saker avgör: att nästa leverans kommer i tid och fungerar, att kunden har **en** kontakt hos oss som kan svara, och att vi visar att vi förstått varför det blev fel. Sofia blir den kontakten.)",
            uR"(Karin ska inte bära allt själv. Maria tar budgetrevideringen. Styrelsen får en sida: läget, tre åtgärder, och vad Karin behöver av dem – att de låter henne genomföra planen.)" },
        { u"Skriva en sida till styrelsen: läget, tre åtgärder, vad jag behöver av dem",
            u"Be Maria ta över budgetrevideringen",
            u"Ta ut en ledig vecka inom en månad" },
        u"Precis vad jag behövde. Jag gick därifrån med en plan i stället för en lista.",
        u"Bra att Karin hörde av sig i tid. Hon har förmågan att prioritera skarpt när hon får lite avstånd." },
    // 8: ledarskap, stress och kris
    { uR"(**Återblick:** Styrelsen ställde sig bakom åtgärdsplanen, och Lars stöttade Karin öppet. Leveransen till Kustverken kom i tid. Karin har haft en ledig vecka – den första på över ett år.

Coachning kring vad Karin lärde sig av krisen om sig själv.)",
        { uR"(Karin har bestämt att Sofia tar över Kustverken helt. Vi pratade om att delegera på riktigt: att tåla att saker görs på ett annat sätt. Krisen gav Karin mandat hos styrelsen – hon kom med en plan och en tydlig begäran.)",
            uR"(Karin sover bättre. Hon vill göra ledighet till en vana och inte ett undantag. Regler som håller: inga mejl efter 20, promenad vid lunch. Nästa steg är att berätta om mejlgränsen för ledningsgruppen, så att de inte väntar svar.)" },
        { u"Följa upp med Lars hur beslutsordningen har fungerat under krisen",
            u"Införa mejlfri tid efter 20.00 och berätta det för ledningsgruppen" },
        u"Det bästa mötet hittills. Jag kände mig som en VD och inte som någon som försöker hänga med.",
        u"Ett glädjande möte. Karin har vuxit i krisen och ser det själv. Nu gäller det att hålla fast vid det hon har lärt sig." },
    // 9: arbetssituation, klimat
    { uR"(**Återblick:** Samtalet med Lars om beslutsordningen blev bra – de möts som jämlikar. Mejlgränsen är införd. Medarbetarundersökningen visar sjunkande förtroende för ledningen i verkstaden.

Coachning kring Karins roll när två i ledningsgruppen är i konflikt.)",
        { uR"(Karin har en rimlig arbetsbörda för första gången sedan hon började. Hon ska vara vaksam på att den inte fylls upp igen bara för att det finns utrymme.)",
            uR"(Sofia och Peter var i konflikt om leveranstider. Karin satte dem i samma rum med samma siffror; de kom själva fram till ett gemensamt orderbordsmöte varje måndag. Undersökningen ska gås igenom med verkstaden – lyssna, inte försvara.)" },
        { u"Följa upp orderbordsmötet med Sofia och Peter efter en månad",
            u"Gå igenom medarbetarundersökningen med verkstaden – lyssna, inte försvara" },
        u"Skönt att kunna prata om något annat än kriser. Orderbordsmötet var deras idé, och det gör mig stolt.",
        u"Karin hanterade konflikten väl. Hon håller sig till att skapa förutsättningar i stället för att lösa åt andra." },
    // 10: klimat, personalfrågor
    { uR"(**Återblick:** Orderbordsmötet fungerar. Genomgången av undersökningen i verkstaden blev ett bra samtal. Utvecklingssamtalen är genomförda med ny mall.

Coachning kring att bygga en organisation som klarar sig om nyckelpersoner går.)",
        { uR"(Stämningen i verkstaden har vänt. Karin har varit på tisdagsrundan varje vecka sedan undersökningen. Regelbundenheten gör mer än enskilda insatser.)",
            uR"(Ahmed vill bli teknisk chef; Linnea har blivit ny gruppledare efter Henrik – ett internt val som visar att det finns en väg framåt. En montör ska tillbaka efter lång sjukskrivning; Karin vill göra det rätt och lyssna mer än prata.)" },
        { u"Ta upp Ahmeds roll som teknisk chef med styrelsen",
            u"Introducera Karin för ordföranden i VD-nätverket i Göteborg" },
        u"Mycket att prata om, men allt kändes hanterbart. Skönt.",
        u"Karin gör kloka personalbeslut och har blivit tryggare i dem. Hon behöver ett nätverk av andra VD:ar." },
    // 11: ledarskap, personalfrågor
    { uR"(**Återblick:** Styrelsen är positiv till Ahmed som teknisk chef. Karin har anmält sig till VD-nätverket. Avtal med en andra leverantör av elskåp är klart.

Coachning kring ägarfrågan: Lars vill sälja en del av sina aktier.)",
        { uR"(Ledningsgruppens strategidag blev lyckad – det var gruppen, inte Karin, som drev samtalet. Styrelsens strategidag närmar sig, och Karin ska leda den själv med ledningsgruppen som presentatörer.)",
            uR"(Återgången för montören pågår enligt plan med företagshälsan. Vi pratade om balansen mellan omtanke och verksamhetens behov, och om att vara tydlig med förväntningar från början.)" },
        { u"Förbereda styrelsens strategidag – jag leder, ledningsgruppen presenterar",
            u"Följa upp återgången i arbete med företagshälsan efter sex veckor" },
        u"Jag ser fram emot strategidagen för första gången, i stället för att oroa mig.",
        u"Karin har blivit en ledare som låter andra synas. Det är ett stort steg från där vi började." },
    // 12: arbetssituation, ledarskap, kundrelationer
    { uR"(**Återblick:** Styrelsens strategidag blev en framgång; en extern ledamot sa att bolaget nu har en ledning och inte bara en VD. Återgången i arbete går bra.

Coachning kring hur Karin ska förhålla sig i en ägarförändring.)",
        { uR"(Mandatet är tydligt och respekteras. Karin leder styrelsearbetet i praktiken, i gott samarbete med Lars som ordförande.)",
            uR"(En familjeägd industrigrupp är intresserad av Lars aktier. Karin har träffat dem. Anders råd: fråga hur de har agerat i sina andra innehav när det gått dåligt – det säger mer än hur de beter sig när allt går bra.)",
            uR"(Sofia har vunnit en ny stor kund i Halland utan att Karin var inblandad. Beroendet av Kustverken minskar, och säljet fungerar utan VD.)" },
        { u"Skriva ner vilken sorts ägare vi vill ha och varför",
            u"Be investeraren om referenser från deras andra innehav" },
        u"Det är nytt för mig att vara mitt i en ägarprocess. Det här mötet gav mig ett sätt att tänka på det.",
        u"Bra möte. Karin behöver vara tydlig med vems intressen hon företräder i processen – bolagets." },
    // 13: ledarskap, personalfrågor
    { uR"(**Återblick:** Referenserna om investeraren är inhämtade och goda. Texten om vilken ägare vi vill ha är påbörjad men inte klar.

Coachning: ett år in i mentorskapet. Vad har förändrats, och vad vill Karin att de sista månaderna ska ge?)",
        { uR"(Karin har en ledningsgrupp som leder, ett tydligt mandat och sover oftast bra. Hon vill fortfarande bli omtyckt, men låter det inte styra lika mycket. Nästa steg: öva på att leda styrelsen genom en svår fråga.)",
            uR"(Jonas leder nu två av de största projekten. Vi pratade om vad Karin har lärt sig om svåra samtal: att ett tydligt samtal i tid är en omtanke.)" },
        { u"Skriva ner vad jag vill ha uppnått när mentorskapet avslutas",
            u"Samtal med Lars om hans ägarplaner och tidplan",
            u"Skicka kontakt till en rådgivare med erfarenhet av ägarskiften" },
        u"Fint att stanna upp och se hur långt jag har kommit. Jag vill använda de sista månaderna väl.",
        u"Ett av de bästa samtalen vi har haft. Karin är redo för de svåra frågorna om ägande och sin egen utveckling." },
};
static_assert(std::size(Meetings) == AdeptMeetingCount);

// clang-format on

} // namespace

MentorshipText adeptMeetingsSv()
{
    MentorshipText text;
    text.adeptName = u"Karin Lindqvist";
    text.mentorName = u"Anders Berg";
    text.agreement = {
        uR"(## Mål för mentorskapet

1. Få ett **tydligt mandat** i förhållande till styrelsen och grundaren
2. Bygga en ledningsgrupp som tar ansvar för sina områden
3. Hitta en hållbar **balans mellan arbete och privatliv**
4. Bli tryggare i svåra samtal och i rollen som ensam högst ansvarig)",
        uR"(Karin förbereder varje möte genom att välja fokusområden och dela de reflektioner hon vill ta upp. Hon tar ansvar för sina åtgärdspunkter och säger till om hon behöver ses tidigare än planerat.)",
        uR"(Anders är samtalspartner och bollplank, lyssnar, delar sina erfarenheter och sitt nätverk när det är till nytta. Han ger inga färdiga svar men utmanar och uppmuntrar. Han håller tiderna och kommer förberedd.)",
        uR"(Allt som sägs och skrivs inom mentorskapet är **konfidentiellt**. Ingen av oss berättar om innehållet för styrelse, ägare, medarbetare eller andra utan den andras uttryckliga medgivande. Anteckningar förvaras krypterat och raderas om någon av oss begär det när mentorskapet avslutas.)",
    };
    text.places = Places;
    text.meetings = Meetings;
    text.requestReason
        = u"Kustverken hotar att säga upp ramavtalet om nästa leverans blir sen, och styrelsen vill ha en "
          u"åtgärdsplan på fredag. Jag behöver hjälp att sortera i bruset innan dess – kan vi ses i veckan?";
    return text;
}

} // namespace bollplank::demo
