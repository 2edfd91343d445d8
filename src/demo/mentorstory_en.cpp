// Anders Berg's three adepts, in English. Same order as the plans in mentorplan.cpp.
#include "mentorstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const AgreementText StandardTerms {
    nullptr, nullptr,
    uR"(Anders is a conversation partner and sounding board: he listens, shares experience and network, challenges and encourages. He gives no ready-made answers and keeps to the times we agree.)",
    uR"(Everything said and written within the mentorship is **confidential** and stays between us, unless we both explicitly agree otherwise.)",
};

AgreementText agreement(const char16_t *goals, const char16_t *adept)
{
    AgreementText a = StandardTerms;
    a.goals = goals;
    a.adeptExpectations = adept;
    return a;
}

namespace elin {

const char16_t *const Places[] = { u"City Library, group room 2, Gothenburg", u"Hotel Eggers, Gothenburg" };

const MeetingText Meetings[] = {
    { uR"(**First meeting.** We went through and acknowledged the agreement. The coaching was about taking over from your father in a company where everyone has known you since you were a child.

- Her father Bengt still comes in every morning and talks to the bakers
- Elin doesn't know which decisions are hers
- Two siblings own a third each and are not active in the company)",
        {},
        { u"Write down which decisions Dad still takes, in practice",
            u"Send book tips on generational change in family businesses" },
        u"Good to talk to someone who isn't family. I saw how much I wait for Dad.",
        u"Elin is wise and loyal – perhaps too loyal. The question of roles with her father is the key." },
    { uR"(**Look back:** The list of her father's decisions is done and longer than Elin thought: buying flour, the bakers' rota and all salaries.

Coaching on being both daughter and CEO.)",
        { uR"(Elin needs a clear agreement with her father on roles and a timetable. She doesn't want him to stop coming in, but to stop deciding. We practised how she can open the conversation.)",
            uR"(Two shop managers have started going to her father instead of Elin. She doesn't want to make it a conflict, but it has to be clear who the manager is.)" },
        { u"Have the conversation with Dad about roles and timetable",
            u"Work out profitability per shop before the next meeting" },
        u"I know what I have to do. Now I just have to dare.",
        u"The conversation with her father is the most important thing right now. We follow it up first next time." },
};

const ReflectionText Reflections[] = {
    { uR"(First week with a mentor. Dad came in at five this morning as usual and talked to the bakers before I got there. When I arrived, Mattias asked whether he should do as Dad said or as we had decided on Friday.

I said "as we decided", but I felt fourteen again. It's **my company on paper** but not in the bakery.)",
      uR"(Thank you for sharing this, Elin. Feeling fourteen again is common in a generational change – and it passes once the roles are clear. We'll start there next time.)" },
    { uR"(The shop managers in Majorna and Linnéstaden have stopped calling me. They call Dad. He means no harm – he just answers when they call.

I don't want it to become a fight. But I notice I **avoid decisions** so that he won't overrule them.)" },
    { uR"(Three weekends in a row in the bakery. Two people are on sick leave, and I stand at the ovens myself on Saturdays to make it work.

It's probably what I'm best at, and that's why it's so easy to escape there. But nobody does the CEO job in the meantime.)" },
};

const char16_t *const Notes[] = {
    uR"(Elin: strong professional pride, happily stands in the bakery herself. Risk that she escapes into operations when the role question gets hard. **Ask next time about the siblings** – what do they want with their shares?)",
    uR"(The conversation with her father hasn't happened. I think she's waiting for "the right moment". Help her book a time instead – there is no right moment.)",
};

} // namespace elin

