import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Every action item of the mentorship: the adept ticks off their own; the mentor's are shown.
ListView {
    id: root

    objectName: "adeptActions"
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    spacing: Theme.spaceXs
    topMargin: Theme.spaceL
    bottomMargin: Theme.spaceL
    model: AdeptSide.actions
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    delegate: QQC2.CheckBox {
        id: box
        required property var modelData
        required property int index
        objectName: "adeptAction_" + index
        x: (root.width - width) / 2
        width: Math.min(root.width - 2 * Theme.spaceL, Theme.readingWidth)
        checked: modelData.done
        enabled: modelData.mine
        text: modelData.body
        Accessible.name: modelData.body
        Accessible.description: subtitle.text
        onToggled: AdeptSide.setActionDone(modelData.itemId, checked)
        contentItem: Column {
            spacing: 0
            Text {
                width: parent.width
                leftPadding: box.indicator.width + box.spacing
                text: box.modelData.body
                color: box.modelData.done ? Theme.textMuted : Theme.text
                font.pixelSize: Theme.bodySize
                font.strikeout: box.modelData.done
                wrapMode: Text.Wrap
            }
            Text {
                id: subtitle
                width: parent.width
                leftPadding: box.indicator.width + box.spacing
                text: [box.modelData.ownerText, box.modelData.dueText,
                    box.modelData.done ? qsTr("Done") : ""].filter(t => !!t).join("  ·  ")
                color: box.modelData.overdue ? Theme.danger : Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        visible: root.count === 0
        title: qsTr("No action items")
        message: qsTr("What you and your mentor agree to do shows up here after a meeting.")
    }
}
