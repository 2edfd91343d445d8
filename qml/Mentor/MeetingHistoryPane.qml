import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Bollplank.Theme
import Bollplank.Components
import Bollplank.App

// Every meeting of the mentorship, newest first.
ListView {
    id: root

    objectName: "meetingHistory"
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    spacing: Theme.spaceS
    topMargin: Theme.spaceL
    bottomMargin: Theme.spaceL
    model: AdeptReview.meetings
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    delegate: Rectangle {
        id: row
        required property var modelData
        required property int index
        objectName: "meeting_" + index
        x: (root.width - width) / 2
        width: Math.min(root.width - 2 * Theme.spaceL, Theme.readingWidth)
        implicitHeight: column.implicitHeight + 2 * Theme.spaceM
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: modelData.planned ? Theme.primary : Theme.divider
        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spaceM
            anchors.leftMargin: Theme.spaceL
            spacing: Theme.spaceXxs
            RowLayout {
                Layout.fillWidth: true
                Text {
                    Layout.fillWidth: true
                    text: row.modelData.dateText + ", " + row.modelData.timeText
                    color: Theme.text
                    font.pixelSize: Theme.bodyLargeSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Text {
                    text: row.modelData.statusText
                    color: row.modelData.planned ? Theme.primary : Theme.textMuted
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                }
            }
            Text {
                Layout.fillWidth: true
                text: [row.modelData.kindText, row.modelData.areasText].filter(t => !!t).join("  ·  ")
                color: Theme.textMuted
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
    }

    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.spaceXl, 440)
        visible: root.count === 0
        title: qsTr("No meetings yet")
        message: qsTr("Book the first meeting from meeting mode.")
    }
}