namespace johan {

const char16_t *const Places[] = { u"Lindholmen conference centre, Gothenburg", u"Hotel Eggers, Gothenburg" };

const MeetingText Meetings[] = {
    { uR"(**First meeting.** The agreement gone through and acknowledged. Johan is the first CEO of Molnbro who isn't one of the founders. Two of the three founders still work there as consultants.

Coaching on leading former owners who are now employees.)",
        {},
        { u"Describe how the founders and I share responsibility – as it is today",
            u"Send the agreement in its final form" },
        u"A good start. I needed to talk about the founders with someone outside the company.",
        u"Johan is analytical and calm. He probably underestimates how much the founders still steer informally." },
    { uR"(**Look back:** The division of responsibility is written down. The founders still take all big customer decisions without checking in.

Johan wants to open up the leadership team to the consulting managers. We talked about openness without losing the ability to make hard decisions.)",
        {},
        { u"Try an open leadership team meeting that all consulting managers can listen to" },
        u"Useful to think the openness through before I go ahead.",
        u"A good idea, but Johan also needs a room where the leadership team can disagree." },
    { uR"(**Look back:** The open leadership team meeting was appreciated.

Focus on customers: the five largest customers make up half of revenue, and three of those relationships are personally owned by the founders. What happens the day they leave?)",
        {},
        { u"Go through the five largest customers: who owns the relationship, and who should?" },
        u"A little uncomfortable to see how dependent we are on the founders' relationships.",
        u"An important insight. This is the company's biggest risk, and Johan sees it now." },
    { uR"(**Look back:** The customer review shows two relationships must be broadened soon.

One of the consulting managers wants to become a partner, and there is no model for it. Johan doesn't want to promise anything he can't keep.)",
        {},
        { u"Talk to the consulting manager who wants to become a partner – listen first",
            u"Share examples of career paths without partnership" },
        u"Good to get help separating what I can promise from what I can't.",
        u"Johan handles this wisely. The partnership question will come back." },
    { uR"(**Look back:** The conversation with the consulting manager went well; above all she wants more influence, not necessarily shares.

The climate at the office: most people work from home, and new hires say they don't get to know anyone. Johan feels the tiredness himself – many late evenings.)",
        {},
        { u"Introduce two shared office days a week for the leadership team" },
        u"The meeting made me see that I'm part of the distance problem myself.",
        u"Johan was more personal today than before. He needs more rest than he admits." },
    { uR"(**Look back:** The office days have brought more life to the premises, and two new hires say it helps.

The board: the chairman, one of the founders, calls Johan several times a week and questions decisions afterwards. We talked about preparing a board meeting so that decisions are taken there.)",
        {},
        { u"Prepare the board meeting with clear decision points",
            u"Introduce Johan to an experienced chairman in my network" },
        u"I need to get better at using the board instead of defending myself against it.",
        u"The relationship with the chairman is strained. We need to follow this." },
    { uR"(**Look back:** The board meeting went better with clear decision points.

Two senior consultants have resigned and are going to a customer. It affects both utilisation and the customer relationship.)",
        {},
        { u"Find replacements for the two senior consultants who are leaving" },
        u"A heavy meeting, but I left with a plan.",
        u"Johan is under pressure but handling it. The resignations may become a board issue." },
    { uR"(**Look back:** One replacement is recruited, one is still missing. Utilisation has dropped to 74 per cent.

Johan is worried about next month's board meeting. The chairman has expressed dissatisfaction with the results, and Johan is sleeping badly.)",
        { uR"(Johan needs a plan for utilisation over the next three months – concrete, with names and customers – before the board asks.)",
            uR"(We talked about what Johan needs from the chairman to do his job, and about saying it out loud instead of hoping it will be understood.)",
            uR"(Johan says himself that he is close to the limit. He has promised to say if it gets worse and to get in touch before the board meeting if he needs to.)" },
        { u"Work out a plan for utilisation over the next three months",
            u"Write down what I need from the chairman" },
        u"It helped to put it into words. But I'm worried.",
        u"I'm worried about Johan. The chairman question may become urgent – keep in touch." },
};

