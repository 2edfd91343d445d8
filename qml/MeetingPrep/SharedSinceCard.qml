pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// What the adept has shared with the mentor since the last meeting.
Card {
    id: root

    title: qsTr("Shared since the last meeting")

    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.sharedSince.length === 0
        text: qsTr("Nothing shared yet. Open a reflection and switch it to shared if you want your mentor to read it before you meet.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: Array.from(MeetingPrep.sharedSince).slice(0, 6) // MeetingPrep makes excerpts for these six only
        RowLayout {
            id: sharedRow
            required property var modelData
            Layout.fillWidth: true
            spacing: Theme.spaceS
            VisibilityBadge {
                Layout.alignment: Qt.AlignTop
                shared: true
            }
            Text {
                Layout.fillWidth: true
                text: sharedRow.modelData.dateText + ": " + sharedRow.modelData.excerpt
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.sharedSince.length > 6
        text: qsTr("and %n more", "", MeetingPrep.sharedSince.length - 6)
        color: Theme.textMuted
        font.pixelSize: Theme.captionSize
    }
}
