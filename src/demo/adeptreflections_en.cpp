// Karin Lindqvist's journal, in English. Same order as Reflections in adeptplan.cpp.
#include "adeptstory.h"

namespace bollplank::demo {

namespace {

// Prose tables: long lines and raw strings are laid out for reading, not by clang-format.
// clang-format off

const ReflectionText Reflections[] = {
    // 0
    { uR"(First week as an adept. It feels a little odd to write to myself, but Anders said that is exactly the point: to see my own thoughts before they turn into decisions.

What I hadn't really expected when I took the job is how **lonely** it is. Everyone expects me to have the answers. And Lars, who built Hamnvik and is now chairman, still calls Peter in production directly when he wonders about something. Nobody is doing anything wrong, but it blurs who actually runs the company.

I don't want a conflict with the founder eight months in. But I have to find a way to talk about it.)" },
    // 1
    { uR"(## Nine direct reports

I counted this morning: nine people report directly to me. Production, engineering, purchasing, finance, three project managers, service and customer support. Everyone brings me everything, and I say yes because it's quickest.

The result is that I have become the bottleneck. Decisions wait for me, and I never get time to think ahead.

What I want:
- a **leadership team** of five people who own their areas
- project managers reporting to the head of engineering
- time for customers, owners and strategy

But how do I do it without the people who lose their direct line to the CEO feeling demoted?)",
      uR"(Good that you see it yourself, Karin. It's a common trap for new CEOs: being available feels like leadership but turns into a bottleneck. Let's take the question of how it lands with those who "lose the line" at our meeting – there are a couple of things I learned the hard way.)" },
    // 2
    { uR"(The evenings disappear. Tonight I sat with email until a quarter past eleven again, and none of it couldn't have waited until tomorrow.

I think I do it to get a feeling of control. The day is so fragmented that I never get to answer, so it happens in the evening. Fredrik has stopped commenting on it, which is perhaps worse than if he said something.

I'll look at next week's calendar and **block two hours every morning** for my own work. We'll see how long that lasts.)" },
    // 3
    { uR"(## After the first meeting with Anders

The best part of the afternoon wasn't the advice but the questions. When he asked *"which decisions are yours, which are the board's, and which does Lars still take?"* I couldn't answer. I have been guessing for eight months.

We agreed that I will write down a **decision list** – quite concrete, one page – and then take it up with Lars in a conversation of our own, not at a board meeting where everyone is listening.

I also noticed how good it felt to say out loud that I sometimes feel like a guest in my own company. I had never said that to anyone.)",
      uR"(Thank you for your trust. One page is plenty. Keep in mind that Lars probably doesn't feel he is taking decisions – he thinks he is helping. Start with what you agree on.)" },
    // 4
    { uR"(Lunch with the project team at Kustverken. They are our largest customer, about a fifth of revenue, and they want me at every steering group meeting.

It's flattering, but it isn't sustainable. As long as the customer sees me as the one holding the delivery together, they will call me when something chafes, and then I go over the project manager's head.

I think **the trust has to move** from me to our project managers. The question is how to do that without the customer feeling downgraded.)" },
    // 5
    { uR"(Sketched a leadership team tonight:

1. **Production** – Peter
2. **Engineering and projects** – Ahmed
3. **Sales** – vacant, to be recruited
4. **Finance** – Maria
5. **HR** – our HR partner two days a week, for now

Purchasing goes under production, service under engineering. It looks simple on paper. What doesn't show is that Peter has in practice been deputy CEO for twenty years without the title, and that the project managers are used to coming straight to me.)" },
    // 6
    { uR"(I mentioned to Peter in passing that I'm thinking about a leadership team. He went quiet, then said: "It has worked fine as it is."

I made the mistake of filling the silence with explanations. It would have been better to ask what he was thinking. Peter has been Lars's right hand for over twenty years, and for him this is perhaps not an organisational question but a question of **who he is** in the company.

Next time: ask first, explain later.)" },
    // 7
    { uR"(## I'm still the company's best salesperson

And that is the problem. I went through the order intake tonight: of the ten largest deals in the past six months, I drove seven.

Which means:
- sales stop when I'm in board meetings
- customers get used to negotiating with the CEO
- I have no time to build a sales organisation, because I'm selling

We need a **sales manager** who really gets to own the customers. I also have to be ready to let go of relationships I enjoy. That's probably where it chafes most.)",
      uR"(Honest and clear-sighted. Bring the list of customers who only talk to you to our next meeting, and we'll look at which ones can be handed over first. I'll send you the name of a recruiter who has found good sales managers for industrial companies.)" },
    // 8
    { uR"(Preparing the board meeting. The pack is forty pages, and I suspect nobody reads more than the summary. At the same time I know Lars will ask about details on page thirty-two.

What irritates me is the corridor talk: Lars usually calls the day before and takes the important questions with me on the phone. When we then sit in the board they are already settled, and the other members notice.

I want to try a shorter pack: **three questions for the board to decide**, the rest as appendices.)" },
    // 9
    { uR"(The conversation with Lars about the mandate yesterday. I had prepared as for a negotiation, but it turned into a good conversation. We went through my page point by point.

We agreed that:
- **operational decisions** within budget are mine, without checking in
- staff matters go through me, even when they concern people he has known for years
- Lars contacts employees via me on operational matters
- investments beyond budget and strategy are decided by the board

As I left he said: "Of course it's hard to let go." That was probably the most honest thing he has said to me. I felt **relieved** all evening.)",
      nullptr },
    // 10
    { uR"(A tough conversation with Peter today. I said he is a given in the leadership team, but that he has to stop making decisions for the engineering department. Twice in the past month he has changed delivery dates in projects that Ahmed is responsible for.

He defended himself at first, then went quiet and said nobody had ever told him where the boundaries are. And that is true. It was never needed, because Lars and he just knew.

I think it got through. But I slept badly afterwards, and I notice that I want everyone to like me. That's a weakness in this role.)" },
    // 11
    { uR"(In the coffee room today it went quiet when I walked in. Afterwards Maria told me there are rumours that "consultants from Stockholm" are going to redo the whole organisation and that people will be let go.

None of it is true, but that doesn't matter. When management is silent, people fill the silence themselves.

I have to tell them what is happening **before** everything is settled, not after. Better "this is what we know, this is what we don't know yet" than nothing.)" },
    // 12
    { uR"(## Before the next meeting with Anders

I want to bring up how I communicate the leadership team. My draft:

1. A staff meeting for everyone, where I explain why – not just what
2. The same day: a conversation with each person who gets a new manager
3. Questions and answers on the intranet, updated for two weeks

Questions for Anders:
- How much of the *why* should I tell when part of it is that I don't have time?
- How do I handle that Peter may see it as a demotion in front of everyone?
- Should Lars be at the staff meeting or not?)",
      uR"(A good structure. Short answer to the last question: no, not this time. This is your decision and should be seen as yours. Do ask him to say something positive about the change in his own channels afterwards.)" },
    // 13
    { uR"(Ella asked at dinner why I always have my phone next to my plate. I said something about a lot going on at work right now.

She's fourteen. She said: "You've said that since you started."

It hurt to hear, mostly because it's true. From tomorrow the phone stays in the hall during dinner.)" },
    // 14
    { uR"(## The staff meeting

I presented the leadership team to everyone this morning. I had written a script but put it aside after two minutes and spoke freely. It was better that way.

What worked:
- saying straight out that **I have been a bottleneck** and that it's my responsibility to change that
- Peter describing his role himself – we had agreed on that beforehand
- letting the questions take their time

What didn't work so well: someone from the workshop asked whether there will be more managers and fewer people doing the work. I had no good answer.

Relieved tonight. It wasn't the storm I had imagined.)",
      uR"(Taking the bottleneck on yourself in front of everyone was brave and wise – it makes it easier for others to change too. The question about more managers will come back. Have an answer ready next time, preferably with numbers.)" },
    // 15
    { uR"(Someone had written "Welcome to the directors' Hamnvik" on the whiteboard in the workshop. Peter wiped it off before I saw it, but Maria told me.

It's easy to feel hurt, but I think this is about something bigger than the leadership team: there has always been an **us and them** between the office and the workshop, and now it shows more.

I need to be in the workshop more. Not on a visit with an agenda, but regularly, so that it becomes everyday life.)" },
    // 16
    { uR"(Sofia has signed! She starts as sales manager in six weeks. She comes from a competitor and knows the industry better than I do.

Now comes the hard part: handing over the customers. I have made a list of twelve customers who today only talk to me.

Plan for the handover:
- I go with Sofia to the first meeting with each customer, then no more
- we tell the customers **together** that Sofia is their contact
- we take Kustverken last, once Sofia has found her feet)" },
    // 17
    { uR"(Board meeting today. I had made the new, shorter pack, and it worked well until the budget item. Then Lars brought out his own calculation for next year and presented it as an alternative.

I felt **run over**, and I said nothing. Afterwards one of the external members said he appreciated my pack, but that it was unclear whose budget we were actually discussing.

That is exactly what we agreed Lars wouldn't do. I have to take it up with him, calmly and in private, this week.)" },
    // 18
    { uR"(Second meeting of the leadership team. I notice that everyone waits for me to say what I think. As soon as I have said something, they agree.

I tried Anders's tip: asked the question and stayed quiet. It was agonising for perhaps twenty seconds. Then Ahmed said something wise that I hadn't thought of, and then Maria came in.

I think this will be my most important job for the next six months: **not to speak first**.)" },
    // 19
    { uR"(## Jonas

A third missed deadline in two months. Jonas is a well-liked project manager with long experience, and the customers like him. But his projects overrun, and the others in the group have started covering for him without saying anything.

I have avoided this conversation because I don't know what's behind it. But waiting isn't kind, it's convenient for me.

What I want to say:
1. what I see, concretely, with dates
2. what it means for the customers and for his colleagues
3. that I want to understand what's going on, and what he needs

I'm afraid he'll take offence. And I'm afraid there is something private behind it.)",
      uR"(That's a good structure. Remember it's fine to ask straight out "how are you doing?" without it becoming a private conversation. If there is something private, being asked is often a relief. Do tell me how it went.)" },
    // 20
    { uR"(The conversation with Jonas. He was defensive at first, but when I asked how he was doing he said he hadn't understood the new system for time reporting and project follow-up, and had been ashamed to ask.

So it wasn't motivation, it was something we should have seen. We agreed on **a check-in every other week** with Ahmed, and he will take the training again.

I'm glad I didn't wait any longer.)" },
    // 21
    { uR"(Nordström Elektro are late with the control cabinets again. The third time this year. They are skilled, but we depend on them completely, and they know it.

I haven't wanted to touch it because Lars built the relationship over many years. But if they carry on like this, it's our customers who pay.

I'll ask Peter for a basis for a decision: what alternatives are there, and what would it cost to **qualify a second supplier**?)" },
    // 22
    { uR"(Kustverken has filed a complaint about the control cabinets in the latest delivery. Two out of six failed at commissioning. They are Nordström's cabinets, but it's our name on the delivery.

I called their project director directly and apologised, and promised an action plan within a week. He was matter-of-factly irritated, but no more.

What worries me isn't this complaint but that it's **the third time** something has chafed in this project. And Sofia has only been here for three weeks.)" },
    // 23
    { uR"(Everything at once now: the Kustverken complaint, the budget revision the board wants, Sofia's induction and two recruitments.

I worked all of Saturday and half of Sunday. I told Fredrik it's a phase. He answered that it has been a phase since I started.

I know what I should do: prioritise, delegate, say no. But when I sit with the list, everything looks urgent. **Why is it so hard to leave things out?**)" },
    // 24
    { uR"(Heard this morning that engineering and production are blaming each other for the complaint. Engineering says production didn't follow the drawings; production says the drawings changed too late.

Both are probably right. What's missing is a shared way of handling changes late in a project.

I shouldn't judge. I should make sure Ahmed and Peter sit down together and come up with **a process they both own**. And I should stay out of the solution itself.)" },
    // 25
    { uR"(Västra Kapital, who own a third of the company, want a monthly report instead of a quarterly one. They have heard about the complaint.

I understand them. But I feel scrutinised in a way that makes it harder to think long term. Every month becomes a grade.

Perhaps I should see it as an opportunity: if I'm writing every month anyway, I can shape the story, with **both the numbers and what we are learning**. Better that than them hearing things from elsewhere.)",
      uR"(That's a more mature stance than most people manage in that position. Worried owners above all don't want to be surprised. A short, honest monthly report usually makes them calmer after a while, not more controlling.)" },
    // 26
    { uR"(Woke at a quarter to four again. Lay there going through lists in my head until the alarm went off.

It's the fourth night this week. I notice I'm getting short-tempered, forgetting things and reading the same email three times.

Writing this so that it's written somewhere: **I'm not doing well right now.**)" },
    // 27
    { uR"(## Henrik has resigned

He's going to a competitor. He is our most experienced control systems engineer and the only one who really knows the Kustverken plant.

I asked why. The salary is part of it, but he also said he hasn't known what is happening with the company since the changes began. That stung.

What I have to do now:
- secure the **handover** during his notice period
- find out whether others feel the same
- understand what I have missed in communicating with engineering

I'm disappointed, mostly in myself.)",
      uR"(It's hard to lose a key person in the middle of a customer crisis. Don't be too hard on yourself – change always costs something, and there is rarely just one cause. Prioritise the handover, then we can look at the rest together.)" },
    // 28
    { uR"(Maria told me today, carefully, that I have been "rather curt" at the last few leadership team meetings. That people don't dare raise problems because I seem so pressed.

That's the opposite of what I want. I want them to come to me early.

When I'm stressed **I take over**. I interrupt, I have already decided, I don't listen. Grateful that Maria said it. It takes courage to say that to your boss.)" },
    // 29
    { uR"(Missed Axel's football match again. The third time. He said it didn't matter, and that was almost worse.

I try to think what I would say to an employee who was living like this. I would say it isn't sustainable, and that no job is worth it.

I'm saying it to myself now. But I don't really know how to get out of it.)" },
    // 30
    { uR"(## Kustverken

Their head of purchasing called last night. If the next delivery is late or faulty, they will **terminate the frame agreement**. That is about a fifth of our revenue.

The board wants an action plan by Friday. Lars called twice yesterday asking what I intend to do.

I have lots of ideas and no plan. It's too much at once, and I can't sort it. I need to talk to someone who isn't in the middle of it.)" },
    // 31
    { uR"(Breakfast with Anders this morning. We met at seven, and when I left at half past eight it was as if the noise had settled a little.

He let me talk for twenty minutes without saying anything. Then he asked: *"What are the three things that actually decide whether Kustverken stays?"*

1. that the next delivery arrives **on time and works**
2. that their project director has **one** contact with us who can answer
3. that we show we have understood why it went wrong

Everything else can wait two weeks. Maria takes the budget revision. The rest of the list isn't mine right now.)" },
    // 32
    { uR"(Presented the action plan to the board yesterday. One page, three actions, and what I need from them: to let me carry it out without micromanaging.

Lars took the floor and said he stood behind the plan and behind me. He didn't have to, and it meant a lot.

I think this was a **turning point**, not only for Kustverken but for how the board sees me. Strange how a crisis can give you a mandate.)",
      uR"(It was a turning point. Note what you did: you came with a clear plan and a clear request. That is how you get a mandate from a board – not by having every answer, but by showing what you prioritise.)" },
    // 33
    { uR"(Redistributed Henrik's work today. Ahmed takes the Kustverken plant himself for now, and two younger engineers will shadow him.

Ahmed said something that stuck: "You don't need to solve this for me, but you need to make sure I get the time." So I cancelled two of his internal meetings and told Sofia she handles the customer without him on the routine questions.

**Making room for others** instead of doing the job myself. That is probably my job.)" },
    // 34
    { uR"(Talked to occupational health today. Nothing dramatic, but the nurse said I'm in the risk zone and that sleep is the most important warning sign.

New rules, for now:
- **no email after 8 pm**
- a walk at lunch at least three days a week
- phone in the hall at dinner (I already have that rule, but it has slipped)
- a week off within a month

I'm writing this down so that it becomes real.)" },
    // 35
    { uR"(The delivery to Kustverken went out today. On time, and every cabinet worked at the test.

Their project director called – not me but Sofia – to say thank you. Sofia called me afterwards and was as happy as I was.

That is exactly how it was supposed to work. I sat in the car for a while before driving home and felt **my shoulders drop** for the first time in weeks.)" },
    // 36
    { uR"(## A week off

The first time in over a year that I didn't open my laptop for a whole week. I had handed over to Maria and said she should only call if something was on fire. She didn't call.

What I learned:
- the company manages **without me** for a week – that's a good sign, not a threat
- the first two days I was restless, then I slept nine hours a night
- it was when I stopped thinking about work that I got ideas about work

I want this to become a habit, not an exception.)",
      uR"(So glad to read this. Notice the third point – it's no coincidence. Book your next week off now, before the calendar fills up.)" },
    // 37
    { uR"(Decided today that Sofia takes over full responsibility for Kustverken. I'm no longer going to the steering group meetings.

It felt strange. It's the customer I have spent most time on, and I like the people there. But as long as I'm in the room, they will turn to me.

Delegating for real means **I have to accept** that it's done differently from how I would have done it.)" },
    // 38
    { uR"(Another conversation with Lars about the decision list we made at the start of the mentorship. We went through what has worked and what hasn't.

He admitted he had called Peter a couple of times during the crisis. I said I understood why, but that it made things harder for me. We agreed he calls me first, always, and tells me if he thinks I'm getting something wrong.

It felt like a conversation **between equals**. That wouldn't have been possible six months ago.)" },
    // 39
    { uR"(The staff survey results came today. Better overall than last year, but trust in management has dropped in the workshop.

The comments are clear: "we're the last to know", "the leadership team is never seen out here".

It's true. My Tuesday walks fell away during the crisis. And the leadership team has become something that happens in the office. I have to take this to the leadership team and **not defend us**.)" },
    // 40
    { uR"(## Sofia and Peter

It has become a real conflict. Sofia promises customers delivery times production can't meet, and Peter refuses changes at the last minute.

Both come to me separately and want me to say they're right. Sofia says Peter is an obstacle to growth. Peter says Sofia doesn't understand how a workshop works.

I think the real problem is that there is no **shared picture of capacity**. They are talking about different things.

I don't want to judge. I want them to solve it together. But how do you do that when both are genuinely frustrated?)",
      uR"(You see it right – it's almost always a lack of shared information that looks like a personal conflict. Put them in the same room with the same numbers and a shared question: "how can we promise customers something we keep?" And be clear that they both own the answer.)" },
    // 41
    { uR"(Met Sofia and Peter today. I began by saying I wasn't going to decide who was right, and that they are both important for Hamnvik to succeed.

Then I asked: how can we promise customers something we actually keep?

After an hour and a half they had come up with **a joint order board meeting** every Monday, where they go through capacity and new orders together. It was their idea, not mine. It will make all the difference.)" },
    // 42
    { uR"(Preparing the development talks. Last year they turned into a checklist: goals, follow-up, training needs, done.

This year I want them to be about **real development**. I plan to start with three questions:
1. What have you been most proud of this past year?
2. What do you want to do more of, and less of?
3. Where do you see yourself in three years – here or somewhere else?

The last question is hard. But after Henrik I want to know in advance, not when the resignation is on the table.)" },
    // 43
    { uR"(Development talk with Ahmed. He wants more responsibility – he said straight out that he would like to become **technical director**, responsible for both engineering and service.

He has grown enormously during the crisis. I hadn't thought of him that way, but it's obvious now that he says it.

I promised nothing, but said I take it seriously and will come back after talking to the board about the organisation. I don't want to lose him too.)" },
    // 44
    { uR"(One of our fitters has been on sick leave for three months and is about to start coming back. He has been here for twenty years.

I want to get this right, for him and for his team. But I notice I'm unsure where the line goes between being caring and interfering.

We have a meeting with occupational health next week for a **return-to-work plan**. I'll listen more than I talk.)" },
    // 45
    { uR"(## Henrik's successor

We chose Linnea, one of our own engineers, as the new team lead for control systems. She has only been here three years, but she was the one who took the most responsibility during the crisis.

There was an external candidate with more experience. I chose Linnea because:
- she knows our customers and plants
- it shows the younger ones there is **a way forward** here
- Ahmed believes in her

It's a risk. But it's a risk I want to take.)",
      uR"(A good decision, and a clear message to the whole engineering department. Make sure she gets an internal mentor – Ahmed would be natural – and support in her first management role.)" },
    // 46
    { uR"(Who supports me? I have Anders, and that has mattered more than I thought. But I have no network of other CEOs in Gothenburg.

Anders mentioned a CEO network that meets once a month. I have hesitated, because it feels like yet another thing in the calendar.

But I notice that I need **peers**. People who understand what it's like to be alone at the top, without being my bosses or my employees. Signed up today.)" },
    // 47
    { uR"(Signed an agreement with a second supplier of control cabinets today. Peter has done a fantastic job qualifying them.

Nordström remains our main supplier, and I called their CEO myself to tell him. He wasn't pleased but understood. I said we want to keep working together, but that we can't be **dependent on a single supplier**.

Lars was on board. He wouldn't have been a year ago.)" },
    // 48
    { uR"(## Strategy day with the leadership team

We spent a whole day away from the office talking about where we want to be in three years. It was the first time the **leadership team** – not I – drove the conversation.

What we arrived at:
- we will be the obvious partner for automation in the process industry on the west coast
- we won't grow by more than 15 people
- we will have three customers making up at most half of revenue, not one

The most gratifying part: Peter and Sofia were on the same side in almost every discussion.)" },
    // 49
    { uR"(Lars said today he is thinking of selling part of his shares. He is sixty-seven and wants to "get it in order" while he has the energy.

It affects everything. A new owner may want different things from what we have arrived at. Västra Kapital has an exit plan a few years out. And what happens to the board?

I feel both worried and **curious**. This could be a chance to get owners who believe in the strategy we have worked out.)" },
    // 50
    { uR"(The board's strategy day yesterday. I led it, not Lars. We presented the leadership team's picture of the next three years, and Ahmed and Sofia each presented a part.

Afterwards one of the external members said: "It's the first time I've seen this company have a management, not just a CEO."

That is perhaps the finest thing anyone has said about my work. And it's exactly what I wanted to achieve when I started writing here a year ago: **a mandate** that doesn't rest on me alone.)",
      uR"(That says it all. Keep that sentence and read it the next time things feel heavy.)" },
    // 51
    { uR"(Walked around the workshop this morning. The mood is different from six months ago. People talk to me, joke, ask about things.

Peter said over coffee: "You can tell it has calmed down up there." He meant it as a compliment, I think.

I have done the Tuesday walk every week since the survey. It isn't much, but it's the **regularity** that does it.)" },
    // 52
    { uR"(Sofia has won a big new customer, a food company in Halland. Without me. I wasn't at a single meeting.

I'm proud. And a little – I have to admit – envious. Selling was fun.

But this is exactly what I wanted: **three customers** who together carry the company, not one. And a sales organisation that works without the CEO.)" },
    // 53
    { uR"(## The possible new owner

Met an investor Lars has been in touch with. A family-owned industrial group that wants to invest for the long term.

It felt good, but I have learned not to get carried away. Questions I want answered:
- How **long-term** are they, really? What does it mean to them?
- Do they want influence over day-to-day operations or only over strategy?
- How do they view our choice not to grow too fast?

I want to take this up with Anders next time. He has been through changes of ownership.)",
      uR"(Good questions. Add one: how have they acted in their other holdings when things went badly? That tells you more about an owner than how they behave when things go well. We'll take it at our next meeting.)" },
    // 54
    { uR"(Salary review. The part of the job I like least.

We have a budget that doesn't stretch to everyone who deserves more. Two people in engineering are below market, and that was part of why Henrik left.

I have chosen to prioritise them, and to be **open about why**. Some will find it unfair. But I would rather be able to explain a decision than try to please everyone.)" },
    // 55
    { uR"(A heavy week: two bids, a board meeting and a difficult customer complaint. On Wednesday evening I noticed I was on email again after ten.

The difference from six months ago is that **I noticed**. I closed the laptop, wrote down what was worrying me and went to bed.

Old patterns come back when there is a lot going on. But I recognise them sooner now, and that lets me choose.)" },
    // 56
    { uR"(## A year with Anders

Read through my first notes here tonight. It's almost moving to see how lost I was.

What has changed:
- I have a **leadership team** that leads, not just reports
- my mandate is clear, to me, to Lars and to the board
- I sleep, mostly
- I dare to say "I don't know" in the leadership team

What hasn't changed: I still want everyone to like me. But I don't let it steer my decisions as much.

Thank you, Anders. It has meant more than I have said.)",
      uR"(Thank you, Karin. It has been a privilege to follow you. You did the work – I mostly asked questions. Let's use the last months well.)" },
    // 57
    { uR"(Jonas now leads two of our biggest projects, and both are on schedule. He mentioned in passing today that the conversation we had nine months ago was "the best thing that has happened to him in a long time".

I remember how afraid I was of that conversation. I wanted to put it off.

Lesson: a clear conversation in good time is **an act of care**, not an attack.)" },
    // 58
    { uR"(## Before the next meeting

Two things I want to raise with Anders:

1. **The ownership question.** Lars wants to sell part of his shares, and the family-owned industrial group is interested. How should I, as CEO, position myself in the process? Whose interests do I represent?
2. **My own next step.** I enjoy it here and want to stay. But what do I want to have achieved in three years, and what do I need to learn to get there?)" },
    // 59
    { uR"(Four months left of the mentorship. I want to use them well.

I want to:
- get help **thinking through the ownership question** before it becomes urgent
- practise leading the board through a difficult question, not just presenting
- think about what should replace these meetings when the mentorship ends – the CEO network, perhaps, or a new mentor later on

And I want to get better at resting without it taking a crisis to make me do it.)" },
};
static_assert(std::size(Reflections) == AdeptReflectionCount);

// clang-format on

} // namespace

std::span<const ReflectionText> adeptReflectionsEn()
{
    return Reflections;
}

} // namespace bollplank::demo
