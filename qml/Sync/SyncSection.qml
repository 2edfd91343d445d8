import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The Settings page's sync card: whether this device is paired, when it last synced, the sync
// server's address, the mentor's direct sync on the local network, and the ways into pairing,
// syncing and unpairing (one mentorship at a time, named).
ColumnLayout {
    id: root

    readonly property bool mentor: Session.role === "mentor"
    readonly property var pairedMentorships: Sync.mentorships.filter(m => m.paired)

    spacing: Theme.spaceS

    Text {
        objectName: "syncState"
        Layout.fillWidth: true
        text: Sync.stateText
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "lastSync"
        Layout.fillWidth: true
        visible: Sync.state === Sync.Paired
        text: Sync.lastSyncText
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    Text {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        text: qsTr("Sync server")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        QQC2.TextField {
            id: relayField
            objectName: "relayAddress"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: Sync.relayAddress
            placeholderText: "wss://relay.example.org:443"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Sync server address")
            onAccepted: Sync.setRelayAddress(text)
        }
        AppButton {
            objectName: "saveRelay"
            text: qsTr("Save")
            enabled: relayField.text.trim().length > 0 && relayField.text.trim() !== Sync.relayAddress
            onClicked: Sync.setRelayAddress(relayField.text)
        }
    }
    // The mentor's device serves sync itself, for a pair in the same room: no server needed.
    AppSwitch {
        id: directSwitch
        objectName: "directSync"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        visible: root.mentor
        text: qsTr("Sync directly on this network")
        checked: Sync.directOn
        enabled: !Sync.busy
        onToggled: {
            Sync.setDirectSync(checked);
            // Show what runs, also when starting failed.
            checked = Qt.binding(() => Sync.directOn);
        }
    }
    TextEdit {
        objectName: "directAddress"
        Layout.fillWidth: true
        Layout.leftMargin: directSwitch.indicator.width + directSwitch.spacing + directSwitch.leftPadding
        visible: root.mentor && Sync.directOn
        text: Sync.directAddress
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: Theme.bodySize
        Accessible.name: qsTr("Direct sync address")
    }
    Text {
        objectName: "directDetail"
        Layout.fillWidth: true
        Layout.leftMargin: directSwitch.indicator.width + directSwitch.spacing + directSwitch.leftPadding
        visible: root.mentor
        text: Sync.directOn
              ? qsTr("Your adept's device reaches this one at the address above while this profile is unlocked. Pairing codes you show now carry it. Meanwhile this device syncs only this way, not through the sync server.")
              : qsTr("For when you and your adept are on the same Wi-Fi: your devices sync with each other, with no sync server. Notes travel end-to-end encrypted.")
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    // Never trusted away: what the sync server holds back, and who joined or left, stays in view.
    Repeater {
        model: Sync.warnings
        Text {
            required property string modelData
            required property int index
            objectName: "syncWarning" + index
            Layout.fillWidth: true
            text: modelData
            color: Theme.warning
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    AppButton {
        objectName: "dismissWarnings"
        visible: Sync.warnings.length > 0
        text: qsTr("I have read this")
        onClicked: Sync.dismissWarnings()
    }
    SyncProgressView {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
    }
    ErrorBanner {
        objectName: "syncError"
        Layout.fillWidth: true
        visible: text.length > 0 && !pairing.opened && !unpairDialog.opened && !devices.opened
        text: Sync.errorText
    }
    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spaceS
        spacing: Theme.spaceS
        AppButton {
            objectName: "pairPartner"
            primary: Sync.state !== Sync.Paired
            text: root.mentor ? qsTr("Pair with your adept") : qsTr("Pair with your mentor")
            enabled: Sync.relayAddress.length > 0 || Sync.directOn || !root.mentor
            onClicked: pairing.openFor(false)
        }
        AppButton {
            objectName: "pairOwnDevice"
            text: qsTr("Link your other device")
            onClicked: pairing.openFor(true)
        }
        AppButton {
            objectName: "syncNow"
            visible: Sync.state === Sync.Paired
            enabled: !Sync.busy
            text: Sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
            onClicked: Sync.syncNow()
        }
        AppButton {
            objectName: "showDevices"
            visible: Sync.state === Sync.Paired
            text: qsTr("Devices and safety numbers")
            onClicked: devices.openRoster()
        }
        Repeater {
            model: root.pairedMentorships
            AppButton {
                required property var modelData
                required property int index
                objectName: index === 0 ? "unpair" : "unpair" + index
                text: qsTr("Stop syncing with %1…").arg(modelData.name)
                onClicked: {
                    Sync.clearError();
                    unpairDialog.openFor(modelData.id, modelData.name);
                }
            }
        }
    }

    PairingDialog {
        id: pairing
    }
    UnpairDialog {
        id: unpairDialog
    }
    DevicesDialog {
        id: devices
    }
}
