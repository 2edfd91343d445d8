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
            //: %1 is the other person's name. Says exactly what unpairing does and does not do.
            text: qsTr("From now on, nothing you write reaches %1's devices: your shared space moves to a new key that only your own devices get. The next time %1's devices connect, they erase what you wrote there; what %1 wrote and what you planned together stay with %1. A device that never connects again, or runs a modified app, keeps what it received, and what %1 already read stays read. Nothing is deleted on this device. To share with %1 again, pair again and compare the new safety number.").arg(root.name)
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