const ReflectionText Reflections[] = {
    { uR"(Leadership team meeting today. The founders were there, as usual, and when I proposed that we stop taking assignments below our hourly rate, everyone looked at Per instead of me.

He said "we could try that", and then it was decided. It was my proposal, but **his decision**. I don't know how to handle it without it turning into a power struggle.)",
      uR"(A common situation when founders stay on. Note it without dramatising – and ask yourself what you want Per to do instead. We'll take it next time.)" },
    { uR"(Lunch with our largest customer. Their CIO said straight out that they buy from us because they trust Per and Anna, not Molnbro.

It was honest and it hurt. **We have to build relationships that carry the company**, not the people.)",
      uR"(Honest of the customer, and good that you take it seriously. This is worth a whole item at our next meeting.)" },
    { uR"(Talked to Linda, who wants to become a partner. I mostly listened. What she really wants is to be taken seriously in the big decisions.

I promised to come back on the forms, not on shares. It felt right.)" },
    { uR"(The office is empty on Mondays and Fridays. The new hires say they don't know anyone. I mostly work from home myself and answer email until midnight.

I think we have lost something the founders had when the company was small, and I don't know how to get it back in a company of 120 people.)",
      uR"(A good observation. Start with yourself and the leadership team – what shows from the top spreads. And look after your sleep, Johan.)" },
    { uR"(The chairman called last night and said he wants a meeting about "confidence in the management" before the board meeting. He wouldn't say more on the phone.

I haven't slept. I don't know whether he wants to replace me or is just worried about the numbers. **I need to talk to Anders.**)" },
};

const char16_t *const Notes[] = {
    uR"(Johan: calm and analytical, can seem hesitant. The founders steer informally – **Per is the one who really takes the decisions.** Wait for Johan to put it into words himself.)",
    uR"(The partnership question and the customer dependence are linked: the founders own both the shares and the relationships. That is where the power sits.)",
    uR"(Johan is close to the limit. Sleep is poor and the relationship with the chairman strained. If he gets in touch – **meet quickly**, preferably the same week.)",
};

} // namespace johan

