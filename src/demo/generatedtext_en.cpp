// English sentence material for generated reflections (benchmarks and large demo profiles).
#include "generatedtext.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

// 1 Work situation
const char16_t *const WorkHeadings[] = { u"On the mandate", u"The calendar again", u"What is my job, really?" };
const char16_t *const WorkObservations[] = {
    u"My calendar was full from half past seven to six, and the only thing I really got done was what wasn't in it.",
    u"I notice that I say yes to meetings I don't need to attend, just because it feels safe to know what is going on.",
    u"The board wants a new report every month, and I wonder whether anyone actually reads it.",
    u"{p} asked me today to take a decision that really belongs in their own area.",
    u"Another evening with email, and none of it was urgent.",
    u"Nobody has disagreed with me all week, and that worries me more than it pleases me.",
};
const char16_t *const WorkInsights[] = {
    u"What I need is not more time but **clearer limits** on what is mine.",
    u"Every time I take over something someone else should own, I become a little less of a CEO and a little more of a clerk.",
    u"Perhaps I fill my calendar to avoid the questions that have no easy answer.",
    u"A mandate is not something you are given once; it is something you take and show every week.",
    u"If I don't protect the time to think ahead, nobody else will.",
};
const char16_t *const WorkItems[] = {
    u"book two hours every morning for my own work",
    u"cancel at least three recurring meetings",
    u"ask myself: is this really my decision?",
    u"no email after dinner",
    u"hand the budget follow-up over to finance",
    u"a short check-in with the chairman instead of long calls",
};
const char16_t *const WorkClosings[] = {
    u"I want to ask my mentor how to say no without it sounding like a lack of interest.",
    u"Next week I'll try not to answer everything at once, and see what happens.",
    u"The question I'm carrying: what would happen if I didn't do this at all?",
};

// 2 Leadership
const char16_t *const LeadHeadings[] = { u"After the leadership team meeting", u"Leading through others", u"Where are we heading?" };
const char16_t *const LeadObservations[] = {
    u"At the leadership team meeting everyone waited for me to say what I thought, and I did, far too quickly.",
    u"{p} presented a proposal today that was better than the one I had in mind.",
    u"We talked about next year's goals, and it became clear that we don't mean the same thing by growth.",
    u"The change we started a few months ago is beginning to settle, but more slowly than I had hoped.",
    u"I stayed quiet for almost half a minute after my question, and in the end it was {p} who spoke up.",
    u"Several people on the leadership team still bring me questions they should settle between themselves.",
};
const char16_t *const LeadInsights[] = {
    u"Perhaps my most important job is to **make room** for others to take responsibility, not to be right.",
    u"A vision that exists only in my head is not a vision; it is a wish.",
    u"I need to get better at saying why, not just what.",
    u"When I speak first the others stop thinking, and all I get back are my own ideas.",
    u"Building a team takes time, and I have to accept that it won't show in the numbers for a while.",
};
const char16_t *const LeadItems[] = {
    u"ask the question and wait",
    u"let someone else chair the next leadership team meeting",
    u"write down the three most important goals on one page",
    u"explain why before I explain what",
    u"ask the team what they need from me",
    u"celebrate what has actually improved",
};
const char16_t *const LeadClosings[] = {
    u"I want to talk to my mentor about leading change when not everyone wants to come along.",
    u"For the next leadership team meeting I'll prepare questions instead of answers.",
    u"I wonder what the leadership team would say if they described my leadership honestly.",
};

