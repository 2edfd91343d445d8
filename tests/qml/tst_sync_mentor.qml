import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// The mentor's side of Settings > Sync: direct sync switched on shows its address and accepts
// connections; with two adepts the pairing code is for the one picked; locking stops the
// endpoint and unlocking brings it back at the same address; an answer that came through the
// sync server instead (a real bollplank-relay process) is not opened, and the mentor hears why.
AppTestCase {
    id: testCase
    name: "SyncMentor"

    readonly property string passphrase: "harbour lantern quietly 47"
    property string karin
    property string olle
    property string address

    Component {
        id: shellComponent
        AppShell { width: testCase.width; height: testCase.height }
    }

    function openSettings() {
        const shell = createTemporaryObject(shellComponent, testCase);
        clickOn(shell, "nav_settings");
        tryVerify(() => findChild(shell, "settingsPage").visible);
        return shell;
    }

    function initTestCase() {
        Session.createProfile("mentor", "Anders", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        SyncPeer.directOnLoopback();
        karin = SyncPeer.addMentorship("Karin");
        olle = SyncPeer.addMentorship("Olle");
    }

    function test_1_directSyncShowsItsAddress() {
        const shell = openSettings();
        compare(Sync.directOn, false);
        verify(!findChild(shell, "directAddress").visible);
        // Without a sync server or direct sync there is nowhere to pair through.
        verify(!findChild(shell, "pairPartner").enabled);
        const toggle = clickOn(shell, "directSync");
        tryCompare(Sync, "directOn", true);
        verify(toggle.checked);
        compare(Sync.errorText, "");
        const shown = findChild(shell, "directAddress");
        verify(shown.visible);
        compare(shown.text, Sync.directAddress);
        verify(/^ws:\/\/127\.0\.0\.1:[0-9]+$/.test(shown.text), shown.text);
        verify(SyncPeer.accepts(shown.text), "nothing listens at " + shown.text);
        address = shown.text;
        verify(findChild(shell, "pairPartner").enabled);
    }

    function test_2_inviteIsForThePickedAdept() {
        const shell = openSettings();
        clickOn(shell, "pairPartner");
        const dialog = findChild(shell, "pairingDialog");
        tryCompare(dialog, "opened", true);
        const picker = findChild(shell, "inviteMentorship");
        verify(picker.visible);
        compare(picker.count, 2);
        // The second entry, so that a reset to the first would show.
        const picked = Sync.mentorships[1];
        verify(picked.id === olle || picked.id === karin);
        chooseInCombo(shell, "inviteMentorship", 1);
        compare(picker.currentText, picked.name);
        // A background sync refreshes the list; the pick stays.
        Sync.reload();
        wait(0);
        compare(picker.currentText, picked.name);
        clickOn(shell, "showCode");
        compare(Sync.errorText, "");
        compare(Sync.step, Sync.ShowInvite);
        compare(SyncPeer.inviteEndpoints(Sync.inviteText), [address]);
        compare(SyncPeer.inviteMentorship(Sync.inviteText), picked.id);
        Sync.reject();
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    function test_3_lockStopsDirectSync() {
        Session.lock();
        compare(Session.state, Session.Locked);
        compare(Sync.directOn, false);
        compare(Sync.directAddress, "");
        verify(!SyncPeer.accepts(address), "still listening while locked");
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        tryCompare(Sync, "directOn", true);
        compare(Sync.directAddress, address);
        verify(SyncPeer.accepts(address));

        // Switched off, it stays off after the next unlock.
        const shell = openSettings();
        clickOn(shell, "directSync");
        tryCompare(Sync, "directOn", false);
        verify(!SyncPeer.accepts(address));
        Session.lock();
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(Sync.directOn, false);
    }

    function test_4_answerThroughTheServerIsNotOpened() {
        const relayUrl = SyncPeer.startRelay();
        verify(relayUrl.length > 0, "the relay did not start");
        verify(Sync.setRelayAddress(relayUrl));
        verify(Sync.setDirectSync(true));
        const shell = openSettings();
        clickOn(shell, "pairPartner");
        const dialog = findChild(shell, "pairingDialog");
        tryCompare(dialog, "opened", true);
        chooseInCombo(shell, "inviteMentorship", Sync.mentorships.findIndex(m => m.id === karin));
        clickOn(shell, "showCode");
        compare(Sync.step, Sync.ShowInvite);
        compare(SyncPeer.inviteEndpoints(Sync.inviteText), [Sync.directAddress, relayUrl]);
        compare(SyncPeer.inviteMentorship(Sync.inviteText), karin);

        verify(SyncPeer.answerThrough(Sync.inviteText, relayUrl));
        const error = findChild(shell, "pairingError");
        tryVerify(() => error.text.indexOf("answered through the sync server") >= 0, 30000, error.text);
        verify(error.visible);
        compare(Sync.step, Sync.ShowInvite);
        compare(Sync.safetyNumber, "");
        Sync.reject();
        dialog.close();
        tryCompare(dialog, "visible", false);
    }
}
