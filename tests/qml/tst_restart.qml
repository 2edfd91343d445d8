import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// A new process on the profile tst_journal.qml wrote: unlock through the page, and the
// reflection is still there, still shared.
AppTestCase {
    id: testCase
    name: "Restart"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function test_reflectionSurvivesRestart() {
        compare(Session.state, Session.Locked);
        const shell = createTemporaryObject(shellComponent, testCase);
        const field = findChild(shell, "unlockPassphraseInput");
        tryVerify(() => field !== null && field.visible);
        mouseClick(field);
        typeText("harbour lantern quietly 47");
        keyClick(Qt.Key_Return);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        tryCompare(Journal.model, "count", 1);
        const row = findChild(shell, "reflection_0");
        tryVerify(() => row !== null);
        compare(row.excerpt, "Talked with the board about export");
        compare(row.shared, true);
        compare(row.focusNames, ["Leadership"]);
    }
}
