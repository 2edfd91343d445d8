import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// On a mentor's device: start a mentorship, write its agreement (the default confidentiality
// clause is there to keep), acknowledge it. Bad input changes nothing.
AppTestCase {
    id: testCase
    name: "AgreementMentor"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders Berg", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_1_badInputChangesNothing() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "newMentorshipButton");
        const dialog = findChild(findChild(shell, "mentorHomePage"), "newMentorshipDialog");
        tryCompare(dialog, "opened", true);
        tryVerify(() => findChild(dialog, "otherNameField").activeFocus);
        typeText("Elin Sjoberg");
        const date = clickOn(dialog, "startDateField");
        date.selectAll();
        typeText("2026-02-31");
        clickOn(dialog, "createMentorship");
        verify(dialog.visible);
        verify(MentorshipSetup.errorText.indexOf("start date") >= 0, MentorshipSetup.errorText);
        compare(MentorTestSupport.storedAgreement().count, 0);
        clickOn(dialog, "cancelMentorship");
        tryCompare(dialog, "visible", false);
    }

    function test_2_createWriteAcknowledge() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "newMentorshipButton");
        const dialog = findChild(findChild(shell, "mentorHomePage"), "newMentorshipDialog");
        tryCompare(dialog, "opened", true);
        tryVerify(() => findChild(dialog, "otherNameField").activeFocus);
        typeText("Elin Sjoberg");
        chooseInCombo(dialog, "cadenceCombo", 1);
        clickOn(dialog, "createMentorship");
        tryCompare(dialog, "visible", false);

        let stored = MentorTestSupport.storedAgreement();
        compare(stored.count, 1);
        compare(stored.adeptName, "Elin Sjoberg");
        compare(stored.mentorName, "Anders Berg");
        compare(stored.plannedMonths, 18);
        compare(stored.cadence, "FREQ=WEEKLY;INTERVAL=6");
        compare(stored.goals, undefined);

        // The new mentorship opens on its agreement, ready to write, with the default clause.
        const page = findChild(shell, "adeptPage");
        tryVerify(() => page !== null && page.visible);
        const editor = findChild(page, "agreementEditor");
        tryVerify(() => editor.visible);
        verify(findChild(editor, "confidentialityField").text.indexOf("stays between us") >= 0);
        const goals = clickOn(editor, "goalsField");
        tryVerify(() => goals.activeFocus);
        typeText("Lead the bakery through the generational shift");
        // Typing may wrap the text and push the button down: let the layout settle first.
        waitForRendering(editor);
        clickOn(editor, "saveAgreement");
        tryVerify(() => !editor.visible);

        stored = MentorTestSupport.storedAgreement();
        compare(stored.goals, "Lead the bakery through the generational shift");
        verify(stored.confidentiality.indexOf("stays between us") >= 0);
        compare(stored.mentorAck, false);

        clickOn(page, "acknowledgeButton");
        stored = MentorTestSupport.storedAgreement();
        compare(stored.mentorAck, true);
        compare(stored.adeptAck, false);
        verify(findChild(page, "ack_mentor").text.indexOf("Acknowledged by Anders Berg on") === 0);
        compare(findChild(page, "ack_adept").text, "Elin Sjoberg has not acknowledged it yet");
        tryVerify(() => !findChild(page, "acknowledgeButton").visible);

        // Changing the text asks for the acknowledgement again.
        clickOn(page, "editAgreement");
        tryVerify(() => editor.visible);
        clickOn(editor, "goalsField");
        tryVerify(() => goals.activeFocus);
        keyClick(Qt.Key_End, Qt.ControlModifier);
        typeText(", and sleep");
        // Typing may wrap the text and push the button down: let the layout settle first.
        waitForRendering(editor);
        clickOn(editor, "saveAgreement");
        tryVerify(() => !editor.visible);
        stored = MentorTestSupport.storedAgreement();
        compare(stored.goals, "Lead the bakery through the generational shift, and sleep");
        compare(stored.mentorAck, false);
        tryVerify(() => findChild(page, "acknowledgeButton").visible);
    }
}
