import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// The mentor comments on a shared reflection: write, edit, delete, and write the one that
// tst_mentorrestart.qml finds again after a restart.
AppTestCase {
    id: testCase
    name: "MentorComment"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders", "harbour lantern quietly 47", false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        MentorTestSupport.seedAdepts();
    }

    function openJohan(shell) {
        clickOn(shell, "adept_0");
        const page = findChild(shell, "adeptPage");
        tryVerify(() => page !== null && page.visible);
        compare(AdeptReview.adeptName, "Johan");
        // Newest first.
        tryVerify(() => findChild(page, "reflection_0") !== null && findChild(page, "reflection_1") !== null);
        const newest = findChild(page, "reflection_0");
        compare(newest.reflection.body.trim(), "A sleepless night");
        return page;
    }

    function test_writeEditDelete() {
        const shell = createTemporaryObject(shellComponent, testCase);
        const page = openJohan(shell);
        const newest = findChild(page, "reflection_0");
        clickOn(newest, "addComment_0");
        tryVerify(() => findChild(newest, "commentField").activeFocus);
        typeText("Sleep first, decide after");
        waitForRendering(page);
        clickOn(newest, "commentSave");
        compare(MentorTestSupport.storedComments(), ["Sleep first, decide after"]);
        tryVerify(() => findChild(page, "comment_0_0") !== null && findChild(page, "comment_0_0").visible);

        clickOn(page, "editComment_0_0");
        const field = findChild(findChild(page, "reflection_0"), "commentField");
        tryVerify(() => field.activeFocus);
        keyClick(Qt.Key_End, Qt.ControlModifier);
        typeText(" - call me");
        keySequence("Ctrl+Return");
        compare(MentorTestSupport.storedComments(), ["Sleep first, decide after - call me"]);

        clickOn(page, "deleteComment_0_0");
        compare(MentorTestSupport.storedComments(), []);
        tryVerify(() => findChild(page, "comment_0_0") === null);

        // A comment on an older reflection, for the restart test.
        const older = findChild(page, "reflection_1");
        clickOn(older, "addComment_1");
        tryVerify(() => findChild(older, "commentField").activeFocus);
        typeText("What did the board say?");
        waitForRendering(page);
        clickOn(older, "commentSave");
        compare(MentorTestSupport.storedComments(), ["What did the board say?"]);
    }
}
