import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// One action item being written: owner, what, due date, and a way to remove it.
Card {
    id: root

    required property var item
    required property int itemIndex
    /// Due date under the text instead of beside it (from the page's width, see MeetingTimeFields).
    property bool narrow: false

    objectName: "actionEditor_" + itemIndex

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spaceS
        AppComboBox {
            id: owner
            objectName: "actionOwner_" + root.itemIndex
            Layout.fillWidth: true
            textRole: "text"
            valueRole: "value"
            model: MeetingSession.ownerChoices
            Accessible.name: qsTr("Who")
            Component.onCompleted: currentIndex = indexOfValue(root.item.owner)
            onActivated: MeetingSession.setActionOwner(root.itemIndex, currentValue)
        }
        IconButton {
            objectName: "actionRemove_" + root.itemIndex
            iconName: "delete"
            label: qsTr("Remove this action item")
            onClicked: MeetingSession.removeAction(root.itemIndex)
        }
    }
    QQC2.TextArea {
        objectName: "actionBody_" + root.itemIndex
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        wrapMode: TextEdit.Wrap
        placeholderText: qsTr("What is to be done")
        font.pixelSize: Theme.bodyLargeSize
        Accessible.name: qsTr("What is to be done")
        Component.onCompleted: text = root.item.body
        onTextChanged: MeetingSession.setActionBody(root.itemIndex, text)
    }
    GridLayout {
        Layout.fillWidth: true
        columns: root.narrow ? 1 : 2
        columnSpacing: Theme.spaceM
        rowSpacing: Theme.spaceXs
        QQC2.TextField {
            id: due
            objectName: "actionDue_" + root.itemIndex
            Layout.preferredWidth: root.narrow ? -1 : 200
            Layout.fillWidth: root.narrow
            Layout.minimumHeight: Theme.touchTarget
            inputMethodHints: Qt.ImhDate
            //: Placeholder of a date field: the format to type
            placeholderText: qsTr("YYYY-MM-DD")
            Accessible.name: qsTr("Due date")
            Component.onCompleted: text = root.item.due
            onTextChanged: MeetingSession.setActionDue(root.itemIndex, text)
        }
        Text {
            Layout.fillWidth: true
            text: MeetingSession.dueHint(due.text)
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
}
