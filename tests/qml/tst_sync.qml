import QtQuick
import QtTest
import Bollplank.App
import Bollplank.Shell
import Bollplank.TestSupport

// Pairing and sync through the Settings page. The app is the adept; the mentor is a second
// profile driven through the core (as the CLI does), both talking to a real bollplank-relay
// process on loopback. Garbled and expired codes show their plain error and change nothing; the
// safety number shown is the mentor's; a shared reflection arrives at the mentor; unpairing
// stops sync and the mentor's device erases her words; the roster shows a linked device's number
// and revokes it, and the revoked device erases its copy.
AppTestCase {
    id: testCase
    name: "Sync"

    readonly property string passphrase: "harbour lantern quietly 47"
    property string relayUrl
    /// The safety number compared when the second device was linked (test 5).
    property string linkedNumber

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

    // The page settles over a frame or two after it shows; scroll until the item is in the window.
    function clickInView(shell, name) {
        const item = findChild(shell, name);
        verify(item, "no item named " + name);
        tryVerify(() => {
            scrollIntoView(item);
            const y = item.mapToItem(null, 0, 0).y;
            return item.visible && item.enabled && y >= 0 && y + item.height <= testCase.height;
        }, 3000, name + " not clickable");
        mouseClick(item);
        return item;
    }

    function enterCode(shell, code) {
        clickInView(shell, "pairPartner");
        const dialog = findChild(shell, "pairingDialog");
        tryCompare(dialog, "opened", true);
        const input = clickOn(shell, "inviteInput");
        input.text = "";
        typeText(code);
        compare(input.text, code);
        clickOn(shell, "acceptCode");
        tryCompare(Sync, "busy", false, 30000);
        return dialog;
    }

    function initTestCase() {
        Session.createProfile("adept", "Karin", passphrase, false);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        TestSupport.seedMentorship();
        relayUrl = SyncPeer.startRelay();
        verify(relayUrl.length > 0, "the relay did not start");
    }

    function test_1_relayAddressIsChecked() {
        const shell = openSettings();
        compare(Sync.state, Sync.NotPaired);
        const field = clickOn(shell, "relayAddress");
        typeText("http://nowhere");
        clickOn(shell, "saveRelay");
        verify(findChild(shell, "syncError").text.indexOf("ws://") >= 0, "no address error");
        compare(Sync.relayAddress, "");
        mouseClick(field);
        field.selectAll();
        keyClick(Qt.Key_Delete);
        typeText(relayUrl);
        clickOn(shell, "saveRelay");
        compare(Sync.relayAddress, relayUrl);
        compare(Sync.errorText, "");
    }

    function test_2_garbledAndExpiredCodesAreRefused() {
        const shell = openSettings();
        let dialog = enterCode(shell, "BOLLPLANK:INVITE:V1:ABCDEFGH2345");
        const error = findChild(shell, "pairingError");
        verify(error.visible);
        verify(error.text.indexOf("expired, was already used, or is incomplete") >= 0, error.text);
        compare(Sync.step, Sync.Idle);
        compare(Sync.state, Sync.NotPaired);
        dialog.close();
        tryCompare(dialog, "visible", false);

        const expired = SyncPeer.mentorInvite(1);
        wait(50);
        dialog = enterCode(shell, expired);
        verify(findChild(shell, "pairingError").text.indexOf("expired") >= 0);
        compare(Sync.step, Sync.Idle);
        compare(Sync.state, Sync.NotPaired);
        // Nothing reached the mentor's mailbox.
        compare(SyncPeer.mentorSafetyNumber(), "");
        dialog.close();
        tryCompare(dialog, "visible", false);
    }

    function test_3_pairCompareAndSync() {
        const shell = openSettings();
        const code = SyncPeer.mentorInvite(15 * 60 * 1000);
        const dialog = enterCode(shell, code);
        compare(Sync.errorText, "");
        compare(Sync.step, Sync.AwaitGrant);
        compare(Sync.state, Sync.Waiting);

        // The number on screen, twelve groups of five, is the one the mentor's device shows.
        const mentorNumber = SyncPeer.mentorSafetyNumber();
        compare(mentorNumber.length, 60);
        const view = findChild(shell, "safetyNumber");
        verify(view.visible);
        const groups = [];
        for (let i = 0; i < view.children.length; ++i) {
            if (view.children[i].text !== undefined)
                groups.push(view.children[i].text);
        }
        compare(groups.length, 12);
        for (let i = 0; i < groups.length; ++i)
            compare(groups[i].length, 5);
        const shown = groups.join("");
        compare(shown, mentorNumber);

        // The mentor confirms; the app receives the keys by itself.
        verify(SyncPeer.mentorConfirm());
        tryCompare(Sync, "step", Sync.Done, 30000);
        verify(findChild(shell, "pairedText").visible);
        clickOn(shell, "donePairing");
        tryCompare(dialog, "visible", false);
        compare(Sync.state, Sync.Paired);

        // A shared reflection written here arrives at the mentor after "Sync now".
        SyncPeer.adeptWritesShared("sync-marker-one");
        tryCompare(Sync, "busy", false, 30000);
        clickInView(shell, "syncNow");
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.errorText, "");
        compare(SyncPeer.adeptOutgoing(), 0);
        compare(SyncPeer.mentorReceived("sync-marker-one"), 1);
        const last = findChild(shell, "lastSync");
        verify(last.visible);
        verify(last.text.indexOf("Last synced") === 0, last.text);
    }

    function test_4_unpairStopsSync() {
        const shell = openSettings();
        compare(Sync.state, Sync.Paired);
        tryCompare(Sync, "busy", false, 30000);
        clickInView(shell, "unpair");
        const dialog = findChild(shell, "unpairDialog");
        tryCompare(dialog, "opened", true);
        clickOn(shell, "unpairConfirm");
        tryCompare(dialog, "visible", false);
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.errorText, "");
        compare(Sync.state, Sync.NotPaired);
        verify(!findChild(shell, "syncNow").visible);

        SyncPeer.adeptWritesShared("sync-marker-two");
        verify(!Sync.syncNow());
        // Unpairing moved the shared space to a key of this device alone: nothing is even queued
        // for the mentor any more (the journal, with no second device, waits uncounted).
        compare(SyncPeer.adeptOutgoing(), 0);
        compare(SyncPeer.mentorReceived("sync-marker-two"), 0);
        // The mentor's device, told by the adept's signed rotation, erased her shared words, the
        // reflection it had received before included (what the mentor already read stays read).
        compare(SyncPeer.mentorReceived("sync-marker-one"), 0);
    }

    // Items a Repeater made inside a popup are not QObject children of the page, so findChild
    // misses them; the visual tree has them.
    function findVisual(item, name) {
        if (!item)
            return null;
        if (item.objectName === name)
            return item;
        for (let i = 0; i < item.children.length; ++i) {
            const found = findVisual(item.children[i], name);
            if (found)
                return found;
        }
        return null;
    }

    function safetyShown(shell) {
        const view = findChild(shell, "safetyNumber");
        verify(view.visible);
        let shown = "";
        for (let i = 0; i < view.children.length; ++i) {
            if (view.children[i].text !== undefined)
                shown += view.children[i].text;
        }
        return shown;
    }

    function test_5_linkOwnDeviceAsIssuer() {
        const shell = openSettings();
        clickInView(shell, "pairOwnDevice");
        const dialog = findChild(shell, "pairingDialog");
        tryCompare(dialog, "opened", true);
        clickOn(shell, "showCode");
        compare(Sync.errorText, "");
        compare(Sync.step, Sync.ShowInvite);
        const qr = findChild(shell, "inviteQr");
        verify(qr.visible);
        tryCompare(qr, "status", Image.Ready);
        verify(qr.width >= 200 && qr.height >= 200, "QR too small to scan");
        const text = findChild(shell, "inviteText");
        compare(text.text, Sync.inviteText);
        verify(text.text.indexOf("BOLLPLANK:INVITE:V1:") === 0);
        // "Copy code" puts the code on the clipboard (and locking takes it back, below).
        clickOn(shell, "copyCode");
        compare(TestSupport.clipboardText(), Sync.inviteText);
        const copiedCode = Sync.inviteText;

        // The other device answers; the app notices by itself and shows the same number.
        const number = SyncPeer.secondDeviceAccept(Sync.inviteText);
        compare(number.length, 60);
        linkedNumber = number;
        tryCompare(Sync, "step", Sync.Compare, 30000);
        compare(safetyShown(shell), number);
        verify(!SyncPeer.secondDeviceFinish()); // nothing granted before the person confirms
        clickOn(shell, "confirmSafety");
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.errorText, "");
        compare(Sync.step, Sync.Done);
        compare(Sync.state, Sync.Paired);
        verify(SyncPeer.secondDeviceFinish());
        clickOn(shell, "donePairing");
        tryCompare(dialog, "visible", false);

        SyncPeer.adeptWritesShared("sync-marker-three");
        tryCompare(Sync, "busy", false, 30000);
        clickInView(shell, "syncNow");
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.errorText, "");
        compare(SyncPeer.secondDeviceReceived("sync-marker-three"), 1);

        // The pairing code must not stay on the clipboard once the journal locks, where any
        // app (or a person at the unlocked computer) could paste it later.
        compare(TestSupport.clipboardText(), copiedCode);
        Session.lock();
        compare(TestSupport.clipboardText(), "");
    }

    function test_6_rosterShowsAndRevokesTheLinkedDevice() {
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        const shell = openSettings();
        tryCompare(Sync, "busy", false, 30000);
        clickInView(shell, "showDevices");
        const roster = findChild(shell, "devicesDialog");
        tryCompare(roster, "opened", true);

        // The linked device is listed as this person's, with the number compared when linking.
        const revoke = findVisual(roster.contentItem, "revokeDevice");
        verify(revoke && revoke.visible, "no revocable device in the roster");
        verify(revoke.height >= 48, "revoke button under 48 px: " + revoke.height);
        const row = revoke.parent;
        compare(findVisual(row, "deviceName").text, "Your other device");
        const number = findVisual(row, "deviceSafetyNumber");
        let shown = "";
        for (let i = 0; i < number.children.length; ++i) {
            if (number.children[i].text !== undefined)
                shown += number.children[i].text;
        }
        compare(shown, linkedNumber);

        // Revoking asks first, then cuts the device off: what is written afterwards never reaches it.
        mouseClick(revoke);
        const ask = findChild(shell, "revokeDeviceDialog");
        tryCompare(ask, "opened", true);
        verify(findChild(shell, "revokeDeviceText").text.indexOf("stays read") > 0);
        clickOn(shell, "revokeDeviceConfirm");
        tryCompare(ask, "visible", false);
        tryCompare(Sync, "busy", false, 30000);
        compare(Sync.errorText, "");
        tryVerify(() => !findVisual(roster.contentItem, "revokeDevice"), 5000, "the revoked device is still listed");

        // The linked device was the last one this profile synced with (the mentor left in test 4).
        compare(Sync.state, Sync.NotPaired);
        SyncPeer.adeptWritesShared("sync-marker-four");
        verify(!Sync.syncNow());
        compare(SyncPeer.adeptOutgoing(), 0);
        compare(SyncPeer.secondDeviceReceived("sync-marker-four"), 0);
        // The revoked device, told by the server with this device's signed revocation, erased
        // what it held of this person's journal, the reflection written before included.
        compare(SyncPeer.secondDeviceReceived("sync-marker-three"), 0);
        clickOn(shell, "closeDevices");
        tryCompare(roster, "visible", false);
    }
}
