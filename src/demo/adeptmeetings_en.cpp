// Karin Lindqvist's agreement, meetings and request, in English. Same order as Meetings in
// adeptplan.cpp; minutes per focus area in ascending area order.
#include "adeptstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const char16_t *const Places[] = {
    u"Hotel Eggers, Gothenburg",
    u"Lindholmen conference centre, Gothenburg",
    u"City Library, group room 3, Gothenburg",
    u"Breakfast at Hotel Eggers, Gothenburg",
};

const MeetingText Meetings[] = {
    // 0: work situation, leadership
    { uR"(**First meeting.** We went through the agreement and both acknowledged it. Then a good half hour of pure coaching: what it is like to come in as an external CEO after a founder.

Karin chose the focus areas *work situation* and *leadership*. A recurring theme: **an unclear mandate** and too many people reporting directly to the CEO.)",
        { uR"(Karin can't say which decisions are hers, which are the board's and which Lars still takes. She is guessing, and it costs energy. We agreed she will write down a decision list on one page and take it up with Lars in private.)",
            uR"(Nine direct reports, everyone brings everything. Karin wants to build a leadership team of five. Anders shared experience of how it can feel to those who lose their direct line to the CEO: it is rarely the organisation they mourn, but the closeness.)" },
        { u"Write down a decision list on one page: my decisions, the board's and what Lars still takes",
            u"Book a one-to-one conversation with Lars about the mandate" },
        u"Good to say things out loud that I haven't said to anyone. I'll carry the question about the mandate with me.",
        u"A good first meeting. Karin is reflective and honest. We need to keep the focus on a few questions at a time." },
    // 1: work situation, customer relations
    { uR"(**Look back:** The decision list is written but not yet discussed with Lars; the conversation is booked.

Coaching on the evenings and the email. Karin notices that she works late to get a feeling of control.)",
        { uR"(Karin works most evenings. She has tried blocking two hours in the mornings, which has held about half the days. We talked about what happens when she says no, and what happens when she doesn't.)",
            uR"(Kustverken, the largest customer, wants the CEO at every steering group meeting. Karin is in practice the company's lead salesperson. We talked about moving the trust to the project managers and recruiting a sales manager who really gets to own the customers.)" },
        { u"Map which customers today only talk to me",
            u"Send an article on going from selling CEO to leading CEO" },
        u"Good to see how much of the selling depends on me. A little uncomfortable, but useful.",
        u"Karin sees the patterns clearly. The next step is daring to let go of relationships she enjoys." },
    // 2: leadership, staff matters
    { uR"(**Look back:** The conversation with Lars went well – they agreed on a decision list. The customer list is done: twelve customers only talk to Karin. Recruitment of a sales manager is under way.

Coaching: how Karin handles wanting to be liked in a role where unpopular decisions have to be made.)",
        { uR"(The leadership team is decided. We went through how to communicate it: why before what, a staff meeting for everyone and one-to-one conversations the same day. Lars should not attend the staff meeting; it's Karin's decision and should be seen as hers.)",
            uR"(The conversation with Peter was tough but good. He stays in the leadership team but must stop making decisions for engineering. Karin notices she fills silences with explanations – ask first, explain later.)" },
        { u"Write a communication plan for the leadership team",
            u"Hold one-to-one conversations with everyone who gets a new manager before the staff meeting" },
        u"This meeting gave me the courage to go ahead with the leadership team. And the advice about Lars was spot on.",
        u"Karin has taken a big step. Important now that the communication is open and early – the rumours have already started." },
    // 3: leadership, climate
    { uR"(**Look back:** The staff meeting is done and the leadership team presented. Better received than Karin feared. The sales manager recruitment is in its final stage.

Coaching on taking criticism without taking it personally.)",
        { uR"(In the leadership team everyone waits for Karin to say what she thinks. Anders's tip: ask the question and stay quiet until someone else speaks. It will feel uncomfortable at first.)",
            uR"(The comment on the workshop whiteboard points to an old "us and them" between office and workshop. Karin wants to be seen more in the workshop, regularly and without an agenda. The leadership team will collect questions from their teams.)" },
        { u"Walk through the workshop every Tuesday morning",
            u"Ask the leadership team to collect questions from their teams before the next staff meeting" },
        u"The Tuesday walks are a simple thing that I think can make a big difference.",
        u"A calmer meeting. Karin has found her wings after the staff meeting." },
    // 4: leadership, staff matters
    { uR"(**Look back:** The Tuesday walks have started. Sofia is hired as sales manager. The board meeting was difficult when Lars presented a budget of his own; Karin took it up with him afterwards.

Coaching on holding on to your mandate when someone with more history in the company steps in.)",
        { uR"(The silence technique works – Ahmed and Maria have started to take more space. Karin will keep not speaking first. We also talked about how she handled the budget item and what she wants to do differently next time.)",
            uR"(Jonas, a project manager, has missed three deadlines. Karin has put off the conversation. We went through a structure: what she sees, the consequences, and what he needs. Asking "how are you doing?" is allowed and often a relief.)" },
        { u"Have the conversation with Jonas: what I see, what it leads to, what he needs",
            u"At leadership team meetings: ask the question and wait – don't speak first",
            u"Send a template for an action plan with checkpoints" },
        u"I was nervous about the conversation with Jonas. Now it feels doable.",
        u"A good meeting. Karin takes on the difficult rather than postponing it. That is her strength once she has decided." },
    // 5: work situation, customer relations
    { uR"(**Look back:** The conversation with Jonas went well – it was about a system he hadn't understood, not motivation. The silence technique holds.

Short coaching; Karin was tired and tense. We spent more time on what is urgent.)",
        { uR"(Everything at once: a complaint, a budget revision, Sofia's induction, two recruitments. Karin works weekends. We went through the list and asked of each item: what happens if it waits three months? About half can wait.)",
            uR"(Kustverken has filed a complaint about control cabinets from Nordström Elektro. Karin has already apologised and promised an action plan. Anders recommends a fixed weekly check-in with the customer's project director so the customer knows when they will hear from us.)" },
        { u"Set up a weekly check-in with Kustverken's project director",
            u"List what can wait three months and tell the leadership team" },
        u"I was probably too tired to get as much out of it as usual. But the list helped.",
        u"I'm a little worried about Karin's workload. We need to follow it up closely next time." },
    // 6: customer relations, staff matters, stress and crisis
    { uR"(**Look back:** The weekly check-in with Kustverken works. The list of what can wait was made, but Karin hasn't managed to let go of most of it.

Longer meeting than usual. The coaching was about sleep and how Karin behaves under pressure.)",
        { uR"(Engineering and production are blaming each other for the complaint. Karin has let Ahmed and Peter work out a shared process for late changes – good that she stays out of the solution itself.)",
            uR"(Henrik, the most experienced control systems engineer, has resigned and is going to a competitor. He is the only one who knows the Kustverken plant. The handover is the priority during his notice period.)",
            uR"(Karin sleeps badly, wakes early and has become curt with people – Maria has told her so. She has missed several of her son's matches. We talked about warning signs and about getting help. Occupational health is a natural first step.)" },
        { u"Secure Henrik's handover: list everything only he knows",
            u"Block two evenings a week completely free of work",
            u"Call a former colleague who went through a similar customer crisis" },
        u"Heavy but important. I needed to hear that it isn't a failure to feel bad about this.",
        u"Karin is in a stressful period. She is aware of it, which is good, but she needs relief soon. I have offered to meet earlier if needed." },
    // 7: ad hoc – customer relations, stress and crisis
    { uR"(**Ad-hoc meeting** at Karin's request, breakfast at seven. Kustverken threatens to terminate the frame agreement if the next delivery is late, and the board wants an action plan by Friday.

Karin got to talk it all out for twenty minutes. Then we sorted: what actually decides whether the customer stays? Everything else waits two weeks.)",
        { uR"(Three things decide: that the next delivery arrives on time and works, that the customer has **one** contact with us who can answer, and that we show we have understood why it went wrong. Sofia becomes that contact.)",
            uR"(Karin shouldn't carry everything herself. Maria takes the budget revision. The board gets one page: the situation, three actions, and what Karin needs from them – to let her carry out the plan.)" },
        { u"Write one page for the board: the situation, three actions, what I need from them",
            u"Ask Maria to take over the budget revision",
            u"Take a week off within a month" },
        u"Exactly what I needed. I left with a plan instead of a list.",
        u"Good that Karin got in touch in time. She can prioritise sharply when she gets a little distance." },
    // 8: leadership, stress and crisis
    { uR"(**Look back:** The board backed the action plan, and Lars openly supported Karin. The delivery to Kustverken arrived on time. Karin has had a week off – the first in over a year.

Coaching on what Karin learned about herself from the crisis.)",
        { uR"(Karin has decided that Sofia takes over Kustverken completely. We talked about delegating for real: accepting that things are done differently. The crisis gave Karin a mandate with the board – she came with a plan and a clear request.)",
            uR"(Karin sleeps better. She wants time off to be a habit, not an exception. Rules that hold: no email after 8 pm, a walk at lunch. Next step is telling the leadership team about the email limit, so they don't wait for answers.)" },
        { u"Follow up with Lars on how the decision list has worked during the crisis",
            u"Introduce email-free time after 8 pm and tell the leadership team" },
        u"The best meeting so far. I felt like a CEO and not like someone trying to keep up.",
        u"A heartening meeting. Karin has grown through the crisis and sees it herself. Now it's about holding on to what she has learned." },
    // 9: work situation, climate
    { uR"(**Look back:** The conversation with Lars about the decision list went well – they meet as equals. The email limit is in place. The staff survey shows falling trust in management in the workshop.

Coaching on Karin's role when two members of the leadership team are in conflict.)",
        { uR"(Karin has a reasonable workload for the first time since she started. She should watch that it doesn't fill up again just because there is room.)",
            uR"(Sofia and Peter were in conflict over delivery times. Karin put them in the same room with the same numbers; they came up with a joint order board meeting every Monday themselves. The survey is to be gone through with the workshop – listen, don't defend.)" },
        { u"Follow up the order board meeting with Sofia and Peter after a month",
            u"Go through the staff survey with the workshop – listen, don't defend" },
        u"Nice to be able to talk about something other than crises. The order board meeting was their idea, and that makes me proud.",
        u"Karin handled the conflict well. She sticks to creating the conditions rather than solving it for others." },
    // 10: climate, staff matters
    { uR"(**Look back:** The order board meeting works. Going through the survey with the workshop turned into a good conversation. The development talks are done with the new template.

Coaching on building an organisation that copes when key people leave.)",
        { uR"(The mood in the workshop has turned. Karin has done the Tuesday walk every week since the survey. Regularity does more than one-off efforts.)",
            uR"(Ahmed wants to become technical director; Linnea has become the new team lead after Henrik – an internal choice that shows there is a way forward. A fitter is coming back after long sick leave; Karin wants to get it right and listen more than she talks.)" },
        { u"Raise Ahmed's role as technical director with the board",
            u"Introduce Karin to the chair of the CEO network in Gothenburg" },
        u"Lots to talk about, but it all felt manageable. A relief.",
        u"Karin makes wise staff decisions and has grown more secure in them. She needs a network of other CEOs." },
    // 11: leadership, staff matters
    { uR"(**Look back:** The board is positive about Ahmed as technical director. Karin has joined the CEO network. The agreement with a second supplier of control cabinets is signed.

Coaching on the ownership question: Lars wants to sell part of his shares.)",
        { uR"(The leadership team's strategy day was a success – it was the team, not Karin, who drove the conversation. The board's strategy day is coming up, and Karin will lead it herself with the leadership team presenting.)",
            uR"(The fitter's return is going to plan with occupational health. We talked about the balance between care and the needs of the business, and about being clear about expectations from the start.)" },
        { u"Prepare the board's strategy day – I lead, the leadership team presents",
            u"Follow up the return to work with occupational health after six weeks" },
        u"For the first time I'm looking forward to the strategy day instead of worrying about it.",
        u"Karin has become a leader who lets others be seen. A big step from where we started." },
    // 12: work situation, leadership, customer relations
    { uR"(**Look back:** The board's strategy day was a success; an external member said the company now has a management and not just a CEO. The return to work is going well.

Coaching on how Karin should position herself in a change of ownership.)",
        { uR"(The mandate is clear and respected. Karin leads the board work in practice, in good cooperation with Lars as chairman.)",
            uR"(A family-owned industrial group is interested in Lars's shares. Karin has met them. Anders's advice: ask how they acted in their other holdings when things went badly – it says more than how they behave when all is well.)",
            uR"(Sofia has won a big new customer in Halland without Karin being involved. The dependence on Kustverken is shrinking, and sales work without the CEO.)" },
        { u"Write down what kind of owner we want and why",
            u"Ask the investor for references from their other holdings" },
        u"Being in the middle of an ownership process is new to me. This meeting gave me a way to think about it.",
        u"A good meeting. Karin needs to be clear about whose interests she represents in the process – the company's." },
    // 13: leadership, staff matters
    { uR"(**Look back:** The references on the investor are in and good. The text on what owner we want is started but not finished.

Coaching: a year into the mentorship. What has changed, and what does Karin want the last months to give?)",
        { uR"(Karin has a leadership team that leads, a clear mandate, and mostly sleeps well. She still wants to be liked, but doesn't let it steer as much. Next step: practise leading the board through a difficult question.)",
            uR"(Jonas now leads two of the biggest projects. We talked about what Karin has learned about difficult conversations: that a clear conversation in good time is an act of care.)" },
        { u"Write down what I want to have achieved when the mentorship ends",
            u"Talk to Lars about his ownership plans and timetable",
            u"Send the contact of an adviser experienced in ownership changes" },
        u"Lovely to pause and see how far I have come. I want to use the last months well.",
        u"One of the best conversations we have had. Karin is ready for the hard questions about ownership and her own development." },
};
static_assert(std::size(Meetings) == AdeptMeetingCount);

