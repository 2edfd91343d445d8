import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Unlock: the passphrase, or the OS key store when the person chose to be remembered here.
// A wrong passphrase is said plainly; nothing else happens.
LockLayout {
    id: root

    objectName: "unlockPage"
    title: qsTr("Unlock")

    function submit() {
        if (passphrase.text.length > 0 && !Session.busy)
            Session.unlock(passphrase.text, remember.checked);
    }

    Connections {
        target: Session
        function onErrorTextChanged() {
            if (Session.errorText.length > 0) {
                passphrase.field.selectAll();
                passphrase.field.forceActiveFocus();
            }
        }
    }
    Component.onCompleted: passphrase.field.forceActiveFocus()

    AppIcon {
        Layout.alignment: Qt.AlignHCenter
        iconName: "bollplank"
        color: "transparent"
        sourceSize.width: 72
        sourceSize.height: 72
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Your journal is locked")
        color: Theme.text
        font.pixelSize: Theme.headlineSize
        font.weight: Font.DemiBold
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    AppButton {
        objectName: "deviceUnlockButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: Session.rememberedOnDevice
        enabled: !Session.busy
        primary: true
        text: qsTr("Unlock with this device's key store")
        Accessible.name: text
        onClicked: Session.unlockWithDevice()
    }
    QQC2.Label {
        text: qsTr("Passphrase")
        color: Theme.text
    }
    PassphraseField {
        id: passphrase
        objectName: "unlockPassphrase"
        Layout.fillWidth: true
        accessibleName: qsTr("Passphrase")
        onAccepted: root.submit()
    }
    ErrorBanner {
        objectName: "unlockError"
        Layout.fillWidth: true
        text: Session.errorText
    }
    RememberOption {
        id: remember
        Layout.fillWidth: true
        visible: !Session.rememberedOnDevice
    }
    AppButton {
        objectName: "unlockButton"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        primary: !Session.rememberedOnDevice
        enabled: passphrase.text.length > 0 && !Session.busy
        text: qsTr("Unlock")
        Accessible.name: text
        onClicked: root.submit()
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        visible: Session.busy
        spacing: Theme.spaceS
        QQC2.BusyIndicator {
            running: Session.busy
            Accessible.name: qsTr("Working")
        }
        Text {
            text: qsTr("Unlocking…")
            color: Theme.textMuted
            font.pixelSize: Theme.bodySize
        }
    }
}
