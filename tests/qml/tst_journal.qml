import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Writing a reflection through the editor; it appears in the journal and in the store. Then
// switching it to shared, and deleting it with undo. tst_restart.qml (a new process on the
// same profile) checks that it is still there.
AppTestCase {
    id: testCase
    name: "Journal"

    readonly property string passphrase: "harbour lantern quietly 47"
    readonly property string body: "Talked with the board about **export**"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        compare(Session.state, Session.FirstRun, "the journal test starts from an empty folder");
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_1_writeReflection() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "journalPage") !== null);
        compare(Journal.model.count, 0);

        clickOn(shell, "newReflectionButton");
        tryVerify(() => findChild(shell, "editorPage") !== null);
        clickOn(shell, "editorBody");
        typeText(body);
        clickOn(shell, "focusChip2");
        clickOn(shell, "stress3");
        clickOn(shell, "saveButton");

        tryCompare(Journal.model, "count", 1);
        compare(TestSupport.storedReflections(), 1);
        compare(TestSupport.newestBody(), body);
        compare(TestSupport.newestShared(), false);
        const row = findChild(shell, "reflection_0");
        verify(row);
        compare(row.shared, false);
        compare(row.focusNames, ["Leadership"]);
        compare(row.stress, 3);
        // Saved entries open in the reader, Markdown rendered.
        const reader = findChild(shell, "readerBody");
        tryVerify(() => reader && reader.text.indexOf("export") >= 0);
    }

    function test_2_switchToShared() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "reflection_0") !== null);
        clickOn(shell, "reflection_0");
        const toggle = clickOn(shell, "readerVisibilitySwitch");
        tryCompare(toggle, "checked", true);
        tryCompare(findChild(shell, "reflection_0"), "shared", true);
        compare(TestSupport.newestShared(), true);
    }

    function test_3_deleteAndUndo() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "reflection_0") !== null);
        clickOn(shell, "reflection_0");
        clickOn(shell, "deleteButton");
        tryCompare(Journal.model, "count", 0);
        compare(TestSupport.storedReflections(), 0);
        verify(Journal.canUndo);
        clickOn(shell, "snackbarAction");
        tryCompare(Journal.model, "count", 1);
        compare(TestSupport.storedReflections(), 1);
        compare(TestSupport.newestBody(), body);
        compare(TestSupport.newestShared(), true);
    }

    function test_4_newReflectionShortcutAndSearch() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "journalPage") !== null);
        keyClick(Qt.Key_N, Qt.ControlModifier);
        tryVerify(() => findChild(shell, "editorPage") !== null);
        typeText("Second entry about the staff party");
        keyClick(Qt.Key_S, Qt.ControlModifier);
        tryCompare(Journal.model, "count", 2);

        keyClick(Qt.Key_F, Qt.ControlModifier);
        typeText("export");
        tryCompare(Journal.model, "count", 1, 3000);
        compare(Journal.model.idAt(0).length > 0, true);
        Journal.searchText = "";
        tryCompare(Journal.model, "count", 2);
        // Delete the second one so the restart test sees just the first.
        Journal.remove(Journal.model.idAt(0));
        compare(TestSupport.storedReflections(), 1);
    }
}