namespace sara {

const char16_t *const Places[] = {
    u"Hotel Eggers, Gothenburg", u"City Library, group room 3, Gothenburg", u"Lindholmen conference centre, Gothenburg",
};

const MeetingText Meetings[] = {
    { uR"(**First meeting.** The agreement gone through and acknowledged. Västkustfrakt has just bought a smaller competitor in Borås, and Sara is to bring together two companies with different cultures.

Coaching on the first hundred days.)",
        {},
        { u"Write down the goals for the first hundred days after the acquisition", u"Send the agreement in its final form" },
        u"Good to think aloud about the acquisition. I have been in a hurry to show decisiveness.",
        u"Sara is driven and fast. Important that she also takes time to listen to the Borås team." },
    { uR"(**Look back:** The hundred-day goals are written.

Sara has met the management in Borås but not the teams. The rumour there is that everything will move to Gothenburg.)",
        {},
        { u"Meet every team in the acquired company" },
        u"Realised I have talked to managers but not to those who do the work.",
        u"A good insight. The rumour about the move needs a clear answer, and soon." },
    { uR"(**Look back:** Sara has met every team in Borås. The mood was wary but not hostile.

The terminal managers in Gothenburg and Borås work poorly together, and both claim their way is the right one.)",
        {},
        { u"Talk to both terminal managers about how they will work together" },
        u"A relief to get support in not taking sides.",
        u"Sara tends to want to be nice to everyone. Here she may need to be clearer." },
    { uR"(**Look back:** The terminal managers have agreed on shared routines for transhipment.

Customers: the three largest contracts expire within a year, and the prices are too low to cover the higher fuel costs.)",
        {},
        { u"Go through the contracts with the three largest customers" },
        u"These are uncomfortable conversations with customers I like.",
        u"An important question for profitability. Sara needs to prepare the renegotiations carefully." },
    { uR"(**Look back:** The contract review is done; two of three can be renegotiated this year.

The CFO doesn't deliver figures on time, and Sara has avoided raising it.)",
        {},
        { u"Give the CFO clear feedback", u"Tips on a recruitment firm for a CFO, if needed" },
        u"I know I have waited too long with this.",
        u"Sara needs to practise giving difficult feedback early. That is her development area." },
    { uR"(**Look back:** The conversation with the CFO led to him choosing to move on himself. Recruitment is under way.

We talked about what Sara wants the leadership team to be in a year.)",
        {},
        { u"Recruit a new CFO" },
        u"A calmer meeting. Good to look ahead.",
        u"Sara has grown into the role. She is starting to see the whole picture." },
    { uR"(**Look back:** A new CFO is recruited and starts soon.

Driver shortage: three drivers have left in the past month, and it's getting hard to cover the runs. The mood among the drivers is worse.)",
        {},
        { u"Work out a plan for recruiting drivers together with HR" },
        u"The driver shortage worries me more than anything right now.",
        u"An industry issue, but also a climate issue. Good that Sara sees both." },
    { uR"(**The fire.** The terminal in Gothenburg burned a few days ago. Nobody was hurt, but a third of the warehouse was destroyed. Sara has been working around the clock.

Longer meeting. Mostly coaching – Sara needed to talk it out.)",
        { uR"(Customers must be informed. Sara has split the crisis work: insurance, customer contact and temporary premises each have an owner.)",
            uR"(Sara sleeps four hours a night. The staff who were there during the fire need support – occupational health has been contacted.)" },
        { u"Split the crisis work: who does what", u"Book occupational health for the staff who were on site" },
        u"I didn't know how much I needed this meeting until I was sitting there.",
        u"Sara leads the crisis well but carries too much herself. Follow up in two weeks." },
    { uR"(**Look back:** Temporary premises are in place and every customer has had their deliveries. Sara is tired, and it shows.

We talked about recovery and that the leadership team came through the crisis – that she can trust them.)",
        {},
        { u"Take the saved days off – two weeks in a row" },
        u"I know I need rest. Actually taking it is harder.",
        u"Sara has done a fantastic job, but she must take time off now." },
    { uR"(**Look back:** Sara has been off for two weeks, the first continuous time off in a year.

Customer meetings after the fire: most customers have been understanding; two want to renegotiate terms.)",
        {},
        { u"Customer meeting with the two who want to renegotiate after the fire" },
        u"I came back with more energy than I have had for a long time.",
        u"Good to see Sara rested. The customer question is manageable." },
    { uR"(**Look back:** The renegotiations went well; one customer has even extended the contract.

The leadership team: Sara wants it to take more responsibility for the whole and less for its own areas.)",
        {},
        { u"Plan a development day for the leadership team" },
        u"I want the leadership team to be a team, not a collection of managers.",
        u"Sara is ready to take the next step as a leader." },
    { uR"(**Look back:** The development day was a success, and the leadership team has started taking joint decisions.

The board wants a strategy for the next three years, and Sara is to present it.)",
        {},
        { u"Prepare the board's strategy meeting" },
        u"The first time I'm looking forward to a board meeting.",
        u"Sara has become a confident CEO. The strategy work is well timed." },
    { uR"(**Look back:** The board adopted the strategy with small changes.

Succession: two members of the leadership team retire within a few years, and there is no plan. We also talked about how the mentorship should end.)",
        {},
        { u"Update the succession plan for the leadership team", u"Share experience of ending a mentorship" },
        u"Good to start thinking about the end in good time.",
        u"Sara is on her way to not needing me any more – exactly as it should be." },
    { uR"(**Look back:** The succession plan is started but not finished.

We looked back on sixteen months: the acquisition, the fire, the leadership team. Sara wants to use the last meetings to think about her own development.)",
        { uR"(Västkustfrakt is one company now, not two. Sara has a leadership team that carries, and the board has confidence in her.)",
            uR"(Next steps for Sara: external coaching for the leadership team, and finding a network of her own when the mentorship ends.)",
            uR"(Sara notices she still takes on too much when things get stressful, but she recognises it sooner now.)" },
        { u"Write down my plan for the year after the mentorship", u"Decide how the leadership team will get external coaching" },
        u"Lovely to see how far we have come. Thank you, Anders.",
        u"One of the best meetings. Sara is ready to finish when the time comes." },
};

