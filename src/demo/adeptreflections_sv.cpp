// Karin Lindqvists dagbok, på svenska. Samma ordning som Reflections i adeptplan.cpp.
#include "adeptstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const ReflectionText Reflections[] = {
    // 0
    { uR"(Första veckan som adept. Det känns lite ovant att skriva till sig själv, men Anders sa att det är just det som är poängen: att få syn på sina egna tankar innan de blir beslut.

Det jag inte riktigt hade räknat med när jag tog jobbet är hur **ensamt** det är. Alla förväntar sig att jag har svaren. Och Lars, som byggde upp Hamnvik och nu är ordförande, ringer fortfarande Peter i produktionen direkt när han undrar något. Ingen gör något fel, men det blir otydligt vem som faktiskt leder bolaget.

Jag vill inte gå in i en konflikt med grundaren åtta månader in. Men jag måste hitta ett sätt att prata om det.)" },
    // 1
    { uR"(## Nio direktrapporterande

Räknade i morse: nio personer rapporterar direkt till mig. Produktion, konstruktion, inköp, ekonomi, tre projektledare, service och kundtjänst. Alla kommer till mig med allt, och jag säger ja för att det går fortast.

Resultatet är att jag blir flaskhalsen. Beslut väntar på mig, och jag hinner aldrig tänka framåt.

Det jag vill:
- en **ledningsgrupp** på fem personer som äger sina områden
- att projektledarna går via konstruktionschefen
- att jag får tid för kunder, ägare och strategi

Men hur gör man det utan att de som tappar sin direkta linje till VD känner sig degraderade?)",
      uR"(Bra att du ser det själv, Karin. Det är en vanlig fälla för nya VD:ar: tillgängligheten känns som ledarskap men blir en flaskhals. Låt oss ta frågan om hur det landar hos dem som ”tappar linjen” på mötet – där finns ett par saker jag har lärt mig den hårda vägen.)" },
    // 2
    { uR"(Kvällarna försvinner. I kväll satt jag med mejlen till kvart över elva igen, och det var inget som inte hade kunnat vänta till i morgon.

Jag tror att jag gör det för att få en känsla av kontroll. Dagen är så uppstyckad att jag aldrig hinner svara, så det blir på kvällen. Fredrik har slutat kommentera det, vilket kanske är värre än om han hade sagt något.

Ska prova att titta på kalendern för nästa vecka och **blocka två timmar varje förmiddag** för eget arbete. Vi får se hur länge det håller.)" },
    // 3
    { uR"(## Efter första mötet med Anders

Det bästa med eftermiddagen var inte råden utan frågorna. När han frågade *”vilka beslut är dina, vilka är styrelsens och vilka tar Lars fortfarande?”* kunde jag inte svara. Jag har gissat mig fram i åtta månader.

Vi kom fram till att jag ska skriva ner en **beslutsordning** – helt konkret, en sida – och sedan ta den med Lars i ett eget samtal, inte på ett styrelsemöte där alla lyssnar.

Jag märkte också hur skönt det var att få säga högt att jag ibland känner mig som en gäst i mitt eget bolag. Det hade jag inte sagt till någon förut.)",
      uR"(Tack för förtroendet. En sida räcker gott. Tänk på att Lars sannolikt inte upplever att han tar beslut – han tycker att han hjälper till. Börja gärna i det ni är överens om.)" },
    // 4
    { uR"(Lunch med projektgruppen hos Kustverken. De är vår största kund, ungefär en femtedel av omsättningen, och de vill att jag är med på varje styrgruppsmöte.

Det smickrar, men det är inte hållbart. Så länge kunden ser mig som den som håller ihop leveransen kommer de att ringa mig när något skaver, och då hoppar jag över projektledaren.

Jag tror att **förtroendet måste flyttas** från mig till våra projektledare. Frågan är hur man gör det utan att kunden upplever att de blir nedprioriterade.)" },
    // 5
    { uR"(Skissade på en ledningsgrupp i kväll:

1. **Produktion** – Peter
2. **Konstruktion och projekt** – Ahmed
3. **Försäljning** – vakant, ska rekryteras
4. **Ekonomi** – Maria
5. **HR** – vår HR-partner två dagar i veckan, tills vidare

Inköp hamnar under produktion, service under konstruktion. Det ser enkelt ut på papperet. Det som inte syns är att Peter i praktiken har varit vice VD i tjugo år utan titeln, och att projektledarna är vana att gå direkt till mig.)" },
    // 6
    { uR"(Nämnde för Peter i förbigående att jag funderar på en ledningsgrupp. Han blev tyst, och sa sedan: ”Det har fungerat bra som det är.”

Jag gjorde misstaget att fylla tystnaden med förklaringar. Det hade varit bättre att fråga vad han tänkte. Peter har varit Lars högra hand i över tjugo år, och för honom är det här kanske inte en organisationsfråga utan en fråga om **vem han är** i bolaget.

Nästa gång: fråga först, förklara sen.)" },
    // 7
    { uR"(## Jag är fortfarande bolagets bästa säljare

Och det är problemet. Gick igenom orderingången i kväll: av de tio största affärerna senaste halvåret har jag varit drivande i sju.

Det betyder att:
- säljarbetet stannar när jag sitter i styrelsemöten
- kunderna vänjer sig vid att förhandla med VD
- jag har inte tid att bygga en säljorganisation, för jag säljer

Vi behöver en **försäljningschef** som får äga kunderna på riktigt. Jag måste också vara beredd att lämna ifrån mig relationer jag tycker om. Det är nog där det skaver mest.)",
      uR"(Ärligt och klarsynt. Ta med listan över kunderna som bara pratar med dig till nästa möte, så tittar vi på vilka som kan lämnas över först. Jag skickar namnet på en rekryterare som har hittat bra säljchefer åt industribolag.)" },
    // 8
    { uR"(Förbereder styrelsemötet. Materialet är fyrtio sidor, och jag misstänker att ingen läser mer än sammanfattningen. Samtidigt vet jag att Lars kommer att fråga om detaljer på sidan trettiotvå.

Det som irriterar mig är korridorssnacket: Lars brukar ringa dagen innan och ta de viktiga frågorna med mig på telefon. När vi sedan sitter i styrelsen är det redan avgjort, och de andra ledamöterna märker det.

Vill prova ett kortare underlag: **tre frågor styrelsen ska besluta om**, resten som bilagor.)" },
    // 9
    { uR"(Samtalet med Lars om mandatet i går. Jag hade förberett mig som inför en förhandling, men det blev ett bra samtal. Vi gick igenom min sida punkt för punkt.

Vi kom överens om:
- **operativa beslut** inom budget är mina, utan avstämning
- personalfrågor går genom mig, även när det gäller människor han känner sedan länge
- Lars kontaktar medarbetarna via mig när det gäller verksamheten
- investeringar över budget och strategi tas i styrelsen

När jag gick därifrån sa han: ”Det är klart att det är svårt att släppa.” Det var nog det ärligaste han har sagt till mig. Jag kände mig **lättad** hela kvällen.)",
      nullptr },
    // 10
    { uR"(Tufft samtal med Peter i dag. Jag sa att han är självklar i ledningsgruppen, men att han måste sluta fatta beslut åt konstruktionsavdelningen. Två gånger den senaste månaden har han ändrat leveransdatum i projekt som Ahmed ansvarar för.

Han försvarade sig först, sedan blev han tyst och sa att ingen har berättat för honom var gränserna går. Och det är ju sant. Det har aldrig behövts, för Lars och han visste.

Jag tror att det gick hem. Men jag sov dåligt efteråt, och jag märker att jag vill att alla ska tycka om mig. Det är en svaghet i den här rollen.)" },
    // 11
    { uR"(I fikarummet i dag tystnade det när jag kom in. Efteråt sa Maria att det går rykten om att ”Stockholmskonsulter” ska göra om hela organisationen och att folk kommer att få gå.

Inget av det är sant, men det spelar ingen roll. När det är tyst från ledningen fyller folk tystnaden själva.

Jag måste berätta vad som händer **innan** allt är klart, inte efter. Hellre ”det här vet vi, det här vet vi inte än” än ingenting.)" },
    // 12
    { uR"(## Inför nästa möte med Anders

Jag vill ta upp hur jag kommunicerar ledningsgruppen. Mitt utkast:

1. Personalmöte för alla, där jag berättar varför – inte bara vad
2. Samma dag: samtal med var och en som får ny chef
3. Frågor och svar på intranätet, uppdateras i två veckor

Frågor till Anders:
- Hur mycket av *varför* ska man berätta när en del av det handlar om att jag inte hinner?
- Hur hanterar jag att Peter kan uppleva det som en degradering inför alla?
- Ska Lars vara med på personalmötet eller inte?)",
      uR"(Bra struktur. Kort svar på den sista frågan: nej, inte den här gången. Det här är ditt beslut och ska ses som ditt. Be honom däremot gärna säga något positivt om förändringen i sina egna kanaler efteråt.)" },
    // 13
    { uR"(Ella frågade vid middagen varför jag alltid har telefonen bredvid tallriken. Jag svarade något om att det händer mycket på jobbet just nu.

Hon är fjorton. Hon sa: ”Det har du sagt sen du började.”

Det gjorde ont att höra, mest för att det stämmer. Telefonen ligger i hallen vid middagen från och med i morgon.)" },
    // 14
    { uR"(## Personalmötet

Presenterade ledningsgruppen för alla i morse. Jag hade skrivit ett manus men lade bort det efter två minuter och pratade fritt. Det blev bättre så.

Det som fungerade:
- att jag sa rakt ut att **jag har varit en flaskhals** och att det är mitt ansvar att ändra på det
- att Peter själv berättade om sin roll – det hade vi kommit överens om i förväg
- att frågorna fick ta tid

Det som inte fungerade så bra: någon i verkstaden frågade om det blir fler chefer och färre som jobbar. Jag hade inget bra svar.

Lättad i kväll. Det blev inte den storm jag hade föreställt mig.)",
      uR"(Att du tog på dig flaskhalsen inför alla var modigt och klokt – det gör det lättare för andra att också ändra sig. Frågan om fler chefer kommer tillbaka. Ha ett svar redo nästa gång, gärna med siffror.)" },
    // 15
    { uR"(Någon hade skrivit ”Välkommen till direktörernas Hamnvik” på whiteboarden i verkstaden. Peter suddade ut det innan jag hann se det, men Maria berättade.

Det är lätt att bli sårad, men jag tror att det handlar om något större än ledningsgruppen: det har alltid funnits ett **vi och dom** mellan kontoret och verkstaden, och nu blir det tydligare.

Jag behöver vara mer i verkstaden. Inte på besök med en agenda, utan regelbundet, så att det blir vardag.)" },
    // 16
    { uR"(Sofia har skrivit på! Hon börjar som försäljningschef om sex veckor. Hon kommer från en konkurrent och känner branschen bättre än jag.

Nu kommer den svåra delen: att lämna över kunderna. Jag har gjort en lista med tolv kunder som i dag bara pratar med mig.

Plan för överlämningen:
- jag följer med Sofia på första mötet hos varje kund, sedan inte mer
- vi berättar för kunderna **tillsammans** att Sofia är deras kontakt
- Kustverken tar vi sist, när Sofia har hittat sin roll)" },
    // 17
    { uR"(Styrelsemötet i dag. Jag hade gjort det nya, kortare underlaget, och det fungerade bra fram till budgetpunkten. Då tog Lars fram sin egen kalkyl för nästa år och presenterade den som ett alternativ.

Jag kände mig **överkörd**, och jag sa ingenting. Efteråt sa en av de externa ledamöterna att han uppskattade mitt underlag, men att det var otydligt vems budget vi egentligen diskuterade.

Det är precis det vi kom överens om att Lars inte skulle göra. Jag måste ta det med honom, lugnt och i enrum, den här veckan.)" },
    // 18
    { uR"(Andra mötet med ledningsgruppen. Jag märker att alla väntar på att jag ska säga vad jag tycker. Så fort jag har sagt något håller de med.

Provade Anders tips: ställde frågan och höll tyst. Det var plågsamt i kanske tjugo sekunder. Sedan sa Ahmed något klokt som jag inte hade tänkt på, och sedan kom Maria in.

Jag tror att det här blir mitt viktigaste jobb det närmaste halvåret: att **inte ta ordet först**.)" },
    // 19
    { uR"(## Jonas

Tredje missade deadlinen på två månader. Jonas är en omtyckt projektledare med lång erfarenhet, och kunderna gillar honom. Men hans projekt drar över i tid, och de andra i gruppen börjar täcka upp för honom utan att säga något.

Jag har undvikit det här samtalet för att jag inte vet vad det beror på. Men att vänta är inte snällt, det är bekvämt för mig.

Det jag vill säga:
1. vad jag ser, konkret, med datum
2. vad det får för följder för kunderna och för kollegorna
3. att jag vill förstå vad som händer, och vad han behöver

Jag är rädd att han ska ta illa upp. Och jag är rädd att det finns något privat bakom.)",
      uR"(Det är en bra struktur. Kom ihåg att det är tillåtet att fråga rakt ut ”hur har du det?” utan att det blir ett privat samtal. Om det finns något privat är det ofta en lättnad att få frågan. Återkom gärna och berätta hur det gick.)" },
    // 20
    { uR"(Samtalet med Jonas. Han blev först defensiv, men när jag frågade hur han hade det sa han att han inte har förstått det nya systemet för tidrapportering och projektuppföljning, och att han har skämts för att fråga.

Det var alltså inte motivation, det var något vi borde ha sett. Vi har kommit överens om **avstämning varannan vecka** med Ahmed och att han får gå utbildningen igen.

Jag är glad att jag inte väntade längre.)" },
    // 21
    { uR"(Nordström Elektro är sena med elskåpen igen. Tredje gången i år. De är duktiga, men vi är helt beroende av dem, och de vet om det.

Jag har inte velat röra i det eftersom Lars har byggt relationen under många år. Men om de fortsätter så här är det våra kunder som får betala.

Ska be Peter ta fram ett underlag: vilka alternativ finns, och vad skulle det kosta att **kvalificera en leverantör till**?)" },
    // 22
    { uR"(Kustverken har reklamerat elskåpen i den senaste leveransen. Två av sex fungerade inte vid driftsättningen. Det är Nordströms skåp, men det är vårt namn på leveransen.

Jag ringde deras projektchef direkt och bad om ursäkt, och lovade en åtgärdsplan inom en vecka. Han var sakligt irriterad, men inte mer.

Det som oroar mig är inte den här reklamationen, utan att det är **tredje gången** något skaver i det här projektet. Och Sofia har bara varit här i tre veckor.)" },
    // 23
    { uR"(Allt på en gång nu: reklamationen hos Kustverken, budgetrevideringen som styrelsen vill ha, Sofias introduktion och två rekryteringar.

Jag jobbade hela lördagen och halva söndagen. Sa till Fredrik att det är en period. Han svarade att det har varit en period sedan jag började.

Jag vet vad jag borde göra: prioritera, delegera, säga nej. Men när jag sitter med listan ser allt akut ut. **Varför är det så svårt att välja bort?**)" },
    // 24
    { uR"(Fick höra i morse att konstruktion och produktion skyller reklamationen på varandra. Konstruktion säger att produktion inte följde ritningarna, produktion säger att ritningarna ändrades för sent.

Båda har förmodligen rätt. Det som saknas är ett gemensamt sätt att hantera ändringar sent i ett projekt.

Jag ska inte döma. Jag ska se till att Ahmed och Peter sätter sig tillsammans och tar fram **en process som båda äger**. Och jag ska hålla mig utanför själva lösningen.)" },
    // 25
    { uR"(Västra Kapital, som äger en tredjedel av bolaget, vill ha en månadsrapport i stället för kvartalsvis. De har hört om reklamationen.

Jag förstår dem. Men jag känner mig granskad på ett sätt som gör det svårare att tänka långsiktigt. Varje månad blir ett betyg.

Kanske ska jag se det som en möjlighet: om jag ändå ska skriva varje månad kan jag styra berättelsen, med **både siffror och vad vi lär oss**. Hellre det än att de får höra saker från andra håll.)",
      uR"(Det är en mognare hållning än de flesta har i det läget. Ägare som oroar sig vill framför allt inte bli överraskade. En kort och ärlig månadsrapport brukar efter ett tag göra dem lugnare, inte mer kontrollerande.)" },
    // 26
    { uR"(Vaknade kvart i fyra igen. Låg och gick igenom listor i huvudet tills klockan ringde.

Det är fjärde natten den här veckan. Jag märker att jag blir kortare i tonen, glömmer saker och läser samma mejl tre gånger.

Skriver det här för att det ska stå någonstans: **jag mår inte bra just nu.**)" },
    // 27
    { uR"(## Henrik har sagt upp sig

Han går till en konkurrent. Han är vår mest erfarna konstruktör för styrsystem och den enda som verkligen kan Kustverkens anläggning.

Jag frågade varför. Lönen är en del, men han sa också att han inte har vetat vad som händer med bolaget sedan förändringarna började. Det sved.

Det jag måste göra nu:
- säkra **överlämningen** under uppsägningstiden
- ta reda på om fler tänker likadant
- förstå vad jag har missat i kommunikationen till konstruktion

Jag är besviken, mest på mig själv.)",
      uR"(Det är tungt att förlora en nyckelperson mitt i en kundkris. Var inte för hård mot dig själv – förändringar kostar alltid något, och det är sällan bara en orsak. Prioritera överlämningen, sedan kan vi titta på resten tillsammans.)" },
    // 28
    { uR"(Maria sa till mig i dag, försiktigt, att jag har varit ”ganska kort” på de senaste ledningsgruppsmötena. Att folk inte vågar ta upp problem för att jag verkar så pressad.

Det är precis motsatsen till vad jag vill. Jag vill att de ska komma till mig tidigt.

När jag är stressad **tar jag över**. Jag avbryter, jag har redan bestämt mig, jag hör inte efter. Tacksam att Maria sa det. Det krävs mod att säga så till sin chef.)" },
    // 29
    { uR"(Missade Axels fotbollsmatch igen. Tredje gången. Han sa att det inte gjorde något, och det var nästan värre.

Jag försöker tänka på vad jag skulle säga till en medarbetare som hade det så här. Jag skulle säga att det inte är hållbart, och att inget jobb är värt det.

Jag säger det till mig själv nu. Men jag vet inte riktigt hur jag ska ta mig ut ur det.)" },
    // 30
    { uR"(## Kustverken

Deras inköpschef ringde i går kväll. Om nästa leverans blir sen eller har fel kommer de att **säga upp ramavtalet**. Det är ungefär en femtedel av vår omsättning.

Styrelsen vill ha en åtgärdsplan på fredag. Lars ringde två gånger i går och frågade vad jag tänker göra.

Jag har en massa idéer och ingen plan. Det är för mycket på en gång, och jag kan inte sortera. Jag behöver prata med någon som inte är mitt i det.)" },
    // 31
    { uR"(Frukost med Anders i morse. Vi sågs klockan sju, och när jag gick därifrån halv nio var det som om bruset hade lagt sig en aning.

Han lät mig prata i tjugo minuter utan att säga något. Sedan frågade han: *”Vad är de tre saker som faktiskt avgör om Kustverken stannar?”*

1. att nästa leverans kommer **i tid och fungerar**
2. att deras projektchef har **en** kontakt hos oss som kan svara
3. att vi visar att vi har förstått varför det blev fel

Allt annat kan vänta två veckor. Budgetrevideringen tar Maria. Resten av listan är inte min just nu.)" },
    // 32
    { uR"(Presenterade åtgärdsplanen för styrelsen i går. En sida, tre åtgärder, och vad jag behöver från dem: att de låter mig genomföra den utan att detaljstyra.

Lars tog ordet och sa att han stod bakom planen och mig. Det hade han inte behövt göra, och det betydde mycket.

Jag tror att det här var en **vändpunkt**, inte bara för Kustverken utan för hur styrelsen ser på mig. Det är konstigt hur en kris kan ge mandat.)",
      uR"(Det var en vändpunkt. Notera vad du gjorde: du kom med en tydlig plan och en tydlig begäran. Det är så man får mandat av en styrelse – inte genom att ha alla svar, utan genom att visa vad man prioriterar.)" },
    // 33
    { uR"(Fördelade om Henriks arbete i dag. Ahmed tar Kustverkens anläggning själv tills vidare, och två yngre konstruktörer får gå bredvid honom.

Ahmed sa något som fastnade: ”Du behöver inte lösa det här åt mig, men du behöver se till att jag får tid.” Så jag strök två av hans interna möten och sa till Sofia att hon får hantera kunden utan honom i de vanliga frågorna.

Att **skapa utrymme åt andra** i stället för att göra jobbet själv. Det är nog mitt jobb.)" },
    // 34
    { uR"(Pratade med företagshälsan i dag. Inget dramatiskt, men sköterskan sa att jag ligger i riskzonen och att sömnen är den viktigaste varningssignalen.

Nya regler, tills vidare:
- **inga mejl efter 20.00**
- promenad vid lunch minst tre dagar i veckan
- telefonen i hallen vid middagen (den regeln har jag redan, men den har glidit)
- en ledig vecka inom en månad

Jag skrev ner det här för att det ska bli verkligt.)" },
    // 35
    { uR"(Leveransen till Kustverken gick i dag. I tid, och alla skåp fungerade vid provningen.

Deras projektchef ringde, inte mig utan Sofia, och tackade. Sofia ringde mig efteråt och var lika glad som jag.

Det var precis så det skulle gå till. Jag satt i bilen en stund innan jag körde hem och kände att **axlarna sjönk** för första gången på veckor.)" },
    // 36
    { uR"(## En vecka ledigt

Första gången på över ett år som jag inte öppnade datorn på en hel vecka. Jag hade lämnat över till Maria och sagt att hon bara skulle ringa om något brann. Hon ringde inte.

Det jag lärde mig:
- bolaget klarar sig **utan mig** en vecka – det är ett gott tecken, inte ett hot
- de två första dagarna var jag rastlös, sedan sov jag nio timmar per natt
- det var när jag slutade tänka på jobbet som jag fick idéer om jobbet

Jag vill göra det här till en vana, inte ett undantag.)",
      uR"(Så glad att läsa det här. Lägg märke till den tredje punkten – det är ingen tillfällighet. Boka nästa lediga vecka redan nu, innan kalendern fylls.)" },
    // 37
    { uR"(Bestämde i dag att Sofia tar över huvudansvaret för Kustverken, helt. Jag går inte med på styrgruppsmötena längre.

Det kändes konstigt. Det är den kund jag har lagt mest tid på, och jag tycker om människorna där. Men så länge jag är med kommer de att vända sig till mig.

Att delegera på riktigt betyder att **jag måste tåla** att det görs på ett annat sätt än jag skulle ha gjort.)" },
    // 38
    { uR"(Ett nytt samtal med Lars om beslutslistan vi gjorde i början av mentorskapet. Vi gick igenom vad som har fungerat och inte.

Han erkände att han hade ringt Peter ett par gånger under krisen. Jag sa att jag förstod varför, men att det gjorde det svårare för mig. Vi kom överens om att han ringer mig först, alltid, och att han säger till om han tycker att jag gör fel.

Det kändes som ett samtal **mellan jämlikar**. Det hade inte varit möjligt för ett halvår sedan.)" },
    // 39
    { uR"(Resultatet från medarbetarundersökningen kom i dag. Överlag bättre än förra året, men förtroendet för ledningen i verkstaden har sjunkit.

Kommentarerna är tydliga: ”vi får veta saker sist”, ”ledningsgruppen syns inte här ute”.

Det stämmer. Mina tisdagsrundor föll bort under krisen. Och ledningsgruppen har blivit något som händer på kontoret. Jag måste ta det här med ledningsgruppen och **inte försvara oss**.)" },
    // 40
    { uR"(## Sofia och Peter

Det har blivit en riktig konflikt. Sofia lovar kunder leveranstider som produktionen inte kan hålla, och Peter säger nej till förändringar i sista minuten.

Båda kommer till mig var för sig och vill att jag ska ge dem rätt. Sofia säger att Peter är ett hinder för tillväxt. Peter säger att Sofia inte förstår hur en verkstad fungerar.

Jag tror att det egentliga problemet är att det inte finns någon **gemensam bild av kapaciteten**. De pratar om olika saker.

Jag vill inte döma. Jag vill få dem att lösa det tillsammans. Men hur gör man när båda är frustrerade på riktigt?)",
      uR"(Du ser rätt – det är nästan alltid brist på gemensam information som ser ut som en personkonflikt. Sätt dem i samma rum med samma siffror och en gemensam fråga: ”hur ska vi kunna lova kunderna något vi håller?” Och var tydlig med att de båda äger svaret.)" },
    // 41
    { uR"(Möte med Sofia och Peter i dag. Jag började med att säga att jag inte tänkte avgöra vem som har rätt, och att de båda är viktiga för att Hamnvik ska klara sig.

Sedan frågade jag: hur ska vi kunna lova kunderna något vi faktiskt håller?

Efter en och en halv timme hade de kommit fram till ett **gemensamt orderbordsmöte** varje måndag, där de går igenom kapacitet och nya order tillsammans. Det var deras idé, inte min. Det kommer att göra hela skillnaden.)" },
    // 42
    { uR"(Förbereder utvecklingssamtalen. Förra året blev de en checklista: mål, uppföljning, utbildningsbehov, klart.

I år vill jag att de ska handla om **utveckling på riktigt**. Jag tänker börja med tre frågor:
1. Vad har du varit mest stolt över det senaste året?
2. Vad vill du göra mer av, och mindre av?
3. Var ser du dig själv om tre år – här eller någon annanstans?

Den sista frågan är svår. Men efter Henrik vill jag veta i förväg, inte när uppsägningen ligger på bordet.)" },
    // 43
    { uR"(Utvecklingssamtal med Ahmed. Han vill ta ett större ansvar – han sa rakt ut att han skulle vilja bli **teknisk chef** med ansvar för både konstruktion och service.

Han har vuxit enormt under krisen. Jag hade inte tänkt på honom så, men det är uppenbart nu när han säger det.

Jag lovade inget, men sa att jag tar det på allvar och återkommer efter att ha pratat med styrelsen om organisationen. Jag vill inte tappa honom också.)" },
    // 44
    { uR"(En av våra montörer har varit sjukskriven i tre månader och ska börja komma tillbaka. Han har varit här i tjugo år.

Jag vill göra det här rätt, både för honom och för arbetsgruppen. Men jag märker att jag är osäker på var gränsen går mellan att vara omtänksam och att lägga sig i.

Vi har ett möte med företagshälsan nästa vecka för en **plan för återgång**. Jag ska lyssna mer än jag pratar.)" },
    // 45
    { uR"(## Henriks efterträdare

Vi valde Linnea, en av våra egna konstruktörer, till ny gruppledare för styrsystem. Hon har bara varit här i tre år, men hon var den som tog störst ansvar under krisen.

Det fanns en extern kandidat med mer erfarenhet. Jag valde Linnea för att:
- hon känner våra kunder och anläggningar
- det visar att det finns **en väg framåt** här för de yngre
- Ahmed tror på henne

Det är en risk. Men det är en risk jag vill ta.)",
      uR"(Ett bra beslut, och ett tydligt budskap till hela konstruktionsavdelningen. Se till att hon får en mentor internt – Ahmed vore naturlig – och stöd i sin första chefsroll.)" },
    // 46
    { uR"(Vem stöttar mig? Jag har Anders, och det har varit viktigare än jag trodde. Men jag har inget nätverk av andra VD:ar i Göteborg.

Anders nämnde ett VD-nätverk som träffas en gång i månaden. Jag har tvekat, för det känns som ännu en sak i kalendern.

Men jag märker att jag behöver **jämlikar**. Människor som förstår hur det är att vara ensam högst upp, utan att vara mina chefer eller mina medarbetare. Anmälde mig i dag.)" },
    // 47
    { uR"(Skrev på avtal med en andra leverantör av elskåp i dag. Peter har gjort ett fantastiskt jobb med att kvalificera dem.

Nordström är fortfarande vår huvudleverantör, och jag ringde deras VD själv för att berätta. Han var inte glad men förstod. Jag sa att vi vill fortsätta samarbetet, men att vi inte kan vara **beroende av en enda leverantör**.

Lars var med på det. Det hade han inte varit för ett år sedan.)" },
    // 48
    { uR"(## Strategidag med ledningsgruppen

Vi tillbringade en hel dag utanför kontoret och pratade om var vi vill vara om tre år. Det var första gången som **ledningsgruppen** – inte jag – drev samtalet.

Det vi kom fram till:
- vi ska bli den självklara partnern för automation i processindustrin på västkusten
- vi ska inte växa med fler än 15 personer
- vi ska ha tre kunder som står för max hälften av omsättningen, inte en

Det mest glädjande: Peter och Sofia höll på samma sida i nästan alla diskussioner.)" },
    // 49
    { uR"(Lars sa i dag att han funderar på att sälja en del av sina aktier. Han är sextiosju och vill ”få ordning på det” medan han orkar.

Det påverkar allt. En ny ägare kan vilja andra saker än vi har kommit fram till. Västra Kapital har en exitplan på några år. Och vad händer med styrelsen?

Jag känner mig både orolig och **nyfiken**. Det här kan bli en möjlighet att få ägare som tror på den strategi vi har tagit fram.)" },
    // 50
    { uR"(Styrelsens strategidag i går. Jag ledde den, inte Lars. Vi presenterade ledningsgruppens bild av de kommande tre åren, och Ahmed och Sofia presenterade var sin del.

En av de externa ledamöterna sa efteråt: ”Det är första gången jag ser att det här bolaget har en ledning, inte bara en VD.”

Det är kanske det finaste någon har sagt om mitt arbete. Och det är precis det jag ville åstadkomma när jag började skriva här för ett år sedan: **ett mandat** som inte bara vilar på mig.)",
      uR"(Det säger allt. Spara den meningen och läs den nästa gång det känns tungt.)" },
    // 51
    { uR"(Gick runt i verkstaden i morse. Stämningen är en annan än för ett halvår sedan. Folk pratar med mig, skämtar, frågar om saker.

Peter sa när vi drack kaffe: ”Det märks att det har lugnat sig uppe hos er.” Han menade det som en komplimang, tror jag.

Jag har varit på tisdagsrundorna varje vecka sedan undersökningen. Det är inte mycket, men det är **regelbundenheten** som gör det.)" },
    // 52
    { uR"(Sofia har vunnit en ny stor kund, ett livsmedelsföretag i Halland. Utan mig. Jag var inte med på ett enda möte.

Jag är stolt. Och lite, måste jag erkänna, avundsjuk. Det var roligt att sälja.

Men det här är exakt det jag ville: **tre kunder** som tillsammans bär bolaget, inte en. Och en säljorganisation som fungerar utan VD.)" },
    // 53
    { uR"(## Den möjliga nya ägaren

Träffade en investerare som Lars har haft kontakt med. En familjeägd industrigrupp som vill investera långsiktigt.

Det kändes bra, men jag har lärt mig att inte låta mig ryckas med. Frågor jag vill ha svar på:
- Hur **långsiktiga** är de, egentligen? Vad betyder det för dem?
- Vill de ha inflytande över den dagliga driften eller bara över strategin?
- Hur ser de på att vi inte ska växa för fort?

Jag vill ta det här med Anders nästa gång. Han har varit med om ägarbyten.)",
      uR"(Bra frågor. Lägg till en: hur har de agerat i sina andra innehav när det gått dåligt? Det säger mer om en ägare än hur de beter sig när det går bra. Vi tar det på nästa möte.)" },
    // 54
    { uR"(Lönerevision. Det är den delen av jobbet jag tycker minst om.

Vi har en budget som inte räcker till alla som förtjänar mer. Två personer i konstruktion ligger under marknaden, och det var en del av varför Henrik gick.

Jag har valt att prioritera dem, och att vara **öppen med varför**. Det kommer att finnas de som tycker att det är orättvist. Men jag vill hellre kunna förklara ett beslut än att försöka göra alla nöjda.)" },
    // 55
    { uR"(En tung vecka: två offerter, ett styrelsemöte och en besvärlig kundreklamation. Jag märkte på onsdagskvällen att jag satt med mejlen igen efter tio.

Skillnaden mot för ett halvår sedan är att **jag märkte det**. Jag stängde datorn, skrev ner vad som oroade mig och gick och la mig.

Gamla mönster kommer tillbaka när det är mycket. Men jag känner igen dem tidigare nu, och det gör att jag kan välja.)" },
    // 56
    { uR"(## Ett år med Anders

Läste igenom mina första anteckningar här i kväll. Det är nästan rörande att se hur vilse jag var.

Det som har förändrats:
- jag har en **ledningsgrupp** som leder, inte bara rapporterar
- mitt mandat är tydligt, både för mig, Lars och styrelsen
- jag sover, oftast
- jag vågar säga ”jag vet inte” i ledningsgruppen

Det som inte har förändrats: jag vill fortfarande att alla ska tycka om mig. Men jag låter det inte styra besluten lika mycket.

Tack, Anders. Det har betytt mer än jag har sagt.)",
      uR"(Tack själv, Karin. Det har varit en förmån att följa dig. Du har gjort jobbet – jag har mest ställt frågor. Låt oss använda de sista månaderna väl.)" },
    // 57
    { uR"(Jonas leder nu två av våra största projekt, och båda ligger i fas. Han sa i förbigående i dag att samtalet vi hade för nio månader sedan var ”det bästa som hänt honom på länge”.

Jag minns hur rädd jag var för det samtalet. Jag ville skjuta upp det.

Lärdom: ett tydligt samtal i tid är **en omtanke**, inte ett angrepp.)" },
    // 58
    { uR"(## Inför nästa möte

Vill ta upp två saker med Anders:

1. **Ägarfrågan.** Lars vill sälja en del av sina aktier, och den familjeägda industrigruppen är intresserad. Hur ska jag som VD förhålla mig i processen? Vems intressen företräder jag?
2. **Mitt eget nästa steg.** Jag trivs och vill stanna. Men vad vill jag ha uppnått om tre år, och vad behöver jag lära mig för att komma dit?)" },
    // 59
    { uR"(Fyra månader kvar av mentorskapet. Jag vill använda dem väl.

Jag vill:
- få hjälp att **tänka igenom ägarfrågan** innan den blir akut
- öva på att leda styrelsen genom en svår fråga, inte bara presentera
- fundera på vad som ska ersätta de här mötena när mentorskapet är slut – VD-nätverket, kanske, eller en ny mentor längre fram

Och jag vill bli bättre på att vila utan att det krävs en kris för att jag ska göra det.)" },
};
static_assert(std::size(Reflections) == AdeptReflectionCount);

// clang-format on

} // namespace

std::span<const ReflectionText> adeptReflectionsSv()
{
    return Reflections;
}

} // namespace bollplank::demo
