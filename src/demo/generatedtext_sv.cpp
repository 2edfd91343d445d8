// Svenskt meningsmaterial för genererade reflektioner (prestandatester och stora demoprofiler).
#include "generatedtext.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

// 1 Arbetssituation
const char16_t *const WorkHeadings[] = { u"Om mandatet", u"Kalendern igen", u"Vad är mitt jobb egentligen?" };
const char16_t *const WorkObservations[] = {
    u"Kalendern var fullbokad från halv åtta till sex, och det enda jag hann med på riktigt var det som inte stod där.",
    u"Jag märker att jag säger ja till möten jag inte behöver vara med på, bara för att det känns tryggt att veta vad som händer.",
    u"Styrelsen vill ha en ny rapport varje månad, och jag undrar om någon faktiskt läser den.",
    u"{p} frågade i dag om jag kunde ta ett beslut som egentligen ligger inom det egna ansvarsområdet.",
    u"Det blev ännu en kväll med mejlen, och inget av det var akut.",
    u"Ingen har sagt emot mig på hela veckan, och det oroar mig mer än det gläder mig.",
};
const char16_t *const WorkInsights[] = {
    u"Det jag behöver är inte mer tid utan **tydligare gränser** för vad som är mitt.",
    u"Varje gång jag tar över något som någon annan borde äga blir jag lite mindre VD och lite mer handläggare.",
    u"Kanske är det så att jag fyller kalendern för att slippa de frågor som inte har något enkelt svar.",
    u"Mandat är inget man får en gång för alla, det är något man tar och visar varje vecka.",
    u"Om jag inte skyddar tiden för att tänka framåt kommer ingen annan att göra det.",
};
const char16_t *const WorkItems[] = {
    u"boka två timmar varje förmiddag för eget arbete",
    u"stryka minst tre återkommande möten",
    u"fråga mig själv: är det här verkligen mitt beslut?",
    u"inga mejl efter kvällsmaten",
    u"lämna över budgetuppföljningen till ekonomi",
    u"ha en kort avstämning med ordföranden i stället för långa samtal",
};
const char16_t *const WorkClosings[] = {
    u"Vill ta upp med min mentor hur man säger nej utan att det låter som ointresse.",
    u"Nästa vecka ska jag pröva att inte svara direkt på allt, och se vad som händer.",
    u"Frågan jag bär med mig: vad skulle hända om jag inte gjorde det här alls?",
};

// 2 Ledarskap
const char16_t *const LeadHeadings[] = { u"Efter ledningsgruppsmötet", u"Att leda genom andra", u"Vart är vi på väg?" };
const char16_t *const LeadObservations[] = {
    u"På ledningsgruppsmötet väntade alla på att jag skulle säga vad jag tyckte, och jag gjorde det alldeles för snabbt.",
    u"{p} presenterade ett förslag i dag som var bättre än det jag själv hade tänkt mig.",
    u"Vi pratade om målen för nästa år, och det blev tydligt att vi inte menar samma sak med tillväxt.",
    u"Förändringen vi startade för några månader sedan har börjat sätta sig, men det går långsammare än jag hade hoppats.",
    u"Jag höll tyst i nästan en halv minut efter min fråga, och till slut var det {p} som tog ordet.",
    u"Flera i ledningsgruppen kommer fortfarande till mig med frågor som de borde lösa sinsemellan.",
};
const char16_t *const LeadInsights[] = {
    u"Mitt viktigaste jobb är kanske att **skapa utrymme** för andra att ta ansvar, inte att ha rätt.",
    u"En vision som bara finns i mitt huvud är ingen vision, den är en önskan.",
    u"Jag behöver bli bättre på att säga varför, inte bara vad.",
    u"När jag tar ordet först slutar de andra tänka, och då får jag bara mina egna idéer tillbaka.",
    u"Det tar tid att bygga ett lag, och jag måste tåla att det inte syns i siffrorna på ett tag.",
};
const char16_t *const LeadItems[] = {
    u"ställ frågan och vänta",
    u"låt någon annan leda nästa ledningsgruppsmöte",
    u"skriv ner de tre viktigaste målen på en sida",
    u"berätta varför innan jag berättar vad",
    u"fråga gruppen vad de behöver av mig",
    u"fira det som faktiskt har blivit bättre",
};
const char16_t *const LeadClosings[] = {
    u"Vill prata med min mentor om hur man leder förändring när inte alla vill följa med.",
    u"Till nästa ledningsgruppsmöte ska jag förbereda frågor i stället för svar.",
    u"Jag undrar vad ledningsgruppen skulle säga om de fick beskriva mitt ledarskap ärligt.",
};