// 3 Customer relations and own sales work
const char16_t *const CustHeadings[] = { u"The customer meeting", u"On selling as a CEO", u"{c}" };
const char16_t *const CustObservations[] = {
    u"A meeting at {c} today. They still prefer to talk to me rather than to our salesperson.",
    u"We lost a bid to a competitor who was fifteen per cent cheaper, and I don't know whether we could have done anything differently.",
    u"{c} called to complain about a delivery, and I noticed that I immediately wanted to fix it myself.",
    u"This morning's sales meeting was mostly about existing customers. Nobody talked about who we want to win.",
    u"{p} has taken over the contact with {c} and handles it better than I did.",
    u"One of our largest customers has a new head of purchasing, and we haven't even met her.",
};
const char16_t *const CustInsights[] = {
    u"As long as customers see me as the one holding the delivery together, they will skip our salespeople.",
    u"In the long run it isn't the price that decides, it's whether the customer **trusts us to keep our promises**.",
    u"I enjoy selling, and that is exactly why it is hard to let go.",
    u"We need fewer but deeper customer relationships, and that choice has to be made by the whole management team.",
    u"A complaint handled well can strengthen a relationship more than ten deliveries that go as planned.",
};
const char16_t *const CustItems[] = {
    u"hand {c} over completely to the sales manager",
    u"call the head of purchasing and introduce ourselves",
    u"review our ten largest customers with the leadership team",
    u"find out why we lost the last bid",
    u"ask three customers for honest feedback",
    u"skip the next steering group meeting",
};
const char16_t *const CustClosings[] = {
    u"I want to discuss with my mentor how to hand over a customer without the customer feeling downgraded.",
    u"For next week: a list of the customers who only talk to me.",
    u"What would our customers say about us if we weren't in the room?",
};

// 4 Work relations and climate
const char16_t *const ClimHeadings[] = { u"The mood", u"Us and them", u"A smouldering conflict" };
const char16_t *const ClimObservations[] = {
    u"The coffee room went quiet when I walked in, and I don't know whether that was a coincidence.",
    u"{p} and {p} haven't spoken to each other for a week, and the whole department notices.",
    u"Production and sales blame each other for the delay, and both are partly right.",
    u"After the staff meeting three people came up and said they appreciated that I was honest.",
    u"In the workshop people talk about \"the office\" as if it were another company.",
    u"The staff survey shows that people like their colleagues but don't know where the company is heading.",
};
const char16_t *const ClimInsights[] = {
    u"When management is silent, people fill the silence themselves, and rarely with anything good.",
    u"What looks like a personal conflict is often a **lack of shared information**.",
    u"I can't solve the conflict for them, but I can make sure they sit in the same room with the same numbers.",
    u"The climate is built in small moments: how I greet people, whom I ask, what I let pass.",
    u"Regularity beats big gestures. A walk through the workshop every week says more than a speech once a year.",
};
const char16_t *const ClimItems[] = {
    u"walk through the workshop every Tuesday",
    u"get {p} and {p} into the same room",
    u"say what we know and what we don't know yet",
    u"go through the staff survey with every department",
    u"not defend ourselves when we are criticised",
    u"ask people how they are, and listen to the answer",
};
const char16_t *const ClimClosings[] = {
    u"I want to ask my mentor how to mediate without taking sides.",
    u"Next step: a joint meeting where both sides describe the problem without solving it.",
    u"I wonder what is said about management when we can't hear it.",
};

// 5 Staff matters
const char16_t *const StaffHeadings[] = { u"A difficult conversation", u"On developing people", u"Before the development talks" };
const char16_t *const StaffObservations[] = {
    u"I have been putting off the conversation with {p} for weeks now, and it isn't getting any easier.",
    u"{p} said in the development talk that it's time to take on more responsibility, and I hadn't seen that coming.",
    u"One of our most experienced people has resigned, and the knowledge goes with him.",
    u"The recruitment is dragging on; the best candidates want more than we can pay.",
    u"{p} has been on sick leave for a while and is about to come back, and I want to get it right.",
    u"The salary review is done, and I already know which two conversations will be hard.",
};
const char16_t *const StaffInsights[] = {
    u"Waiting with a difficult conversation isn't kind; it's convenient for me.",
    u"A clear conversation in good time is **an act of care**, not an attack.",
    u"People rarely leave just for the money; they leave when they see no way forward.",
    u"I need to ask more and explain less, especially when I'm unsure.",
    u"Betting on someone internal is a risk, but it sends a signal to everyone else.",
};
const char16_t *const StaffItems[] = {
    u"say what I see, concretely and with examples",
    u"ask what they need from me",
    u"agree on a follow-up in two weeks",
    u"draw up a return-to-work plan with occupational health",
    u"start the development talks with ambitions, not targets",
    u"ask where they see themselves in three years",
};
const char16_t *const StaffClosings[] = {
    u"I want to go through the conversation with my mentor before I have it.",
    u"I'll book the conversation tomorrow, before I change my mind.",
    u"The question is what I have missed that I should have seen earlier.",
};

