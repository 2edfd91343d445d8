import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Change the passphrase: the current one, then the new one twice, with strength feedback.
QQC2.Dialog {
    id: root

    readonly property int strength: Session.passphraseStrength(next.text)
    readonly property bool ready: current.text.length > 0 && strength >= Session.minimumStrength()
                                  && next.text === repeat.text && !Session.busy

    objectName: "changePassphraseDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("Change passphrase")
    onOpened: {
        current.text = "";
        next.text = "";
        repeat.text = "";
        Session.clearError();
        current.field.forceActiveFocus();
    }

    Connections {
        target: Session
        function onPassphraseChangeFinished(ok) {
            if (ok)
                root.close();
        }
    }

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceS

        PassphraseField {
            id: current
            objectName: "currentPassphrase"
            Layout.fillWidth: true
            accessibleName: qsTr("Current passphrase")
            placeholderText: qsTr("Current passphrase")
        }
        PassphraseField {
            id: next
            objectName: "nextPassphrase"
            Layout.fillWidth: true
            accessibleName: qsTr("New passphrase")
            placeholderText: qsTr("New passphrase")
        }
        StrengthMeter {
            Layout.fillWidth: true
            strength: root.strength
            empty: next.text.length === 0
        }
        PassphraseField {
            id: repeat
            objectName: "repeatPassphrase"
            Layout.fillWidth: true
            accessibleName: qsTr("Repeat the new passphrase")
            placeholderText: qsTr("Repeat the new passphrase")
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("A lost passphrase cannot be recovered.")
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: Session.errorText
        }
        QQC2.BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: Session.busy
            running: Session.busy
            Accessible.name: qsTr("Working")
        }
    }

    footer: QQC2.DialogButtonBox {
        QQC2.Button {
            text: qsTr("Cancel")
            flat: true
            enabled: !Session.busy
            Accessible.name: text
            onClicked: root.close()
        }
        QQC2.Button {
            objectName: "confirmChangePassphrase"
            text: qsTr("Change")
            flat: true
            enabled: root.ready
            Accessible.name: text
            onClicked: Session.changePassphrase(current.text, next.text)
        }
    }
}
