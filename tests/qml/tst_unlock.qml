import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Unlock with a wrong passphrase (said plainly, nothing else happens), then the right one;
// locking when the app goes to the background; remembering on the device.
AppTestCase {
    id: testCase
    name: "Unlock"

    readonly property string passphrase: "harbour lantern quietly 47"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        if (Session.state === Session.FirstRun) {
            Session.createProfile("adept", "Karin", passphrase, false);
            tryCompare(Session, "state", Session.Unlocked, 10000);
        }
        Session.lock();
        compare(Session.state, Session.Locked);
    }

    function test_1_wrongThenRight() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "unlockPage") !== null);

        clickOn(shell, "unlockPassphraseInput");
        typeText("harbour lantern loudly 47");
        clickOn(shell, "unlockButton");
        tryCompare(Session, "busy", false, 10000);
        compare(Session.state, Session.Locked);
        const error = findChild(shell, "unlockError");
        tryVerify(() => error.visible);
        compare(Session.errorText, "That passphrase is not right. Try again.");

        // The wrong text is selected, so typing replaces it.
        typeText(passphrase);
        keyClick(Qt.Key_Return);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(Session.errorText, "");
        tryVerify(() => findChild(shell, "journalPage") !== null);
    }

    function test_2_locksInBackground() {
        compare(Session.state, Session.Unlocked);
        TestSupport.simulateBackground();
        compare(Session.state, Session.Locked);
    }

    function test_3_lockShortcut() {
        const shell = createTemporaryObject(shellComponent, testCase);
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        tryVerify(() => findChild(shell, "journalPage") !== null);
        keyClick(Qt.Key_L, Qt.ControlModifier);
        tryCompare(Session, "state", Session.Locked);
    }

    function test_4_rememberOnDevice() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => Session.keyStoreAvailable);
        clickOn(shell, "unlockPassphraseInput");
        typeText(passphrase);
        clickOn(shell, "rememberCheck");
        clickOn(shell, "unlockButton");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        tryCompare(Session, "rememberedOnDevice", true);
        Session.lock();
        clickOn(shell, "deviceUnlockButton");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }
}
