import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell

// The idle lock, with BOLLPLANK_TEST_IDLE_MS making "a few minutes" 400 ms: the session locks
// once nobody has touched the app for that long, and stays open while input keeps arriving.
AppTestCase {
    id: testCase
    name: "IdleLock"

    readonly property string passphrase: "harbour lantern quietly 47"
    readonly property int idleMs: 400

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function unlocked() {
        if (Session.state === Session.FirstRun)
            Session.createProfile("adept", "Karin", passphrase, false);
        else if (Session.state !== Session.Unlocked)
            Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_1_locksWhenIdle() {
        const shell = createTemporaryObject(shellComponent, testCase);
        unlocked();
        tryVerify(() => findChild(shell, "journalPage") !== null);
        keyClick(Qt.Key_Shift); // the idle time counts from here
        const start = Date.now();
        tryCompare(Session, "state", Session.Locked, 5 * idleMs);
        verify(Date.now() - start >= idleMs * 0.75, "locked before the idle time had passed");
    }

    function test_2_inputKeepsItOpen() {
        const shell = createTemporaryObject(shellComponent, testCase);
        unlocked();
        tryVerify(() => findChild(shell, "journalPage") !== null);
        // Input every quarter of the timeout, for well over twice the timeout.
        for (let i = 0; i < 10; ++i) {
            keyClick(Qt.Key_Shift);
            wait(idleMs / 4);
            compare(Session.state, Session.Unlocked, "locked although input arrived, step " + i);
        }
        // Then silence: it locks.
        tryCompare(Session, "state", Session.Locked, 5 * idleMs);
    }
}
