import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.Meeting
import Bollplank.TestSupport

// A whole meeting on the tablet: the look back, the coaching clock, focus areas and minutes,
// action items, both evaluations and the next meeting, ended as one save; then the next
// meeting's look back shows what was just written.
AppTestCase {
    id: testCase
    name: "Meeting"

    property var seed

    Component {
        id: hostComponent
        // Something under the page, as in the app, so that popping it shows what was there.
        QQC2.StackView { width: testCase.width; height: testCase.height; initialItem: Item {} }
    }
    Component {
        id: pageComponent
        MeetingModePage {}
    }
    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        seed = MeetingTestSupport.seedMentorship();
        MeetingTestSupport.freezeClock();
    }

    function openMeeting(meetingId) {
        const host = createTemporaryObject(hostComponent, testCase);
        host.push(pageComponent, { mentorshipId: seed.mentorshipId, meetingId: meetingId }, QQC2.StackView.Immediate);
        const page = host.currentItem;
        tryVerify(() => MeetingSession.active);
        return page;
    }

    function replaceText(item, text) {
        scrollIntoView(item);
        wait(0);
        mouseClick(item);
        tryVerify(() => item.activeFocus);
        keySequence(StandardKey.SelectAll);
        keyClick(Qt.Key_Delete);
        typeText(text);
    }

    function monthLaterSameWeekday(d) {
        const m = new Date(d.getFullYear(), d.getMonth() + 1, 1);
        const last = new Date(m.getFullYear(), m.getMonth() + 1, 0).getDate();
        m.setDate(Math.min(d.getDate(), last));
        let shift = d.getDay() - m.getDay();
        if (shift > 3) shift -= 7;
        if (shift < -3) shift += 7;
        m.setDate(m.getDate() + shift);
        return m;
    }

    function iso(d) {
        return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
    }

    function test_1_theShellOpensMeetingMode() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const home = findChild(shell, "mentorHomePage");
        verify(home);
        home.showAdept(seed.mentorshipId, "");
        clickOn(shell, "startMeetingButton");
        tryVerify(() => findChild(shell, "meetingModePage") !== null);
        tryVerify(() => MeetingSession.active);
        tryVerify(() => !findChild(shell, "mentorStack").busy); // the page has slid in
        compare(MeetingSession.mentorshipId, seed.mentorshipId);
        compare(MeetingSession.adeptName, "Karin");
        clickOn(shell, "leaveMeetingButton");
        const dialog = findChild(shell, "leaveMeetingDialog");
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "discardMeetingButton"));
        tryVerify(() => !MeetingSession.active);
        verify(!MeetingSession.hasDraft(seed.mentorshipId));
        tryVerify(() => findChild(shell, "meetingModePage") === null);
    }

    function test_2_aFullMeeting() {
        const page = openMeeting(seed.meetingId);
        compare(MeetingSession.step, 0);

        // The look back: last time's minutes and evaluation, what is open, what was shared.
        tryCompare(findChild(page, "previousMinutes_0"), "text", "We talked about the autumn budget.");
        compare(findChild(page, "previousEvaluation_0").text, "Karin: 4 of 5");
        compare(findChild(page, "openAction_0").text, "Ask the chairman for a one-to-one");
        verify(findChild(page, "shared_0").text.indexOf("The board meeting left me doubting") === 0);
        clickOn(page, "openAction_0"); // done by now: ticked off as the meeting starts
        verify(findChild(page, "openAction_0").checked);

        // Coaching: half an hour, on a clock that only moves when the test says so.
        clickOn(page, "nextStepButton");
        compare(MeetingSession.step, 1);
        const clock = findChild(page, "coachingClock");
        compare(clock.text, "30:00");
        clickOn(page, "startCoachingButton");
        verify(MeetingSession.coachingStarted);
        MeetingTestSupport.advanceMinutes(12);
        tryCompare(clock, "text", "18:00");
        verify(!MeetingSession.coachingOver);
        MeetingTestSupport.advanceMinutes(19);
        tryCompare(clock, "text", "+01:00");
        verify(MeetingSession.coachingOver);
        compare(findChild(page, "coachingProgress").value, 1);

        // Focus areas: Karin chose 2 and 6; during the meeting 6 gives way to 4. Minutes for each.
        clickOn(page, "step_2");
        compare(MeetingSession.step, 2);
        verify(findChild(page, "focus_2").checked);
        verify(findChild(page, "focus_6").checked);
        clickOn(page, "focus_6");
        clickOn(page, "focus_4");
        compare(MeetingSession.chosenAreas, [2, 4]);
        tryVerify(() => findChild(page, "minutes_4") !== null);
        verify(findChild(page, "minutes_6") === null);
        typeInto(page, "minutes_2", "Delegating the budget to Lena.");
        typeInto(page, "minutes_4", "The sales team meets weekly.");
        typeInto(page, "minutes_0", "A calm meeting.");

        // Action items: one each, a third added and removed again.
        clickOn(page, "nextStepButton");
        compare(MeetingSession.step, 3);
        clickOn(page, "addAdeptActionButton");
        clickOn(page, "actionBody_0");
        typeText("Write down the three priorities");
        replaceText(findChild(page, "actionDue_0"), "2030-01-15");
        clickOn(page, "addMentorActionButton");
        clickOn(page, "actionBody_1");
        typeText("Introduce Karin to Eva");
        replaceText(findChild(page, "actionDue_1"), "");
        clickOn(page, "addMentorActionButton");
        tryVerify(() => findChild(page, "actionRemove_2") !== null);
        clickOn(page, "actionRemove_2");
        tryVerify(() => findChild(page, "actionRemove_2") === null);
        compare(MeetingSession.actions.length, 2);
        compare(findChild(page, "actionOwner_1").currentValue, "mentor");

        // Both evaluate.
        clickOn(page, "nextStepButton");
        clickOn(page, "adeptRating_5");
        clickOn(page, "adeptEvaluationText");
        typeText("I know what to do on Monday.");
        clickOn(page, "mentorRating_4");
        compare(MeetingSession.adeptRating, 5);
        compare(MeetingSession.mentorRating, 4);

        // The next meeting: a month later, same weekday and time, 2.5 hours, same place; the
        // place and length are changed.
        clickOn(page, "nextStepButton");
        compare(MeetingSession.step, 5);
        const expected = monthLaterSameWeekday(new Date());
        compare(findChild(page, "nextDate").text, iso(expected));
        compare(findChild(page, "nextTime").text, "00:05");
        compare(findChild(page, "nextPlace").text, "Hotel Eggers");
        compare(MeetingSession.nextDurationMinutes, 150);
        replaceText(findChild(page, "nextPlace"), "Cafe Saturnus");
        chooseInCombo(page, "nextDuration", 4);
        compare(MeetingSession.nextDurationMinutes, 180);

        clickOn(page, "endMeetingButton");
        tryVerify(() => !MeetingSession.active);
        compare(MeetingSession.errorText, "");
        verify(!MeetingSession.hasDraft(seed.mentorshipId));

        // What the store holds now.
        compare(MeetingTestSupport.meeting(seed.meetingId).status, "held");
        compare(MeetingTestSupport.focusAreas(seed.meetingId), [2, 4]);
        const minutes = MeetingTestSupport.minutes(seed.meetingId);
        compare(minutes["0"], "A calm meeting.");
        compare(minutes["2"], "Delegating the budget to Lena.");
        compare(minutes["4"], "The sales team meets weekly.");
        const items = MeetingTestSupport.actionItems(seed.meetingId);
        compare(items.length, 2);
        compare(items[0].owner, "adept");
        compare(items[0].body, "Write down the three priorities");
        compare(items[0].due, "2030-01-15");
        compare(items[1].owner, "mentor");
        compare(items[1].due, "");
        compare(MeetingTestSupport.openActionItems(seed.mentorshipId), 2); // the earlier one is done
        const evaluations = MeetingTestSupport.evaluations(seed.meetingId);
        compare(evaluations.length, 2);
        compare(evaluations[0].party, "adept");
        compare(evaluations[0].rating, 5);
        compare(evaluations[0].body, "I know what to do on Monday.");
        compare(evaluations[1].rating, 4);
        const nextId = MeetingTestSupport.plannedAfter(seed.mentorshipId, seed.meetingId);
        verify(nextId.length > 0);
        const next = MeetingTestSupport.meeting(nextId);
        compare(next.status, "planned");
        compare(next.startsAt, iso(expected) + "T00:05");
        compare(next.place, "Cafe Saturnus");
        compare(next.durationMinutes, 180);

        // The next meeting opens with what was just written.
        const nextPage = openMeeting(nextId);
        compare(MeetingSession.meetingId, nextId);
        tryCompare(findChild(nextPage, "previousMinutes_0"), "text", "A calm meeting.");
        compare(findChild(nextPage, "previousMinutes_1").text, "Delegating the budget to Lena.");
        compare(findChild(nextPage, "previousMinutes_2").text, "The sales team meets weekly.");
        compare(findChild(nextPage, "previousEvaluation_0").text, "Karin: 5 of 5");
        compare(findChild(nextPage, "previousEvaluation_1").text, "Mentor: 4 of 5");
        compare(findChild(nextPage, "openAction_0").text, "Write down the three priorities");
        compare(findChild(nextPage, "openAction_1").text, "Introduce Karin to Eva");
        verify(findChild(nextPage, "openAction_2") === null);
        compare(MeetingSession.nextPlace, "Cafe Saturnus"); // its own next defaults to its place
        MeetingSession.discard();
    }

    function test_3_badInputChangesNothing() {
        const page = openMeeting(""); // a meeting that was not booked
        const before = MeetingTestSupport.meetingCount(seed.mentorshipId);
        clickOn(page, "step_5");
        replaceText(findChild(page, "nextDate"), "2020-13-45");
        compare(findChild(page, "nextSummary").text, "Write the date as YYYY-MM-DD.");
        verify(!MeetingSession.nextValid);
        clickOn(page, "endMeetingButton");
        compare(MeetingSession.errorText, "Write the date as YYYY-MM-DD.");
        verify(MeetingSession.active);
        compare(MeetingTestSupport.meetingCount(seed.mentorshipId), before);
        MeetingSession.discard();
        verify(!MeetingSession.hasDraft(seed.mentorshipId));
    }
}
