pragma ComponentBehavior: Bound

import QtQuick
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// A reflection edited on two devices at once waits as a conflict copy. The journal says so; the
// conflict view shows both versions side by side (stacked on a phone) with the differing lines
// marked by colour and a "≠" marker; clicking keeps one version, the other, or an edited merge,
// and the store then holds that text and no copy.
AppTestCase {
    id: testCase
    name: "Conflicts"

    readonly property string passphrase: "harbour lantern quietly 47"
    readonly property string mine: "Monday\nThe board wants the budget by Friday\nCall Eva"
    readonly property string theirs: "Monday\nThe board wants the budget next week\nCall Eva\nBook the room"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }
    Component {
        id: phoneShell
        AppShell { width: 390; height: 844 }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function cleanup() {
        // Settle whatever a failed test left, so the next one starts without conflicts.
        while (Conflicts.count > 0)
            verify(Conflicts.keepMine());
    }

    function openConflicts(component) {
        const shell = createTemporaryObject(component, testCase);
        const banner = findChild(shell, "conflictBanner");
        tryVerify(() => banner.visible, 3000, "no notice of the conflict");
        clickOn(shell, "compareConflicts");
        const page = findChild(shell, "conflictView");
        tryVerify(() => page.visible, 3000, "the conflict view did not open");
        return shell;
    }

    function lineOf(pane, number) {
        const line = findChild(pane, "line_" + number);
        verify(line, "no line " + number);
        return line;
    }

    function checkButtons(shell, names) {
        for (const name of names) {
            const button = findChild(shell, name);
            verify(button.visible, name);
            verify(button.height >= 48, name + " is " + button.height + " px high");
            // The label fits on its button (nothing cut off).
            verify(button.contentItem.contentWidth <= button.availableWidth + 0.5, name + " clips its label");
        }
    }

    function test_1_keepTheOtherDevicesVersion() {
        const id = ConflictSupport.makeConflict(mine, theirs);
        compare(Conflicts.count, 1);
        compare(ConflictSupport.reflections(), 2); // both versions are kept while it waits
        const shell = openConflicts(shellComponent);
        verify(findChild(shell, "conflictNotice").text.indexOf("1 note was edited on two devices at once") >= 0,
            findChild(shell, "conflictNotice").text);
        compare(findChild(shell, "conflictTitle").text, "Reflection");

        // Side by side on a tablet or desktop: this device's on the left, the other on the right.
        const left = findChild(shell, "mineVersion");
        const right = findChild(shell, "theirsVersion");
        waitForLayout(right);
        verify(right.x > left.x + left.width - 1, "not side by side");
        compare(right.y, left.y);
        // The second line differs on both sides, the fourth exists only on the other device.
        verify(!lineOf(left, 1).differs);
        verify(lineOf(left, 2).differs);
        verify(!lineOf(left, 3).differs);
        verify(lineOf(right, 2).differs);
        verify(lineOf(right, 4).differs);
        compare(lineOf(right, 4).Accessible.name, "Differs: Book the room");
        // Marked by more than colour: the marker is in the margin of a differing line only.
        verify(!Qt.colorEqual(lineOf(right, 4).color, lineOf(right, 1).color));
        compare(findChild(lineOf(right, 4), "marker").text, "≠");
        verify(findChild(lineOf(right, 4), "marker").visible);
        compare(findChild(lineOf(right, 1), "marker").text, "");
        checkButtons(shell, ["keepMine", "keepTheirs", "editMerge"]);

        clickOn(shell, "keepTheirs");
        tryCompare(Conflicts, "count", 0);
        compare(ConflictSupport.body(id), theirs);
        compare(ConflictSupport.reflections(), 1); // the copy is gone
        tryCompare(findChild(shell, "conflictView"), "visible", false);
        verify(!findChild(shell, "conflictBanner").visible);
    }

    function test_2_keepThisDevicesVersionOfTheSecondOfTwo() {
        const first = ConflictSupport.makeConflict("first\nmine", "first\ntheirs");
        const second = ConflictSupport.makeConflict(mine, theirs);
        const shell = openConflicts(shellComponent);
        verify(findChild(shell, "conflictNotice").text.indexOf("2 notes were edited") >= 0);
        compare(Conflicts.currentIndex, 0);
        clickOn(shell, "nextConflict");
        compare(Conflicts.currentIndex, 1);
        compare(Conflicts.currentKey.indexOf(second), "reflection/".length);
        clickOn(shell, "keepMine");
        tryCompare(Conflicts, "count", 1);
        compare(ConflictSupport.body(second), mine);
        // The first still waits, both of its versions intact, and is shown now.
        compare(ConflictSupport.body(first), "first\nmine");
        verify(findChild(shell, "conflictView").visible);
        compare(Conflicts.currentKey.indexOf(first), "reflection/".length);
        clickOn(shell, "keepMine");
        tryCompare(Conflicts, "count", 0);
        compare(ConflictSupport.reflections(), 3); // test 1's, and these two, without copies
    }

    function test_3_editAMergeOnAPhone() {
        const id = ConflictSupport.makeConflict(mine, theirs);
        const shell = openConflicts(phoneShell);
        // Stacked on a phone: the other device's version under this device's.
        const top = findChild(shell, "mineVersion");
        const below = findChild(shell, "theirsVersion");
        waitForLayout(below);
        compare(below.x, top.x);
        verify(below.y >= top.y + top.height, "not stacked");
        verify(top.width <= 390 && top.width > 300, "width " + top.width);
        checkButtons(shell, ["keepMine", "keepTheirs", "editMerge"]);
        const a = findChild(shell, "keepMine"), b = findChild(shell, "keepTheirs");
        verify(b.y >= a.y + a.height, "the buttons are not stacked");

        clickOn(shell, "editMerge");
        const editor = findChild(shell, "mergeText");
        tryVerify(() => editor.visible && editor.activeFocus);
        // Prefilled with both: the shared lines once, then this device's line and the other's.
        compare(editor.text, "Monday\nThe board wants the budget by Friday\nThe board wants the budget next week\nCall Eva\nBook the room");
        verify(!findChild(shell, "mineVersion").visible);
        checkButtons(shell, ["cancelMerge", "saveMerge"]);
        editor.selectAll();
        keyClick(Qt.Key_Delete);
        typeText("Budget by Friday, room booked");
        clickOn(shell, "saveMerge");
        tryCompare(Conflicts, "count", 0);
        compare(ConflictSupport.body(id), "Budget by Friday, room booked");
        tryCompare(findChild(shell, "conflictView"), "visible", false);
    }

    function test_4_anEmptyMergeIsRefusedAndNothingIsLost() {
        const id = ConflictSupport.makeConflict(mine, theirs);
        const before = ConflictSupport.reflections();
        const shell = openConflicts(shellComponent);
        clickOn(shell, "editMerge");
        const editor = findChild(shell, "mergeText");
        tryVerify(() => editor.activeFocus);
        editor.selectAll();
        keyClick(Qt.Key_Delete);
        clickOn(shell, "saveMerge");
        verify(findChild(shell, "conflictError").text.length > 0, "no error shown");
        compare(Conflicts.count, 1);
        compare(ConflictSupport.body(id), mine);
        compare(ConflictSupport.reflections(), before);
        // Back to both versions, and out: the conflict still waits.
        clickOn(shell, "cancelMerge");
        verify(findChild(shell, "mineVersion").visible);
        clickOn(shell, "conflictBack");
        tryCompare(findChild(shell, "conflictView"), "visible", false);
        verify(findChild(shell, "conflictBanner").visible);
    }
}
