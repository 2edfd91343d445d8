import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Typing while a large sync runs (issue #13): sync works on a thread of its own with its own
// connection to the profile, so the editor takes every keystroke while thousands of the mentor's
// comments arrive, and what was typed is all there. Then a sync a person can watch: Settings shows
// "N of M" as it runs, Stop stops it part way, and the next sync brings the rest. The app is the adept, paired through a real
// bollplank-relay process on loopback with a mentor driven through the core.
AppTestCase {
    id: testCase
    name: "TypingDuringSync"

    readonly property string passphrase: "harbour lantern quietly 47"
    readonly property int comments: 3000
    property string relayUrl
    /// The longest gap between two frames while the sync ran, in milliseconds (printed).
    property real longestFrameGap: 0
    property real lastFrame: 0

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    // Frames keep coming while the sync runs; the longest gap between two is printed.
    Timer {
        id: frames
        interval: 5
        repeat: true
        onTriggered: {
            const now = Date.now();
            if (testCase.lastFrame > 0)
                testCase.longestFrameGap = Math.max(testCase.longestFrameGap, now - testCase.lastFrame);
            testCase.lastFrame = now;
        }
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        TestSupport.seedMentorship();
        relayUrl = SyncPeer.startRelay();
        verify(relayUrl.length > 0, "the relay did not start");
        verify(Sync.setRelayAddress(relayUrl));
        verify(Sync.acceptInvite(SyncPeer.mentorInvite(15 * 60 * 1000)));
        tryCompare(Sync, "step", Sync.AwaitGrant, 30000);
        compare(SyncPeer.mentorSafetyNumber(), Sync.safetyNumber);
        verify(SyncPeer.mentorConfirm());
        tryCompare(Sync, "step", Sync.Done, 30000);
        Sync.closePairing();
        compare(Sync.state, Sync.Paired);
        SyncPeer.adeptWritesShared("typing-marker reflection");
        tryCompare(Sync, "busy", false, 30000);
        verify(Sync.syncNow());
        tryCompare(Sync, "busy", false, 30000);
        compare(SyncPeer.mentorReceived("typing-marker"), 1);
    }

    function test_everyKeystrokeArrivesWhileALargeSyncRuns() {
        const shell = createTemporaryObject(shellComponent, testCase);
        tryVerify(() => findChild(shell, "journalPage") !== null);
        clickOn(shell, "newReflectionButton");
        tryVerify(() => findChild(shell, "editorPage") !== null);
        const editor = clickOn(shell, "editorBody");
        tryVerify(() => editor.activeFocus, 3000, "the editor never took the focus");

        compare(SyncPeer.mentorComments(comments, "typing-comment"), comments);
        tryCompare(Sync, "busy", false, 30000);
        verify(Sync.syncNow());
        verify(Sync.busy);
        frames.start();
        // Keystrokes while the sync runs, one frame apart like a quick typist, until it is done.
        const sentence = "Typed while the mentor's comments arrive. ";
        let typed = "";
        let whileBusy = 0;
        while (Sync.busy && typed.length < 4000) {
            const ch = sentence[typed.length % sentence.length];
            keyClick(ch);
            typed += ch;
            ++whileBusy;
            wait(0);
        }
        frames.stop();
        tryCompare(Sync, "busy", false, 60000);
        compare(Sync.errorText, "");
        // The sync took long enough for a person to type through it, and not one key was lost.
        verify(whileBusy >= 10, "only " + whileBusy + " keystrokes while the sync ran");
        compare(editor.text, typed);
        console.log("keystrokes while syncing:", whileBusy, "longest frame gap:", longestFrameGap, "ms");

        // Everything arrived too: the comments are on the adept's reflection.
        compare(SyncPeer.adeptComments("typing-comment"), comments);
    }

    function test_progressShowsAndStopKeepsWhatArrived() {
        // Away while the mentor writes a lot: unlocking again starts the sync that brings it in.
        const many = 8000;
        tryCompare(Sync, "busy", false, 30000);
        Session.lock();
        compare(SyncPeer.mentorComments(many, "progress-comment"), many);
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_settings");
        tryVerify(() => findChild(shell, "settingsPage").visible);
        tryVerify(() => Sync.progressExpected > 0, 30000, "no progress shown");
        const text = findChild(shell, "syncProgressText");
        verify(text.visible);
        verify(text.text.indexOf(" of ") > 0, text.text);
        verify(Sync.progressExpected >= many, "expected " + Sync.progressExpected);
        clickOn(shell, "stopSync");
        tryCompare(Sync, "busy", false, 60000);
        compare(Sync.errorText, "");
        verify(Sync.progressStopped);
        verify(findChild(shell, "syncProgressDetail").text.indexOf("next sync goes on") > 0);
        const first = SyncPeer.adeptComments("progress-comment");
        verify(first > 0 && first < many, "stopped with " + first + " of " + many);
        compare(Sync.progressReceived, first);

        // The next sync brings the rest, each once, and the view goes away.
        verify(Sync.syncNow());
        tryCompare(Sync, "busy", false, 60000);
        compare(SyncPeer.adeptComments("progress-comment"), many);
        compare(Sync.progressExpected, 0);
        verify(!text.visible);
    }
}