// 3 Kundrelationer och det egna säljarbetet
const char16_t *const CustHeadings[] = { u"Kundmötet", u"Om att sälja som VD", u"{c}" };
const char16_t *const CustObservations[] = {
    u"Möte hos {c} i dag. De vill fortfarande helst prata med mig och inte med vår säljare.",
    u"Vi förlorade en offert till en konkurrent som var femton procent billigare, och jag vet inte om vi hade kunnat göra annorlunda.",
    u"{c} ringde och klagade på en leverans, och jag märkte att jag genast ville lösa det själv.",
    u"Säljmötet i morse handlade mest om gamla kunder. Ingen pratade om vilka vi vill vinna.",
    u"{p} har tagit över kontakten med {c} och sköter den bättre än jag gjorde.",
    u"En av våra största kunder har fått en ny inköpschef, och vi har inte ens träffat henne.",
};
const char16_t *const CustInsights[] = {
    u"Så länge kunderna ser mig som den som håller ihop leveransen kommer de att hoppa över våra säljare.",
    u"Det är inte priset som avgör i längden, det är om kunden **litar på att vi håller vad vi lovar**.",
    u"Jag tycker om att sälja, och just därför är det svårt att lämna ifrån mig.",
    u"Vi behöver färre men djupare kundrelationer, och det är ett val som måste göras av hela ledningen.",
    u"En reklamation som hanteras bra kan stärka en relation mer än tio leveranser som går som de ska.",
};
const char16_t *const CustItems[] = {
    u"lämna över {c} helt till säljchefen",
    u"ringa inköpschefen och presentera oss",
    u"gå igenom de tio största kunderna i ledningsgruppen",
    u"följa upp varför vi förlorade den senaste offerten",
    u"be tre kunder om ärlig återkoppling",
    u"inte gå med på nästa styrgruppsmöte",
};
const char16_t *const CustClosings[] = {
    u"Vill diskutera med min mentor hur man lämnar över en kund utan att kunden känner sig nedprioriterad.",
    u"Till nästa vecka: en lista över kunder som bara pratar med mig.",
    u"Vad skulle våra kunder säga om oss om vi inte var i rummet?",
};

// 4 Arbetsrelationer och klimat
const char16_t *const ClimHeadings[] = { u"Stämningen", u"Vi och dom", u"En konflikt som pyr" };
const char16_t *const ClimObservations[] = {
    u"Det blev tyst i fikarummet när jag kom in, och jag vet inte om det var en slump.",
    u"{p} och {p} har inte pratat med varandra på en vecka, och hela avdelningen märker det.",
    u"Produktionen och säljet skyller förseningen på varandra, och båda har delvis rätt.",
    u"Efter personalmötet kom tre personer fram och sa att de uppskattade att jag var ärlig.",
    u"I verkstaden pratar man om ”kontoret” som om det vore ett annat företag.",
    u"Medarbetarundersökningen visar att folk trivs med sina kollegor men inte vet vart bolaget är på väg.",
};
const char16_t *const ClimInsights[] = {
    u"När det är tyst från ledningen fyller folk tystnaden själva, och sällan med något bra.",
    u"Det som ser ut som en personkonflikt är ofta **brist på gemensam information**.",
    u"Jag kan inte lösa konflikten åt dem, men jag kan se till att de sitter i samma rum med samma siffror.",
    u"Klimatet byggs i de små ögonblicken: hur jag hälsar, vem jag frågar, vad jag låter passera.",
    u"Regelbundenhet slår stora insatser. En runda i verkstaden varje vecka säger mer än ett tal om året.",
};
const char16_t *const ClimItems[] = {
    u"gå en runda i verkstaden varje tisdag",
    u"sätta {p} och {p} i samma rum",
    u"berätta vad vi vet och vad vi inte vet än",
    u"följa upp medarbetarundersökningen med varje avdelning",
    u"inte försvara oss när vi får kritik",
    u"fråga hur folk har det, och lyssna på svaret",
};
const char16_t *const ClimClosings[] = {
    u"Vill ta upp med min mentor hur man medlar utan att ta ställning.",
    u"Nästa steg: ett gemensamt möte där båda sidor får beskriva problemet utan att lösa det.",
    u"Jag undrar vad som sägs om ledningen när vi inte hör det.",
};