// 6 Stress and crisis
const char16_t *const StressHeadings[] = { u"Sleep", u"Balance", u"When everything comes at once" };
const char16_t *const StressObservations[] = {
    u"Woke at four again and lay there going through lists in my head.",
    u"Missed dinner at home for the third time this week.",
    u"I notice that I'm getting short with the people I care about most.",
    u"Everything came at once: a complaint, a sick leave and a board meeting.",
    u"I took a walk at lunch for the first time in weeks, and it felt like breathing out.",
    u"The children asked why my phone is always next to my plate.",
};
const char16_t *const StressInsights[] = {
    u"When I'm stressed **I take over**, and that is exactly when I should let go.",
    u"I would never accept an employee working like this, so why do I accept it for myself?",
    u"Rest is not a reward for when everything is done; it is what makes it possible to keep going.",
    u"Old patterns come back when there is a lot going on, but I recognise them sooner now.",
    u"Asking for help is not a weakness; it is part of the job.",
};
const char16_t *const StressItems[] = {
    u"no email after eight",
    u"phone in the hall at dinner",
    u"a walk at lunch three days a week",
    u"book a week off now, before the calendar fills up",
    u"talk to occupational health",
    u"say no to one thing a week",
};
const char16_t *const StressClosings[] = {
    u"I want to talk to my mentor about holding on to these rules when things get busy again.",
    u"Writing this down so that it is written somewhere.",
    u"Tomorrow I'll start with the simplest thing: going to bed on time.",
};

const char16_t *const Openers[] = {
    u"Late evening, the house is asleep.",
    u"Writing on the train home.",
    u"Early morning, before anyone else is in the office.",
    u"A few minutes in the car before I drive home.",
    u"Lunch at my desk, for once without meetings.",
    u"After a long day.",
    u"Late at the kitchen table, and my thoughts are already on tomorrow.",
    u"Sitting at the airport, waiting.",
    u"A quick note before I forget.",
    u"A thought that won't let go.",
    u"After a conversation that stayed with me.",
    u"Morning coffee at the kitchen table.",
};
const char16_t *const LensCustomers[] = {
    u"I wonder how the **customers** see this, and whether they even notice.",
    u"For {c} this isn't an internal matter; it's a question of whether we deliver.",
    u"Our customers deserve a counterpart who knows who decides.",
};
const char16_t *const LensEmployees[] = {
    u"I'm thinking about how this lands with the **employees**, especially in the workshop.",
    u"The employees see more than we think, and they talk to each other.",
    u"It is the employees who live with the consequences of the decisions we make up here.",
};
const char16_t *const LensPartners[] = {
    u"For our **partners** this is a signal of how we work as a customer.",
    u"We depend on our suppliers more than we like to admit.",
    u"A partner who feels overruled rarely delivers their best.",
};
const char16_t *const LensOwners[] = {
    u"The **owners** will ask what this means for the result, and they are right to ask.",
    u"I want the owners to hear this from me first, not from someone else.",
    u"The owners' patience isn't endless, but it is greater than I sometimes think.",
};
const char16_t *const LensBoard[] = {
    u"How do I take this to the **board** without it sounding like an excuse?",
    u"The board wants a plan, not a status report.",
    u"I need the board's support, and then I have to be clear about what I'm asking for.",
};
const char16_t *const StressLow[] = {
    u"It's a calmer period, and I notice that I have time to think.",
    u"Slept well last night, for once.",
    u"A bit much right now, but nothing I can't handle.",
};
const char16_t *const StressMedium[] = {
    u"It has been a heavy week, and I feel it in my shoulders.",
    u"I'm sleeping worse than usual and waking up with lists in my head.",
    u"There is a lot going on, and I notice my patience running thin.",
};
const char16_t *const StressHigh[] = {
    u"I'm not doing well right now, and I want to write that down.",
    u"The fourth night in a row that I wake at four and can't get back to sleep.",
    u"It feels as if everything rests on me, and I can't quite carry it.",
};
const char16_t *const ListIntros[] = {
    u"What I take with me:", u"To do:", u"Three things:", u"What worked:", u"What I want to try:",
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

const PhraseBook &phraseBookEn()
{
    return Book;
}

} // namespace bollplank::demo
