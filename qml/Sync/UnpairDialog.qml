import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Asks before unpairing, saying what it does and what it does not.
QQC2.Dialog {
    id: root

    objectName: "unpairDialog"
    modal: true
    background: DialogBackground {}
    parent: QQC2.Overlay.overlay
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("Unpair?")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceM

        Text {
            Layout.fillWidth: true
            text: qsTr("This device stops syncing, and the sync server stops passing your shared notes to the devices paired with it. What they already received stays on them. Your notes on this device are kept. To sync again, pair again.")
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        ErrorBanner {
            Layout.fillWidth: true
            text: Sync.errorText
        }
        Flow {
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignRight
            spacing: Theme.spaceS
            layoutDirection: Qt.RightToLeft
            AppButton {
                objectName: "unpairConfirm"
                text: qsTr("Unpair")
                primary: true
                enabled: !Sync.busy
                onClicked: {
                    if (Sync.unpair())
                        root.close();
                }
            }
            AppButton {
                objectName: "unpairCancel"
                text: qsTr("Keep syncing")
                onClicked: root.close()
            }
        }
    }
}
