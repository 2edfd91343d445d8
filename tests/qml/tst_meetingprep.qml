import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Before the next meeting: choosing focus areas, ticking an action item, and asking for a
// sounding board.
AppTestCase {
    id: testCase
    name: "MeetingPrep"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        TestSupport.seedMentorship();
        verify(MeetingPrep.hasNextMeeting);
    }

    function test_1_chooseFocusAreas() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_meeting");
        tryVerify(() => findChild(shell, "meetingPrepPage").visible);
        clickOn(shell, "meetingFocus3");
        clickOn(shell, "meetingFocus6");
        compare(MeetingPrep.chosenAreas, [3, 6]);
        compare(TestSupport.storedMeetingAreas(), [3, 6]);
        clickOn(shell, "meetingFocus3");
        compare(TestSupport.storedMeetingAreas(), [6]);
        verify(findChild(shell, "meetingFocus6").checked);
        verify(!findChild(shell, "meetingFocus3").checked);
    }

    function test_2_actionItem() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_meeting");
        compare(MeetingPrep.openActions.length, 1);
        clickOn(shell, "action_0");
        tryCompare(MeetingPrep.openActions, "length", 0);
    }

    function test_3_soundingBoard() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_meeting");
        clickOn(shell, "soundingBoardButton");
        const dialog = findChild(shell, "soundingBoardDialog");
        tryCompare(dialog, "opened", true);
        const reason = findChild(dialog, "reasonField");
        tryVerify(() => reason.activeFocus);
        typeText("The board meeting went badly");
        const send = findChild(dialog, "sendRequest");
        mouseClick(send);
        tryCompare(dialog, "visible", false);
        compare(TestSupport.storedOpenRequests(), 1);
        compare(MeetingPrep.openRequests.length, 1);
        compare(MeetingPrep.openRequests[0].urgencyText, "Within a week");
    }
}
