import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import Bollplank.App
import Bollplank.Meeting
import Bollplank.TestSupport

// Leaving a meeting halfway keeps a draft (encrypted, in the database) that opens where it was
// left, with the coaching clock still running: after leaving the page, and after a lock.
AppTestCase {
    id: testCase
    name: "MeetingDraft"

    readonly property string passphrase: "harbour lantern quietly 47"
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

    function initTestCase() {
        Session.createProfile("mentor", "Anders", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        seed = MeetingTestSupport.seedMentorship();
        MeetingTestSupport.freezeClock();
    }

    function openMeeting() {
        const host = createTemporaryObject(hostComponent, testCase);
        host.push(pageComponent, { mentorshipId: seed.mentorshipId, meetingId: seed.meetingId }, QQC2.StackView.Immediate);
        tryVerify(() => MeetingSession.active);
        return host;
    }

    function test_1_leaveAndResume() {
        let host = openMeeting();
        let page = host.currentItem;
        verify(!MeetingSession.resumed);
        clickOn(page, "nextStepButton");
        clickOn(page, "startCoachingButton");
        MeetingTestSupport.advanceMinutes(5);
        tryCompare(findChild(page, "coachingClock"), "text", "25:00");
        clickOn(page, "step_2");
        clickOn(page, "focus_3");
        typeInto(page, "minutes_3", "Halfway marker about customers");
        clickOn(page, "step_3");
        clickOn(page, "addAdeptActionButton");
        clickOn(page, "actionBody_0");
        typeText("Call the two largest customers");

        clickOn(page, "leaveMeetingButton");
        const dialog = findChild(page, "leaveMeetingDialog");
        verify(dialog);
        tryCompare(dialog, "opened", true);
        mouseClick(findChild(dialog, "keepDraftButton"));
        tryVerify(() => !MeetingSession.active);
        tryCompare(host, "depth", 1);
        verify(MeetingSession.hasDraft(seed.mentorshipId));
        // Nothing of the meeting was saved as its records, and no file holds it in the clear.
        compare(MeetingTestSupport.meeting(seed.meetingId).status, "planned");
        compare(MeetingTestSupport.minutes(seed.meetingId), {});
        verify(!MeetingTestSupport.profileFilesContain("Halfway marker about customers"));
        verify(!MeetingTestSupport.profileFilesContain("Call the two largest customers"));

        // Resuming opens the step it was left on, with everything written.
        MeetingTestSupport.advanceMinutes(3);
        host = openMeeting();
        page = host.currentItem;
        verify(MeetingSession.resumed);
        verify(findChild(page, "resumedTag").visible);
        compare(MeetingSession.step, 3);
        compare(findChild(page, "actionBody_0").text, "Call the two largest customers");
        clickOn(page, "step_2");
        verify(findChild(page, "focus_3").checked);
        compare(findChild(page, "minutes_3").text, "Halfway marker about customers");
        clickOn(page, "step_1");
        compare(findChild(page, "coachingClock").text, "22:00"); // the clock ran on meanwhile
    }

    function test_2_survivesLockAndUnlock() {
        let host = openMeeting();
        verify(MeetingSession.resumed);
        let page = host.currentItem;
        clickOn(page, "step_4");
        clickOn(page, "adeptRating_3");
        // The app locks (as it does when idle or sent to the background) mid-meeting.
        Session.lock();
        tryCompare(Session, "state", Session.Locked);
        verify(!MeetingSession.active);
        MeetingTestSupport.advanceMinutes(10);
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(MeetingSession.hasDraft(seed.mentorshipId));

        host = openMeeting();
        page = host.currentItem;
        verify(MeetingSession.resumed);
        compare(MeetingSession.step, 4);
        compare(MeetingSession.adeptRating, 3);
        clickOn(page, "step_1");
        compare(findChild(page, "coachingClock").text, "12:00");
        clickOn(page, "step_2");
        compare(findChild(page, "minutes_3").text, "Halfway marker about customers");

        // Ending saves what the draft held and discards the draft.
        clickOn(page, "step_5");
        clickOn(page, "endMeetingButton");
        tryVerify(() => !MeetingSession.active);
        verify(!MeetingSession.hasDraft(seed.mentorshipId));
        compare(MeetingTestSupport.meeting(seed.meetingId).status, "held");
        compare(MeetingTestSupport.minutes(seed.meetingId)["3"], "Halfway marker about customers");
        compare(MeetingTestSupport.actionItems(seed.meetingId)[0].body, "Call the two largest customers");
        compare(MeetingTestSupport.evaluations(seed.meetingId)[0].rating, 3);
    }
}
