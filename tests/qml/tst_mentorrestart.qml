import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// A new process on the profile tst_mentorcomment.qml wrote: unlock through the page, open
// Johan, and the comment is there under the reflection it was written on.
AppTestCase {
    id: testCase
    name: "MentorRestart"

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function test_commentSurvivesRestart() {
        compare(Session.state, Session.Locked);
        const shell = createTemporaryObject(shellComponent, testCase);
        const field = findChild(shell, "unlockPassphraseInput");
        tryVerify(() => field !== null && field.visible);
        mouseClick(field);
        typeText("harbour lantern quietly 47");
        keyClick(Qt.Key_Return);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        clickOn(shell, "adept_0");
        const page = findChild(shell, "adeptPage");
        tryVerify(() => page !== null && page.visible);
        tryVerify(() => findChild(page, "reflection_1") !== null);
        const reflection = findChild(page, "reflection_1");
        compare(reflection.reflection.body.trim(), "Confidence in the management");
        const comment = findChild(reflection, "comment_1_0");
        verify(comment !== null && comment.visible);
        compare(findChild(comment, "commentText").text, "What did the board say?");
    }
}
