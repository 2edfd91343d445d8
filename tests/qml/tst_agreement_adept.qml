import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// On an adept's device (there is no sync yet): set up the mentorship, write the agreement and
// acknowledge it as the adept.
AppTestCase {
    id: testCase
    name: "AgreementAdept"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_setUpAndAcknowledge() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_mentorship");
        const page = findChild(shell, "mentorshipPage");
        tryVerify(() => page.visible);
        clickOn(page, "setUpMentorship");
        const dialog = findChild(page, "newMentorshipDialog");
        tryCompare(dialog, "opened", true);
        tryVerify(() => findChild(dialog, "otherNameField").activeFocus);
        typeText("Anders Berg");
        const months = findChild(dialog, "monthsField");
        mouseClick(months.contentItem);
        months.contentItem.selectAll();
        typeText("24");
        keyClick(Qt.Key_Tab);
        clickOn(dialog, "createMentorship");
        tryCompare(dialog, "visible", false);

        let stored = MentorTestSupport.storedAgreement();
        compare(stored.adeptName, "Karin");
        compare(stored.mentorName, "Anders Berg");
        compare(stored.plannedMonths, 24);
        tryVerify(() => AdeptSide.hasMentorship);

        const editor = findChild(page, "agreementEditor");
        tryVerify(() => editor !== null && editor.visible);
        const goals = clickOn(editor, "goalsField");
        tryVerify(() => goals.activeFocus);
        typeText("Build a management team I trust");
        // Typing may wrap the text and push the button down: let the layout settle first.
        waitForRendering(editor);
        clickOn(editor, "saveAgreement");
        tryVerify(() => !editor.visible);
        clickOn(page, "acknowledgeButton");

        stored = MentorTestSupport.storedAgreement();
        compare(stored.goals, "Build a management team I trust");
        compare(stored.adeptAck, true);
        compare(stored.mentorAck, false);
        verify(findChild(page, "ack_adept").text.indexOf("Acknowledged by Karin on") === 0);
        compare(findChild(page, "ack_mentor").text, "Anders Berg has not acknowledged it yet");
    }
}
