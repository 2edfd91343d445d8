import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Open action items from earlier meetings, to tick off.
Card {
    id: root

    title: qsTr("Open action items")

    Text {
        Layout.fillWidth: true
        visible: MeetingPrep.openActions.length === 0
        text: qsTr("Nothing open. Well done.")
        color: Theme.textMuted
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: MeetingPrep.openActions
        QQC2.CheckBox {
            id: box
            required property var modelData
            required property int index
            objectName: "action_" + index
            Layout.fillWidth: true
            text: modelData.body
            Accessible.name: modelData.body
            onToggled: MeetingPrep.setActionDone(modelData.itemId, checked)
            contentItem: Column {
                spacing: 0
                Text {
                    width: parent.width
                    leftPadding: box.indicator.width + box.spacing
                    text: box.modelData.body
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Text {
                    width: parent.width
                    leftPadding: box.indicator.width + box.spacing
                    text: [box.modelData.ownerText, box.modelData.dueText].filter(t => !!t).join("  ·  ")
                    color: box.modelData.overdue ? Theme.danger : Theme.textMuted
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