// 5 Personalfrågor
const char16_t *const StaffHeadings[] = { u"Ett svårt samtal", u"Om att utveckla människor", u"Inför utvecklingssamtalen" };
const char16_t *const StaffObservations[] = {
    u"Jag har skjutit upp samtalet med {p} i flera veckor nu, och det blir inte lättare.",
    u"{p} sa i utvecklingssamtalet att det är dags att ta mer ansvar, och det hade jag inte sett komma.",
    u"En av våra mest erfarna medarbetare har sagt upp sig, och kunskapen går med honom.",
    u"Rekryteringen drar ut på tiden; de bästa kandidaterna vill ha mer än vi kan betala.",
    u"{p} har varit sjukskriven en tid och ska börja komma tillbaka, och jag vill göra det rätt.",
    u"Lönerevisionen är klar, och jag vet redan vilka två samtal som blir svåra.",
};
const char16_t *const StaffInsights[] = {
    u"Att vänta med ett svårt samtal är inte snällt, det är bekvämt för mig.",
    u"Ett tydligt samtal i tid är **en omtanke**, inte ett angrepp.",
    u"Folk går sällan bara för lönen; de går när de inte ser någon väg framåt.",
    u"Jag behöver fråga mer och förklara mindre, särskilt när jag är osäker.",
    u"Att satsa på någon internt är en risk, men det skickar en signal till alla andra.",
};
const char16_t *const StaffItems[] = {
    u"säga vad jag ser, konkret och med exempel",
    u"fråga vad hen behöver av mig",
    u"komma överens om en uppföljning om två veckor",
    u"ta fram en plan för återgång tillsammans med företagshälsan",
    u"börja utvecklingssamtalen med ambitioner, inte med mål",
    u"fråga var hen ser sig själv om tre år",
};
const char16_t *const StaffClosings[] = {
    u"Vill gå igenom samtalet med min mentor innan jag har det.",
    u"Jag bokar samtalet i morgon, innan jag hinner ångra mig.",
    u"Frågan är vad jag har missat, som jag borde ha sett tidigare.",
};

// 6 Stress och kris
const char16_t *const StressHeadings[] = { u"Sömnen", u"Balans", u"När allt kommer på en gång" };
const char16_t *const StressObservations[] = {
    u"Vaknade klockan fyra igen och låg och gick igenom listor i huvudet.",
    u"Missade middagen hemma för tredje gången den här veckan.",
    u"Jag märker att jag blir kort i tonen mot dem jag tycker mest om.",
    u"Allt kom på en gång: en reklamation, en sjukskrivning och ett styrelsemöte.",
    u"Jag tog en promenad vid lunch för första gången på veckor, och det kändes som att andas ut.",
    u"Barnen frågade varför jag alltid har telefonen bredvid tallriken.",
};
const char16_t *const StressInsights[] = {
    u"När jag är stressad **tar jag över**, och det är precis då jag borde lämna ifrån mig.",
    u"Jag skulle aldrig acceptera att en medarbetare hade det så här, så varför accepterar jag det för mig själv?",
    u"Vila är inte en belöning för när allt är klart, den är en förutsättning för att orka.",
    u"Gamla mönster kommer tillbaka när det är mycket, men jag känner igen dem tidigare nu.",
    u"Det är ingen svaghet att be om hjälp; det är en del av jobbet.",
};
const char16_t *const StressItems[] = {
    u"inga mejl efter klockan åtta",
    u"telefonen i hallen vid middagen",
    u"promenad vid lunch tre dagar i veckan",
    u"boka en ledig vecka nu, innan kalendern fylls",
    u"prata med företagshälsan",
    u"säga nej till en sak i veckan",
};
const char16_t *const StressClosings[] = {
    u"Vill prata med min mentor om hur man håller i de här reglerna när det blir mycket igen.",
    u"Skriver det här för att det ska stå någonstans.",
    u"I morgon börjar jag med det enklaste: att lägga mig i tid.",
};

