import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Step 3: the focus areas the adept chose (they can change here), with the minutes of each,
// and a note on the meeting as a whole.
StepFrame {
    id: root

    objectName: "focusStep"
    heading: qsTr("Focus areas")
    intro: qsTr("The areas your adept chose for today. Change them if the conversation goes elsewhere; write the minutes under each.")

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        Repeater {
            model: FocusCatalog.areas
            FocusChip {
                required property var modelData
                objectName: "focus_" + modelData.areaId
                text: modelData.name
                checked: MeetingSession.chosenAreas.indexOf(modelData.areaId) >= 0
                onToggled: MeetingSession.setAreaChosen(modelData.areaId, checked)
            }
        }
    }

    Repeater {
        model: MeetingSession.chosenAreas
        Card {
            id: areaCard
            required property int modelData
            Layout.fillWidth: true
            title: FocusCatalog.name(modelData)
            MinutesArea {
                areaId: areaCard.modelData
                placeholder: qsTr("What you talked about, what your adept takes with them")
            }
        }
    }

    Card {
        Layout.fillWidth: true
        title: qsTr("The meeting as a whole")
        MinutesArea {
            areaId: 0
            placeholder: qsTr("Anything that belongs to no single area")
        }
    }

    component MinutesArea: QQC2.TextArea {
        id: area
        required property int areaId
        property string placeholder
        objectName: "minutes_" + areaId
        Layout.fillWidth: true
        Layout.minimumHeight: 120
        wrapMode: TextEdit.Wrap
        placeholderText: placeholder
        font.pixelSize: Theme.bodyLargeSize
        Accessible.name: qsTr("Minutes")
        Component.onCompleted: text = MeetingSession.minutesFor(areaId)
        onTextChanged: MeetingSession.setMinutes(areaId, text)
    }
}