// clang-format on

} // namespace

MentorshipText adeptMeetingsEn()
{
    MentorshipText text;
    text.adeptName = u"Karin Lindqvist";
    text.mentorName = u"Anders Berg";
    text.agreement = {
        uR"(## Goals of the mentorship

1. A **clear mandate** in relation to the board and the founder
2. A leadership team that takes responsibility for its areas
3. A sustainable **balance between work and private life**
4. More confidence in difficult conversations and in the role of the one ultimately responsible)",
        uR"(Karin prepares each meeting by choosing focus areas and sharing the reflections she wants to raise. She takes responsibility for her action items and says so if she needs to meet earlier than planned.)",
        uR"(Anders is a conversation partner and sounding board: he listens, and shares his experience and network when it helps. He gives no ready-made answers but challenges and encourages. He keeps to the times agreed and comes prepared.)",
        uR"(Everything said and written within the mentorship is **confidential**. Neither of us shares its content with the board, owners, employees or anyone else without the other's explicit consent. Notes are kept encrypted and deleted if either of us asks when the mentorship ends.)",
    };
    text.places = Places;
    text.meetings = Meetings;
    text.requestReason
        = u"Kustverken threatens to terminate the frame agreement if the next delivery is late, and the "
          u"board "
          u"wants an action plan by Friday. I need help sorting through the noise before then – can we meet "
          u"this week?";
    return text;
}

} // namespace bollplank::demo
