pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.App

// The meeting's steps, always in view: a tap goes straight to any of them. On a phone only
// the numbers show (the step's heading names it); screen readers hear the names everywhere.
RowLayout {
    id: root

    property bool compact: false
    readonly property var steps: [qsTr("Look back"), qsTr("Coaching"), qsTr("Focus areas"),
        qsTr("Action items"), qsTr("Evaluation"), qsTr("Next meeting")]

    objectName: "stepBar"
    spacing: Theme.spaceXs
    Accessible.role: Accessible.PageTabList

    Repeater {
        model: root.steps
        QQC2.AbstractButton {
            id: stepButton
            required property int index
            required property string modelData
            readonly property bool current: index === MeetingSession.step
            readonly property bool showName: !root.compact

            objectName: "step_" + index
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal shares
            Layout.minimumWidth: Theme.touchTarget
            implicitHeight: Theme.touchTarget
            text: modelData
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.PageTab
            Accessible.name: (index + 1) + ". " + modelData
            Accessible.selected: current
            onClicked: MeetingSession.step = index

            background: Rectangle {
                radius: Theme.radiusSmall
                color: stepButton.current ? Theme.primaryContainer : "transparent"
                border.width: stepButton.visualFocus ? 2 : 0
                border.color: Theme.primary
            }
            contentItem: RowLayout {
                spacing: Theme.spaceXs
                // Centres the number when it stands alone.
                Item {
                    visible: !stepButton.showName
                    Layout.fillWidth: true
                }
                Rectangle {
                    Layout.alignment: Qt.AlignVCenter
                    Layout.leftMargin: stepButton.showName ? Theme.spaceXs : 0
                    implicitWidth: 28
                    implicitHeight: 28
                    radius: 14
                    color: stepButton.current ? Theme.primary : (stepButton.index < MeetingSession.step ? Theme.selection : Theme.surfaceAlt)
                    Text {
                        anchors.centerIn: parent
                        text: stepButton.index + 1
                        color: stepButton.current ? Theme.textOnPrimary : Theme.text
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.DemiBold
                    }
                }
                Text {
                    Layout.fillWidth: true
                    visible: stepButton.showName
                    text: stepButton.modelData
                    color: stepButton.current ? Theme.textOnPrimaryContainer : Theme.textMuted
                    font.pixelSize: Theme.bodySize
                    font.weight: stepButton.current ? Font.DemiBold : Font.Normal
                    elide: Text.ElideRight
                    verticalAlignment: Text.AlignVCenter
                }
                Item {
                    visible: !stepButton.showName
                    Layout.fillWidth: true
                }
            }
            QQC2.ToolTip.visible: hovered && !showName
            QQC2.ToolTip.text: modelData
        }
    }
}
