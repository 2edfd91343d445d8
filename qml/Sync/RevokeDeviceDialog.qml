import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Asks before cutting off one of this person's own devices (lost, stolen or given away), saying
// exactly what that does and what no app can do: what the device already showed stays read.
QQC2.Dialog {
    id: root

    property string deviceKey

    function openFor(key) {
        deviceKey = key;
        Sync.clearError();
        open();
    }

    objectName: "revokeDeviceDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    parent: QQC2.Overlay.overlay
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("Revoke this device?")

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceM

        Text {
            Layout.fillWidth: true
            objectName: "revokeDeviceText"
            text: qsTr("From now on, nothing written on your devices or shared with you reaches that device: everything it could read moves to new keys that only your remaining devices get. The next time it connects, it erases what it holds, if it still runs Bollplank as published. A device that never connects again, or runs a modified app, keeps what it already received, and what it showed stays read. To use it again later, link it again and compare the new safety number.")
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
                objectName: "revokeDeviceConfirm"
                text: qsTr("Revoke")
                primary: true
                enabled: !Sync.busy
                onClicked: {
                    if (Sync.revokeDevice(root.deviceKey))
                        root.close();
                }
            }
            AppButton {
                objectName: "revokeDeviceCancel"
                text: qsTr("Keep it")
                onClicked: root.close()
            }
        }
    }
}
