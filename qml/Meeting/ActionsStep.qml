pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Step 4: who does what by when.
StepFrame {
    id: root

    objectName: "actionsStep"
    heading: qsTr("Action items")
    intro: qsTr("Who does what, and by when. They come back in the next meeting's look back.")

    Text {
        Layout.fillWidth: true
        visible: MeetingSession.actions.length === 0
        text: qsTr("No action items yet.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: MeetingSession.actions
        ActionItemEditor {
            required property var modelData
            required property int index
            Layout.fillWidth: true
            item: modelData
            itemIndex: index
            narrow: root.width < 600
        }
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spaceM
        AppButton {
            objectName: "addAdeptActionButton"
            //: Adds an action item owned by the adept; %1 is the adept's name
            text: qsTr("Add for %1").arg(MeetingSession.adeptName)
            onClicked: MeetingSession.addAction("adept")
        }
        AppButton {
            objectName: "addMentorActionButton"
            text: qsTr("Add for me")
            onClicked: MeetingSession.addAction("mentor")
        }
    }
}
