import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The Settings page's sync card: whether this device is paired, when it last synced, the sync
// server's address, and the ways into pairing, syncing and unpairing.
ColumnLayout {
    id: root

    readonly property bool mentor: Session.role === "mentor"

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
    ErrorBanner {
        objectName: "syncError"
        Layout.fillWidth: true
        visible: text.length > 0 && !pairing.opened && !unpairDialog.opened
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
            enabled: Sync.relayAddress.length > 0 || !root.mentor
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
            objectName: "unpair"
            visible: Sync.state === Sync.Paired
            text: qsTr("Unpair…")
            onClicked: {
                Sync.clearError();
                unpairDialog.open();
            }
        }
    }

    PairingDialog {
        id: pairing
    }
    UnpairDialog {
        id: unpairDialog
    }
}
