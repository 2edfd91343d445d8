import QtQuick
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One occurrence of the rhythm: when, whether it was moved (and from when) or cancelled, and
// the buttons to move, cancel or restore it. Buttons sit beside the text when there is room,
// under it on a phone.
GridLayout {
    id: root

    required property var occurrence
    required property int index
    /// Room for the buttons beside the text (decided by the page, not by this row's own width,
    /// which would feed back into the layout).
    property bool wide: false
    signal moveRequested()
    signal cancelRequested()
    signal restoreRequested()

    readonly property bool changed: occurrence.moved || occurrence.cancelled

    columns: wide ? 2 : 1
    columnSpacing: Theme.spaceM
    rowSpacing: Theme.spaceXs

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceXxs
        Text {
            objectName: "occurrenceDay_" + root.index
            Layout.fillWidth: true
            text: root.occurrence.dayText
            color: root.occurrence.cancelled ? Theme.textMuted : Theme.text
            font.pixelSize: Theme.bodyLargeSize
            font.weight: Font.DemiBold
            font.strikeout: root.occurrence.cancelled
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                text: root.occurrence.timeText
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
                font.strikeout: root.occurrence.cancelled
                height: Math.max(implicitHeight, tag.implicitHeight)
                verticalAlignment: Text.AlignVCenter
            }
            StatusTag {
                id: tag
                objectName: "occurrenceStatus_" + root.index
                visible: root.changed
                text: root.occurrence.cancelled ? qsTr("Cancelled") : qsTr("Moved")
                textColor: root.occurrence.cancelled ? Theme.danger : Theme.warning
            }
        }
        Text {
            objectName: "occurrenceOriginal_" + root.index
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.occurrence.originalText
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
    Flow {
        Layout.fillWidth: root.columns === 1
        Layout.alignment: Qt.AlignVCenter | Qt.AlignRight
        spacing: Theme.spaceS
        AppButton {
            objectName: "moveOccurrence_" + root.index
            visible: !root.occurrence.cancelled
            text: qsTr("Move")
            Accessible.name: qsTr("Move the meeting of %1").arg(root.occurrence.dayText)
            onClicked: root.moveRequested()
        }
        AppButton {
            objectName: "cancelOccurrence_" + root.index
            visible: !root.occurrence.cancelled
            text: qsTr("Cancel meeting")
            Accessible.name: qsTr("Cancel the meeting of %1").arg(root.occurrence.dayText)
            onClicked: root.cancelRequested()
        }
        AppButton {
            objectName: "restoreOccurrence_" + root.index
            visible: root.changed
            text: root.occurrence.cancelled ? qsTr("Restore") : qsTr("Undo move")
            Accessible.name: text
            onClicked: root.restoreRequested()
        }
    }
}