const ReflectionText Reflections[] = {
    { uR"(Today I was in Borås for the first time since the acquisition. Someone asked straight out whether they would have to commute to Gothenburg.

I said nothing has been decided, which is true, but I could see they didn't believe me. **I have to give them something concrete**, soon.)",
      uR"(You're right. "Nothing has been decided" sounds as if something already has. Say what you know, and when they will hear the rest.)" },
    { uR"(The terminal managers again. Lasse in Gothenburg and Birgitta in Borås don't talk to each other, only through me.

I have let it go on because I don't want to take sides. But that isn't being neutral, it's **avoiding responsibility**.)" },
    { uR"(Talked to the CFO this morning. I finally said what I have been thinking for three months: that the figures come too late and that it affects the whole leadership team.

He was quiet for a long time, then said he has felt wrong in the role since the acquisition. We'll talk again on Friday.)" },
    { uR"(## The fire

The terminal burned last night. Nobody was hurt. A third of the warehouse is destroyed, and we have customers waiting for deliveries tomorrow.

I have been awake since two. What I know right now:
- everyone is safe
- the insurer comes at ten
- the customers must hear from us **before lunch**

I can't think further than that.)",
      uR"(Sara, the most important thing is done: everyone is safe. Call me whenever you need to, whatever the time. You don't have to solve everything today.)" },
    { uR"(Six weeks after the fire. Everything works again, but I'm empty. I sleep badly and get irritated by things that don't matter.

I think I have been running on adrenaline and that it's running out now.)" },
    { uR"(The owners asked at the board meeting whether we are interested in another acquisition. A year ago I would have said yes at once.

Now I think about what the acquisition in Borås actually took. I don't want to say no, but I want us to **do it for the right reasons**.)",
      uR"(A wise stance. A second acquisition is easier than the first if you bring the lessons with you – write them down while they are fresh.)" },
    { uR"(## Two months left

Read through my notes from the start of the mentorship. I was so eager to show I could do it.

What I take with me:
- **listening first** makes decisions better, not slower
- I don't have to carry everything myself
- a crisis isn't a failure

I want to use the last meetings to think about what I want next.)",
      uR"(That is a fine summary, Sara. Bring it to our next meeting and we'll build on it.)" },
};

const char16_t *const Notes[] = {
    uR"(Sara: fast, driven, wants to show decisiveness. Risk that she overrides the Borås team. **Ask whether she has listened to them.**)",
    uR"(After the fire: Sara leads well but sleeps too little. She needs to hear it's fine to hand things over. Follow up in two weeks, not in a month.)",
    uR"(Sara has recovered. Noticeably more relaxed. She has started delegating for real.)",
    uR"(Time to plan the ending. Sara needs a network of her own after the mentorship – suggest the CEO network in Gothenburg.)",
};

} // namespace sara

// clang-format on

} // namespace

MentorshipText mentorTextEn(int adept)
{
    MentorshipText t;
    t.mentorName = u"Anders Berg";
    switch (adept) {
    case 0:
        t.adeptName = u"Elin Sjöberg";
        t.agreement = agreement(uR"(1. A clear mandate as CEO in relation to my father and my siblings
2. A management for the bakery and the shops that doesn't hang on me
3. Keeping going – without standing in the bakery every weekend)",
            uR"(Elin prepares the meetings, chooses focus areas and shares what she wants to raise. She says so if she needs to meet earlier.)");
        t.places = elin::Places;
        t.meetings = elin::Meetings;
        t.reflections = elin::Reflections;
        t.notes = elin::Notes;
        break;
    case 1:
        t.adeptName = u"Johan Ekström";
        t.agreement = agreement(uR"(1. Lead Molnbro as its CEO, not as the founders' steward
2. Reduce the dependence on the founders' personal customer relationships
3. Build a working relationship with the board)",
            uR"(Johan prepares the meetings, chooses focus areas and shares reflections before each meeting. He gets in touch if something becomes urgent.)");
        t.places = johan::Places;
        t.meetings = johan::Meetings;
        t.reflections = johan::Reflections;
        t.notes = johan::Notes;
        t.requestReason
            = u"The chairman wants a meeting about \"confidence in the management\" before the board "
              u"meeting. I "
              u"don't know what it means and need to talk to you before then. Can we meet this week?";
        break;
    default:
        t.adeptName = u"Sara Nyberg";
        t.agreement = agreement(
            uR"(1. Bring Västkustfrakt and the acquired company in Borås together as one company
2. Build a leadership team that takes responsibility for the whole
3. More confidence in difficult conversations and in giving clear feedback)",
            uR"(Sara prepares the meetings, chooses focus areas and takes responsibility for her action items.)");
        t.places = sara::Places;
        t.meetings = sara::Meetings;
        t.reflections = sara::Reflections;
        t.notes = sara::Notes;
        break;
    }
    return t;
}

} // namespace bollplank::demo
