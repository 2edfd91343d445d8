import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// Share with a calendar: export the meetings as an .ics file, import an invitation.
Card {
    id: root

    signal exportRequested()
    signal importRequested()

    title: qsTr("Calendar")

    Text {
        Layout.fillWidth: true
        text: qsTr("Save the meetings as a calendar file for any calendar app. It holds only the times and the rhythm, no names and no notes.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        AppButton {
            objectName: "exportCalendar"
            primary: true
            text: qsTr("Export to calendar")
            onClicked: root.exportRequested()
        }
        AppButton {
            objectName: "importCalendar"
            text: qsTr("Import an invitation")
            onClicked: root.importRequested()
        }
    }
}
