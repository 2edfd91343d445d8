import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// The rhythm in words, the time zone the times are in, and the button to change it.
Card {
    id: root

    signal editRequested()

    title: qsTr("Rhythm")

    Text {
        objectName: "rhythmText"
        Layout.fillWidth: true
        text: Meetings.hasSeries ? Meetings.rhythmText : qsTr("No rhythm yet. Set one, and the next meetings follow from it.")
        color: Meetings.hasSeries ? Theme.text : Theme.textMuted
        font.pixelSize: Theme.bodyLargeSize
        wrapMode: Text.Wrap
    }
    Text {
        objectName: "timeZoneText"
        Layout.fillWidth: true
        text: Meetings.timeZoneText
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    AppButton {
        objectName: "editRhythm"
        text: Meetings.hasSeries ? qsTr("Change rhythm") : qsTr("Set the rhythm")
        onClicked: root.editRequested()
    }
}