const char16_t *const Openers[] = {
    u"Sent på kvällen, huset har somnat.",
    u"Skriver på tåget hem.",
    u"Tidig morgon, innan någon annan är på kontoret.",
    u"Några minuter i bilen innan jag kör hem.",
    u"Lunch vid skrivbordet, för en gångs skull utan möten.",
    u"Efter en lång dag.",
    u"Sent vid köksbordet, och tankarna är redan på morgondagen.",
    u"Sitter på flygplatsen och väntar.",
    u"Kort anteckning innan jag glömmer.",
    u"En tanke som inte släpper.",
    u"Efter ett samtal som satte sig.",
    u"Morgonkaffe vid köksbordet.",
};
const char16_t *const LensCustomers[] = {
    u"Jag funderar på hur **kunderna** ser på det här, och om de ens märker det.",
    u"För {c} är det här inte en intern fråga, det är en fråga om vi levererar.",
    u"Våra kunder förtjänar en motpart som vet vem som bestämmer.",
};
const char16_t *const LensEmployees[] = {
    u"Jag tänker på hur det här landar hos **medarbetarna**, särskilt i verkstaden.",
    u"Medarbetarna ser mer än vi tror, och de pratar med varandra.",
    u"Det är medarbetarna som får leva med följderna av de beslut vi fattar här uppe.",
};
const char16_t *const LensPartners[] = {
    u"För våra **samarbetspartners** är det här en signal om hur vi fungerar som kund.",
    u"Vi är mer beroende av våra leverantörer än vi vill erkänna.",
    u"En partner som känner sig överkörd levererar sällan sitt bästa.",
};
const char16_t *const LensOwners[] = {
    u"**Ägarna** kommer att fråga vad det här betyder för resultatet, och de har rätt att fråga.",
    u"Jag vill att ägarna hör det här från mig först, inte från någon annan.",
    u"Ägarnas tålamod är inte oändligt, men det är större än jag ibland tror.",
};
const char16_t *const LensBoard[] = {
    u"Hur ska jag ta det här till **styrelsen** utan att det låter som en ursäkt?",
    u"Styrelsen vill ha en plan, inte en lägesbeskrivning.",
    u"Jag behöver styrelsens stöd, och då måste jag vara tydlig med vad jag ber om.",
};
const char16_t *const StressLow[] = {
    u"Det är en lugnare period, och jag märker att jag har tid att tänka.",
    u"Sov bra i natt, för en gångs skull.",
    u"Lite mycket just nu, men inget jag inte klarar.",
};
const char16_t *const StressMedium[] = {
    u"Det har varit en tung vecka, och jag känner det i axlarna.",
    u"Jag sover sämre än vanligt och vaknar med listor i huvudet.",
    u"Det är mycket nu, och jag märker att tålamodet tryter.",
};
const char16_t *const StressHigh[] = {
    u"Jag mår inte bra just nu, och det vill jag skriva ner.",
    u"Fjärde natten i rad som jag vaknar vid fyra och inte kan somna om.",
    u"Det känns som att allt hänger på mig, och jag orkar inte riktigt bära det.",
};
const char16_t *const ListIntros[] = {
    u"Det jag tar med mig:", u"Att göra:", u"Tre saker:", u"Det som fungerade:", u"Det jag vill pröva:",
};
const char16_t *const People[] = {
    u"Maria", u"Peter", u"Sofia", u"Ahmed", u"Linnea", u"Jonas", u"Eva", u"Omar", u"Henrik", u"Johanna",
};
const char16_t *const Customers[] = {
    u"Kustverken", u"Alfa Processteknik", u"Hallandsmejeriet", u"Bruksgruppen", u"Västhamnen Energi", u"Norrås Pappersbruk",
};

const PhraseBook Book {
    .areas = { {
        { WorkHeadings, WorkObservations, WorkInsights, WorkItems, WorkClosings },
        { LeadHeadings, LeadObservations, LeadInsights, LeadItems, LeadClosings },
        { CustHeadings, CustObservations, CustInsights, CustItems, CustClosings },
        { ClimHeadings, ClimObservations, ClimInsights, ClimItems, ClimClosings },
        { StaffHeadings, StaffObservations, StaffInsights, StaffItems, StaffClosings },
        { StressHeadings, StressObservations, StressInsights, StressItems, StressClosings },
    } },
    .openers = Openers,
    .lenses = { LensCustomers, LensEmployees, LensPartners, LensOwners, LensBoard },
    .stress = { StressLow, StressMedium, StressHigh },
    .listIntros = ListIntros,
    .people = People,
    .customers = Customers,
};

// clang-format on

} // namespace

const PhraseBook &phraseBookSv()
{
    return Book;
}

} // namespace bollplank::demo
