import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Asks before unpairing one mentorship, naming the other person and saying exactly what stops
// (as the CLI's "unpair": every other device in that shared space) and what does not.
QQC2.Dialog {
    id: root

    property string mentorshipId
    property string name

    function openFor(id, who) {
        mentorshipId = id;
        name = who;
        open();
    }

    objectName: "unpairDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    parent: QQC2.Overlay.overlay
    anchors.centerIn: QQC2.Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("Stop syncing with %1?").arg(root.name)

    ColumnLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: Theme.spaceM

        Text {
            Layout.fillWidth: true
            objectName: "unpairText"
            text: qsTr("The sync server stops passing what you and %1 share to %1's devices, and to your own other devices. What they already received stays on them. Nothing is deleted on this device, and your private notes keep syncing between your own devices. To share with %1 again, pair again.").arg(root.name)
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
                text: qsTr("Stop syncing")
                primary: true
                enabled: !Sync.busy
                onClicked: {
                    if (Sync.unpair(root.mentorshipId))
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
