import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components

// One adept on the mentor's home: how far the mentorship has come and what is new since the
// last meeting.
QQC2.AbstractButton {
    id: root

    required property var adept

    readonly property var facts: {
        const list = [];
        const a = adept;
        if (a.requestCount > 0)
            list.push({ key: "request", text: a.urgencyText, warn: true });
        //: Count of reflections the adept shared since the last meeting
        list.push({ key: "shared", text: qsTr("%n new shared reflection(s)", "", a.sharedNew), warn: false });
        if (a.overdue > 0)
            list.push({ key: "overdue", text: qsTr("%n overdue action item(s)", "", a.overdue), warn: true });
        if (a.monthsWithout >= 1)
            list.push({ key: "months", text: qsTr("%n month(s) without a meeting", "", a.monthsWithout), warn: a.monthsWithout >= 2 });
        return list;
    }

    implicitHeight: column.implicitHeight + 2 * Theme.spaceL
    focusPolicy: Qt.StrongFocus
    Accessible.name: adept.adeptName + ". " + adept.stageText + ". " + facts.map(f => f.text).join(". ")

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.selection : Theme.surface
        border.width: root.visualFocus ? 3 : 1
        border.color: root.visualFocus ? Theme.primary : Theme.divider
    }
    contentItem: Item {}

    ColumnLayout {
        id: column
        x: Theme.spaceL
        y: Theme.spaceL
        width: root.width - 2 * Theme.spaceL
        spacing: Theme.spaceS

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Text {
                Layout.fillWidth: true
                text: root.adept.adeptName
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Text {
                text: root.adept.stageText
                color: Theme.textMuted
                font.pixelSize: Theme.bodySize
            }
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: 6
            radius: 3
            color: Theme.surfaceAlt
            Rectangle {
                width: parent.width * root.adept.progress
                height: parent.height
                radius: 3
                color: Theme.primary
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spaceS
            Repeater {
                model: root.facts
                Rectangle {
                    id: fact
                    required property var modelData
                    objectName: "fact_" + modelData.key
                    property string text: modelData.text
                    width: Math.min(label.implicitWidth + 2 * Theme.spaceS, column.width)
                    height: label.implicitHeight + Theme.spaceXs * 2
                    radius: Theme.radiusSmall / 2
                    color: modelData.warn ? "transparent" : Theme.surfaceAlt
                    border.width: modelData.warn ? 1 : 0
                    border.color: Theme.warning
                    Text {
                        id: label
                        anchors.fill: parent
                        anchors.leftMargin: Theme.spaceS
                        anchors.rightMargin: Theme.spaceS
                        verticalAlignment: Text.AlignVCenter
                        text: fact.modelData.text
                        color: fact.modelData.warn ? Theme.warning : Theme.textMuted
                        font.pixelSize: Theme.captionSize
                        font.weight: fact.modelData.warn ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            text: root.adept.lastMeetingText
            color: Theme.textMuted
            font.pixelSize: Theme.captionSize
            elide: Text.ElideRight
        }
    }
}
