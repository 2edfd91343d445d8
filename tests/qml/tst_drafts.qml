import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Nothing typed is lost on the way out (issue #13): the journal editor keeps its unsaved text as
// an encrypted draft when its field loses focus, when the app becomes inactive, hidden or
// suspended, when the profile locks and when the app is about to quit, each driven through the
// application-state change Qt delivers; the editor opened again brings the text back and says so.
// Saving removes the draft. The text never reaches a file in the clear.
AppTestCase {
    id: testCase
    name: "Drafts"

    readonly property string passphrase: "harbour lantern quietly 47"
    readonly property string key: "reflection:new"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function openEditor() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "journalPage") !== null);
        clickOn(shell, "newReflectionButton");
        tryVerify(() => findChild(shell, "editorPage") !== null);
        const editor = clickOn(shell, "editorBody");
        tryVerify(() => editor.activeFocus, 3000, "the editor never took the focus");
        return shell;
    }

    // Types marker into a fresh editor, lets `leave` take the app away, then opens the editor
    // again as a person coming back would: the text is there.
    function keptThrough(marker, leave) {
        let shell = openEditor();
        const editor = findChild(shell, "editorBody");
        editor.cursorPosition = editor.text.length;
        typeText(" " + marker);
        const typed = editor.text;
        verify(TestSupport.draftText(key, "body") !== typed, "kept before the app was left");
        leave(shell);
        compare(TestSupport.draftText(key, "body"), typed);
        shell.destroy();
        wait(0);
        shell = openEditor();
        compare(findChild(shell, "editorBody").text, typed);
        verify(findChild(shell, "draftRestored").visible, "no word that the text came back");
        compare(TestSupport.filesHolding(marker), []);
        shell.destroy();
        wait(0);
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_1_inactive() {
        keptThrough("draft-marker-inactive", () => {
            TestSupport.simulateApplicationState(Qt.ApplicationInactive);
            TestSupport.simulateApplicationState(Qt.ApplicationActive);
        });
    }

    function test_2_hiddenAndSuspended() {
        keptThrough("draft-marker-hidden", () => TestSupport.simulateApplicationState(Qt.ApplicationHidden));
        keptThrough("draft-marker-suspended", () => TestSupport.simulateApplicationState(Qt.ApplicationSuspended));
        TestSupport.simulateApplicationState(Qt.ApplicationActive);
    }

    function test_3_focusLeavesTheField() {
        keptThrough("draft-marker-focus", shell => clickOn(shell, "stress3"));
    }

    function test_4_lock() {
        keptThrough("draft-marker-lock", () => {
            Session.lock();
            compare(Session.state, Session.Locked);
            Session.unlock(passphrase);
            tryCompare(Session, "state", Session.Unlocked, 10000);
        });
    }

    function test_5_quit() {
        keptThrough("draft-marker-quit", () => TestSupport.simulateQuit());
    }

    function test_6_savingRemovesTheDraft() {
        let shell = openEditor();
        verify(findChild(shell, "editorBody").text.indexOf("draft-marker-quit") >= 0);
        clickOn(shell, "saveButton");
        tryVerify(() => findChild(shell, "editorPage") === null || !findChild(shell, "editorPage").visible);
        compare(TestSupport.draftText(key, "body"), "");
        verify(TestSupport.newestBody().indexOf("draft-marker-quit") >= 0);
        shell.destroy();
        wait(0);
        shell = openEditor();
        compare(findChild(shell, "editorBody").text, "");
        verify(!findChild(shell, "draftRestored").visible);
    }
}
