import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// Leaving a meeting that has not ended: keep it as a draft to resume, or throw it away.
QQC2.Dialog {
    id: root

    readonly property bool stackedButtons: width < 460

    signal keep()
    signal discard()

    objectName: "leaveMeetingDialog"
    modal: true
    background: DialogBackground {}
    Material.background: Theme.surface
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.spaceL : 480, 520)
    title: qsTr("Leave the meeting?")

    Text {
        width: root.availableWidth
        text: qsTr("Keep it as a draft to resume later: nothing is lost, the coaching clock keeps running. Or discard it: nothing of it is saved.")
        color: Theme.text
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    // Buttons side by side where they fit, stacked on a phone; decided from the dialog's width,
    // which does not depend on its content.
    footer: QQC2.Control {
        padding: Theme.spaceL
        topPadding: 0
        contentItem: GridLayout {
            columns: root.stackedButtons ? 1 : 4
            columnSpacing: Theme.spaceS
            rowSpacing: Theme.spaceS
            layoutDirection: Qt.RightToLeft
            AppButton {
                objectName: "keepDraftButton"
                Layout.fillWidth: root.stackedButtons
                primary: true
                text: qsTr("Keep as draft")
                onClicked: {
                    root.close();
                    root.keep();
                }
            }
            AppButton {
                objectName: "discardMeetingButton"
                Layout.fillWidth: root.stackedButtons
                text: qsTr("Discard")
                onClicked: {
                    root.close();
                    root.discard();
                }
            }
            AppButton {
                objectName: "stayInMeetingButton"
                Layout.fillWidth: root.stackedButtons
                text: qsTr("Stay")
                onClicked: root.close()
            }
            Item { Layout.fillWidth: true }
        }
    }
}
