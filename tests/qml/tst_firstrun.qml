import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell

// First run through the real page: role, name, passphrase (weak, then strong), the warning
// acknowledged, and the journal opens.
AppTestCase {
    id: testCase
    name: "FirstRun"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function test_firstRun() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryCompare(Session, "state", Session.FirstRun);
        const page = findChild(shell, "firstRunPage");
        verify(page);

        clickOn(shell, "roleAdept");
        clickOn(shell, "nameField");
        typeText("Karin");

        const create = findChild(shell, "createButton");
        clickOn(shell, "newPassphraseInput");
        typeText("abc");
        verify(!create.enabled, "a weak passphrase must not be accepted");
        keyClick(Qt.Key_A, Qt.ControlModifier);
        typeText("harbour lantern quietly 47");
        clickOn(shell, "confirmPassphraseInput");
        typeText("harbour lantern quietly 47");
        verify(!create.enabled, "the warning must be acknowledged first");
        clickOn(shell, "understoodCheck");
        verify(create.enabled);

        scrollIntoView(create);
        mouseClick(create);
        tryCompare(Session, "errorText", "");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(Session.displayName, "Karin");
        compare(Session.role, "adept");
        tryVerify(() => findChild(shell, "journalPage") !== null);
    }
}
