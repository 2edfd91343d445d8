import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// "I need a sounding board": ask for a meeting before the next one, and see open requests.
Card {
    id: root

    title: qsTr("Between meetings")

    Text {
        Layout.fillWidth: true
        text: qsTr("Sometimes everything piles up at once. Ask your mentor for an extra meeting.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    AppButton {
        objectName: "soundingBoardButton"
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("I need a sounding board")
        primary: true
        Accessible.name: text
        onClicked: dialog.open()
    }
    Repeater {
        model: MeetingPrep.openRequests
        Text {
            required property var modelData
            Layout.fillWidth: true
            //: An open request: date, urgency, reason
            text: qsTr("Requested %1 (%2): %3").arg(modelData.dateText).arg(modelData.urgencyText).arg(modelData.reason)
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
    SoundingBoardDialog {
        id: dialog
        parent: QQC2.Overlay.overlay
    }
}
