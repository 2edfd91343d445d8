import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// The adept's side: minutes of a held meeting, ticking off their own action item (not the
// mentor's), and evaluating the meeting.
AppTestCase {
    id: testCase
    name: "AdeptSide"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        MentorTestSupport.seedHeldMeeting();
    }

    function test_1_minutes() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_mentorship");
        const page = findChild(shell, "mentorshipPage");
        tryVerify(() => page.visible);
        tryVerify(() => findChild(page, "heldMeeting_0") !== null && findChild(page, "heldMeeting_0").visible);
        const meeting = findChild(page, "heldMeeting_0");
        compare(meeting.meeting.minutes.length, 2);
        compare(meeting.meeting.minutes[1].title, "Leadership");
        compare(meeting.meeting.areasText, "Leadership · Stress and crisis");
    }

    function test_2_markOwnActionDone() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_mentorship");
        const page = findChild(shell, "mentorshipPage");
        clickOn(page, "mentorshipTabs_actions");
        const actions = findChild(page, "adeptActions");
        tryCompare(actions, "count", 2);
        tryVerify(() => findChild(actions, "adeptAction_0") !== null && findChild(actions, "adeptAction_1") !== null);
        let mine = -1, theirs = -1;
        for (let i = 0; i < 2; ++i) {
            const item = findChild(actions, "adeptAction_" + i);
            if (item.modelData.mine) mine = i; else theirs = i;
        }
        verify(mine >= 0 && theirs >= 0);
        verify(!findChild(actions, "adeptAction_" + theirs).enabled);
        clickOn(actions, "adeptAction_" + mine);
        verify(MentorTestSupport.actionDone("Write to the board"));
        verify(!MentorTestSupport.actionDone("Send the article"));
        // Done items move below the open ones, struck through.
        tryVerify(() => {
            const last = findChild(actions, "adeptAction_1");
            return last !== null && last.modelData.done && last.checked;
        });
        // And the meeting preparation no longer lists it as open.
        compare(MeetingPrep.openActions.length, 1);
        compare(MeetingPrep.openActions[0].body, "Send the article");
    }

    function test_3_evaluate() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_mentorship");
        const page = findChild(shell, "mentorshipPage");
        clickOn(page, "mentorshipTabs_meetings");
        tryVerify(() => findChild(page, "heldMeeting_0") !== null && findChild(page, "heldMeeting_0").visible);
        const meeting = findChild(page, "heldMeeting_0");
        clickOn(meeting, "evaluate_0");
        verify(!findChild(meeting, "saveEvaluation").enabled);
        clickOn(meeting, "rating_4");
        clickOn(meeting, "evaluationField");
        typeText("Clearer than I expected");
        waitForRendering(page);
        clickOn(meeting, "saveEvaluation");
        const stored = MentorTestSupport.storedEvaluations();
        compare(stored.length, 2);
        const mineStored = stored.find(e => e.party === "adept");
        compare(mineStored.rating, 4);
        compare(mineStored.body, "Clearer than I expected");
        tryVerify(() => findChild(page, "heldMeeting_0") !== null && findChild(page, "heldMeeting_0").meeting.evaluated);
        const updated = findChild(page, "heldMeeting_0");
        compare(updated.meeting.evaluations.length, 2);
    }
}
